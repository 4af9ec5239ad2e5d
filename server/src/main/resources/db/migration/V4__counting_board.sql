-- The counting board (feature `ceremony`): summoned members elected by the
-- conference to issue, collect and count the ballots; none of them is voted
-- on. Later issues add their trustee keys.
CREATE TABLE counting_board_member (
    session_id   BIGINT      NOT NULL,
    member_id    BIGINT      NOT NULL,
    board_role   VARCHAR(16) NOT NULL,
    elected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    CONSTRAINT counting_board_member_pkey PRIMARY KEY (session_id, member_id),
    CONSTRAINT counting_board_member_fkey
        FOREIGN KEY (member_id, session_id) REFERENCES summoned_member (id, session_id),
    CONSTRAINT counting_board_role_check CHECK (board_role IN ('HEAD', 'SECRETARY', 'MEMBER'))
);
