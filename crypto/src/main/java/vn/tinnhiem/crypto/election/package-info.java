/** Elections, questions and ballots: wire form, creation and checks. */
package vn.tinnhiem.crypto.election;
