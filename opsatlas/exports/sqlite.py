"""SQLite export: operations, sources, places, claims (figures), phases, links, disputes and
their evidence as related tables, with foreign keys, ready to open in Datasette or sqlite3."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..reconcile.rules import claim_states
from ..records.schema import Operation
from .rows import located

SCHEMA = """
CREATE TABLE operations (id TEXT PRIMARY KEY, name TEXT, working_title TEXT, title TEXT NOT NULL,
  crime_type TEXT NOT NULL, crime_description TEXT, lead_country TEXT, summary TEXT, name_variants TEXT,
  notes TEXT, status TEXT NOT NULL);
CREATE TABLE sources (operation_id TEXT NOT NULL REFERENCES operations(id), id TEXT NOT NULL, title TEXT,
  publisher TEXT, kind TEXT, url TEXT, date TEXT, language TEXT, note TEXT, PRIMARY KEY (operation_id, id));
CREATE TABLE places (operation_id TEXT NOT NULL REFERENCES operations(id), id TEXT NOT NULL, name TEXT,
  as_written TEXT, precision TEXT, country TEXT, subdivision TEXT, within TEXT, region TEXT, members TEXT,
  lat REAL, lon REAL, located_by TEXT, code TEXT, code_note TEXT, unreviewed INTEGER NOT NULL,
  PRIMARY KEY (operation_id, id),
  FOREIGN KEY (operation_id, within) REFERENCES places(operation_id, id));
CREATE TABLE claims (operation_id TEXT NOT NULL REFERENCES operations(id), id TEXT NOT NULL, metric TEXT,
  count INTEGER, qualifier TEXT, upper INTEGER, item TEXT, status TEXT, place_id TEXT, date TEXT,
  reported_on TEXT, replaces TEXT, source_id TEXT NOT NULL, quote TEXT, note TEXT, amount REAL, unit TEXT,
  part_of TEXT, state TEXT NOT NULL, unreviewed INTEGER NOT NULL, PRIMARY KEY (operation_id, id),
  FOREIGN KEY (operation_id, place_id) REFERENCES places(operation_id, id),
  FOREIGN KEY (operation_id, source_id) REFERENCES sources(operation_id, id));
CREATE TABLE disputes (operation_id TEXT NOT NULL REFERENCES operations(id), id TEXT NOT NULL, title TEXT,
  countries TEXT, preferred_claim TEXT, preferred_reason TEXT, note TEXT, phases TEXT,
  PRIMARY KEY (operation_id, id));
CREATE TABLE dispute_positions (operation_id TEXT NOT NULL, dispute_id TEXT NOT NULL, position INTEGER NOT NULL,
  says TEXT, claim_id TEXT, contested INTEGER NOT NULL, source_id TEXT NOT NULL, quote TEXT,
  PRIMARY KEY (operation_id, dispute_id, position),
  FOREIGN KEY (operation_id, dispute_id) REFERENCES disputes(operation_id, id),
  FOREIGN KEY (operation_id, source_id) REFERENCES sources(operation_id, id));
CREATE TABLE phases (operation_id TEXT NOT NULL REFERENCES operations(id), id TEXT NOT NULL, position INTEGER,
  name TEXT, kind TEXT, start TEXT, "end" TEXT, start_as_reported TEXT, end_as_reported TEXT, lead TEXT,
  countries TEXT, description TEXT, PRIMARY KEY (operation_id, id));
CREATE TABLE links (operation_id TEXT NOT NULL REFERENCES operations(id), id TEXT NOT NULL, from_place TEXT,
  to_place TEXT, kind TEXT, description TEXT, PRIMARY KEY (operation_id, id),
  FOREIGN KEY (operation_id, from_place) REFERENCES places(operation_id, id),
  FOREIGN KEY (operation_id, to_place) REFERENCES places(operation_id, id));
CREATE TABLE cases (operation_id TEXT NOT NULL REFERENCES operations(id), id TEXT NOT NULL, role TEXT,
  legal_status TEXT, place_id TEXT, allegation TEXT, PRIMARY KEY (operation_id, id),
  FOREIGN KEY (operation_id, place_id) REFERENCES places(operation_id, id));
CREATE TABLE case_statuses (operation_id TEXT NOT NULL, case_id TEXT NOT NULL, position INTEGER NOT NULL,
  legal_status TEXT NOT NULL, place_id TEXT NOT NULL, date TEXT, PRIMARY KEY (operation_id, case_id, position),
  FOREIGN KEY (operation_id, case_id) REFERENCES cases(operation_id, id),
  FOREIGN KEY (operation_id, place_id) REFERENCES places(operation_id, id));
CREATE TABLE coordinators (operation_id TEXT NOT NULL REFERENCES operations(id), position INTEGER NOT NULL,
  body TEXT, kind TEXT, country TEXT, role TEXT, evidence_note TEXT, PRIMARY KEY (operation_id, position));
