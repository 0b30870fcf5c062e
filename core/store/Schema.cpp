// SPDX-License-Identifier: Apache-2.0
#include "store/Schema.h"

namespace earshot {

namespace {

// Times are UTC milliseconds since the epoch. Mentions are immutable facts; a case is the
// projection of its append-only events (see docs/ARCHITECTURE.md).
const char *const migration1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE teams (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE agents (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent','lead','trainer','admin')),
    team_id    INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);

-- Brand accounts mentions are heard on. Secrets never live here: they go to the OS keychain.
CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    platform     TEXT NOT NULL,
    handle       TEXT NOT NULL,
    display_name TEXT,
    base_url     TEXT,
    created_at   INTEGER NOT NULL,
    UNIQUE (platform, handle)
);

CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);

-- A person's identity on one network; several handles may belong to one person.
CREATE TABLE handles (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES people(id),
    platform         TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    handle           TEXT NOT NULL,
    name             TEXT,
    followers        INTEGER,
    UNIQUE (platform, platform_user_id)
);
CREATE INDEX handles_person ON handles(person_id);

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id        INTEGER NOT NULL REFERENCES people(id),
    platform         TEXT NOT NULL,
    conversation     TEXT NOT NULL,
    account_id       INTEGER REFERENCES accounts(id),
    status           TEXT NOT NULL DEFAULT 'new'
                     CHECK (status IN ('new','open','pending','snoozed','resolved','closed')),
    assignee_id      INTEGER REFERENCES agents(id),
    priority         INTEGER NOT NULL DEFAULT 0,
    subject          TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL,
    mention_count    INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 0
);
-- Case numbers people can say aloud start at #1001.
INSERT INTO sqlite_sequence (name, seq) VALUES ('cases', 1000);
-- Person first: it also serves "this person's open case" and "earlier cases".
CREATE INDEX cases_thread ON cases(person_id, platform, conversation);
CREATE INDEX cases_activity ON cases(last_activity_at DESC, id DESC);
CREATE INDEX cases_status_activity ON cases(status, last_activity_at DESC, id DESC);
CREATE INDEX cases_unassigned ON cases(last_activity_at DESC, id DESC)
    WHERE assignee_id IS NULL AND status IN ('new','open','pending','snoozed');
CREATE INDEX cases_done ON cases(last_activity_at DESC, id DESC)
    WHERE status IN ('resolved','closed');

-- Append-only: every change to a case, with who and when; (case_id, version) orders it.
CREATE TABLE case_events (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    version  INTEGER NOT NULL,
    type     TEXT NOT NULL,
    actor    TEXT NOT NULL,
    at       INTEGER NOT NULL,
    payload  TEXT NOT NULL DEFAULT '{}',
    UNIQUE (case_id, version)
);
CREATE TRIGGER case_events_append_only_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
CREATE TRIGGER case_events_append_only_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;

CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    platform_id     TEXT NOT NULL,
    url             TEXT,
    created_at      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    handle_id       INTEGER NOT NULL REFERENCES handles(id),
    lang            TEXT,
    in_reply_to     TEXT,
    conversation    TEXT NOT NULL,
    visibility      TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public','private')),
    account_id      INTEGER REFERENCES accounts(id),
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    ingested_at     INTEGER NOT NULL,
    UNIQUE (platform, platform_id)
);
CREATE INDEX mentions_case ON mentions(case_id, created_at);
CREATE TRIGGER mentions_immutable BEFORE UPDATE OF platform, platform_id, url, created_at, text,
    handle_id, lang, in_reply_to, conversation, visibility, account_id ON mentions
BEGIN SELECT RAISE(ABORT, 'mentions are immutable facts'); END;

