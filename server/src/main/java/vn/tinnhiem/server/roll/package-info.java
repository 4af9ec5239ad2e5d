/**
 * Roll call at each site of a session, the live totals across sites, and
 * the quorum gate ({@code 3 × present ≥ 2 × summoned}, integers, over all
 * sites) that opening the vote requires. Other features may add their own
 * conditions for opening the vote with a {@link vn.tinnhiem.server.roll.VotingPrecondition}.
 */
package vn.tinnhiem.server.roll;
