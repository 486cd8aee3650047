import GRDB

/// The store's tables, as an ordered list of migrations.
///
/// Rules for whoever adds a migration: append, never edit a shipped one, and bump
/// `currentVersion`; `PRAGMA user_version` records it so that an older Hotseat can refuse a
/// newer store instead of misreading it.
enum StoreSchema {
    static let currentVersion = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-trainees-sessions-turns") { db in
            try db.execute(sql: """
                CREATE TABLE trainees (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE sessions (
                    id TEXT PRIMARY KEY,
                    trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
                    scenario TEXT NOT NULL,
                    scenario_title TEXT,
                    scenario_difficulty INTEGER,
                    lang TEXT NOT NULL,
                    mode TEXT NOT NULL,
                    seed INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('in_progress', 'paused', 'finished')),
                    outcome TEXT,
                    started_at TEXT NOT NULL,
                    ended_at TEXT,
                    updated_at TEXT NOT NULL,
                    empathy REAL, ownership REAL, speed REAL, calm REAL, overall REAL,
                    scorecard_json TEXT,
                    state_json TEXT
                );
                CREATE INDEX sessions_by_trainee ON sessions(trainee_id, started_at);
                CREATE INDEX sessions_by_status ON sessions(status, updated_at);
                CREATE TABLE turns (
                    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                    turn_index INTEGER NOT NULL,
                    beat TEXT,
                    customer_line TEXT NOT NULL,
                    reply TEXT NOT NULL,
                    lang TEXT,
                    lang_detected INTEGER,
                    latency_raw REAL,
                    latency_net REAL,
                    empathy REAL, ownership REAL, speed REAL, calm REAL,
                    overall REAL,
                    behaviours TEXT NOT NULL,
                    evidence_json TEXT,
                    flags_json TEXT,
                    coaching_json TEXT,
                    mood_before INTEGER NOT NULL,
                    mood_after INTEGER NOT NULL,
                    created_at TEXT NOT NULL,
                    PRIMARY KEY (session_id, turn_index)
                );
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }
}
