package vn.tinnhiem.server;

/** {@link ConferenceFlowTests} on PostgreSQL. */
@PostgresTest
class PostgresConferenceFlowTests extends ConferenceFlowTests {}
