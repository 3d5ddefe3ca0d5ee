-- Tacitus store, version 1. See docs/store.md for what each table holds.
CREATE TABLE documents (
    key          TEXT PRIMARY KEY,   -- sha256 of article id + text: the idempotency key
    seq          BIGINT NOT NULL,       -- ingest order
    article_id   TEXT NOT NULL,
    title        TEXT,
    url          TEXT,
    publisher    TEXT NOT NULL,      -- host of the url, else the article id
    published    DATE,
    authors      TEXT,               -- joined with newlines
    source       TEXT,
    format       TEXT,
    text         TEXT NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE events (                   -- event clusters: one real-world event, many reports
    id               TEXT PRIMARY KEY,
    seq              BIGINT NOT NULL,
    type             TEXT NOT NULL,
    mode             TEXT,
    cameo            TEXT,
    day              DATE,
    timex_dated      BOOLEAN NOT NULL,  -- dated by a time expression (else by tense or not at all)
    date_value       TEXT,
    source_codes     TEXT NOT NULL,  -- ',RUSGOV,USA,' actor keys, sorted
    target_codes     TEXT NOT NULL,
    actor_text       TEXT NOT NULL,  -- lower-case codes and names, for substring filters
    place_name       TEXT,
    place_country    TEXT,
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    geonames_id      BIGINT,
    country          TEXT,
    num_mentions     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    source_url       TEXT,
    factual          BOOLEAN NOT NULL
);

CREATE TABLE event_actors (
    event_id   TEXT NOT NULL,
    side       TEXT NOT NULL,        -- source | target
    actor_key  TEXT NOT NULL,
    code       TEXT,
    country    TEXT,
    sector     TEXT,
    name       TEXT,
    PRIMARY KEY (event_id, side, actor_key)
);

CREATE TABLE event_reports (            -- one event of one article, assigned to a cluster
    id             TEXT PRIMARY KEY, -- document key ':' index
    document_key   TEXT NOT NULL,
    event_id       TEXT NOT NULL,
    local_id       TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    cameo          TEXT NOT NULL,
    date_value     TEXT,
    date_basis     TEXT,
    date_relation  TEXT,
    date_start     INTEGER,
    date_end       INTEGER,
    date_text      TEXT,
    place_start    INTEGER,
    place_end      INTEGER,
    place_text     TEXT,
    place_name     TEXT,
    place_country  TEXT,
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    geonames_id    BIGINT,
    contexts       TEXT NOT NULL,    -- comma-separated
    factual        BOOLEAN NOT NULL,
    cue_start      INTEGER,
    cue_end        INTEGER,
    cue_text       TEXT
);

CREATE TABLE event_mentions (
    report_id       TEXT NOT NULL,
    mention_index   INTEGER NOT NULL,
    document_key    TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    sentence_text   TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    trigger_text    TEXT NOT NULL,
    PRIMARY KEY (report_id, mention_index)
);

CREATE TABLE participants (             -- the words naming each side, per mention (-1: the event itself)
    report_id      TEXT NOT NULL,
    mention_index  INTEGER NOT NULL,
    side           TEXT NOT NULL,    -- source | target | attribution
    position       INTEGER NOT NULL,
    start_pos      INTEGER NOT NULL,
    end_pos        INTEGER NOT NULL,
    text           TEXT NOT NULL,
    code           TEXT,
    country        TEXT,
    sector         TEXT,
    name           TEXT
);

CREATE TABLE entities (                 -- named entities with their actor and/or place
    document_key   TEXT NOT NULL,
    position       INTEGER NOT NULL,
    start_pos      INTEGER NOT NULL,
    end_pos        INTEGER NOT NULL,
    text           TEXT NOT NULL,
    type           TEXT NOT NULL,
    actor_code     TEXT,
    actor_country  TEXT,
    actor_sector   TEXT,
    actor_name     TEXT,
    place_name     TEXT,
    place_country  TEXT,
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    geonames_id    BIGINT,
    PRIMARY KEY (document_key, position)
);

CREATE TABLE quotes (
    document_key     TEXT NOT NULL,
    position         INTEGER NOT NULL,
    start_pos        INTEGER NOT NULL,
    end_pos          INTEGER NOT NULL,
    text             TEXT NOT NULL,
    direct           BOOLEAN NOT NULL,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    speaker_text     TEXT,
    speaker_name     TEXT,
    speaker_code     TEXT,
    speaker_country  TEXT,
    speaker_sector   TEXT,
    speaker_actor    TEXT,
    cue_start        INTEGER,
    cue_end          INTEGER,
    cue_text         TEXT,
    PRIMARY KEY (document_key, position)
);

CREATE TABLE problems (
    document_key  TEXT NOT NULL,
    position      INTEGER NOT NULL,
    code          TEXT NOT NULL,
    message       TEXT NOT NULL,
    stage         TEXT NOT NULL,
    start_pos     INTEGER,
    end_pos       INTEGER,
    PRIMARY KEY (document_key, position)
);

CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX events_type_day ON events (type, day);
