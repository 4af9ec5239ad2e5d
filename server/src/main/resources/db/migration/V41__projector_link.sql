-- Projector (feature `live`): the room's screen opens a secret link, no
-- account needed; only its SHA-256 is kept. A new link replaces the old one.
CREATE TABLE projector_link (
    session_id  BIGINT      NOT NULL REFERENCES vote_session (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT projector_link_pkey PRIMARY KEY (session_id),
    CONSTRAINT projector_link_token_key UNIQUE (token_hash)
);
