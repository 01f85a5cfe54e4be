"""The gazetteer: council names -> GSS codes, party labels -> canonical party ids.

`build(sources_dir)` reads every raw file that pairs a council name with its ONS/GSS code (LEAP, Commons
Library handbooks and tables, London 2014) plus the reorganisations listed by electionresults.uk. The other
importers then ask it for codes and ids; every spelling they pass is recorded as an alias, so `tables()`
(called after all importers ran) holds every label the sources use.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers import leap, leh, london2014
from factcheck.importers.candidate_rows import PREFERRED_CANDIDATE_SOURCES
from factcheck.importers.common import ImportFailure, SourceRow
from factcheck.importers.party_vocabulary import VOCABULARY_SOURCE_ID, PartyBook, slug
from factcheck.names import normalise

if TYPE_CHECKING:
    import pandas as pd

_FOLDER = "fsargent__electionresults.uk/source-data/council"
_REPO = "https://github.com/fsargent/electionresults.uk/blob/19651ed97e047b254e01875eac7b247a7e4a5401/"
CBP9545 = "commons-cbp9545"
TABLES_2023 = "commons-2023-tables"
CORE = "electionresults-core"
DERIVED = "factcheck-derived-alias"
RECODED = "factcheck-derived-recode"

SOURCES: tuple[SourceRow, ...] = (
    SourceRow(
        VOCABULARY_SOURCE_ID,
        "factcheck project",
        "Party name vocabulary (names and nicknames, not figures)",
        "https://github.com/factcheck/factcheck/blob/main/factcheck/importers/party_vocabulary.py",
        "MIT",
        notes="Maps everyday party names and source labels to canonical ids; holds no figures.",
    ),
    SourceRow(
        CBP9545,
        "House of Commons Library",
        "Local elections 2022 (CBP-9545): detailed results for download",
        _REPO + "source-data/council/CBP9545-detailed-results-for-download.xlsx",
        "Open Parliament Licence v3.0",
        notes="Copy in the electionresults.uk repository. Council codes, names, types and regions.",
    ),
    SourceRow(
        TABLES_2023,
        "House of Commons Library",
        "Local elections 2023: data tables (sheet Results cites BBC)",
        _REPO + "source-data/council/data_tables.xlsx",
        "Open Parliament Licence v3.0",
        notes="Copy in the electionresults.uk repository. Council codes, names, types and regions.",
    ),
    SourceRow(
        CORE,
        "electionresults.uk (Freddie Sargent)",
        "electionresults.uk site summary: council reorganisations",
        _REPO + "src/lib/data/core.json",
        "CC BY 4.0",
        notes="Predecessor and successor councils for reorganisations are read from its "
        "`reorganisations` list.",
    ),
    SourceRow(
        DERIVED,
        "factcheck",
        "Aliases derived mechanically from names seen in the sources",
        "https://github.com/factcheck",
        "CC BY 4.0",
        notes="'X, City of' -> 'X'; '&' <-> 'and'; 'upon'/'on' variants; trailing 'City'; leading 'County' "
        "or 'Comhairle nan'; 'A upon B' -> 'A', 'B' and 'A-on-B' -> 'A' "
        "where no other council shares the form.",
    ),
    SourceRow(
        RECODED,
        "factcheck",
        "Council code changes read from the sources' own codes",
        "https://github.com/factcheck",
        "CC BY 4.0",
        notes="Where the sources give one council name two GSS codes of the same type, one used only in "
        "earlier years and the other only in later ones, the council was re-coded (the ONS re-codes a council "
        "when its boundary changes): both codes are one council, linked as predecessor and successor.",
    ),
)

# Council type from the GSS prefix (ONS code ranges): a mechanical rule, not a list of places.
_TYPE_BY_PREFIX = {
    "E06": "unitary",
    "E07": "district",
    "E08": "metropolitan",
    "E09": "london_borough",
    "E10": "county",
    "S12": "scottish",
    "W06": "welsh",
}
_NATION_BY_LETTER = {"E": "England", "S": "Scotland", "W": "Wales"}
# Later files are preferred for a council's official name.
_NAME_PRIORITY = (
    TABLES_2023,
    CBP9545,
    "leh-2024",
    "leh-2022",
    "leh-2021",
    "leap-2019",
    "leap-2018",
    "leap-2017",
    "leap-2016",
    "london-2014",
)
_CODE = re.compile(r"^(E0[6-9]|E10|S12|W06)\d{6}$")  # principal councils only


def council_type_of(code: str) -> str:
    """council_type from the code's prefix: E06 unitary, E07 district, ..., W06 welsh."""
    return _TYPE_BY_PREFIX.get(code[:3], "other")


