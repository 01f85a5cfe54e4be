"""The hand-transcribed `curated/` tables: each row cites its own page (publisher, title, URL).

One source row per distinct (publisher, title, url), id "curated-" + a short hash. curated/SOURCE.md states no
licence for the cited pages, so their licence is "as published (see source page)".

- national_tallies.csv -> national_tallies (basis and as_of verbatim; blank as_of = final figure);
- projected_national_share.csv -> projected_share;
- mayoral_results.csv -> mayoral_results, mayoralties, mayoralty_aliases (codes are slugs of the names;
  constituent councils only where jamesm2w's Combined_Authorities_2017.json lists them);
- council_summaries.csv -> council_results. Rows whose basis says the seats are the WHOLE-COUNCIL COMPOSITION
  after the election go to council_composition instead; their council_results row keeps the change, votes and
  share with seats_won NULL, so "seats won" never holds a composition;
- council_seats_derived_london2014.csv -> council_results (seats won, all-candidate votes, 32 boroughs).
"""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure, SourceRow
from factcheck.importers.party_vocabulary import slug

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

FOLDER = "curated"
PAGE_LICENCE = "as published (see source page)"
JAMESM2W = "jamesm2w-combined-authorities-2017"
_JAMESM2W_FILE = "jamesm2w__local-elections/elections/Combined_Authorities_2017.json"
SOURCES: tuple[SourceRow, ...] = (
    SourceRow(
        JAMESM2W,
        "James M (jamesm2w/local-elections, hand-compiled)",
        "Combined authorities 2017: mayors and constituent councils (Combined_Authorities_2017.json)",
        "https://github.com/jamesm2w/local-elections/blob/d441427b180818affb59c6b11abec3ddea50de57/"
        "elections/Combined_Authorities_2017.json",
        "not stated",
        notes="Unsourced hand-made summary; used only for the constituent councils of a combined authority.",
    ),
)

