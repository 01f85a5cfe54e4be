"""Finding and reading the lint configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lint.config import ConfigError, LintConfig, load_config


def test_defaults_when_there_is_no_config(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.source is None and config.fail_on == "inaccurate" and config.root == tmp_path.resolve()


def test_the_nearest_config_is_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail_on = "misleading"\n', encoding="utf-8")
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")  # no table
    config = load_config(tmp_path / "a" / "b")
    assert config.fail_on == "misleading" and config.root == tmp_path.resolve()
    (tmp_path / "a" / ".factcheck.toml").write_text("date = 2024-05-02\n", encoding="utf-8")
    nearer = load_config(tmp_path / "a" / "b")
    assert nearer.source == (tmp_path / "a" / ".factcheck.toml").resolve() and nearer.date == "2024-05-02"


def test_vocabulary_must_map_strings_to_strings(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text("[vocabulary.places]\nBorough = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"vocabulary.places: must map each alias"):
        load_config(tmp_path)


def test_options_outrank_the_file_and_are_checked() -> None:
    config = LintConfig(fail_on="unverifiable", date="2023-05-04").with_options(fail_on="inaccurate",
                                                                                date="2024-05-02")
    assert config.fail_on == "inaccurate" and config.date_option == "2024-05-02"
    with pytest.raises(ConfigError, match="--date: 'May' is not a date"):
        LintConfig().with_options(date="May")