def nation_of(code: str) -> str:
    return _NATION_BY_LETTER.get(code[:1], "")


def derived_aliases(name: str) -> set[str]:
    """Spellings that follow mechanically from a name ("Bristol, City of" -> "Bristol", "City of Bristol")."""
    base = re.sub(r"\s*\((county|city)\)\s*$", "", name.strip(), flags=re.I)
    out = {base}
    inverted = re.match(r"^(.*?),\s*(city|county|city and county) of$", base, flags=re.I)
    if inverted:
        out |= {inverted.group(1), f"{inverted.group(2).title()} of {inverted.group(1)}"}
    for form in list(out):
        out |= {re.sub(r"\s+city$", "", form, flags=re.I), re.sub(r"^county\s+", "", form, flags=re.I)}
        out.add(re.sub(r"^comhairle nan\s+", "", form, flags=re.I))  # Gaelic "council of the"
        out |= {form.replace(" & ", " and "), form.replace(" and ", " & ")}
        out |= {
            re.sub(r"[ -]upon[ -]", " on ", form, flags=re.I),
            re.sub(r"[ -]on[ -]", " upon ", form, flags=re.I),
        }
    return {a for a in out if a.strip()} - {name}


def upon_short_forms(name: str) -> set[str]:
    """'Kingston upon Hull' -> {'Kingston', 'Hull'}; 'Stoke-on-Trent' -> {'Stoke'}: kept if unique."""
    upon = re.match(r"^(\w+) upon (\w+)$", name.strip(), flags=re.I)
    if upon:
        return {upon.group(1), upon.group(2)}
    hyphen_on = re.match(r"^(\w+)-on-\w+$", name.strip(), flags=re.I)
    return {hyphen_on.group(1)} if hyphen_on else set()


@dataclass
class CouncilRecord:
    code: str
    names: dict[str, str] = field(default_factory=dict)  # source_id -> name
    region: str = ""
    years: set[int] = field(default_factory=set)  # years seen in candidate-level files
    successor: str = ""
    predecessors: set[str] = field(default_factory=set)

    def official_name(self) -> tuple[str, str]:
        for source_id in _NAME_PRIORITY:
            if source_id in self.names:
                return self.names[source_id], source_id
        source_id = sorted(self.names)[0]
        return self.names[source_id], source_id


