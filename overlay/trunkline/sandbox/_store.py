"""The sandbox's state in SQLite: records, scheduled events, the webhook log, settings.

In memory unless a file is named, so a sandbox started again on the same file
keeps its credentials, records, clock and pending lifecycle steps.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

import orjson

__all__ = ["Store"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    coll TEXT NOT NULL,
    id TEXT NOT NULL,
    created REAL NOT NULL,
    data BLOB NOT NULL,
    hidden BLOB,
    UNIQUE (coll, id)
);
CREATE INDEX IF NOT EXISTS records_by_coll ON records (coll, created, seq);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    due REAL NOT NULL,
    kind TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_due ON events (due, seq);
CREATE TABLE IF NOT EXISTS webhooks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    provider TEXT NOT NULL,
    event TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    status INTEGER,
    error TEXT,
    headers BLOB NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
"""


class Store:
    """One SQLite connection shared by the server's threads (every call holds the lock)."""

    def __init__(self, path: str | None) -> None:
        self._db = sqlite3.connect(path or ":memory:", check_same_thread=False)
        self._lock = threading.RLock()
        with self._lock:
            self._db.executescript(_SCHEMA)
            if path:
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.commit()

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.commit()
            self._db.close()

    # ------------------------------------------------------------------ settings

    def get_meta(self, key: str) -> Any:
        """A stored setting, or None."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return orjson.loads(row[0]) if row else None

    def set_meta(self, key: str, value: Any) -> None:
        """Store a setting."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (key, orjson.dumps(value)),
            )
            self._db.commit()

    # ------------------------------------------------------------------ records

    def put(
        self,
        coll: str,
        record_id: str,
        data: dict[str, Any],
        created: float,
        hidden: dict[str, Any] | None = None,
    ) -> None:
        """Insert or replace a record (a replaced record keeps its place in lists)."""
        blob = orjson.dumps(data)
        extra = orjson.dumps(hidden) if hidden is not None else None
        with self._lock:
            updated = self._db.execute(
                "UPDATE records SET data = ?, hidden = COALESCE(?, hidden) "
                "WHERE coll = ? AND id = ?",
                (blob, extra, coll, record_id),
            ).rowcount
            if not updated:
                self._db.execute(
                    "INSERT INTO records (coll, id, created, data, hidden) VALUES (?, ?, ?, ?, ?)",
                    (coll, record_id, created, blob, extra),
                )
            self._db.commit()

    def get(self, coll: str, record_id: str) -> dict[str, Any] | None:
        """One record, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM records WHERE coll = ? AND id = ?", (coll, record_id)
            ).fetchone()
        return orjson.loads(row[0]) if row else None

    def hidden(self, coll: str, record_id: str) -> dict[str, Any] | None:
        """What the sandbox keeps of a record but never shows (secrets, codes)."""
        with self._lock:
            row = self._db.execute(
                "SELECT hidden FROM records WHERE coll = ? AND id = ?", (coll, record_id)
            ).fetchone()
        return orjson.loads(row[0]) if row and row[0] else None

    def delete(self, coll: str, record_id: str) -> bool:
        """Remove a record and everything stored under it; False if there was none."""
        with self._lock:
            gone = self._db.execute(
                "DELETE FROM records WHERE coll = ? AND id = ?", (coll, record_id)
            ).rowcount
            if gone:
                prefix = f"{coll}/{record_id}/"
                self._db.execute(
                    "DELETE FROM records WHERE substr(coll, 1, ?) = ?", (len(prefix), prefix)
                )
            self._db.commit()
        return bool(gone)

    def scan(
        self, coll: str, *, newest_first: bool = True, after: tuple[float, int] | None = None
    ) -> Iterator[tuple[float, int, dict[str, Any]]]:
        """(created, seq, record) of a collection in list order, from after a cursor."""
        order = "DESC" if newest_first else "ASC"
        sql = "SELECT created, seq, data FROM records WHERE coll = ?"
        args: list[Any] = [coll]
        if after is not None:
            op = "<" if newest_first else ">"
            sql += f" AND (created {op} ? OR (created = ? AND seq {op} ?))"
            args += [after[0], after[0], after[1]]
        sql += f" ORDER BY created {order}, seq {order}"
        offset = 0
        while True:
            with self._lock:
                rows = self._db.execute(f"{sql} LIMIT 200 OFFSET {offset}", args).fetchall()
            for created, seq, data in rows:
                yield created, seq, orjson.loads(data)
            if len(rows) < 200:
                return
            offset += 200

    def find(self, coll_suffix: str, record_id: str) -> tuple[str, dict[str, Any]] | None:
        """A record by id in any collection whose path ends with `coll_suffix`."""
        with self._lock:
            row = self._db.execute(
                "SELECT coll, hidden FROM records WHERE id = ? AND coll LIKE ?",
                (record_id, f"%{coll_suffix}"),
            ).fetchone()
        if not row:
            return None
        return row[0], (orjson.loads(row[1]) if row[1] else {})

    def count(self, coll: str) -> int:
        """How many records a collection holds."""
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) FROM records WHERE coll = ?", (coll,)
            ).fetchone()
        return int(row[0])

    # ------------------------------------------------------------------ scheduled events

    def schedule(self, due: float, kind: str, data: dict[str, Any]) -> None:
        """Run `kind` with `data` once the clock reaches `due`."""
        with self._lock:
            self._db.execute(
                "INSERT INTO events (due, kind, data) VALUES (?, ?, ?)",
                (due, kind, orjson.dumps(data)),
            )
            self._db.commit()

    def next_due(self, until: float) -> tuple[float, str, dict[str, Any]] | None:
        """Take the earliest event due at or before `until` off the schedule."""
        with self._lock:
            row = self._db.execute(
                "SELECT seq, due, kind, data FROM events WHERE due <= ? ORDER BY due, seq LIMIT 1",
                (until,),
            ).fetchone()
            if row is None:
                return None
            self._db.execute("DELETE FROM events WHERE seq = ?", (row[0],))
            self._db.commit()
        return row[1], row[2], orjson.loads(row[3])

    def pending(self) -> int:
        """How many events are scheduled."""
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    # ------------------------------------------------------------------ webhook log

    def log_webhook(self, entry: dict[str, Any]) -> None:
        """Record one delivery attempt."""
        with self._lock:
            self._db.execute(
                "INSERT INTO webhooks (at, provider, event, method, url, attempt, status, error, "
                "headers, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry["at"],
                    entry["provider"],
                    entry["event"],
                    entry["method"],
                    entry["url"],
                    entry["attempt"],
                    entry.get("status"),
                    entry.get("error"),
                    orjson.dumps(entry["headers"]),
                    entry["body"],
                ),
            )
            self._db.commit()

    def webhooks(self) -> list[dict[str, Any]]:
        """Every delivery attempt, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT at, provider, event, method, url, attempt, status, error, headers, body "
                "FROM webhooks ORDER BY seq"
            ).fetchall()
        keys = ("at", "provider", "event", "method", "url", "attempt", "status", "error")
        out = []
        for row in rows:
            entry = dict(zip(keys, row[:8], strict=True))
            entry["headers"] = orjson.loads(row[8])
            entry["body"] = bytes(row[9])
            out.append(entry)
        return out