-- Marks keep Arabic and Indic words whole; So makes emoji searchable.
CREATE VIRTUAL TABLE mention_fts USING fts5(
    text, content='mentions', content_rowid='id', tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M* So'");
CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions
BEGIN INSERT INTO mention_fts (rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions
BEGIN INSERT INTO mention_fts (mention_fts, rowid, text) VALUES ('delete', old.id, old.text); END;

-- Where each feed stopped, written in the same transaction as the mentions it produced.
CREATE TABLE feed_cursors (
    feed       TEXT PRIMARY KEY,
    cursor     TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    tone       TEXT,
    category   TEXT,
    platform   TEXT,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Replies on their way out: draft -> awaiting_approval -> queued -> sending -> sent | failed |
-- uncertain. Written with synchronous=FULL: a person wrote it.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    account_id       INTEGER REFERENCES accounts(id),
    agent_id         INTEGER REFERENCES agents(id),
    platform         TEXT NOT NULL,
    in_reply_to      TEXT,
    visibility       TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public','private')),
    body             TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'draft' CHECK (state IN
                     ('draft','awaiting_approval','queued','sending','sent','failed','uncertain')),
    platform_post_id TEXT,
    error            TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, created_at);
CREATE INDEX outbox_case ON outbox(case_id);
)sql";

// One index serves every queue: a queue is a set of buckets (status, unassigned or not), each an
// ordered range of this index, and a queue's page merges its buckets' pages (CaseQueries).
// Replaces four indexes that each had to be rewritten whenever a case's last activity moved.
const char *const migration2 = R"sql(
DROP INDEX cases_activity;
DROP INDEX cases_status_activity;
DROP INDEX cases_unassigned;
DROP INDEX cases_done;
CREATE INDEX cases_queue ON cases(status, assignee_id IS NULL, last_activity_at DESC, id DESC);
)sql";

// The agent console: snoozing, the reopen window, what agents correct, drafts and tags.
const char *const migration3 = R"sql(
-- When a snoozed case wakes; NULL while snoozed means "at the customer's next message".
ALTER TABLE cases ADD COLUMN snoozed_until INTEGER;
-- When it was last resolved: a customer writing again within the reopen window reopens it.
ALTER TABLE cases ADD COLUMN resolved_at INTEGER;
-- The language of the mention that opened the case, for the language filter.
ALTER TABLE cases ADD COLUMN lang TEXT;
-- The reading of the case (machine first, agents correct it; corrections are events too).
ALTER TABLE cases ADD COLUMN sentiment TEXT;
ALTER TABLE cases ADD COLUMN category TEXT;
CREATE INDEX cases_snoozed ON cases(snoozed_until) WHERE status = 'snoozed';
-- An agent's own cases, per status: "Mine" and the assignee filter.
CREATE INDEX cases_assignee ON cases(assignee_id, status, last_activity_at DESC, id DESC)
    WHERE assignee_id IS NOT NULL;

CREATE TABLE case_tags (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    tag     TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) WITHOUT ROWID;
CREATE INDEX case_tags_tag ON case_tags(tag, case_id);

-- What an agent is writing on a case, saved as they type: survives switching cases and restarts.
CREATE TABLE drafts (
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    agent_id   INTEGER NOT NULL REFERENCES agents(id),
    body       TEXT NOT NULL,
    visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public','private')),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, agent_id)
) WITHOUT ROWID;
)sql";

// People as agents know them: badges an agent gave, a note about the person, and finding someone
// by the start of a name or handle (to merge two people the networks showed as strangers).
const char *const migration4 = R"sql(
-- One note per person; who last wrote it (an agent key, as events name actors) and when.
ALTER TABLE people ADD COLUMN note TEXT;
ALTER TABLE people ADD COLUMN note_by TEXT;
ALTER TABLE people ADD COLUMN note_at INTEGER;

-- Badges an agent set by hand; "influencer" is also derived from follower counts when read.
CREATE TABLE person_badges (
    person_id INTEGER NOT NULL REFERENCES people(id),
    badge     TEXT NOT NULL CHECK (badge IN ('customer','prospect','employee','influencer')),
    set_by    TEXT NOT NULL,
    set_at    INTEGER NOT NULL,
    PRIMARY KEY (person_id, badge)
) WITHOUT ROWID;

-- No index on names or handles for finding people: each would cost every new person of a bulk
-- import two more index writes (3 % of the import), to speed up a search an agent runs by hand
-- now and then (a scan of 150,000 people takes a few tens of milliseconds).
)sql";

