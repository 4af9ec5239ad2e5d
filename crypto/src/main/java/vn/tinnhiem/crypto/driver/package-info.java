/**
 * Runs a whole election in Java (setup, credentials, trustees, ballots, tally, decryption and
 * the archive), for tests, benchmarks, demos and the server.
 */
package vn.tinnhiem.crypto.driver;
