/** Voter credentials: generation, checksum, secret derivation and public credentials. */
package vn.tinnhiem.crypto.credential;
