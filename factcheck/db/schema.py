"""Our reference schema as code: each table's columns and DuckDB types (reference_data/README.md in words).

The import runner casts importer output to these types; the build creates an empty table for any
table that has no parquet file, so the views always compile.
"""

from __future__ import annotations

# Bump when a table's columns or a view's meaning change: databases built before are rebuilt on open.
SCHEMA_VERSION = 2

V, INT, B, D, BOOL = "VARCHAR", "INTEGER", "BIGINT", "DOUBLE", "BOOLEAN"

TABLES: dict[str, dict[str, str]] = {
    "sources": {"source_id": V, "publisher": V, "title": V, "url": V, "licence": V, "retrieved": V,
                "notes": V},
    "councils": {"council_code": V, "name": V, "council_type": V, "nation": V, "region": V,
                 "successor_code": V, "predecessor_codes": V, "source_id": V},
    "council_events": {"council_code": V, "event": V, "event_year": INT, "event_date": V, "related_codes": V,
                       "basis": V, "source_id": V},
    "council_aliases": {"alias": V, "alias_norm": V, "council_code": V, "source_id": V},
    "wards": {"ward_code": V, "ward_name": V, "council_code": V, "first_year": INT, "last_year": INT,
              "source_id": V},
    "parties": {"party_id": V, "name": V, "short_name": V, "kind": V},
    "party_aliases": {"alias": V, "alias_norm": V, "party_id": V, "source_id": V},
    "elections": {"election_date": V, "name": V, "nations": V},
    "candidates": {"election_date": V, "council_code": V, "ward_code": V, "ward_name": V, "seats": INT,
                   "candidate": V, "party_id": V, "party_label": V, "votes": B, "elected": BOOL,
                   "vote_effective": BOOL, "source_id": V},
    "ward_party_votes": {"election_date": V, "council_code": V, "ward_name": V, "seats": INT, "party_id": V,
                         "party_label": V, "votes": B, "source_id": V},
    "council_results": {"election_date": V, "council_code": V, "party_id": V, "seats_up": INT,
                        "total_seats": INT, "seats_won": INT, "seats_change": INT, "seats_change_basis": V,
                        "votes": B, "share_pct": D, "share_change": D, "control_after": V, "source_id": V},
    "council_composition": {"council_code": V, "as_of_year": INT, "as_of": V, "party_id": V, "seats": INT,
                            "total_seats": INT, "basis": V, "source_id": V},
    "seats_defended": {"election_date": V, "council_code": V, "party_id": V, "seats": INT, "basis": V,
                       "source_id": V},
    "council_control": {"council_code": V, "as_of_year": INT, "as_of": V, "control": V, "basis": V,
                        "source_id": V},
    "national_tallies": {"election_date": V, "scope": V, "publisher": V, "party_id": V, "councils": INT,
                         "councils_change": INT, "councillors": INT, "councillors_change": INT, "basis": V,
                         "as_of": V, "source_id": V},
    "councillors_by_party": {"as_of_year": INT, "scope": V, "party_id": V, "councillors": INT, "total": INT,
                             "basis": V, "source_id": V},
    "projected_share": {"election_year": INT, "publisher": V, "measure": V, "party_id": V, "share_pct": D,
                        "source_id": V},
    "general_election_results": {"election_date": V, "kind": V, "scope": V, "party_id": V, "party_label": V,
                                 "votes": B, "share_pct": D, "seats": INT, "candidates": INT, "valid_votes": B,
                                 "source_id": V},
    "parliament_contests": {"election_date": V, "kind": V, "constituency_code": V, "constituency": V, "country": V,
                            "valid_votes": B, "majority": B, "result": V, "source_id": V},
    "parliament_candidates": {"election_date": V, "kind": V, "constituency_code": V, "constituency": V,
                              "candidate": V, "party_id": V, "party_label": V, "votes": B, "share_pct": D,
                              "share_change": D, "elected": BOOL, "source_id": V},
    "mayoralties": {"mayoralty_code": V, "name": V, "kind": V, "constituent_councils": V, "source_id": V},
    "mayoralty_aliases": {"alias": V, "alias_norm": V, "mayoralty_code": V},
    "mayoral_results": {"election_date": V, "mayoralty_code": V, "round": V, "candidate": V, "party_id": V,
                        "votes": B, "share_pct": D, "elected": BOOL, "turnout_pct": D, "source_id": V},
    "mayoral_turnout": {"election_date": V, "mayoralty_code": V, "council_code": V, "electorate": B, "ballots": B,
                        "turnout_pct": D, "basis": V, "source_id": V},
    "national_vote_share": {"election_date": V, "scope": V, "publisher": V, "measure": V, "party_id": V,
                            "share_pct": D, "share_change": D, "basis": V, "source_id": V},
}

# Tables whose rows must each name a source in `sources`.
SOURCED_TABLES = tuple(name for name, cols in TABLES.items() if "source_id" in cols and name != "sources")

# Columns that may not be empty, beyond source_id (a row without them means nothing).
REQUIRED: dict[str, tuple[str, ...]] = {
    "sources": ("source_id", "publisher", "title", "licence"),
    "councils": ("council_code", "name"),
    "candidates": ("election_date", "council_code", "party_id"),
    "council_composition": ("council_code", "as_of_year", "party_id"),
    "national_tallies": ("election_date", "publisher", "party_id"),
    "mayoral_results": ("election_date", "mayoralty_code"),
    "mayoral_turnout": ("election_date", "mayoralty_code", "turnout_pct"),
    "national_vote_share": ("election_date", "scope", "party_id", "share_pct"),
}
