"""`factcheck lint .` does not lint the HTML reports factcheck itself wrote (a build folder, to a linter)."""

from __future__ import annotations

from fixtures_findings import DATABASE

from factcheck.lint.discover import discover
from factcheck.model import DocumentResult, Election
from factcheck.render.html import render_report


def write_tree(root):
    (root / "drafts").mkdir()
    (root / "drafts" / "night.md").write_text("Labour gained 4 seats in Bury.\n")
    (root / "drafts" / "page.html").write_text("<html><body><p>Labour gained 4 seats.</p></body></html>\n")
    (root / "reports").mkdir()
    result = DocumentResult(path="drafts/night.md", text="Labour gained 4 seats in Bury.\n",
                            election=Election("2022-05-05", "--date option"))
    (root / "reports" / "night.html").write_text(render_report(result, DATABASE), encoding="utf-8")


def test_reports_written_by_factcheck_are_skipped_in_folders_and_globs_with_a_note(tmp_path):
    write_tree(tmp_path)
    for paths in (["."], ["**/*.html"]):
        found = discover(paths, root=tmp_path, cwd=tmp_path)
        names = sorted(p.relative_to(tmp_path).as_posix() for p in found.files)
        assert "reports/night.html" not in names and "drafts/page.html" in names, (paths, names)
        assert any("skipped 1 HTML report written by factcheck" in note for note in found.notes)


def test_a_report_named_on_the_command_line_is_still_linted(tmp_path):
    write_tree(tmp_path)
    found = discover(["reports/night.html"], root=tmp_path, cwd=tmp_path)
    assert [p.name for p in found.files] == ["night.html"] and not found.notes