// Triage (core/listening): what Earshot read in each mention, the case's reading and priority,
// speakers' tags, a queue order by priority, and what agents taught.
const char *const migration5 = R"sql(
-- The reading is part of the fact: written with the mention, never edited (corrections are case
-- events). Cues are not stored: reading the text again gives them (the reader is deterministic).
ALTER TABLE mentions ADD COLUMN read_lang TEXT;            -- detected; NULL when too short to tell
ALTER TABLE mentions ADD COLUMN sentiment TEXT;            -- five levels, the case vocabulary's keys
ALTER TABLE mentions ADD COLUMN sentiment_score REAL;      -- -1..1
ALTER TABLE mentions ADD COLUMN sentiment_confidence REAL; -- 0..1
ALTER TABLE mentions ADD COLUMN emotion TEXT;              -- NULL unless one is clear
ALTER TABLE mentions ADD COLUMN category TEXT;
ALTER TABLE mentions ADD COLUMN needs_reply INTEGER;       -- 0 or 1
ALTER TABLE mentions ADD COLUMN risks INTEGER NOT NULL DEFAULT 0; -- RiskFlags bits

-- The case keeps the reading of its most pressing unanswered message and every risk it carried.
ALTER TABLE cases ADD COLUMN emotion TEXT;
ALTER TABLE cases ADD COLUMN needs_reply INTEGER;
ALTER TABLE cases ADD COLUMN risks INTEGER NOT NULL DEFAULT 0;
-- Whether the customer wrote to us (a private message, or naming the brand account), not only
-- about us.
ALTER TABLE cases ADD COLUMN direct INTEGER NOT NULL DEFAULT 0;
-- Which of the fields an agent corrected: a correction outlives the customer writing again.
ALTER TABLE cases ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0; -- 1 sentiment, 2 category, 4 priority
-- Since when the customer waits for us: the first message after our last reply; NULL once answered.
ALTER TABLE cases ADD COLUMN waiting_since INTEGER;
-- The priority when the case's first message came in ("93 now, 65 when it came in").
ALTER TABLE cases ADD COLUMN priority_at_arrival INTEGER;
-- One sort key for every queue: cases still to work on by priority, then the longest waiting;
-- resolved and closed ones latest first. Virtual: it costs nothing to store, only its index.
ALTER TABLE cases ADD COLUMN queue_rank INTEGER GENERATED ALWAYS AS (
    CASE WHEN status IN ('resolved','closed') THEN last_activity_at
         ELSE (priority << 42) + (4398046511103 - coalesce(waiting_since, last_activity_at)) END)
    VIRTUAL;
DROP INDEX cases_queue;
DROP INDEX cases_assignee;
CREATE INDEX cases_queue ON cases(status, assignee_id IS NULL, queue_rank DESC, id DESC);
CREATE INDEX cases_assignee ON cases(assignee_id, status, queue_rank DESC, id DESC)
    WHERE assignee_id IS NOT NULL;
UPDATE cases SET waiting_since = created_at WHERE status IN ('new','open');

-- Badges gain "vip"; SQLite cannot change a CHECK in place, so the table is rebuilt.
CREATE TABLE person_badges_new (
    person_id INTEGER NOT NULL REFERENCES people(id),
    badge     TEXT NOT NULL CHECK (badge IN ('customer','prospect','employee','influencer','vip')),
    set_by    TEXT NOT NULL,
    set_at    INTEGER NOT NULL,
    PRIMARY KEY (person_id, badge)
) WITHOUT ROWID;
INSERT INTO person_badges_new SELECT person_id, badge, set_by, set_at FROM person_badges;
DROP TABLE person_badges;
ALTER TABLE person_badges_new RENAME TO person_badges;

