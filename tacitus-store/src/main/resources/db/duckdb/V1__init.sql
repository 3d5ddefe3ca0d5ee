-- Tacitus store, version 1. See docs/store.md for what each table holds.
CREATE TABLE documents (
    key          VARCHAR PRIMARY KEY,   -- sha256 of article id + text: the idempotency key
    seq          BIGINT NOT NULL,       -- ingest order
    article_id   VARCHAR NOT NULL,
    title        VARCHAR,
    url          VARCHAR,
    publisher    VARCHAR NOT NULL,      -- host of the url, else the article id
    published    DATE,
    authors      VARCHAR,               -- joined with newlines
    source       VARCHAR,
    format       VARCHAR,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE events (                   -- event clusters: one real-world event, many reports
    id               VARCHAR PRIMARY KEY,
    seq              BIGINT NOT NULL,
    type             VARCHAR NOT NULL,
    mode             VARCHAR,
    cameo            VARCHAR,
    day              DATE,
    timex_dated      BOOLEAN NOT NULL,  -- dated by a time expression (else by tense or not at all)
    date_value       VARCHAR,
    source_codes     VARCHAR NOT NULL,  -- ',RUSGOV,USA,' actor keys, sorted
    target_codes     VARCHAR NOT NULL,
    actor_text       VARCHAR NOT NULL,  -- lower-case codes and names, for substring filters
    place_name       VARCHAR,
    place_country    VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    geonames_id      BIGINT,
    country          VARCHAR,
    num_mentions     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    source_url       VARCHAR,
    factual          BOOLEAN NOT NULL
);

CREATE TABLE event_actors (
    event_id   VARCHAR NOT NULL,
    side       VARCHAR NOT NULL,        -- source | target
    actor_key  VARCHAR NOT NULL,
    code       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    name       VARCHAR,
    PRIMARY KEY (event_id, side, actor_key)
);

CREATE TABLE event_reports (            -- one event of one article, assigned to a cluster
    id             VARCHAR PRIMARY KEY, -- document key ':' index
    document_key   VARCHAR NOT NULL,
    event_id       VARCHAR NOT NULL,
    local_id       VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,
    mode           VARCHAR,
    cameo          VARCHAR NOT NULL,
    date_value     VARCHAR,
    date_basis     VARCHAR,
    date_relation  VARCHAR,
    date_start     INTEGER,
    date_end       INTEGER,
    date_text      VARCHAR,
    place_start    INTEGER,
    place_end      INTEGER,
    place_text     VARCHAR,
    place_name     VARCHAR,
    place_country  VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    geonames_id    BIGINT,
    contexts       VARCHAR NOT NULL,    -- comma-separated
    factual        BOOLEAN NOT NULL,
    cue_start      INTEGER,
    cue_end        INTEGER,
    cue_text       VARCHAR
);

CREATE TABLE event_mentions (
    report_id       VARCHAR NOT NULL,
    mention_index   INTEGER NOT NULL,
    document_key    VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    trigger_text    VARCHAR NOT NULL,
    PRIMARY KEY (report_id, mention_index)
);

CREATE TABLE participants (             -- the words naming each side, per mention (-1: the event itself)
    report_id      VARCHAR NOT NULL,
    mention_index  INTEGER NOT NULL,
    side           VARCHAR NOT NULL,    -- source | target | attribution
    position       INTEGER NOT NULL,
    start_pos      INTEGER NOT NULL,
    end_pos        INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    code           VARCHAR,
    country        VARCHAR,
    sector         VARCHAR,
    name           VARCHAR
);

CREATE TABLE entities (                 -- named entities with their actor and/or place
    document_key   VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    start_pos      INTEGER NOT NULL,
    end_pos        INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,
    actor_code     VARCHAR,
    actor_country  VARCHAR,
    actor_sector   VARCHAR,
    actor_name     VARCHAR,
    place_name     VARCHAR,
    place_country  VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    geonames_id    BIGINT,
    PRIMARY KEY (document_key, position)
);

CREATE TABLE quotes (
    document_key     VARCHAR NOT NULL,
    position         INTEGER NOT NULL,
    start_pos        INTEGER NOT NULL,
    end_pos          INTEGER NOT NULL,
    text             VARCHAR NOT NULL,
    direct           BOOLEAN NOT NULL,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    speaker_text     VARCHAR,
    speaker_name     VARCHAR,
    speaker_code     VARCHAR,
    speaker_country  VARCHAR,
    speaker_sector   VARCHAR,
    speaker_actor    VARCHAR,
    cue_start        INTEGER,
    cue_end          INTEGER,
    cue_text         VARCHAR,
    PRIMARY KEY (document_key, position)
);

CREATE TABLE problems (
    document_key  VARCHAR NOT NULL,
    position      INTEGER NOT NULL,
    code          VARCHAR NOT NULL,
    message       VARCHAR NOT NULL,
    stage         VARCHAR NOT NULL,
    start_pos     INTEGER,
    end_pos       INTEGER,
    PRIMARY KEY (document_key, position)
);

CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX events_type_day ON events (type, day);
