"""schema.org ClaimReview records, one per judged claim, for the report's JSON-LD.

The dict returned here is serialised in the template with Jinja's `tojson`, which escapes `<`, `>`, `&`
and `'` as `\\u003c` etc., so no text in it can close the surrounding `<script>` element.
"""

from __future__ import annotations

from typing import Any

from factcheck.model import Finding
from factcheck.render.labels import VERDICT_LABELS, safe_link


def claim_review(finding: Finding, *, publisher: str, publisher_url: str | None = None,
                 review_date: str | None = None, review_url: str | None = None,
                 appearance_url: str | None = None, appearance_name: str | None = None,
                 appearance_date: str | None = None) -> dict[str, Any]:
    """One ClaimReview: what was claimed, the verdict as the rating, who reviewed it and where it appeared."""
    claim = finding.claim.claim
    label = VERDICT_LABELS[finding.verdict]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label.word}
    if label.rating is not None:
        rating.update(ratingValue=label.rating, bestRating=5, worstRating=1)
    author: dict[str, Any] = {"@type": "Organization", "name": publisher}
    if safe_link(publisher_url):
        author["url"] = publisher_url
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if safe_link(appearance_url):
        appearance["url"] = appearance_url
    if appearance_name:
        appearance["name"] = appearance_name
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if appearance_date:
        item["datePublished"] = appearance_date
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": (claim.sentence or claim.text).strip(),
        "reviewRating": rating,
        "reviewBody": finding.explanation,
        "itemReviewed": item,
        "author": author,
    }
    if review_date:
        review["datePublished"] = review_date
    if safe_link(review_url):
        review["url"] = review_url
    return review
