-- Counting (feature `counting`): ballots issued and collected per site, the
-- paper counts per subject (single entry for now), and the closing record.
CREATE TABLE site_ballots (
    site_id      BIGINT      NOT NULL,
    session_id   BIGINT      NOT NULL,
    issued       INT         NOT NULL,
    collected    INT         NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT site_ballots_pkey PRIMARY KEY (site_id),
    CONSTRAINT site_ballots_site_fkey
        FOREIGN KEY (site_id, session_id) REFERENCES session_site (id, session_id),
    CONSTRAINT site_ballots_counts_check
        CHECK (issued >= 0 AND collected >= 0 AND collected <= issued)
);

-- For one subject, over all sites: rows marked at each level, rows left
-- blank (when allowed), and rows that are invalid for this subject (under
-- WHOLE_BALLOT: the invalid ballots, the same for every subject).
CREATE TABLE subject_count (
    subject_id  BIGINT      NOT NULL,
    session_id  BIGINT      NOT NULL,
    high        INT         NOT NULL,
    confident   INT         NOT NULL,
    low         INT         NOT NULL,
    blank       INT         NOT NULL,
    invalid     INT         NOT NULL,
    entered_by  VARCHAR(64) NOT NULL,
    entered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT subject_count_pkey PRIMARY KEY (subject_id),
    CONSTRAINT subject_count_subject_fkey
        FOREIGN KEY (subject_id, session_id) REFERENCES subject (id, session_id),
    CONSTRAINT subject_count_check
        CHECK (high >= 0 AND confident >= 0 AND low >= 0 AND blank >= 0 AND invalid >= 0)
);

CREATE TABLE counting_closure (
    session_id  BIGINT      NOT NULL REFERENCES vote_session (id),
    closed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by   VARCHAR(64) NOT NULL,
    issued      INT         NOT NULL,
    collected   INT         NOT NULL,
    CONSTRAINT counting_closure_pkey PRIMARY KEY (session_id)
);
