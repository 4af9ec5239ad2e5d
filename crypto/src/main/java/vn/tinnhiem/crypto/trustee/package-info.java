/**
 * Trustees (specification 4.5–4.7, 4.18, 4.19): single keys, the Pedersen threshold key
 * ceremony with its small PKI (signed and AES-CCM encrypted messages, channels), the trustees
 * structure, partial decryptions and their combination into the result.
 *
 * <p>Both sides of the ceremony live here as plain functions: what a counting-board member
 * computes offline ({@link vn.tinnhiem.crypto.trustee.PedersenTrustee}) and what the
 * administrator assembles and checks ({@link vn.tinnhiem.crypto.trustee.PedersenSetup}). Files
 * are byte-compatible with belenios-tool 2.0 ({@link vn.tinnhiem.crypto.trustee.TrusteeFiles}).
 */
package vn.tinnhiem.crypto.trustee;