RESULT_COLUMNS = list(TABLES["council_results"])
COMPOSITION_COLUMNS = list(TABLES["council_composition"])
TALLY_COLUMNS = list(TABLES["national_tallies"])
SHARE_COLUMNS = list(TABLES["projected_share"])
MAYORAL_COLUMNS = list(TABLES["mayoral_results"])
# Capitals in curated/SOURCE.md flag the rows whose seats are the whole council after the election.
WHOLE_COUNCIL = re.compile(r"WHOLE-COUNCIL|^COMPOSITION AFTER")
# `declared`: a page that names the winner but gives no count (no votes, no shares).
ROUNDS = {"1", "2", "single", "declared"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


class CuratedFile:
    """A curated CSV read row by row, with per-row sources and number parsing that names the row on error."""

    def __init__(self, path: Path, required: set[str]):
        self.path = path
        if not path.is_file():
            raise ImportFailure(path, "-", "file missing from the curated folder")
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = required - set(reader.fieldnames or [])
            if missing:
                raise ImportFailure(path, 1, f"missing columns {sorted(missing)}")
            self.rows = [
                (line, {k: (v or "").strip() for k, v in row.items() if k})
                for line, row in enumerate(reader, start=2)
            ]
        self.sources: dict[str, SourceRow] = {}

    def source_id(self, publisher: str, title: str, url: str, line: int) -> str:
        if not (title or url):
            raise ImportFailure(self.path, line, "row cites no source (no source_title or source_url)")
        digest = hashlib.sha1(f"{publisher}|{title}|{url}".encode()).hexdigest()[:10]
        source_id = f"curated-{digest}"
        self.sources.setdefault(
            source_id,
            SourceRow(
                source_id,
                publisher,
                title,
                url,
                PAGE_LICENCE,
                notes=f"Figures hand-transcribed from this page into curated/{self.path.name}.",
            ),
        )
        return source_id

    def integer(self, value: str, line: int, column: str) -> int | None:
        if not value:
            return None
        if not _INT.match(value.replace(",", "")):
            raise ImportFailure(self.path, line, f"{column}: expected a whole number, found {value!r}")
        return int(value.replace(",", ""))

    def number(self, value: str, line: int, column: str) -> float | None:
        if not value:
            return None
        if not _NUMBER.match(value):
            raise ImportFailure(self.path, line, f"{column}: expected a number, found {value!r}")
        return float(value)

    def date(self, value: str, line: int) -> str:
        if not _DATE.match(value):
            raise ImportFailure(self.path, line, f"election_date: expected YYYY-MM-DD, found {value!r}")
        return value


def party_or_noc(label: str, gazetteer: Gazetteer, source_id: str, council_code: str | None = None) -> str:
    if label.strip().upper() in {"NOC", "NO OVERALL CONTROL"}:
        return "noc"
    return gazetteer.party_id(label, source_id=source_id, council_code=council_code)


def control_from_text(text: str, gazetteer: Gazetteer, source_id: str) -> str | None:
    """'Labour (gain from Conservative)' -> lab, 'No overall control (remains)' -> noc; a cell reporting two
    publishers' views ("X labels ...; Y says ...") -> None (the text is kept in the basis)."""
    text = text.strip()
    if not text or ";" in text.split("(")[0] or re.search(r"\b(says|labels)\b", text):
        return None
    if re.match(r"(?i)^(no overall control|noc)\b", text):
        return "noc"
    head = re.sub(r"\s+(majority|hold|gain)$", "", text.split("(")[0].strip(), flags=re.I)
    return gazetteer.party_id(head, source_id=source_id) if head else None


def _council(gazetteer: Gazetteer, name: str, year: int, source_id: str, path: Path, line: int) -> str:
    code = gazetteer.council_code(name, year=year, source_id=source_id)
    if code is None:
        raise ImportFailure(path, line, f"unknown council name {name!r}")
    return code


def read_tallies(file: CuratedFile, gazetteer: Gazetteer) -> list[dict]:
    out = []
    for line, row in file.rows:
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        out.append(
            {
                "election_date": file.date(row["election_date"], line),
                "scope": row["scope"],
                "publisher": row["publisher"],
                "party_id": party_or_noc(row["party"], gazetteer, source_id),
                **{
                    c: file.integer(row[c], line, c)
                    for c in ("councils", "councils_change", "councillors", "councillors_change")
                },
                "basis": row["basis"] or None,
                "as_of": row["as_of"] or None,
                "source_id": source_id,
            }
        )
    return out


def read_shares(file: CuratedFile, gazetteer: Gazetteer) -> list[dict]:
    out = []
    for line, row in file.rows:
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        year = file.integer(row["election_year"], line, "election_year")
        share = file.number(row["share_pct"], line, "share_pct")
        if year is None or share is None:
            raise ImportFailure(file.path, line, "election_year and share_pct are required")
        out.append(
            {
                "election_year": year,
                "publisher": row["publisher"],
                "measure": row["measure"],
                "party_id": gazetteer.party_id(row["party"], source_id=source_id),
                "share_pct": share,
                "source_id": source_id,
            }
        )
    return out


def read_mayoral(file: CuratedFile, gazetteer: Gazetteer) -> tuple[list[dict], dict[str, str]]:
    """Mayoral results per candidate and round, and the mayoralty names by code."""
    out, names = [], {}
    for line, row in file.rows:
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        if row["round"] not in ROUNDS:
            raise ImportFailure(file.path, line, f"round: expected one of {sorted(ROUNDS)}, found {row['round']!r}")
        if row["elected"] not in {"true", "false"}:
            raise ImportFailure(file.path, line, f"elected: expected true/false, found {row['elected']!r}")
        code = slug(row["mayoralty"])
        names.setdefault(code, row["mayoralty"])
        out.append(
            {
                "election_date": file.date(row["election_date"], line),
                "mayoralty_code": code,
                "round": row["round"],
                "candidate": row["candidate"],
                "party_id": gazetteer.party_id(row["party"], source_id=source_id),
                "votes": file.integer(row["votes"], line, "votes"),
                "share_pct": file.number(row["share_pct"], line, "share_pct"),
                "elected": row["elected"] == "true",
                "turnout_pct": file.number(row["turnout_pct"], line, "turnout_pct"),
                "source_id": source_id,
            }
        )
    return out, names


def constituent_councils(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, str]:
    """Mayoralty code -> ';'-joined constituent council codes, from jamesm2w's hand-made file."""
    import json

    path = sources_dir / _JAMESM2W_FILE
    if not path.is_file():
        return {}
    try:
        authorities = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ImportFailure(path, "-", f"not JSON: {error}") from error
    out = {}
    for key, authority in authorities.items():
        if not isinstance(authority, dict) or not authority.get("council_areas"):
            continue
        year = int(authority.get("established") or 2017)
        codes = set()
        for area in authority["council_areas"]:  # names first: some `id`s in this file are wrong
            code = gazetteer.council_code(area.get("name", ""), year=year) or gazetteer.council_code(
                area.get("id", "")
            )
            if code is None:
                raise ImportFailure(path, key, f"unknown council {area.get('name')!r}")
            codes.add(code)
        out[slug(authority["name"])] = ";".join(sorted(codes))
    return out


def mayoralty_tables(
    names: dict[str, str], first_source: dict[str, str], constituents: dict[str, str]
) -> tuple[list[dict], list[dict]]:
    from factcheck.names import normalise

    mayoralties, aliases = [], []
    for code, name in sorted(names.items()):
        kind = "london" if code == "london" else "combined_authority"
        mayoralties.append(
            {
                "mayoralty_code": code,
                "name": name,
                "kind": kind,
                "constituent_councils": constituents.get(code),
                "source_id": JAMESM2W if code in constituents else first_source[code],
            }
        )
        spellings = {
            name,
            f"{name} mayor",
            f"mayor of {name}",
            f"{name} mayoral election",
            name.replace(" and ", " & "),
        }
        if kind == "combined_authority":
            spellings |= {f"{name} metro mayor", f"{name} combined authority"}
        aliases += [
            {"alias": a, "alias_norm": normalise(a), "mayoralty_code": code} for a in sorted(spellings)
        ]
    return mayoralties, aliases


def read_summaries(file: CuratedFile, gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    """council_summaries.csv -> council_results, plus council_composition for whole-council rows."""
    results, composition = [], []
    for line, row in file.rows:
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        date = file.date(row["election_date"], line)
        code = _council(gazetteer, row["council"], int(date[:4]), source_id, file.path, line)
        party = gazetteer.party_id(row["party"], source_id=source_id, council_code=code)
        seats = file.integer(row["seats_won"], line, "seats_won")
        total = file.integer(row["total_seats"], line, "total_seats")
        basis = row["seats_change_basis"]
        control_text = row["control_after"]
        control = control_from_text(control_text, gazetteer, source_id)
        if control_text and control_text.split("(")[0].strip() != control_text:
            basis += f" | control_after as published: {control_text}"
        whole_council = bool(WHOLE_COUNCIL.search(row["seats_change_basis"]))
        if whole_council and seats is not None:
            composition.append(
                {
                    "council_code": code,
                    "as_of_year": int(date[:4]),
                    "as_of": None,
                    "party_id": party,
                    "seats": seats,
                    "total_seats": total,
                    "basis": f"after the {date} election: {row['seats_change_basis']}",
                    "source_id": source_id,
                }
            )
        results.append(
            {
                "election_date": date,
                "council_code": code,
                "party_id": party,
                "seats_up": file.integer(row["seats_up"], line, "seats_up"),
                "total_seats": total,
                "seats_won": None if whole_council else seats,
                "seats_change": file.integer(row["seats_change"], line, "seats_change"),
                "seats_change_basis": basis,
                "votes": file.integer(row["votes"], line, "votes"),
                "share_pct": file.number(row["share_pct"], line, "share_pct"),
                "share_change": file.number(row["share_change"], line, "share_change"),
                "control_after": control,
                "source_id": source_id,
            }
        )
    return results, composition


def _london_label(row: dict[str, str]) -> str:
    """The party label of a derived London row. London Elects' code REA groups residents' associations; the
    derived file names every REA row after Merton's group, though in Havering REA covers eight residents'
    groups (checked against the candidate file), so REA rows are read as generic residents."""
    if row["party_code"] == "REA":
        return "Residents"
    return row["party_name"] or row["party_code"]


def read_london_derived(file: CuratedFile, gazetteer: Gazetteer) -> list[dict]:
    """London 2014 seats won and all-candidate votes per borough and party (curator-derived)."""
    out: dict[tuple[str, str, str], dict] = {}
    for line, row in file.rows:
        publisher = (
            "factcheck curated/ (derived from the London 2014 candidate file copied from pipaluk5/dataVis)"
        )
        source_id = file.source_id(publisher, row["source_title"], row["source_url"], line)
        date = file.date(row["election_date"], line)
        code = _council(gazetteer, row["council"], int(date[:4]), source_id, file.path, line)
        party = gazetteer.party_id(_london_label(row), source_id=source_id, council_code=code)
        total = file.integer(row["total_seats"], line, "total_seats")
        seats = file.integer(row["seats_won"], line, "seats_won")
        votes = file.integer(row["votes_all_candidates"], line, "votes_all_candidates")
        key = (date, code, party)
        if key in out:  # two labels for one party id in a borough: add them up
            out[key]["seats_won"] += seats or 0
            out[key]["votes"] = (out[key]["votes"] or 0) + (votes or 0)
            continue
        out[key] = {
            "election_date": date,
            "council_code": code,
            "party_id": party,
            "seats_up": total,
            "total_seats": total,
            "seats_won": seats,
            "seats_change": None,
            "seats_change_basis": row["basis"],
            "votes": votes,
            "share_pct": None,
            "share_change": None,
            "control_after": party_or_noc(row["majority_party"], gazetteer, source_id, code)
            if row["majority_party"]
            else None,
            "source_id": source_id,
        }
    return list(out.values())


def _frame(rows: list[dict], columns: list[str], ints: tuple[str, ...] = ()) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({c: "Int64" for c in ints})


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    folder = Path(sources_dir) / FOLDER
    if not folder.is_dir():
        return {}
    meta = {"publisher", "source_title", "source_url"}
    tallies = CuratedFile(
        folder / "national_tallies.csv",
        meta
        | {
            "election_date",
            "scope",
            "party",
            "councils",
            "councils_change",
            "councillors",
            "councillors_change",
            "basis",
            "as_of",
        },
    )
    shares = CuratedFile(
        folder / "projected_national_share.csv", meta | {"election_year", "measure", "party", "share_pct"}
    )
    mayoral = CuratedFile(
        folder / "mayoral_results.csv",
        meta
        | {
            "election_date",
            "mayoralty",
            "round",
            "candidate",
            "party",
            "votes",
            "share_pct",
            "elected",
            "turnout_pct",
        },
    )
    summaries = CuratedFile(
        folder / "council_summaries.csv",
        meta
        | {
            "election_date",
            "council",
            "seats_up",
            "total_seats",
            "party",
            "seats_won",
            "seats_change",
            "seats_change_basis",
            "votes",
            "share_pct",
            "share_change",
            "control_after",
        },
    )
    london = CuratedFile(
        folder / "council_seats_derived_london2014.csv",
        {
            "source_title",
            "source_url",
            "election_date",
            "council",
            "total_seats",
            "party_code",
            "party_name",
            "seats_won",
            "votes_all_candidates",
            "majority_party",
            "basis",
        },
    )
    mayoral_rows, names = read_mayoral(mayoral, gazetteer)
    first_source = {}
    for row in mayoral_rows:
        first_source.setdefault(row["mayoralty_code"], row["source_id"])
    mayoralties, aliases = mayoralty_tables(
        names, first_source, constituent_councils(Path(sources_dir), gazetteer)
    )
    results, composition = read_summaries(summaries, gazetteer)
    results += read_london_derived(london, gazetteer)
    counts = ("seats_up", "total_seats", "seats_won", "seats_change", "votes")
    tally_rows, share_rows = read_tallies(tallies, gazetteer), read_shares(shares, gazetteer)
    sources = [s for f in (tallies, shares, mayoral, summaries, london) for s in f.sources.values()]
    return {
        "sources": pd.DataFrame([s.__dict__ for s in sources]).drop_duplicates("source_id"),
        "national_tallies": _frame(
            tally_rows, TALLY_COLUMNS, ("councils", "councils_change", "councillors", "councillors_change")
        ),
        "projected_share": _frame(share_rows, SHARE_COLUMNS, ("election_year",)),
        "mayoral_results": _frame(mayoral_rows, MAYORAL_COLUMNS, ("votes",)),
        "mayoralties": pd.DataFrame(mayoralties),
        "mayoralty_aliases": pd.DataFrame(aliases).drop_duplicates(["alias_norm", "mayoralty_code"]),
        "council_results": _frame(results, RESULT_COLUMNS, counts),
        "council_composition": _frame(
            composition, COMPOSITION_COLUMNS, ("as_of_year", "seats", "total_seats")
        ),
    }