-- Agents' corrections as labelled examples: the workspace's own training data.
CREATE TABLE learning_examples (
    id         INTEGER PRIMARY KEY,
    field      TEXT NOT NULL CHECK (field IN ('sentiment','category')),
    label      TEXT NOT NULL,
    text       TEXT NOT NULL,
    source     TEXT NOT NULL,            -- the agent's key, or "file" for earshot-cli learn
    case_id    INTEGER REFERENCES cases(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX learning_examples_field ON learning_examples(field, id);

-- The models trained from them, one per field (LearnedModel::toBytes).
CREATE TABLE learned_models (
    field      TEXT PRIMARY KEY CHECK (field IN ('sentiment','category')),
    model      BLOB NOT NULL,
    examples   INTEGER NOT NULL,
    trained_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// The search index is written by the ingest, once per batch (Ingestor::writeBatch). Filled by a
// trigger, FTS5 wrote every mention to disk on its own: each later statement in the batch that
// may roll back alone (an upsert, an insert with triggers) opens a savepoint, and FTS5 flushes
// its pending terms at every savepoint. That was 37 % of an import's instructions.
const char *const migration6 = R"sql(
DROP TRIGGER mentions_fts_insert;
)sql";

// Cases with a risk that nobody has taken, in the triage order, their risks in the index: a
// lead's Next case looks here first for the cases left to leads (CaseCommands::takeNext). On
// the cases_queue index that look walked every unassigned case when none was left to a lead
// (0.7 s on a million mentions); here it reads only the few with a risk, from the index alone.
const char *const migration7 = R"sql(
CREATE INDEX IF NOT EXISTS cases_risky_unassigned ON cases(status, queue_rank DESC, id DESC, risks)
    WHERE assignee_id IS NULL AND risks <> 0;
)sql";

// Search finds words next to emoji and words split by invisible characters (issue 14): unicode61
// kept emoji inside words ("refund😡" was one token, found only by refund*), cut words at a
// zero-width space and emoji sequences at their joiners. The index is made again with Earshot's
// tokenizer (store/SearchTokenizer: unicode61 with the same arguments, emoji as tokens of their
// own, invisible characters ignored), registered on every connection. The delete trigger names
// the table, not its tokenizer, and stays.
const char *const migration8 = R"sql(
DROP TABLE mention_fts;
CREATE VIRTUAL TABLE mention_fts USING fts5(
    text, content='mentions', content_rowid='id',
    tokenize="earshot remove_diacritics 2 categories 'L* N* Co M* So'");
INSERT INTO mention_fts (mention_fts) VALUES ('rebuild');
)sql";

// Several Earshot processes work on one workspace (windows of two agents, the command line, a
// listener): every change to a case, by any of them, is written here in order, in the same
// transaction as the change. Each window reads what is new since it last looked
// (WorkspaceWatcher) and shows it. Changes to a case's own row are written by the connection
// (store/CaseChangeLog: one row per case per transaction, where a trigger per change cost a tenth
// of an import); its replies, tags and person, changed rarely, by the triggers below. The table
// keeps its last 10,000 rows: a window that fell further behind reads everything again. IF NOT
// EXISTS: tests replay migrations on a file that already has the latest schema.
const char *const migration9 = R"sql(
CREATE TABLE IF NOT EXISTS case_changes (
    seq     INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS case_changes_outbox_insert AFTER INSERT ON outbox
BEGIN INSERT INTO case_changes (case_id) VALUES (new.case_id); END;
CREATE TRIGGER IF NOT EXISTS case_changes_outbox_update AFTER UPDATE OF state ON outbox
BEGIN INSERT INTO case_changes (case_id) VALUES (new.case_id); END;
CREATE TRIGGER IF NOT EXISTS case_changes_tag_insert AFTER INSERT ON case_tags
BEGIN INSERT INTO case_changes (case_id) VALUES (new.case_id); END;
CREATE TRIGGER IF NOT EXISTS case_changes_tag_delete AFTER DELETE ON case_tags
BEGIN INSERT INTO case_changes (case_id) VALUES (old.case_id); END;
-- What agents change about a person shows on every case of theirs. Badges Earshot sets itself
-- come with the ingest or a rescore, which change those cases anyway.
CREATE TRIGGER IF NOT EXISTS case_changes_person_note AFTER UPDATE OF note ON people
BEGIN INSERT INTO case_changes (case_id) SELECT id FROM cases WHERE person_id = new.id; END;
CREATE TRIGGER IF NOT EXISTS case_changes_badge_insert AFTER INSERT ON person_badges
WHEN new.set_by <> 'earshot'
BEGIN INSERT INTO case_changes (case_id) SELECT id FROM cases WHERE person_id = new.person_id; END;
CREATE TRIGGER IF NOT EXISTS case_changes_badge_delete AFTER DELETE ON person_badges
BEGIN INSERT INTO case_changes (case_id) SELECT id FROM cases WHERE person_id = old.person_id; END;
)sql";

