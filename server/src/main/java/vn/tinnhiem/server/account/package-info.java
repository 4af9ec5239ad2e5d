/**
 * Accounts of the people who run a conference, their roles, and sign-in.
 * Voters have no accounts: they vote with anonymous credentials.
 */
package vn.tinnhiem.server.account;
