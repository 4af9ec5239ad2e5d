-- Secret electronic voting (feature `voting`): one Belenios election per
-- session, its counting-board trustees, the public credentials per site and
-- the public board. Only what Belenios publishes is stored: no private key,
-- no private credential, no trustee token in clear.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE election (
    session_id      BIGINT       NOT NULL REFERENCES vote_session (id),
    uuid            VARCHAR(32)  NOT NULL,
    group_name      VARCHAR(32)  NOT NULL,
    trustee_count   INT          NOT NULL,
    threshold       INT          NOT NULL,
    -- KEYS: ceremony running; READY: public key fixed; OPEN: ballots accepted;
    -- CLOSED: encrypted tally written; DECRYPTED: result on the board
    state           VARCHAR(16)  NOT NULL,
    -- the election exactly as on the board, once the key is fixed
    election_json   BYTEA,
    trustees_json   BYTEA,
    fingerprint     VARCHAR(64),
    -- the board's head: archive timestamp, next member, last event
    board_timestamp BIGINT,
    next_seq        INT          NOT NULL,
    next_height     INT          NOT NULL,
    last_event      VARCHAR(64),
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT election_pkey PRIMARY KEY (session_id),
    CONSTRAINT election_uuid_key UNIQUE (uuid),
    CONSTRAINT election_state_check
        CHECK (state IN ('KEYS', 'READY', 'OPEN', 'CLOSED', 'DECRYPTED')),
    CONSTRAINT election_threshold_check
        CHECK (trustee_count >= 1 AND threshold >= 1 AND threshold <= trustee_count)
);

-- A counting-board member as trustee: index from 1 in certificate order,
-- reached through a secret link whose SHA-256 alone is kept.
CREATE TABLE election_trustee (
    session_id      BIGINT       NOT NULL REFERENCES election (session_id),
    trustee_index   INT          NOT NULL,
    member_id       BIGINT       NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    public_key      TEXT,
    certificate     TEXT,
    polynomial      TEXT,
    voutput         TEXT,
    partial_decryption TEXT,
    CONSTRAINT election_trustee_pkey PRIMARY KEY (session_id, trustee_index),
    CONSTRAINT election_trustee_member_key UNIQUE (session_id, member_id),
    CONSTRAINT election_trustee_token_key UNIQUE (token_hash),
    CONSTRAINT election_trustee_member_fkey
        FOREIGN KEY (member_id, session_id) REFERENCES summoned_member (id, session_id)
);

-- Public credentials made for a site's present voters (the "ballots issued").
CREATE TABLE site_credentials (
    session_id  BIGINT       NOT NULL REFERENCES election (session_id),
    site_id     BIGINT       NOT NULL,
    issued      INT          NOT NULL,
    issued_by   VARCHAR(64)  NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT site_credentials_pkey PRIMARY KEY (session_id, site_id),
    CONSTRAINT site_credentials_site_fkey
        FOREIGN KEY (site_id, session_id) REFERENCES session_site (id, session_id)
);

CREATE TABLE public_credential (
    session_id  BIGINT       NOT NULL,
    site_id     BIGINT       NOT NULL,
    credential  VARCHAR(700) NOT NULL,
    CONSTRAINT public_credential_pkey PRIMARY KEY (session_id, credential),
    CONSTRAINT public_credential_site_fkey
        FOREIGN KEY (session_id, site_id) REFERENCES site_credentials (session_id, site_id)
);

-- Voided batches of credentials (before voting started): who, when, how many.
CREATE TABLE site_credentials_void (
    session_id  BIGINT       NOT NULL REFERENCES election (session_id),
    site_id     BIGINT       NOT NULL,
    issued      INT          NOT NULL,
    voided_by   VARCHAR(64)  NOT NULL,
    voided_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The public board: the archive's members in order after its header, each
-- data or event exactly as written. Append-only; one transaction per event.
CREATE TABLE board_record (
    session_id  BIGINT       NOT NULL REFERENCES election (session_id),
    seq         INT          NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    hash        VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL,
    CONSTRAINT board_record_pkey PRIMARY KEY (session_id, seq),
    CONSTRAINT board_record_kind_check CHECK (kind IN ('DATA', 'EVENT'))
);

-- Index of the Ballot events: revote detection, tracking codes, turnout.
CREATE TABLE board_ballot (
    session_id    BIGINT       NOT NULL REFERENCES election (session_id),
    tracking_code VARCHAR(64)  NOT NULL,
    credential    VARCHAR(700) NOT NULL,
    seq           INT          NOT NULL,
    cast_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_ballot_pkey PRIMARY KEY (session_id, tracking_code)
);
CREATE INDEX board_ballot_credential_idx ON board_ballot (session_id, credential);

-- Decrypted electronic counts per subject, fed into the conference results.
CREATE TABLE electronic_count (
    subject_id  BIGINT       NOT NULL,
    session_id  BIGINT       NOT NULL,
    high        INT          NOT NULL,
    confident   INT          NOT NULL,
    low         INT          NOT NULL,
    blank       INT          NOT NULL,
    CONSTRAINT electronic_count_pkey PRIMARY KEY (subject_id),
    CONSTRAINT electronic_count_subject_fkey
        FOREIGN KEY (subject_id, session_id) REFERENCES subject (id, session_id)
);