// A CHECK of the form `x IN ('a','b','c')`, with more than two values, makes SQLite build a
// temporary B-tree of the values every time a statement that must check it runs: every new case
// (and every status change), every badge. That was a third of the instructions of placing a
// mention in a new case, more than inserting the mention and indexing it for search. The same
// rule written as comparisons costs a few instructions. Both accept and refuse the same values
// (NULL included: neither refuses it, and NOT NULL does). Only the text of the CREATE statement
// changes, as SQLite's documentation allows for CHECK constraints ("Making Other Kinds Of Table
// Schema Changes"); the rows and the file format stay as they are.
const char *const migration10 = R"sql(
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''new'',''open'',''pending'',''snoozed'',''resolved'',''closed''))',
    'CHECK (status = ''new'' OR status = ''open'' OR status = ''pending'' OR '
    || 'status = ''snoozed'' OR status = ''resolved'' OR status = ''closed'')')
WHERE type = 'table' AND name = 'cases';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (badge IN (''customer'',''prospect'',''employee'',''influencer'',''vip''))',
    'CHECK (badge = ''customer'' OR badge = ''prospect'' OR badge = ''employee'' OR '
    || 'badge = ''influencer'' OR badge = ''vip'')')
WHERE type = 'table' AND name = 'person_badges';
)sql";

// The outbox's guards against losing or doubling a reply (docs/ARCHITECTURE.md, "The outbox"):
// a key made when the reply is queued and sent with every try (Mastodon honours it as
// Idempotency-Key; Bluesky's record key is made from it), how often it was tried, who took it
// for sending and when (a reply left "sending" by a process that is gone becomes "uncertain"),
// and when a reply the network asked to wait for may be tried again.
const char *const migration11 = R"sql(
ALTER TABLE outbox ADD COLUMN idempotency_key TEXT;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at INTEGER;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER;
UPDATE outbox SET idempotency_key = 'earshot-' || lower(hex(randomblob(16)));
CREATE UNIQUE INDEX outbox_idempotency ON outbox(idempotency_key);
)sql";

// The accounts Earshot connects to (earshot-cli account add, Settings > Accounts): where each
// one's token is kept (the OS keychain, or a file the person opted into) and how its connection is
// doing. An accounts row without one was only heard of (imported mentions, a demo). Removing a
// connection keeps the accounts row, so what was heard on it stays where it is. (12: 11 is the
// outbox's.)
const char *const migration12 = R"sql(
CREATE TABLE IF NOT EXISTS account_connections (
    account_id      INTEGER PRIMARY KEY REFERENCES accounts(id),
    secret_place    TEXT NOT NULL DEFAULT 'keychain'
                    CHECK (secret_place = 'keychain' OR secret_place = 'file'),
    added_at        INTEGER NOT NULL,
    last_success_at INTEGER,
    last_error      TEXT,
    last_error_at   INTEGER,
    paused_until    INTEGER
);
)sql";

// What each X account read and wrote, per UTC day, for an estimate of what X charges (its API is
// paid per use; platforms/x/XSpend). X charges a post or user once per UTC day however often it
// returns it: x_reads_today remembers what was counted today, and keeps only today's rows.
// No foreign key: a connector without an account row (0) counts too.
const char *const migration13 = R"sql(
CREATE TABLE IF NOT EXISTS x_usage (
    account_id              INTEGER NOT NULL,
    day                     TEXT NOT NULL,
    posts_read              INTEGER NOT NULL DEFAULT 0,
    users_read              INTEGER NOT NULL DEFAULT 0,
    posts_created           INTEGER NOT NULL DEFAULT 0,
    posts_created_with_link INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS x_reads_today (
    account_id INTEGER NOT NULL,
    day        TEXT NOT NULL,
    kind       TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    PRIMARY KEY (account_id, day, kind, item_id)
) WITHOUT ROWID;
)sql";

