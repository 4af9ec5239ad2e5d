/** Groups, subgroup membership, hashing and ElGamal ciphertexts. */
package vn.tinnhiem.crypto.group;