class Gazetteer:
    """Council and party look-ups; remembers every spelling asked about."""

    def __init__(self) -> None:
        self.councils: dict[str, CouncilRecord] = {}
        self._aliases: dict[tuple[str, str], str] = {}  # (alias, code) -> source_id
        self._by_norm: dict[str, set[str]] = defaultdict(set)
        self.parties = PartyBook()
        self._elections: dict[str, set[str]] = defaultdict(set)
        self.events: list[dict] = []  # council_events rows: creations, abolitions, re-codings

    # --- councils -------------------------------------------------------------------------------
    def add_council(
        self, code: str, name: str, source_id: str, *, year: int | None = None, region: str = ""
    ) -> None:
        """Record that `source_id` calls council `code` by `name` (in `year`, for candidate-level files)."""
        code, name = code.strip(), " ".join(name.split())
        if not _CODE.match(code):
            raise ImportFailure(source_id, name, f"not a GSS council code: {code!r}")
        record = self.councils.setdefault(code, CouncilRecord(code))
        record.names.setdefault(source_id, name)
        if year is not None:
            record.years.add(year)
        if region and not record.region:
            record.region = region
        self.add_alias(name, code, source_id)

    def add_alias(self, alias: str, code: str, source_id: str) -> None:
        alias = " ".join(alias.split())
        if not alias or code not in self.councils:
            return
        self._aliases.setdefault((alias, code), source_id)
        self._by_norm[normalise(alias)].add(code)
        for derived in derived_aliases(alias):
            if (derived, code) not in self._aliases:
                self._aliases[(derived, code)] = DERIVED
                self._by_norm[normalise(derived)].add(code)

    def add_short_forms(self) -> None:
        """'upon'/'-on-' short forms, kept only where no other council shares the form."""
        candidates: dict[str, set[str]] = defaultdict(set)
        for alias, code in list(self._aliases):
            for short in upon_short_forms(alias):
                candidates[normalise(short)].add(code)
        for norm, codes in candidates.items():
            if len(codes) == 1 and not (self._by_norm.get(norm, set()) - codes):
                code = next(iter(codes))
                self._aliases.setdefault((norm.title(), code), DERIVED)
                self._by_norm[norm].add(code)

    def council_code(self, name: str, *, year: int | None = None, source_id: str = "") -> str | None:
        """GSS code for a council name; `year` picks between a county and its unitary successor."""
        stripped = " ".join(str(name).split())
        if _CODE.match(stripped):
            return stripped if stripped in self.councils else None
        county_only = bool(re.search(r"(\(county\)| CC)\s*$", stripped, flags=re.I))
        stripped = re.sub(r" CC\s*$", "", stripped)
        codes = set(self._by_norm.get(normalise(stripped), set()))
        if not codes:
            for derived in derived_aliases(stripped):
                codes |= self._by_norm.get(normalise(derived), set())
        if county_only:
            codes = {c for c in codes if c.startswith("E10")} or codes
        if not codes:
            return None
        code = self._pick(codes, year)
        if source_id:
            self._aliases.setdefault((stripped, code), source_id)
        return code

    def _pick(self, codes: set[str], year: int | None) -> str:
        def rank(code: str) -> tuple[int, int]:
            years = self.councils[code].years or {0}
            if year is None:
                return (0, -max(years))
            distance = min(abs(y - year) for y in years)
            return (distance, -max(years))

        return min(sorted(codes), key=rank)

    def require_council(
        self, name: str, *, year: int | None, source_id: str, path: object, row: object
    ) -> str:
        code = self.council_code(name, year=year, source_id=source_id)
        if code is None:
            raise ImportFailure(path, row, f"unknown council name {name!r}")
        return code

    # --- parties and elections ------------------------------------------------------------------
    def party_id(self, label: str, *, source_id: str = "", council_code: str | None = None) -> str:
        """Canonical party id for a label ("C", "Lib Dems", "Liverpool Community Independents"...)."""
        record = self.councils.get(council_code or "")
        scope = slug(record.official_name()[0]) if record else ""
        return self.parties.party_id(
            label, source_id=source_id, council_code=council_code, council_slug=scope
        )

    def record_election(self, election_date: str, council_code: str) -> None:
        self._elections[election_date].add(nation_of(council_code))

    # --- output ----------------------------------------------------------------------------------
    def tables(self) -> dict[str, pd.DataFrame]:
        import pandas as pd

        councils = []
        for code, record in sorted(self.councils.items()):
            name, source_id = record.official_name()
            councils.append(
                {
                    "council_code": code,
                    "name": name,
                    "council_type": council_type_of(code),
                    "nation": nation_of(code),
                    "region": record.region or None,
                    "successor_code": record.successor or None,
                    "predecessor_codes": ";".join(sorted(record.predecessors)) or None,
                    "source_id": source_id,
                }
            )
        aliases = [
            {"alias": a, "alias_norm": normalise(a), "council_code": c, "source_id": s}
            for (a, c), s in sorted(self._aliases.items())
        ]
        elections = [
            {"election_date": d, "name": f"Local elections {d}", "nations": ";".join(sorted(n - {""}))}
            for d, n in sorted(self._elections.items())
        ]
        parties, party_aliases = self.parties.tables()
        return {
            "councils": pd.DataFrame(councils),
            "council_events": pd.DataFrame(self.events, columns=list(EVENT_COLUMNS)),
            "council_aliases": pd.DataFrame(aliases).drop_duplicates(["alias_norm", "council_code", "alias"]),
            "parties": parties,
            "party_aliases": party_aliases,
            "elections": pd.DataFrame(elections, columns=["election_date", "name", "nations"]),
        }


