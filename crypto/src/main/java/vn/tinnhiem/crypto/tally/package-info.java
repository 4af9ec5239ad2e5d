/** Encrypted tally, its sized form and the election result. */
package vn.tinnhiem.crypto.tally;
