"""Commons Library Local Elections Handbook 2021, 2022 and 2024: candidate-level results (xlsx)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

FOLDER = "fsargent__electionresults.uk/source-data/council"
_REPO = "https://github.com/fsargent/electionresults.uk/blob/19651ed97e047b254e01875eac7b247a7e4a5401/"
_LICENCE = "Open Parliament Licence v3.0"


@dataclass(frozen=True)
class HandbookFile:
    """One handbook workbook and the names of the columns we read from its candidates sheet."""

    year: int
    election_date: str
    file: str
    sheet: str
    columns: dict[str, str]  # our name -> the sheet's header

    @property
    def source_id(self) -> str:
        return f"leh-{self.year}"


_COMMON = {
    "council_code": "Local authority code",
    "council_name": "Local authority name",
    "ward_code": "Ward code",
    "ward_name": "Ward name",
    "candidate": "Candidate name",
    "votes": "Votes",
    "elected": "Elected",
    "party_label": "Party name",
    "vote_effective": "Vote effective",
}
HANDBOOKS = (
    HandbookFile(
        2021,
        "2021-05-06",
        "local_elections_2021_results-2.xlsx",
        "Candidates-results",
        {
            **_COMMON,
            "ward_code": "Ward/ED code",
            "ward_name": "Ward/ED name",
            "county_code": "County code",
            "county_name": "County name",
        },
    ),
    HandbookFile(
        2022,
        "2022-05-05",
        "local-elections-2022.xlsx",
        "Candidates-results",
        {**_COMMON, "seats": "Vacancies"},
    ),
    HandbookFile(
        2024,
        "2024-05-02",
        "LEH-2024-results-HoC-version.xlsx",
        "Candidates results",
        {
            **_COMMON,
            "council_code": "ONS local authority code",
            "ward_name": "Ward name ",
            "candidate": "Name",
            "seats": "Vacancies",
        },
    ),
)

SOURCES = tuple(
    SourceRow(
        source_id=h.source_id,
        publisher="House of Commons Library (Local Elections Handbook, "
        "Rallings, Thrasher & Bunting, Elections Centre)",
        title=f"Local elections {h.year}: results by candidate ({h.file}, sheet {h.sheet})",
        url=_REPO + "source-data/council/" + h.file,
        licence=_LICENCE,
        notes="Copy held in the electionresults.uk repository; "
        "'Vote effective' marks each party's top candidate.",
    )
    for h in HANDBOOKS
)


@lru_cache(maxsize=8)
def read_candidate_sheet(path: Path, sheet: str, headers: tuple[str, ...]) -> pd.DataFrame:
    """The candidates sheet, only the given columns, as strings/numbers; header on the sheet's second row."""
    import openpyxl
    import pandas as pd

    if not path.is_file():
        raise ImportFailure(path, "-", "file not found")
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    if sheet not in book.sheetnames:
        raise ImportFailure(path, "-", f"no sheet {sheet!r} (sheets: {book.sheetnames})")
    rows = book[sheet].iter_rows(values_only=True)
    next(rows, None)  # title row
    header = [str(h) if h is not None else "" for h in next(rows, ())]
    missing = [h for h in headers if h not in header]
    if missing:
        raise ImportFailure(path, 2, f"sheet {sheet!r} lacks columns {missing}")
    index = [header.index(h) for h in headers]
    records = [
        [row[i] if i < len(row) else None for i in index] for row in rows if any(v is not None for v in row)
    ]
    book.close()
    return pd.DataFrame(records, columns=list(headers))


def handbook_frame(sources_dir: Path, handbook: HandbookFile) -> pd.DataFrame:
    """One handbook's candidate rows with our column names (first data row is sheet row 3)."""
    path = Path(sources_dir) / FOLDER / handbook.file
    frame = read_candidate_sheet(path, handbook.sheet, tuple(handbook.columns.values()))
    frame = frame.rename(columns={v: k for k, v in handbook.columns.items()})
    frame["sheet_row"] = range(3, 3 + len(frame))
    return frame


