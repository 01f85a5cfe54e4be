"""The lookup tables the checker holds in memory, turned into its gazetteer, election calendar, extraction
vocabulary (with its name index), sources and party names, and kept as a copy beside the database.

Building them takes ~25 ms of every cold start; the copy (a pickle in the user cache, like Python's own .pyc
files) loads in ~5 ms. It carries the database's build time, the lookup queries' SQL and the source of the
modules whose objects it holds, so a new build or a code change means a new copy.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factcheck.model import SourceRef

LOOKUP_QUERIES = ("gazetteer_places", "gazetteer_parties", "election_places", "all_sources", "party_names",
                  "main_election_places", "mayoral_candidates")
Parts = tuple[Any, Any, Any, dict[str, SourceRef], dict[str, str]]
_PICKLED_MODULES = ("model.py", "resolve/gazetteer.py", "resolve/elections.py", "extract/vocabulary.py",
                    "extract/lookup.py", "lookups.py")

PARTY_WORDS = frozenset(
    [
        "party",
        "independents",
        "independent",
        "alliance",
        "residents",
        "association",
        "associations",
        "group",
        "first",
        "movement",
        "coalition",
        "democrats",
        "greens",
        "union",
    ]
)


def prose_party_aliases(gazetteer: Any) -> dict[str, str]:
    """Party names worth looking for in prose: named groups ("X Independents", "Residents for Y").

    Source codes ("C", "LD") and labels that are only a place ("Thurrock" for Thurrock Independents) are left
    out; the extractor knows the national parties' everyday names itself.
    """
    places = {p.lower() for p in gazetteer.place_names()}
    keep = {}
    for alias, party in gazetteer.party_aliases().items():
        words = alias.split()
        if len(words) >= 2 and PARTY_WORDS & {words[0], words[-1]} and alias not in places:
            keep[alias] = party
    return keep


def lookup_parts(lookups: Mapping[str, list[Any]]) -> Parts:
    """The gazetteer, election calendar, extraction vocabulary, sources and party names from the lookup tables."""
    from factcheck.extract.vocabulary import Vocabulary
    from factcheck.resolve import ElectionCalendar, Gazetteer, PlaceName
    from factcheck.resolve.gazetteer import paired_short_forms

    places = [PlaceName(*row) for row in lookups["gazetteer_places"] if row[0]]
    places += paired_short_forms(places)
    parties = {alias: party for alias, party in lookups["gazetteer_parties"] if alias}
    gazetteer = Gazetteer(places, parties)
    by_date: dict[str, set[str]] = defaultdict(set)
    for election_date, code in lookups["election_places"]:
        by_date[election_date].add(code)
    main_by_date: dict[str, set[str]] = defaultdict(set)
    for election_date, code in lookups["main_election_places"]:
        main_by_date[election_date].add(code)
    candidates = [tuple(row) for row in lookups["mayoral_candidates"]]
    calendar = ElectionCalendar(by_date.keys(), by_date, main_by_date, candidates)
    sources = {row[0]: SourceRef(*(value or "" for value in row)) for row in lookups["all_sources"]}
    vocabulary = Vocabulary.build(gazetteer.place_names(), prose_party_aliases(gazetteer))
    return gazetteer, calendar, vocabulary, sources, dict(lookups["party_names"])


def stamp_for(built: str) -> str:
    """What the copy must carry to be current: the build time, the lookup queries and our own code."""
    from factcheck.query.registry import all_queries

    digest = hashlib.sha256("".join(all_queries()[n].sql for n in LOOKUP_QUERIES).encode())
    package = Path(__file__).resolve().parent
    for name in _PICKLED_MODULES:
        stat = (package / name).stat()
        digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return f"{built}-{digest.hexdigest()[:16]}"


def read_copy(db_path: Path) -> tuple[str | None, Parts | None]:
    """(stamp, parts) from the copy beside the database, or (None, None) when there is none or it is unreadable."""
    try:
        stamp, parts, names = pickle.loads(_copy_path(db_path).read_bytes())
    except Exception:  # noqa: BLE001 - missing, damaged or from older code: built again from the database
        return None, None
    from factcheck.extract.vocabulary import remember_matchers

    remember_matchers(parts[2], names)
    return stamp, parts


def from_database(connection: Any, db_path: Path, built: str) -> Parts:
    """The parts built from the database's lookup tables, and written as the copy (best effort)."""
    from factcheck.extract.vocabulary import matchers
    from factcheck.query.registry import tuples

    parts = lookup_parts({name: [list(row) for row in tuples(connection, name)] for name in LOOKUP_QUERIES})
    copy = _copy_path(db_path)
    try:  # a read-only cache folder just means no copy
        temporary = copy.with_name(f"{copy.name}.{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps((stamp_for(built), parts, matchers(parts[2])),
                                           protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, copy)
    except OSError:
        pass
    return parts


def _copy_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lookups.pickle")
