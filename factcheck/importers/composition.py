"""Council composition and control: Open Council Data history and the Commons Library council tables.

- Open Council Data UK yearly history (1973-2015 and 2016-2026 files): seats per party
  column, and the `majority` column as control ("Lab plurality" = no overall control, Labour largest).
- Commons Library CBP-9545 (2022 elections): England post-May-2018 / post-May-2022 composition, Scotland and
  Wales post-2017 / post-2022. Its Control cells are Excel formulas (in the Scotland and Wales sheet they read
  the wrong header row, e.g. Labour-majority Cardiff shows "CON"), so control is recomputed from the sheet's
  composition by the sheet's own rule: the largest column holding more than half of all seats, else NOC.
- Commons Library 2023 tables (sheet Results, BBC figures): composition after 2019 and 2023 with the stated
  Control_19 / Control_23; sheet NEV: Rallings & Thrasher national equivalent vote, the whole series 1979-2023
  (the years its notes say coincided with a general election carry the general-election share, and are
  labelled so).

The electionresults.uk copy of the 2016-2025 history is an earlier cut identical to the 2016-2026 file for
every council-year it holds, so it is not imported twice. Council names the gazetteer cannot place (Northern
Ireland, districts abolished before 2016) are skipped; `skipped_councils` lists them after `load`.

The 1973-2015 file keys rows by name only, and two authorities can resolve to one modern code in a year: the
Durham county council (now the County Durham unitary, E06000047: the same council, which became unitary in
2009) and the City of Durham district (abolished 2009, no code in the gazetteer) are both "Durham"; Avon
county (1973-94) resolves to Stratford-on-Avon by that name's short form. Such years are told apart by the
file's own seat totals (`place_shared_code`): the row continuing the modern council's series year to year is
kept, the other authority's row and any year the totals cannot decide are left out and listed in
`left_out_rows` after `load`. No other name in either file resolves, in any year, to a code another row of
that year also resolves to.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure, SourceRow
from factcheck.importers.gazetteer import CBP9545, TABLES_2023

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

OCD_FOLDER = "lucyfionashaw__uk-energy-devolution/data/raw"
COMMONS_FOLDER = "fsargent__electionresults.uk/source-data/council"
OCD_EARLY, OCD_LATE = "ocd-history-1973-2015", "ocd-history-2016-2026"
_LUCY = "https://github.com/lucyfionashaw/uk-energy-devolution/blob/ea78079538289e309ca0424f6f4339dd3ed22fb6/"
_OCD_LICENCE = (
    "CC BY-SA 4.0 (Open Council Data UK, as listed by the electionresults.uk repository; "
    "the copying repository states no licence)"
)
SOURCES: tuple[SourceRow, ...] = tuple(
    SourceRow(
        source_id,
        "Open Council Data UK (opencouncildata.co.uk)",
        f"Council composition history {span} ({file})",
        _LUCY + "data/raw/" + file,
        _OCD_LICENCE,
        notes="Copy in the lucyfionashaw/uk-energy-devolution repository. One row per council and year; "
        "the point in the year each snapshot describes is not documented.",
    )
    for source_id, span, file in (
        (OCD_EARLY, "1973-2015", "history1973-2015.csv"),
        (OCD_LATE, "2016-2026", "history2016-26.csv"),
    )
)
# CBP9545 and TABLES_2023 are declared by the gazetteer, which reads the same two workbooks.

COMPOSITION_COLUMNS = list(TABLES["council_composition"])
CONTROL_COLUMNS = list(TABLES["council_control"])
SHARE_COLUMNS = list(TABLES["projected_share"])
OCD_FIRST_YEAR = 1973
NEV_YEARS = range(1979, 2025)
_GE_NOTE = re.compile(r"coincided with general elections in ([^.]*)\.", re.IGNORECASE)
_OCD_PARTY_COLUMNS = ("con", "lab", "ld", "green", "ukip", "ref", "pc", "snp", "other", "nat")
_OCD_BASIS = (
    "Open Council Data UK snapshot for {year} (when in the year is not documented; most checked rows "
    "match the composition after the May election)"
)
_SINGLE_LABEL = re.compile(r"^[A-Za-z]+$")
_PLURALITY = re.compile(r"^[A-Za-z]+ plurality$", re.IGNORECASE)

skipped_councils: set[str] = set()
left_out_rows: list[str] = []  # OCD rows two authorities share a code in, not placed


def _int(value: object, path: object, row: object, column: str) -> int:
    text = str(value).strip() if value is not None else ""
    if not re.fullmatch(r"-?\d+(\.0)?", text):
        raise ImportFailure(path, row, f"{column}: expected a whole number, found {value!r}")
    return int(float(text))


def party_column_id(column: str, council_code: str, gazetteer: Gazetteer, source_id: str) -> str:
    """A composition column's party: the nationalist column is the SNP in Scotland, Plaid Cymru in Wales.

    CBP-9545's Scotland-and-Wales sheet heads that column "SNP" for 2017 and "SNP/PC" for 2022, over both nations.
    """
    label = column.strip()
    if label.lower() in {"nat", "snp/pc", "snp"}:
        return "snp" if council_code.startswith("S") else "pc" if council_code.startswith("W") else "other"
    return gazetteer.party_id(label, source_id=source_id)


def _council(gazetteer: Gazetteer, name: str, year: int, source_id: str, code: str = "") -> str | None:
    """GSS code by name for that year, else the code the source gives; None (and noted) if neither."""
    found = gazetteer.council_code(name, year=year, source_id=source_id)
    if found is None and code:
        found = gazetteer.council_code(code)
    if found is None:
        skipped_councils.add(f"{source_id}: {name}")
    return found


def composition_rows(code: str, year: int, seats: dict[str, int], total: int, basis: str,
                     source_id: str) -> list[dict]:
    """One council_composition row per party holding seats."""
    return [
        {"council_code": code, "as_of_year": year, "as_of": None, "party_id": party, "seats": held,
         "total_seats": total, "basis": basis, "source_id": source_id}
        for party, held in seats.items()
        if held
    ]


# --- Open Council Data ---------------------------------------------------------------------------------
def ocd_control(
    label: str, seats: dict[str, int], total: int, gazetteer: Gazetteer, source_id: str
) -> str | None:
    """Control from the `majority` column: a party label (checked against the seats), NOC or 'X plurality' ->
    noc. Administrations (minority, coalitions, mayors, NULL) used from 2025 state no control: None."""
    label = label.strip()
    if label.upper() == "NOC" or _PLURALITY.match(label):
        return "noc"
    if not _SINGLE_LABEL.match(label) or label.upper() == "NULL":
        return None
    party = gazetteer.party_id(label, source_id=source_id)
    held = seats.get("other" if party in {"ind", "residents"} else party)
    if held is not None and held * 2 <= total:
        return None  # the stated majority contradicts the same row's composition: not taken
    return party


def read_ocd(path: Path, source_id: str, gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    """One Open Council Data history file -> composition and control rows.

    Rows are keyed by council name. Before the 1990s and 2009 reorganisations two authorities can resolve to
    one modern code in the same year; `place_shared_code` keeps the row that continues the modern council's
    own series and leaves the other out (listed in `left_out_rows`).
    """
    parsed: list[dict] = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        fields = {f.strip().lower() for f in reader.fieldnames or [] if f}
        missing = {"authority", "year", "total", "con", "lab", "ld", "other", "majority"} - fields
        if missing:
            raise ImportFailure(path, 1, f"missing columns {sorted(missing)}")
        for line, raw in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
            year = _int(row["year"], path, line, "year")
            if year < OCD_FIRST_YEAR:
                continue
            extras = [v for k, vs in raw.items() if not k for v in (vs if isinstance(vs, list) else [vs])]
            gss = next((v.strip() for v in extras if v and re.fullmatch(r"[ESWN]\d{8}", v.strip())), "")
            code = _council(gazetteer, row["authority"], year, source_id, gss)
            if code is None:
                continue
            total = _int(row["total"], path, line, "total")
            seats: dict[str, int] = {}
            for column in _OCD_PARTY_COLUMNS:
                if column in row:
                    party = party_column_id(column, code, gazetteer, source_id)
                    seats[party] = seats.get(party, 0) + _int(row[column], path, line, column)
            if sum(seats.values()) != total:
                raise ImportFailure(
                    path, line, f"party seats sum to {sum(seats.values())}, total says {total}"
                )
            basis = _OCD_BASIS.format(year=year)
            stated = ocd_control(row["majority"], seats, total, gazetteer, source_id)
            parsed.append({
                "line": line, "name": " ".join(row["authority"].split()), "year": year, "total": total,
                "code": code,
                "composition": composition_rows(code, year, seats, total, basis, source_id),
                "control": [{
                    "council_code": code,
                    "as_of_year": year,
                    "as_of": None,
                    "control": stated,
                    "basis": f"{basis}; 'majority' column reads {row['majority']!r}",
                    "source_id": source_id,
                }] if stated else [],
            })
    by_code: dict[str, list[dict]] = {}
    for record in parsed:
        by_code.setdefault(record["code"], []).append(record)
    kept: list[dict] = []
    for code, records in by_code.items():
        placed, dropped = place_shared_code(records)
        kept += placed
        left_out_rows.extend(
            f"{source_id} line {r['line']}: {r['name']} {r['year']} ({r['total']} seats) not {code}: {why}"
            for r, why in dropped
        )
    composition, control = [], []
    for record in sorted(kept, key=lambda r: r["line"]):  # in the file's order
        composition += record["composition"]
        control += record["control"]
    return composition, control


def place_shared_code(records: list[dict]) -> tuple[list[dict], list[tuple[dict, str]]]:
    """The rows one modern code received, two authorities' rows told apart by the file's own evidence.

    Each record has `line`, `name`, `year`, `total`. A year with one row is the modern council's (the name
    resolved to its code that year, and no other row did). A year with two rows is placed by walking out
    from the nearest such year, later side first: the modern council's row is the one that continues its
    row of the adjacent year, same name and same total seats (when the two rows carry different names, the
    same name alone); or, by elimination, the other one, when that continues the other authority's row of
    the adjacent year. "Durham": the county council (72 seats 1973-96, 61 1997-2004, 63 2005-07, then 126
    from the 2008 election as the new unitary) against the City of Durham district (61 seats 1973-78, 49
    1979-2002, 50 2003-08). "Avon": the county (1973-94), which the gazetteer's short form of
    "Stratford-on-Avon" matches, against Stratford-on-Avon district. A year neither test decides, three or
    more rows in a year, or a run of two-row years with no one-row year beside it: left out, with the
    two-row years beyond it in the same run (nothing to chain them through), not guessed.
    """
    by_year: dict[int, list[dict]] = {}
    for record in records:
        by_year.setdefault(record["year"], []).append(record)
    if all(len(rows) == 1 for rows in by_year.values()):
        return records, []
    ours: dict[int, dict] = {y: rows[0] for y, rows in by_year.items() if len(rows) == 1}
    theirs: dict[int, dict] = {}
    undecided: dict[int, str] = {}
    shared = sorted(y for y, rows in by_year.items() if len(rows) > 1)

    def continues(row: dict, before: dict | None, pair: list[dict]) -> bool:
        if before is None or row["name"] != before["name"]:
            return False
        return row["total"] == before["total"] or pair[0]["name"] != pair[1]["name"]

    pending = set(shared)
    while pending:
        # A two-row year next to a placed year, the later neighbour preferred.
        step = next(
            ((y, y + 1) for y in sorted(pending, reverse=True) if y + 1 in ours),
            next(((y, y - 1) for y in sorted(pending) if y - 1 in ours), None),
        )
        if step is None:
            for year in pending:
                undecided[year] = "no year with one row beside it to continue from"
            break
        year, beside = step
        pending.discard(year)
        pair = by_year[year]
        if len(pair) != 2:
            undecided[year] = f"{len(pair)} rows that year"
        else:
            mine = [r for r in pair if continues(r, ours[beside], pair)]
            other = [r for r in pair if continues(r, theirs.get(beside), pair)]
            if len(mine) == 1 and not any(r is mine[0] for r in other):
                ours[year] = mine[0]
            elif len(other) == 1 and not mine:
                ours[year] = next(r for r in pair if r is not other[0])
            else:
                undecided[year] = "neither row continues the adjacent year's seat totals"
            if year in ours:
                theirs[year] = next(r for r in pair if r is not ours[year])
                continue
        # Undecided: the two-row years further out in this run cannot be chained through it.
        further, direction = set(), year - beside
        while year + direction * (len(further) + 1) in pending:
            further.add(year + direction * (len(further) + 1))
        for y in further:
            undecided[y] = f"beyond {year}, which could not be placed"
        pending -= further
    kept = [r for r in records if ours.get(r["year"]) is r]
    dropped = [(r, "another authority under a name resolving to this code (continues the other row)") for y in theirs
               for r in by_year[y] if r is theirs[y]]
    dropped += [(r, undecided[y]) for y in sorted(undecided) for r in by_year[y]]
    return kept, sorted(dropped, key=lambda d: d[0]["line"])


# --- Commons Library workbooks --------------------------------------------------------------------------
def majority_control(seats: dict[str, int], total: int) -> str:
    """The sheet's rule: the largest group if it holds more than half of all seats, else noc."""
    if not seats:
        return "noc"
    party, held = max(seats.items(), key=lambda item: item[1])
    return party if held * 2 > total else "noc"


