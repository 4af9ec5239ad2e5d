/**
 * Secret, verifiable electronic voting: a session becomes one Belenios 2.0
 * election. The counting board runs the key ceremony as trustees (through
 * secret links), a board member's browser makes the credential slips, voters
 * cast in the booth, every accepted ballot goes onto the hash-chained public
 * board, and the trustees' partial decryptions give the counts that join the
 * conference results. The server stores only what Belenios publishes.
 */
package vn.tinnhiem.server.voting;
