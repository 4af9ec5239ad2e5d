package vn.tinnhiem.server.counting;

import vn.tinnhiem.server.PostgresTest;

/** {@link CountingServiceTests} on PostgreSQL. */
@PostgresTest
class PostgresCountingServiceTests extends CountingServiceTests {}
