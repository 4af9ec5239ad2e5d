/**
 * Backup of one session: every row the session owns, in every table, with the public board,
 * written as one JSON file and restored as it was on a fresh instance, so that the restored
 * board exports the same archive byte for byte.
 */
package vn.tinnhiem.server.backup;