# --- reading the raw files -------------------------------------------------------------------------
def _read_leap(gazetteer: Gazetteer, sources_dir: Path) -> None:
    for edition in leap.EDITIONS:
        path = sources_dir / leap.FOLDER / edition.file
        if not path.is_file():
            continue
        with path.open(newline="", encoding="utf-8") as handle:
            pairs = {(row[0], row[1]) for row in csv.reader(handle) if len(row) >= 2}
        for name, code in sorted(pairs):
            gazetteer.add_council(code, name, edition.source_id, year=edition.year)


def _read_handbooks(gazetteer: Gazetteer, sources_dir: Path) -> None:
    for handbook in leh.HANDBOOKS:
        if not (sources_dir / leh.FOLDER / handbook.file).is_file():
            continue
        frame = leh.handbook_frame(sources_dir, handbook)
        pairs = [("council_code", "council_name"), ("county_code", "county_name")]
        for code_col, name_col in pairs:
            if code_col not in frame:
                continue
            for code, name in frame[[code_col, name_col]].drop_duplicates().itertuples(index=False):
                if isinstance(code, str) and _CODE.match(code.strip()) and isinstance(name, str):
                    gazetteer.add_council(code, name, handbook.source_id, year=handbook.year)


def _read_london(gazetteer: Gazetteer, sources_dir: Path) -> None:
    path = sources_dir / london2014.FILE
    if not path.is_file():
        return
    with path.open(newline="", encoding="utf-8-sig") as handle:
        pairs = {(row["Borough_code"], row["Borough_name"]) for row in csv.DictReader(handle)}
    for code, name in sorted(pairs):
        gazetteer.add_council(code, name, london2014.SOURCE_ID, year=2014)


def _read_commons_tables(gazetteer: Gazetteer, sources_dir: Path) -> None:
    """CBP-9545 (2022) and the 2023 tables: names and regions. Their codes are trusted only if a
    candidate-level file uses them too; otherwise the name is resolved (CBP-9545 gives Cumberland an
    E07 code)."""
    import openpyxl

    sheets = [
        ("CBP9545-detailed-results-for-download.xlsx", ("England", "Scotland and Wales"), CBP9545, 2022),
        ("data_tables.xlsx", ("Results",), TABLES_2023, 2023),
    ]
    for file, sheet_names, source_id, year in sheets:
        path = sources_dir / _FOLDER / file
        if not path.is_file():
            continue
        book = openpyxl.load_workbook(path, read_only=True)
        for sheet in sheet_names:
            rows = list(book[sheet].iter_rows(values_only=True))
            header_at = next(i for i, r in enumerate(rows) if r and str(r[0]).strip().lower() == "ons code")
            header = [str(h).strip().lower() if h else "" for h in rows[header_at]]
            name_col = (
                header.index("council name") if "council name" in header else header.index("local authority")
            )
            region_col = header.index("region")
            for row in rows[header_at + 1 :]:
                code, name = row[0], row[name_col]
                if not (isinstance(code, str) and _CODE.match(code.strip()) and name):
                    continue
                code = code.strip()
                if not gazetteer.councils.get(code, CouncilRecord(code)).years:
                    code = gazetteer.council_code(str(name), year=year) or code
                gazetteer.add_council(code, str(name), source_id, region=str(row[region_col] or "").strip())
        book.close()