def _rows(path: Path, sheet: str) -> list[tuple]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if sheet not in book.sheetnames:
            raise ImportFailure(path, "-", f"no sheet {sheet!r}")
        return list(book[sheet].iter_rows(values_only=True))
    finally:
        book.close()


def _header_at(rows: list[tuple], path: Path, sheet: str) -> int:
    for i, row in enumerate(rows[:10]):
        if row and str(row[0] or "").strip().lower() == "ons code":
            return i
    raise ImportFailure(path, sheet, "no header row starting 'ons code'")


def cbp9545_blocks(title_row: tuple, header: list[str], path: Path, sheet: str) -> list[tuple[int, dict]]:
    """The sheet's composition blocks: (year, {column index: party label, 'Vacant', 'Total'})."""
    starts = [i for i, h in enumerate(header) if h == "CON"][:2]
    blocks = []
    for start in starts:
        title = " ".join(str(v) for v in title_row[max(0, start - 1) : start + 1] if v)
        year = re.search(r"(20\d\d)", title)
        if not year:
            raise ImportFailure(path, sheet, f"no year in the title above column {start + 1}: {title!r}")
        columns, i = {}, start
        while i < len(header) and header[i] and header[i] != "Total":
            columns[i] = header[i]
            i += 1
        if i == len(header):
            raise ImportFailure(path, sheet, f"no Total column after column {start + 1}")
        columns[i] = "Total"
        blocks.append((int(year.group(1)), columns))
    if len(blocks) != 2:
        raise ImportFailure(path, sheet, "expected two composition blocks (before and after)")
    return blocks


