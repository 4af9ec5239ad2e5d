package vn.tinnhiem.server.session;

import vn.tinnhiem.server.PostgresTest;

/** {@link SessionServiceTests} on PostgreSQL. */
@PostgresTest
class PostgresSessionServiceTests extends SessionServiceTests {}
