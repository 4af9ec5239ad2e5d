/**
 * Belenios 2.0 compatible election cryptography: groups, ElGamal, proofs,
 * credentials, trustees, ballots, tally, the {@code .bel} archive and the verifier.
 * Plain Java on {@link java.math.BigInteger} and the JDK's {@code MessageDigest}.
 */
package vn.tinnhiem.crypto;
