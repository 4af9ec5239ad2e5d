package vn.tinnhiem.server.documents;

import vn.tinnhiem.server.PostgresTest;

/** {@link DocumentsFlowTests} on PostgreSQL. */
@PostgresTest
class PostgresDocumentsFlowTests extends DocumentsFlowTests {}
