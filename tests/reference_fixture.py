"""A tiny, made-up reference dataset for testing the runner, the build and the views.

Three invented councils (codes in an unused E..9xx range, names that are not real places):
- Thirdsby (metropolitan, elects by thirds): 3 wards x 3 seats, polls 2016, 2018, 2019, 2021, 2022, 2024;
- Redrawn Vale (district, by thirds): 3 wards x 2 seats... its 2022 wards are new (a boundary change);
- Allout Heath (London borough, all-out): 2 wards x 3 seats, polls 2014, 2018, 2022.
Composition: Thirdsby is in no overall control after 2022, Allout Heath has a Labour majority.
The importer module below is registered in sys.modules so the real import runner can run it.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

from factcheck.importers.common import SourceRow

THIRDSBY, REDRAWN, ALLOUT = "E08000901", "E07000901", "E09000901"
SOURCE = SourceRow("test-source", "Test Publisher", "Invented results for tests", "https://example.org/t",
                   "CC0")
OTHER_SOURCE = SourceRow("test-second-file", "Second Publisher", "The same council from another file",
                         "https://example.org/s", "CC0")

# (council, date) -> {ward (code, name): [(party, votes, elected), ...]}
_THIRDS_WARDS = [("E05900001", "North"), ("E05900002", "South"), ("E05900003", "St. Mary's & Grove")]
_CONTESTS: dict[tuple[str, str], dict[tuple[str, str], list[tuple[str, int, bool]]]] = {
    (THIRDSBY, "2016-05-05"): {w: [("lab", 600, True), ("con", 400, False)] for w in _THIRDS_WARDS},
    (THIRDSBY, "2018-05-03"): {w: [("con", 500, True), ("lab", 450, False)] for w in _THIRDS_WARDS},
    (THIRDSBY, "2019-05-02"): {w: [("ld", 520, True), ("lab", 300, False), ("con", 200, False)]
                               for w in _THIRDS_WARDS},
    (THIRDSBY, "2021-05-06"): {w: [("con", 700, True), ("lab", 500, False)] for w in _THIRDS_WARDS},
    (THIRDSBY, "2022-05-05"): {
        _THIRDS_WARDS[0]: [("lab", 800, True), ("con", 500, False), ("green", 100, False)],
        _THIRDS_WARDS[1]: [("lab", 700, True), ("con", 650, False)],
        _THIRDS_WARDS[2]: [("con", 600, True), ("lab", 580, False)],
    },
    (THIRDSBY, "2024-05-02"): {w: [("lab", 900, True), ("con", 300, False), ("reform", 250, False)]
                               for w in _THIRDS_WARDS},
    (REDRAWN, "2018-05-03"): {(f"E0590001{i}", f"Old Ward {i}"): [("con", 400, True), ("lab", 300, False)]
                              for i in range(3)},
    (REDRAWN, "2022-05-05"): {(f"E0590002{i}", f"New Ward {i}"): [("lab", 420, True), ("con", 380, False)]
                              for i in range(3)},
    (ALLOUT, "2014-05-22"): {
        ("E05900101", "Heath East"): [("lab", 1000, True), ("lab", 950, True), ("lab", 900, True),
                                      ("con", 700, False), ("con", 650, False)],
        ("E05900102", "Heath West"): [("con", 800, True), ("con", 780, True), ("lab", 760, True),
                                      ("lab", 700, False), ("ld", 300, False)],
    },
    (ALLOUT, "2018-05-03"): {
        ("E05900101", "Heath East"): [("lab", 1100, True), ("lab", 1000, True), ("lab", 990, True),
                                      ("con", 600, False)],
        ("E05900102", "Heath West"): [("lab", 900, True), ("lab", 850, True), ("con", 820, True),
                                      ("con", 810, False), ("green", 200, False)],
    },
    (ALLOUT, "2022-05-05"): {
        ("E05900101", "Heath East"): [("lab", 1200, True), ("lab", 1150, True), ("lab", 1100, True),
                                      ("con", 500, False), ("con", 450, False)],
        ("E05900102", "Heath West"): [("con", 900, True), ("lab", 880, True), ("lab", 870, True),
                                      ("con", 860, False), ("con", 100, False)],
    },
}
# A second file covering Allout Heath 2018 with the same figures (like a council's own file beside LEAP).
_DUPLICATE = (ALLOUT, "2018-05-03")

_SIZES = {THIRDSBY: 9, REDRAWN: 6, ALLOUT: 6}
# (council, year) -> {party: seats}
_COMPOSITION = {
    (THIRDSBY, 2022): {"lab": 4, "con": 4, "ld": 1},
    (THIRDSBY, 2024): {"lab": 6, "con": 2, "ld": 1},
    (ALLOUT, 2022): {"lab": 5, "con": 1},
    (REDRAWN, 2022): {"lab": 3, "con": 3},
}


def candidate_rows() -> list[dict]:
    rows = []
    for (council, date), wards in _CONTESTS.items():
        sources = [SOURCE.source_id] + ([OTHER_SOURCE.source_id] if (council, date) == _DUPLICATE else [])
        for source_id in sources:
            for (ward_code, ward_name), entries in wards.items():
                seen: set[str] = set()
                ranked = sorted(entries, key=lambda e: -e[1])
                for number, (party, votes, elected) in enumerate(ranked):
                    rows.append({
                        "election_date": date, "council_code": council, "ward_code": ward_code,
                        "ward_name": ward_name, "seats": sum(e[2] for e in entries),
                        "candidate": f"Candidate {number} {party}", "party_id": party, "party_label": party,
                        "votes": votes, "elected": elected, "vote_effective": party not in seen,
                        "source_id": source_id,
                    })
                    seen.add(party)
    return rows


def load(sources_dir: Path, gazetteer: object) -> dict:
    import pandas as pd

    composition = [
        {"council_code": c, "as_of_year": y, "as_of": f"after May {y}", "party_id": p, "seats": s,
         "total_seats": _SIZES[c], "basis": "after the election", "source_id": SOURCE.source_id}
        for (c, y), parties in _COMPOSITION.items() for p, s in parties.items()
    ]
    return {"candidates": pd.DataFrame(candidate_rows()), "council_composition": pd.DataFrame(composition)}


class _Gazetteer:
    def tables(self) -> dict:
        import pandas as pd

        councils = pd.DataFrame([
            {"council_code": THIRDSBY, "name": "Thirdsby", "council_type": "metropolitan"},
            {"council_code": REDRAWN, "name": "Redrawn Vale", "council_type": "district"},
            {"council_code": ALLOUT, "name": "Allout Heath", "council_type": "london_borough"},
        ]).assign(nation="England", region=None, successor_code=None, predecessor_codes=None,
                  source_id=SOURCE.source_id)
        aliases = councils[["name", "council_code", "source_id"]].rename(columns={"name": "alias"})
        aliases["alias_norm"] = aliases["alias"].str.lower()
        parties = pd.DataFrame([{"party_id": p, "name": p.title(), "short_name": p, "kind": "national"}
                                for p in ("lab", "con", "ld", "green", "reform")])
        return {"councils": councils, "council_aliases": aliases, "parties": parties}


def install_fake_importers() -> tuple[str, str]:
    """Register a fake gazetteer and importer module; returns their names for run_import(modules=...)."""
    gazetteer = types.ModuleType("fake_gazetteer")
    gazetteer.SOURCES = (SOURCE,)
    gazetteer.build = lambda sources_dir: _Gazetteer()
    gazetteer.load = lambda sources_dir, g: {}
    importer = types.ModuleType("fake_importer")
    importer.SOURCES = (SOURCE, OTHER_SOURCE)
    importer.load = load
    sys.modules["fake_gazetteer"], sys.modules["fake_importer"] = gazetteer, importer
    return "fake_gazetteer", "fake_importer"
