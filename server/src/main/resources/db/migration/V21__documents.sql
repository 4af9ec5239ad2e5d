-- Documents (feature `documents`): what the papers need that the conference
-- flow does not record: who chaired and who kept the minutes, the superior
-- body the report goes to and its parent body on the letterhead, and the
-- locality printed in the date line. Every field may stay empty: the papers
-- then print a dotted line to fill in by hand.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE document_settings (
    session_id    BIGINT       NOT NULL REFERENCES vote_session (id),
    chair         VARCHAR(200) NOT NULL,
    clerk         VARCHAR(200) NOT NULL,
    parent_body   VARCHAR(300) NOT NULL,
    superior      VARCHAR(300) NOT NULL,
    locality      VARCHAR(100) NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT document_settings_pkey PRIMARY KEY (session_id)
);
