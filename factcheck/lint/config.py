"""Lint settings: `[tool.factcheck]` in pyproject.toml or a `.factcheck.toml`, found walking up from a folder.

    fail_on = "inaccurate"            # unverifiable | misleading | inaccurate
    date = "2024-05-02"               # default election date for drafts that do not give one
    date_key = "election_date"        # front-matter key to read the election date from
    include = ["drafts/**"]           # gitignore-style globs, relative to the config file's folder
    exclude = ["drafts/archive/**"]
    skip_types = ["turnout"]          # claim types not to report
    [tool.factcheck.vocabulary.places]
    "the Borough" = "Trafford"        # house alias -> official name
    [tool.factcheck.vocabulary.parties]
    "the Reds" = "Labour"             # house alias -> party

Unknown keys and bad values raise ConfigError naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.model import ClaimType, Severity

CONFIG_FILE = ".factcheck.toml"
PYPROJECT = "pyproject.toml"
TABLE = "[tool.factcheck]"

FAIL_LEVELS: Mapping[str, Severity] = {
    "unverifiable": Severity.UNVERIFIABLE,
    "misleading": Severity.MISLEADING,
    "inaccurate": Severity.INACCURATE,
}
DEFAULT_FAIL_ON = "inaccurate"
KEYS = ("fail_on", "date", "date_key", "include", "exclude", "skip_types", "vocabulary")
VOCABULARY_KEYS = ("places", "parties")


class ConfigError(Exception):
    """A configuration file the user must fix. `str(error)` is one line naming the file and key."""


@dataclass(frozen=True)
class LintConfig:
    """The merged lint settings. `source` is the file they came from (None: built-in defaults)."""

    fail_on: str = DEFAULT_FAIL_ON
    date: str | None = None
    date_key: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    skip_types: tuple[str, ...] = ()
    places: Mapping[str, str] = field(default_factory=dict)
    parties: Mapping[str, str] = field(default_factory=dict)
    date_option: str | None = None  # --date: outranks every date in the drafts and the config
    source: Path | None = None
    root: Path = field(default_factory=Path.cwd)  # globs are relative to this folder

    @property
    def threshold(self) -> Severity:
        return FAIL_LEVELS[self.fail_on]

    def with_options(self, *, fail_on: str | None = None, date: str | None = None) -> LintConfig:
        """The settings with command-line options laid over them (options win)."""
        if fail_on is not None:
            check_fail_on(fail_on, "--fail-on")
        if date is not None:
            check_date(date, "--date")
        return replace(self, fail_on=fail_on or self.fail_on, date_option=date or self.date_option)

    def to_toml(self) -> str:
        """The merged settings as a `[tool.factcheck]` table (what `--print-config` shows)."""
        where = str(self.source) if self.source else "built-in defaults (no config file found)"
        lines = [f"# from {where}", "[tool.factcheck]", f"fail_on = {_toml(self.fail_on)}"]
        if self.date_option:
            lines.append(f"date = {_toml(self.date_option)}  # --date: used for every file")
        elif self.date:
            lines.append(f"date = {_toml(self.date)}")
        if self.date_key:
            lines.append(f"date_key = {_toml(self.date_key)}")
        for name in ("include", "exclude", "skip_types"):
            lines.append(f"{name} = [{', '.join(_toml(v) for v in getattr(self, name))}]")
        for name in VOCABULARY_KEYS:
            lines += ["", f"[tool.factcheck.vocabulary.{name}]"]
            lines += [f"{_toml(alias)} = {_toml(value)}" for alias, value in getattr(self, name).items()]
        return "\n".join(lines) + "\n"


def find_config_file(start: Path) -> tuple[Path, Mapping[str, Any]] | None:
    """The nearest `.factcheck.toml`, or `pyproject.toml` with a `[tool.factcheck]` table, from start up."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate, _load(candidate)
        candidate = folder / PYPROJECT
        if candidate.is_file():
            table = _load(candidate).get("tool", {}).get("factcheck")
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{candidate}: {TABLE} must be a table")
                return candidate, table
    return None


def load_config(start: Path | None = None) -> LintConfig:
    """The settings from the nearest config file, or the defaults when there is none."""
    start = (start or Path.cwd()).resolve()
    found = find_config_file(start)
    if found is None:
        return LintConfig(root=start)
    path, table = found
    return parse_config(table, path)


def parse_config(table: Mapping[str, Any], path: Path) -> LintConfig:
    """Validate one config table. Every problem names the file and the key."""
    where = f"{path}: {TABLE}" if path.name == PYPROJECT else str(path)
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known keys: {', '.join(KEYS)})")
    config = LintConfig(source=path, root=path.parent)
    values: dict[str, Any] = {}
    if "fail_on" in table:
        values["fail_on"] = check_fail_on(table["fail_on"], f"{where}: fail_on")
    if "date" in table:
        values["date"] = check_date(table["date"], f"{where}: date")
    if "date_key" in table:
        values["date_key"] = _string(table["date_key"], f"{where}: date_key")
    for name in ("include", "exclude", "skip_types"):
        if name in table:
            values[name] = _strings(table[name], f"{where}: {name}")
    known_types = {t.value for t in ClaimType}
    for name in values.get("skip_types", ()):
        if name not in known_types:
            raise ConfigError(f"{where}: skip_types: unknown claim type {name!r} "
                              f"(known: {', '.join(sorted(known_types))})")
    if "vocabulary" in table:
        values.update(_vocabulary(table["vocabulary"], f"{where}: vocabulary"))
    return replace(config, **values)


def check_fail_on(value: Any, where: str) -> str:
    if value not in FAIL_LEVELS:
        raise ConfigError(f"{where}: {value!r} is not a level (use one of {', '.join(FAIL_LEVELS)})")
    return str(value)


def check_date(value: Any, where: str) -> str:
    """An ISO date, written as a TOML date or a string."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ConfigError(f"{where}: {value!r} is not a date (use YYYY-MM-DD)")


def _load(path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a config file to read

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror or error})") from None


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: must be a non-empty string")
    return value.strip()


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: must be a list of strings")
    return tuple(v.strip() for v in value)


def _vocabulary(value: Any, where: str) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must be a table with `places` and `parties`")
    unknown = sorted(set(value) - set(VOCABULARY_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known keys: {', '.join(VOCABULARY_KEYS)})")
    out: dict[str, dict[str, str]] = {}
    for name in VOCABULARY_KEYS:
        table = value.get(name, {})
        if not isinstance(table, dict) or not all(
                isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip()
                for k, v in table.items()):
            raise ConfigError(f"{where}.{name}: must map each alias to a name, both strings")
        out[name] = {k.strip(): v.strip() for k, v in table.items()}
    return out


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escaping is a subset of TOML's)."""
    import json

    return json.dumps(value, ensure_ascii=False)
