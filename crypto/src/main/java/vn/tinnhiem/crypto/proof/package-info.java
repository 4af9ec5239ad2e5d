/** Fiat–Shamir proofs: Schnorr shapes, interval (0/1, min..max) and blank proofs. */
package vn.tinnhiem.crypto.proof;
