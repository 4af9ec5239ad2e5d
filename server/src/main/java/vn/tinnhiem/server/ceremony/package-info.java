/**
 * The counting board (Ban kiểm phiếu): elected by the conference from the
 * summoned members present, none of them voted on; it must be in place,
 * with one head, before ballots are issued. Later: its members' trustee keys
 * and partial decryptions.
 */
package vn.tinnhiem.server.ceremony;