// When each account last heard something, and on which days it usually does (accounts/
// AccountSilence): an index seek instead of a scan of every mention.
const char *const migration14 = R"sql(
CREATE INDEX IF NOT EXISTS mentions_account_created ON mentions(account_id, created_at);
)sql";

// Listening: terms a person asked Earshot to hear (a word, a "quoted phrase", a #hashtag; on one
// network or every one), where each account's search for each term stands (written in the
// transaction of the mentions it produced, as feed_cursors), which term a mention was heard by
// (NULL: it was addressed to the brand), and what X charged for search today (its daily budget).
const char *const migration15 = R"sql(
CREATE TABLE IF NOT EXISTS listening_terms (
    id         INTEGER PRIMARY KEY,
    term       TEXT NOT NULL,
    platform   TEXT,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS listening_terms_unique
    ON listening_terms(lower(term), ifnull(platform, ''));
CREATE TABLE IF NOT EXISTS listening_cursors (
    term_id    INTEGER NOT NULL REFERENCES listening_terms(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL,
    cursor     TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (term_id, account_id)
) WITHOUT ROWID;
ALTER TABLE mentions ADD COLUMN listening_term_id INTEGER;
CREATE INDEX IF NOT EXISTS mentions_listening ON mentions(listening_term_id, id)
    WHERE listening_term_id IS NOT NULL;
ALTER TABLE x_usage ADD COLUMN search_posts_read INTEGER NOT NULL DEFAULT 0;
)sql";

// What the networks say happened to a post after Earshot heard it (issue 20): its author edited
// it, or it is gone. What was heard stays as it was (mentions are immutable): each later text is
// a revision beside it, with when Earshot saw it and the network's own edit time, and a post the
// network no longer has gets a mark, with when Earshot found it gone. Both are append-only, like
// the case events that tell the team. Later texts are searchable too, through an index of their
// own (the mentions' index reads its text from mentions.text). What Earshot read of a person's
// profile on request: their bio, whether the network says it verified them, and when it was read.
// IF NOT EXISTS throughout, so a workspace that ran this step under an earlier number is safe.
const char *const migration16 = R"sql(
CREATE TABLE IF NOT EXISTS mention_revisions (
    id         INTEGER PRIMARY KEY,
    mention_id INTEGER NOT NULL REFERENCES mentions(id),
    text       TEXT NOT NULL,
    edited_at  INTEGER,
    seen_at    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mention_revisions_mention ON mention_revisions(mention_id, id);
CREATE TRIGGER IF NOT EXISTS mention_revisions_append_only BEFORE UPDATE ON mention_revisions
BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
CREATE TABLE IF NOT EXISTS mention_deletions (
    mention_id INTEGER PRIMARY KEY REFERENCES mentions(id),
    seen_at    INTEGER NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS mention_fts_revisions USING fts5(
    text, content='mention_revisions', content_rowid='id',
    tokenize="earshot remove_diacritics 2 categories 'L* N* Co M* So'");
CREATE TRIGGER IF NOT EXISTS mention_revisions_fts_insert AFTER INSERT ON mention_revisions
BEGIN INSERT INTO mention_fts_revisions (rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER IF NOT EXISTS mention_revisions_fts_delete AFTER DELETE ON mention_revisions
BEGIN
    INSERT INTO mention_fts_revisions (mention_fts_revisions, rowid, text)
    VALUES ('delete', old.id, old.text);
END;
CREATE TABLE IF NOT EXISTS handle_profiles (
    handle_id   INTEGER PRIMARY KEY REFERENCES handles(id),
    bio         TEXT,
    verified    INTEGER,
    followers   INTEGER,
    read_at     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS case_changes_profile_insert AFTER INSERT ON handle_profiles
BEGIN
    INSERT INTO case_changes (case_id) SELECT c.id FROM cases c JOIN handles h
    ON h.person_id = c.person_id WHERE h.id = new.handle_id;
END;
CREATE TRIGGER IF NOT EXISTS case_changes_profile_update AFTER UPDATE ON handle_profiles
BEGIN
    INSERT INTO case_changes (case_id) SELECT c.id FROM cases c JOIN handles h
    ON h.person_id = c.person_id WHERE h.id = new.handle_id;
END;
)sql";

// One priority (issue 16): the stored `priority` leaves waiting out (every writer scores it so);
// `waiting_points` is what the customer's wait adds, brought up to date on a schedule and before
// Next case (cases/WaitingPoints), and `priority_now` is the one number every view shows and
// the queue orders by. queue_rank is virtual, so dropping and adding it again rewrites nothing
// but its indexes. What each agent has seen of each case (the newest mention, for "new since you
// last looked"), and who has a case open or is writing in it (a heartbeat, expired when old).
const char *const migration17 = R"sql(
ALTER TABLE cases ADD COLUMN waiting_points INTEGER NOT NULL DEFAULT 0;
DROP INDEX IF EXISTS cases_queue;
DROP INDEX IF EXISTS cases_assignee;
DROP INDEX IF EXISTS cases_risky_unassigned;
ALTER TABLE cases DROP COLUMN queue_rank;
ALTER TABLE cases ADD COLUMN priority_now INTEGER GENERATED ALWAYS AS (
    CASE WHEN (corrected & 4) <> 0 OR waiting_since IS NULL OR status IN ('resolved','closed')
         THEN priority ELSE min(100, max(0, priority + waiting_points)) END)
    VIRTUAL;
ALTER TABLE cases ADD COLUMN queue_rank INTEGER GENERATED ALWAYS AS (
    CASE WHEN status IN ('resolved','closed') THEN last_activity_at
         ELSE (priority_now << 42) + (4398046511103 - coalesce(waiting_since, last_activity_at)) END)
    VIRTUAL;
CREATE INDEX IF NOT EXISTS cases_queue ON cases(status, assignee_id IS NULL, queue_rank DESC, id DESC);
CREATE INDEX IF NOT EXISTS cases_assignee ON cases(assignee_id, status, queue_rank DESC, id DESC)
    WHERE assignee_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS cases_risky_unassigned ON cases(status, queue_rank DESC, id DESC, risks)
    WHERE assignee_id IS NULL AND risks <> 0;
CREATE TABLE IF NOT EXISTS case_seen (
    agent_id   INTEGER NOT NULL REFERENCES agents(id),
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    mention_id INTEGER NOT NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (agent_id, case_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS case_presence (
    agent_id   INTEGER NOT NULL REFERENCES agents(id),
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    writing    INTEGER NOT NULL DEFAULT 0,
    beat_at    INTEGER NOT NULL,
    PRIMARY KEY (agent_id, case_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS case_presence_case ON case_presence(case_id, beat_at);
CREATE TRIGGER IF NOT EXISTS case_changes_presence_insert AFTER INSERT ON case_presence
BEGIN INSERT INTO case_changes (case_id) VALUES (new.case_id); END;
CREATE TRIGGER IF NOT EXISTS case_changes_presence_update AFTER UPDATE OF writing ON case_presence
WHEN old.writing <> new.writing
BEGIN INSERT INTO case_changes (case_id) VALUES (new.case_id); END;
CREATE TRIGGER IF NOT EXISTS case_changes_presence_delete AFTER DELETE ON case_presence
BEGIN INSERT INTO case_changes (case_id) VALUES (old.case_id); END;
)sql";

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations{
        {1, migration1},   {2, migration2},         {3, migration3},   {4, migration4},
        {5, migration5},   {6, migration6},         {7, migration7},   {8, migration8},
        {9, migration9},   {10, migration10, true}, {11, migration11}, {12, migration12},
        {13, migration13}, {14, migration14},       {15, migration15}, {16, migration16},
        {17, migration17}};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace earshot