def party_names(path: Path) -> dict[str, list[str]]:
    """The workbook's 'Party names' key: upper-cased abbreviation -> full names (some codes have two)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    if "Party names" not in book.sheetnames:
        return {}
    rows = list(book["Party names"].iter_rows(min_row=2, values_only=True))
    book.close()
    header = [str(v or "").strip().lower() for v in rows[0]]
    abbr_col, name_col = header.index("party abbreviation"), header.index("party name")
    key: dict[str, list[str]] = {}
    for row in rows[1:]:
        abbr, name = row[abbr_col], row[name_col]
        if abbr and name and str(name).strip() not in key.get(str(abbr).strip().upper(), []):
            key.setdefault(str(abbr).strip().upper(), []).append(str(name).strip())
    return key


def _label(abbreviation: str, key: dict[str, list[str]], council_name: str) -> str:
    """Full party name for an abbreviation; where one code names two groups, the one naming the council."""
    names = key.get(abbreviation.upper(), [])
    if len(names) > 1:
        local = [n for n in names if council_name and council_name.split()[0].lower() in n.lower()]
        names = local or names
    return names[0] if names else abbreviation


def _flag(value: object, path: Path, row: int, column: str) -> bool:
    if value in (1, True, "1", "True", "TRUE"):
        return True
    if value in (0, False, "0", "False", "FALSE"):
        return False
    raise ImportFailure(path, row, f"{column} is {value!r}, expected 1/0 or True/False")


def read_handbook(sources_dir: Path, handbook: HandbookFile, gazetteer: Gazetteer) -> pd.DataFrame:
    """One handbook's candidates in our schema. County divisions (E58 codes) belong to the county council."""
    import pandas as pd

    from factcheck.importers.candidate_rows import finish_candidates

    path = Path(sources_dir) / FOLDER / handbook.file
    frame = handbook_frame(sources_dir, handbook)
    key = party_names(path)
    records = []
    for row in frame.itertuples(index=False):
        code = row.council_code
        if getattr(row, "county_code", None) and str(row.ward_code).startswith("E58"):
            code = row.county_code
        council = gazetteer.council_code(str(code), year=handbook.year) if isinstance(code, str) else None
        if council is None:
            raise ImportFailure(path, row.sheet_row, f"unknown council code {code!r} ({row.council_name})")
        if not isinstance(row.votes, int | float) or pd.isna(row.votes):
            raise ImportFailure(path, row.sheet_row, f"votes is {row.votes!r}")
        abbreviation = str(row.party_label or "").strip()
        label = _label(abbreviation, key, str(row.council_name))
        party = gazetteer.party_id(label, source_id=handbook.source_id)
        if abbreviation and abbreviation != label:
            gazetteer.parties.aliases.setdefault((abbreviation, party), handbook.source_id)
        records.append(
            {
                "election_date": handbook.election_date,
                "council_code": council,
                "ward_code": row.ward_code if isinstance(row.ward_code, str) else None,
                "ward_name": str(row.ward_name).strip(),
                "seats": getattr(row, "seats", None),
                "candidate": str(row.candidate).strip(),
                "party_id": party,
                "party_label": label,
                "votes": int(row.votes),
                "elected": _flag(row.elected, path, row.sheet_row, "Elected"),
                "vote_effective": _flag(row.vote_effective, path, row.sheet_row, "Vote effective"),
                "source_id": handbook.source_id,
            }
        )
    result = finish_candidates(pd.DataFrame(records))
    for code in result["council_code"].unique():
        gazetteer.record_election(handbook.election_date, code)
    return result


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    from factcheck.importers.candidate_rows import ward_rows

    candidates, wards = [], []
    for handbook in HANDBOOKS:
        if not (Path(sources_dir) / FOLDER / handbook.file).is_file():
            continue
        frame = read_handbook(sources_dir, handbook, gazetteer)
        candidates.append(frame)
        wards.append(ward_rows(frame, handbook.year))
    if not candidates:
        return {}
    return {
        "candidates": pd.concat(candidates, ignore_index=True),
        "wards": pd.concat(wards, ignore_index=True),
    }