CREATE TABLE evidence (operation_id TEXT NOT NULL, about TEXT NOT NULL, about_id TEXT NOT NULL,
  position INTEGER NOT NULL, source_id TEXT NOT NULL, quote TEXT,
  PRIMARY KEY (operation_id, about, about_id, position),
  FOREIGN KEY (operation_id, source_id) REFERENCES sources(operation_id, id));
CREATE VIEW figures AS SELECT c.operation_id, c.id AS claim_id, c.metric, c.count, c.qualifier, c.upper,
  p.name AS place, p.precision, p.country, c.date, COALESCE(c.reported_on, s.date) AS reported_on,
  s.publisher, s.url, c.quote FROM claims c JOIN sources s ON s.operation_id = c.operation_id AND s.id = c.source_id
  LEFT JOIN places p ON p.operation_id = c.operation_id AND p.id = c.place_id;
"""


def _list(values: list[str] | tuple[str, ...] | None) -> str | None:
    return json.dumps(list(values), ensure_ascii=False) if values else None


def write_sqlite(records: list[Operation], path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript(SCHEMA)
        for op in records:
            places = located(op)
            con.execute("INSERT INTO operations VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (op.id, op.name, op.working_title, op.title, op.crime_type, op.crime_description,
                         _list(list(op.leads)) if op.leads else None, op.summary, _list(op.name_variants), _list(op.notes),
                         op.status))
            con.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?)",
                            [(op.id, s.id, s.title, s.publisher, s.kind, s.url, s.date, s.language, s.note)
                             for s in op.sources])
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            [(op.id, p.id, p.name, p.as_written, p.precision, p.country, p.subdivision, p.within,
                              p.region, _list(places[p.id].members), places[p.id].lat, places[p.id].lon,
                              places[p.id].basis, p.code, p.code_note, int(p.unreviewed)) for p in op.places])
            states = claim_states(op)  # the whole record, as last reported: the rule every view reads
            con.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            [(op.id, c.id, c.metric, c.count, c.qualifier, c.upper, c.item, c.status, c.place,
                              c.date, c.reported_on, c.replaces, c.source, c.quote, c.note, c.amount, c.unit,
                              c.part_of, states[c.id].words, int(c.unreviewed)) for c in op.claims])
            for d in op.disputes:
                con.execute("INSERT INTO disputes VALUES (?,?,?,?,?,?,?,?)",
                            (op.id, d.id, d.title, _list(d.countries), d.preferred, d.preferred_reason, d.note,
                             _list(d.phases)))
                con.executemany("INSERT INTO dispute_positions VALUES (?,?,?,?,?,?,?,?)",
                                [(op.id, d.id, i, p.says, p.claim, int(p.claim in d.contested), p.source, p.quote)
                                 for i, p in enumerate(d.positions)])
            con.executemany("INSERT INTO phases VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                            [(op.id, ph.id, i, ph.name, ph.kind, ph.start, ph.end, ph.start_as_reported,
                              ph.end_as_reported, ph.lead, _list(ph.countries), ph.description)
                             for i, ph in enumerate(op.phases)])
            con.executemany("INSERT INTO links VALUES (?,?,?,?,?,?)",
                            [(op.id, lk.id, lk.from_place, lk.to, lk.kind, lk.description) for lk in op.links])
            con.executemany("INSERT INTO cases VALUES (?,?,?,?,?,?)",
                            [(op.id, c.id, c.role, c.legal_status, c.place, c.allegation) for c in op.cases])
            con.executemany("INSERT INTO case_statuses VALUES (?,?,?,?,?,?)",
                            [(op.id, c.id, i, e.legal_status, e.place, e.date)
                             for c in op.cases for i, e in enumerate(c.elsewhere)])
            con.executemany("INSERT INTO coordinators VALUES (?,?,?,?,?,?,?)",
                            [(op.id, i, co.body, co.kind, co.country, co.role, co.evidence_note)
                             for i, co in enumerate(op.coordinators)])
            evidence = [(op.id, about, item.id, i, ev.source, ev.quote)
                        for about, items in (("phase", op.phases), ("link", op.links), ("case", op.cases))
                        for item in items for i, ev in enumerate(item.evidence)]
            evidence += [(op.id, "coordinator", str(n), i, ev.source, ev.quote)
                         for n, co in enumerate(op.coordinators) for i, ev in enumerate(co.evidence)]
            evidence += [(op.id, "case_status", f"{c.id}/{n}", i, ev.source, ev.quote)
                         for c in op.cases for n, e in enumerate(c.elsewhere) for i, ev in enumerate(e.evidence)]
            con.executemany("INSERT INTO evidence VALUES (?,?,?,?,?,?)", evidence)
        con.commit()
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise ValueError(f"SQLite export broke its own foreign keys: {problems[:3]}")
    finally:
        con.close()