def read_cbp9545(path: Path, gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    composition, control = [], []
    for sheet in ("England", "Scotland and Wales"):
        rows = _rows(path, sheet)
        at = _header_at(rows, path, sheet)
        header = [str(h).strip() if h is not None else "" for h in rows[at]]
        blocks = cbp9545_blocks(rows[at - 1] if at else (), header, path, sheet)
        for line, row in enumerate(rows[at + 1 :], start=at + 2):
            if not row or not row[0]:
                continue
            for year, columns in blocks:
                if str(row[next(iter(columns))]).strip() == "-":
                    continue  # a new council: no earlier composition
                code = _council(gazetteer, str(row[1]), year, CBP9545, str(row[0]).strip())
                if code is None:
                    continue
                seats: dict[str, int] = {}
                vacant = total = 0
                for index, label in columns.items():
                    value = _int(row[index] if row[index] is not None else 0, path, f"{sheet}!{line}", label)
                    if label == "Total":
                        total = value
                    elif label == "Vacant":
                        vacant = value
                    else:
                        party = party_column_id(label, code, gazetteer, CBP9545)
                        seats[party] = seats.get(party, 0) + value
                if sum(seats.values()) + vacant != total:
                    raise ImportFailure(
                        path, f"{sheet}!{line}", "composition does not sum to the Total column"
                    )
                basis = f"post-May {year} composition (Commons Library CBP-9545, sheet {sheet})" + (
                    f"; {vacant} seat(s) vacant, counted in total_seats" if vacant else ""
                )
                composition += composition_rows(code, year, seats, total, basis, CBP9545)
                control.append(
                    {
                        "council_code": code,
                        "as_of_year": year,
                        "as_of": None,
                        "control": majority_control(seats, total),
                        "source_id": CBP9545,
                        "basis": f"{basis}; control recomputed from this composition by the sheet's own "
                        "formula (largest column above half of all seats, else NOC; an Others majority is "
                        "'other')",
                    }
                )
    return composition, control


def read_tables_2023(path: Path, gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    """Sheet Results: composition after 2019 and 2023, with the sheet's stated control."""
    rows = _rows(path, "Results")
    at = _header_at(rows, path, "Results")
    header = [str(h).strip() if h is not None else "" for h in rows[at]]
    seat_columns = [
        (i, m.group(1), 2000 + int(m.group(2)))
        for i, h in enumerate(header)
        if (m := re.fullmatch(r"([A-Z]+)_seats_(\d\d)", h))
    ]
    composition, control = [], []
    for year in sorted({y for _, _, y in seat_columns}):
        yy = str(year)[2:]
        for needed in (f"Total_seats_{yy}", f"Control_{yy}"):
            if needed not in header:
                raise ImportFailure(path, "Results", f"missing column {needed}")
    for line, row in enumerate(rows[at + 1 :], start=at + 2):
        if not row or not row[0]:
            continue
        for year in sorted({y for _, _, y in seat_columns}):
            yy = str(year)[2:]
            code = _council(gazetteer, str(row[1]), year, TABLES_2023, str(row[0]).strip())
            if code is None:
                continue
            seats: dict[str, int] = {}
            for index, label, column_year in seat_columns:
                if column_year == year and label not in {"Total", "Vacant"}:
                    value = _int(row[index] if row[index] is not None else 0, path, f"Results!{line}", label)
                    party = gazetteer.party_id(label, source_id=TABLES_2023)
                    seats[party] = seats.get(party, 0) + value
            total = _int(row[header.index(f"Total_seats_{yy}")], path, f"Results!{line}", "total")
            vacant_at = header.index(f"Vacant_seats_{yy}") if f"Vacant_seats_{yy}" in header else None
            vacant = _int(row[vacant_at] or 0, path, f"Results!{line}", "vacant") if vacant_at else 0
            if sum(seats.values()) + vacant != total:
                raise ImportFailure(path, f"Results!{line}", f"{year} composition does not sum to the total")
            basis = f"after the May {year} election (Commons Library 2023 tables, BBC figures)" + (
                f"; {vacant} seat(s) vacant, counted in total_seats" if vacant else ""
            )
            composition += composition_rows(code, year, seats, total, basis, TABLES_2023)
            stated = str(row[header.index(f"Control_{yy}")] or "").strip()
            if stated:
                party = (
                    "noc" if stated.upper() == "NOC" else gazetteer.party_id(stated, source_id=TABLES_2023)
                )
                control.append(
                    {
                        "council_code": code,
                        "as_of_year": year,
                        "as_of": None,
                        "control": party,
                        "basis": f"{basis}; Control_{yy} reads {stated!r}",
                        "source_id": TABLES_2023,
                    }
                )
    return composition, control


def general_election_years(path: Path) -> set[int]:
    """The years the workbook's notes say local elections coincided with a general election."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for cell in row:
                    found = _GE_NOTE.search(str(cell or ""))
                    if found:
                        return {int(y) for y in re.findall(r"(?:19|20)\d\d", found.group(1))}
    finally:
        book.close()
    return set()


def read_nev(path: Path, gazetteer: Gazetteer) -> list[dict]:
    """Sheet NEV: Rallings & Thrasher national equivalent vote, as fractions, one row per year."""
    general = general_election_years(path)
    rows = _rows(path, "NEV")
    at = next((i for i, r in enumerate(rows[:10]) if r and str(r[0] or "").strip() == "Year"), None)
    if at is None:
        raise ImportFailure(path, "NEV", "no header row starting 'Year'")
    header = [str(h).strip() if h is not None else "" for h in rows[at]]
    out = []
    for line, row in enumerate(rows[at + 1 :], start=at + 2):
        if not isinstance(row[0], int) or row[0] not in NEV_YEARS or not isinstance(row[1], (int, float)):
            continue  # blank rows and the 2020 note "(no local elections in this year ...)"
        # The sheet notes that in general-election years the figure is the general-election share.
        measure = "general election share (NEV series)" if row[0] in general else "NEV"
        for index, label in enumerate(header[1:], start=1):
            if not label or row[index] is None:
                continue
            if not isinstance(row[index], (int, float)):
                raise ImportFailure(path, f"NEV!{line}", f"{label}: not a number: {row[index]!r}")
            out.append(
                {
                    "election_year": row[0],
                    "publisher": "Rallings & Thrasher (via House of Commons Library)",
                    "measure": measure,
                    "party_id": gazetteer.party_id(label, source_id=TABLES_2023),
                    "share_pct": round(float(row[index]) * 100, 1),
                    "source_id": TABLES_2023,
                }
            )
    return out


AFFILIATION_SHEET = "Councillor party affiliation"


def read_affiliation(path: Path, gazetteer: Gazetteer) -> list[dict]:
    """CBP-9545's GB councillors by party, year by year from 1973 (a '-' year had no count: skipped).

    The sheet's SNP/PC column counts both nationalist parties together: party `snp-pc`."""
    rows = _rows(path, AFFILIATION_SHEET)
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    if not header or header[0].lower() != "year" or "Total" not in header:
        raise ImportFailure(path, AFFILIATION_SHEET, f"unexpected header {header}")
    out = []
    for line, row in enumerate(rows[1:], start=2):
        if not isinstance(row[0], int) or not isinstance(row[header.index("Total")], int):
            continue
        total = row[header.index("Total")]
        for index, label in enumerate(header[1:], start=1):
            if label == "Total" or not label:
                continue
            if not isinstance(row[index], int):
                raise ImportFailure(path, f"{AFFILIATION_SHEET}!{line}", f"{label}: not a count: {row[index]!r}")
            party = "snp-pc" if label == "SNP/PC" else gazetteer.party_id(label, source_id=CBP9545)
            out.append({"as_of_year": row[0], "scope": "GB", "party_id": party, "councillors": row[index],
                        "total": total, "basis": f"councillors by party affiliation, GB, {row[0]} (Commons Library "
                        "CBP-9545 sheet 'Councillor party affiliation')", "source_id": CBP9545})
    return out


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    sources_dir = Path(sources_dir)
    skipped_councils.clear()
    left_out_rows.clear()
    composition: list[dict] = []
    control: list[dict] = []
    shares: list[dict] = []
    for file, source_id in (("history1973-2015.csv", OCD_EARLY), ("history2016-26.csv", OCD_LATE)):
        path = sources_dir / OCD_FOLDER / file
        if path.is_file():
            rows, states = read_ocd(path, source_id, gazetteer)
            composition += rows
            control += states
    commons = sources_dir / COMMONS_FOLDER
    affiliation: list[dict] = []
    if (commons / "CBP9545-detailed-results-for-download.xlsx").is_file():
        rows, states = read_cbp9545(commons / "CBP9545-detailed-results-for-download.xlsx", gazetteer)
        composition += rows
        control += states
        affiliation = read_affiliation(commons / "CBP9545-detailed-results-for-download.xlsx", gazetteer)
    if (commons / "data_tables.xlsx").is_file():
        rows, states = read_tables_2023(commons / "data_tables.xlsx", gazetteer)
        composition += rows
        control += states
        shares = read_nev(commons / "data_tables.xlsx", gazetteer)
    if not composition:
        return {}
    return {
        "council_composition": pd.DataFrame(composition, columns=COMPOSITION_COLUMNS).astype(
            {"as_of_year": "Int64", "seats": "Int64", "total_seats": "Int64"}
        ),
        "council_control": pd.DataFrame(control, columns=CONTROL_COLUMNS).astype({"as_of_year": "Int64"}),
        "projected_share": pd.DataFrame(shares, columns=SHARE_COLUMNS),
        "councillors_by_party": pd.DataFrame(affiliation, columns=list(TABLES["councillors_by_party"])),
    }
