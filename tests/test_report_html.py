"""The HTML report: verdicts readable without colour, claims marked in the text, ClaimReview, no XSS."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from fixtures_findings import DATABASE, XSS_PAYLOADS, hostile_result, sample_result
from markupsafe import escape

from factcheck.model import DocumentResult, Election
from factcheck.render.html import ReportOptions, highlight_segments, render_report

OPTIONS = ReportOptions(publisher="The Test Desk", publisher_url="https://desk.example.org",
                        review_date="2024-05-03", report_url="https://desk.example.org/checks/night.html",
                        appearance_url="https://paper.example.org/night", appearance_date="2024-05-03")


class Page(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if name in (a.get("class") or "").split()]


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(sample_result(), DATABASE, OPTIONS)


def test_summary_counts_claims_and_ticks_the_ones_that_check_out(html):
    assert "<strong>6</strong> claims found, <strong>5</strong> checked" in html
    assert "✓</span> 3 of 5 checked claims check out." in html
    for word, count in [("Accurate", 2), ("Approximately accurate", 1), ("Misleading", 1), ("Inaccurate", 1),
                        ("Unverifiable", 1)]:
        assert f"{word}: {count}</span>" in html


def test_every_claim_is_marked_in_the_text_with_icon_word_and_a_link_to_its_card(html):
    page = Page(html)
    badges = page.with_class("badge")
    assert [b["href"] for b in badges] == [f"#claim-{n}" for n in range(1, 7)]
    for verdict in ("accurate", "approximately_accurate", "misleading", "inaccurate", "unverifiable"):
        assert page.with_class(f"v-{verdict}"), verdict
    assert '<span aria-hidden="true">✗</span> 4<span class="sr-only">:</span> Inaccurate' in html
    assert {a["id"] for a in page.with_class("card")} == {f"claim-{n}" for n in range(1, 7)}


def test_overlapping_claims_are_both_marked():
    result = sample_result()
    segments = highlight_segments(result.text, result.findings)
    shared = [s for s in segments if s["claims"] == [1, 2]]
    assert [s["text"] for s in shared] == ["Trafford"]
    assert "".join(s["text"] for s in segments) == result.text.replace("\r\n", "\n").strip()
    assert [b["number"] for s in segments for b in s["ending"]] == [1, 2, 3, 4, 5, 6]


def test_cards_show_claimed_against_official_with_basis_sources_and_how_we_checked(html):
    card = html[html.index('id="claim-3"'):html.index('id="claim-4"')]
    assert "about −10 seats" in card and "−11 seats" in card and "net change against 2022" in card
    assert '<a href="https://example.org/results.csv" rel="noopener noreferrer">' in card
    assert "<summary>How we checked</summary>" in card
    assert "SELECT net FROM seats WHERE council = :council" in card
    assert "reference database built 2024-01-02T03:04:05" in card
    assert "<svg" in card and "Claimed: −10 seats; Official: −11 seats" in card


def test_a_claim_without_numbers_gets_no_chart(html):
    card = html[html.index('id="claim-6"'):]
    assert "<svg" not in card.split("</section>")[0]


def test_each_claim_has_a_claimreview_record(html):
    scripts = Page(html).scripts
    records = [json.loads(text) for attrs, text in scripts if attrs.get("type") == "application/ld+json"]
    assert len(records) == 6
    first = records[0]
    assert first["@type"] == "ClaimReview"
    assert first["reviewRating"]["alternateName"] == "Accurate"
    assert first["reviewRating"]["ratingValue"] == 5
    assert first["author"] == {"@type": "Organization", "name": "The Test Desk", "url": "https://desk.example.org"}
    assert first["itemReviewed"]["appearance"]["url"] == "https://paper.example.org/night"
    assert first["itemReviewed"]["datePublished"] == "2024-05-03"
    assert first["url"] == "https://desk.example.org/checks/night.html#claim-1"
    assert "ratingValue" not in records[-1]["reviewRating"]
    assert records[-1]["reviewRating"]["alternateName"] == "Unverifiable"


def test_the_report_is_self_contained_and_needs_no_scripts(html):
    page = Page(html)
    assert all(attrs.get("type") == "application/ld+json" for attrs, _ in page.scripts)
    assert not [t for t, a in page.tags if "src" in a or t in ("link", "iframe", "img", "object", "embed")]
    assert "url(" not in html.replace("url(#hatch-", "") and "@import" not in html
    assert '<meta name="viewport"' in html and "@media print" in html and "@media (max-width" in html


def test_a_text_without_claims_says_so():
    result = DocumentResult(path="quiet.txt", text="Nothing to see.", election=Election(None, "no date"))
    html = render_report(result, None, OPTIONS)
    assert "No checkable claims about election results were found" in html
    assert "Election: not determined (no date)." in html


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_text_names_sources_and_evidence_are_inert(payload):
    html = render_report(hostile_result(payload), DATABASE, ReportOptions(
        publisher=payload, publisher_url=payload, title=payload, report_url=payload, appearance_url=payload))
    page = Page(html)
    for tag, attrs in page.tags:
        assert tag not in ("iframe", "img", "a") or tag == "a" and not any(
            (v or "").lower().startswith("javascript") for v in attrs.values()), (tag, attrs)
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        if tag == "svg":
            assert "chart" in (attrs.get("class") or "")
    for attrs, text in page.scripts:
        assert attrs.get("type") == "application/ld+json"
        assert "<" not in text and ">" not in text and "&" not in text
        assert payload in json.dumps(json.loads(text), ensure_ascii=False)
    if "<" in payload:
        assert payload not in html
    assert str(escape(payload)) in html


def test_the_footer_cites_the_sources_the_report_uses_not_the_whole_catalogue(html):
    footer = html[html.index("<footer>"):]
    assert "factcheck data sources" in footer
    cited = footer.count("<li>")
    assert 0 < cited <= int(footer.split("draws on ")[1].split(" ")[0])
