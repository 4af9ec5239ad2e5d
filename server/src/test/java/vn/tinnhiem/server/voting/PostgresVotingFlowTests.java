package vn.tinnhiem.server.voting;

import vn.tinnhiem.server.PostgresTest;

/** {@link VotingFlowTests} on PostgreSQL. */
@PostgresTest
class PostgresVotingFlowTests extends VotingFlowTests {}
