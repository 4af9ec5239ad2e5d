-- Roll call (feature `roll`): each summoned member marked present, absent
-- or excused at their site, or a bare present count for a site; and the
-- moment voting opened, with the counts that met the quorum.
CREATE TABLE roll_mark (
    member_id   BIGINT      NOT NULL,
    session_id  BIGINT      NOT NULL,
    mark        VARCHAR(8)  NOT NULL,
    marked_by   VARCHAR(64) NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT roll_mark_pkey PRIMARY KEY (member_id),
    CONSTRAINT roll_mark_member_fkey
        FOREIGN KEY (member_id, session_id) REFERENCES summoned_member (id, session_id),
    CONSTRAINT roll_mark_check CHECK (mark IN ('PRESENT', 'ABSENT', 'EXCUSED'))
);
CREATE INDEX roll_mark_session_idx ON roll_mark (session_id);

-- A site that reports only how many are present; while a row exists here it
-- is what counts for that site.
CREATE TABLE roll_site_count (
    site_id     BIGINT      NOT NULL,
    session_id  BIGINT      NOT NULL,
    present     INT         NOT NULL,
    counted_by  VARCHAR(64) NOT NULL,
    counted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT roll_site_count_pkey PRIMARY KEY (site_id),
    CONSTRAINT roll_site_count_site_fkey
        FOREIGN KEY (site_id, session_id) REFERENCES session_site (id, session_id),
    CONSTRAINT roll_site_count_present_check CHECK (present >= 0)
);

-- Voting opened: when, by whom, and the roll call that met the quorum.
CREATE TABLE voting_opening (
    session_id  BIGINT      NOT NULL REFERENCES vote_session (id),
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by   VARCHAR(64) NOT NULL,
    summoned    INT         NOT NULL,
    present     INT         NOT NULL,
    CONSTRAINT voting_opening_pkey PRIMARY KEY (session_id),
    CONSTRAINT voting_opening_counts_check CHECK (present >= 0 AND present <= summoned),
    -- the quorum gate, in integers: at least two thirds of the summoned present
    CONSTRAINT voting_opening_quorum_check CHECK (3 * present >= 2 * summoned)
);

CREATE TABLE voting_opening_site (
    session_id  BIGINT NOT NULL REFERENCES voting_opening (session_id),
    site_id     BIGINT NOT NULL,
    summoned    INT    NOT NULL,
    present     INT    NOT NULL,
    CONSTRAINT voting_opening_site_pkey PRIMARY KEY (session_id, site_id),
    CONSTRAINT voting_opening_site_fkey
        FOREIGN KEY (site_id, session_id) REFERENCES session_site (id, session_id),
    CONSTRAINT voting_opening_site_counts_check CHECK (present >= 0 AND present <= summoned)
);
