package vn.tinnhiem.server.roll;

import vn.tinnhiem.server.PostgresTest;

/** {@link RollServiceTests} on PostgreSQL. */
@PostgresTest
class PostgresRollServiceTests extends RollServiceTests {}