EVENT_COLUMNS = ("council_code", "event", "event_year", "event_date", "related_codes", "basis", "source_id")


def _read_reorganisations(gazetteer: Gazetteer, sources_dir: Path) -> None:
    """core.json's reorganisations: each council created or abolished, with the date and the counterparts
    (predecessors of a new council, successors of an abolished one) -> links and council_events rows."""
    path = sources_dir / "fsargent__electionresults.uk/src/lib/data/core.json"
    if not path.is_file():
        return
    for event in json.loads(path.read_text(encoding="utf-8")).get("reorganisations", []):
        year, created = int(event["year"]), event["event"] == "created"
        code = gazetteer.council_code(event["councilName"], year=year if created else year - 1)
        if code is None:
            continue
        related = []
        for name in event.get("counterparts", []):
            other = gazetteer.council_code(name, year=year - 1 if created else year)
            if other is None or other == code:
                continue
            related.append(other)
            new, old = (code, other) if created else (other, code)
            gazetteer.councils[new].predecessors.add(old)
            if not gazetteer.councils[old].successor:
                gazetteer.councils[old].successor = new
        named = ", ".join(event.get("counterparts", []))
        gazetteer.events.append({
            "council_code": code, "event": event["event"], "event_year": year, "event_date": event.get("date"),
            "related_codes": ";".join(sorted(set(related))) or None,
            "basis": f"{event['councilName']} {event['event']} {event.get('date') or year}"
                     + (f" ({'from' if created else 'into'} {named})" if named else ""),
            "source_id": CORE,
        })


def _link_recodes(gazetteer: Gazetteer) -> None:
    """Two codes of the same type under one official name, one seen only before the other: a re-coding.

    Codes seen in no candidate-level file (only in the 2022 and 2023 Commons tables) count as the later one."""
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, record in gazetteer.councils.items():
        by_name[(normalise(record.official_name()[0]), code[:3])].append(code)
    for codes in by_name.values():
        if len(codes) != 2:
            continue
        old, new = sorted(codes, key=lambda c: max(gazetteer.councils[c].years or {9999}))
        old_years, new_years = gazetteer.councils[old].years, gazetteer.councils[new].years
        if not old_years or (new_years and min(new_years) <= max(old_years)):
            continue
        gazetteer.councils[new].predecessors.add(old)
        gazetteer.councils[old].successor = gazetteer.councils[old].successor or new
        first_new = min(new_years) if new_years else None
        gazetteer.events.append({
            "council_code": new, "event": "recoded", "event_year": None, "event_date": None,
            "related_codes": old,
            "basis": f"the same council as {old}: that code is last seen in {max(old_years)}, this one "
                     + (f"first in {first_new}" if first_new else "only in the 2022-2023 Commons Library tables"),
            "source_id": RECODED,
        })


def build(sources_dir: Path) -> Gazetteer:
    """A gazetteer from every raw file that pairs council names with GSS codes."""
    sources_dir = Path(sources_dir)
    gazetteer = Gazetteer()
    _read_leap(gazetteer, sources_dir)
    _read_handbooks(gazetteer, sources_dir)
    _read_london(gazetteer, sources_dir)
    _read_commons_tables(gazetteer, sources_dir)
    gazetteer.add_short_forms()
    _read_reorganisations(gazetteer, sources_dir)
    _link_recodes(gazetteer)
    return gazetteer


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    """The gazetteer's own tables are written by the runner from `gazetteer.tables()` at the end."""
    return {}


__all__ = ["PREFERRED_CANDIDATE_SOURCES", "SOURCES", "Gazetteer", "build", "load"]
