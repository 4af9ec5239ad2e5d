package vn.tinnhiem.server.ceremony;

import vn.tinnhiem.server.PostgresTest;

/** {@link CountingBoardTests} on PostgreSQL. */
@PostgresTest
class PostgresCountingBoardTests extends CountingBoardTests {}
