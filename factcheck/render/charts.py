"""Inline SVG charts for the HTML report: the claimed value against the official value(s)."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model import Finding, Hedge
from factcheck.render.labels import NUMERIC_UNITS, as_number, format_number, format_value, signed_change

_WIDTH = 340
_LABEL_WIDTH = 96
_VALUE_WIDTH = 78
_ROW = 30
_BAR = 18
_MAX_BARS = 4
_CHAR_WIDTH = 7.2  # px per character of a value label (the report's chart-value font, generously)


@dataclass(frozen=True)
class Bar:
    label: str
    low: float
    high: float
    text: str
    claimed: bool


def chart_bars(finding: Finding) -> list[Bar]:
    """The bars worth drawing: the claimed value and each numeric official value (none if not numeric)."""
    quantity = finding.claim.claim.quantity
    if quantity is None or quantity.unit not in NUMERIC_UNITS:
        return []
    claimed = signed_change(finding.claim.claim, as_number(quantity.value))
    if claimed is None:
        return []
    high = as_number(quantity.high) if quantity.hedge is Hedge.RANGE else None
    officials = [(o, as_number(o.value)) for o in finding.official]
    numeric = [(o, v) for o, v in officials if v is not None][: _MAX_BARS - 1]
    if not numeric:
        return []
    claimed_text = (f"{format_number(claimed)}–{format_value(high, quantity.unit)}" if high is not None
                    else format_value(claimed, quantity.unit, quantity.decimals))
    bars = [Bar("Claimed", claimed, high if high is not None else claimed, claimed_text, True)]
    for index, (_, value) in enumerate(numeric, start=1):
        label = "Official" if len(numeric) == 1 else f"Official {index}"
        bars.append(Bar(label, value, value, format_value(value, quantity.unit), False))
    return bars


def comparison_svg(finding: Finding, title: str, key: str) -> str | None:
    """An accessible SVG bar chart (safe markup), or None when there is nothing to compare.

    `key` makes the pattern id unique on a page holding many charts.
    """
    from markupsafe import Markup, escape

    bars = chart_bars(finding)
    key = "".join(c for c in key if c.isalnum() or c == "-")
    if not bars:
        return None
    lowest = min(0.0, *(b.low for b in bars))
    highest = max(0.0, *(b.high for b in bars))
    span = (highest - lowest) or 1.0
    plot = _WIDTH - _LABEL_WIDTH - _VALUE_WIDTH

    def x(value: float) -> float:
        return _LABEL_WIDTH + (value - lowest) / span * plot

    value_width = max(_VALUE_WIDTH, round(_CHAR_WIDTH * max(len(b.text) for b in bars)) + 12)
    width = _WIDTH - _VALUE_WIDTH + value_width  # wide enough for the longest value ("−1,330 seats"), never cut
    height = _ROW * len(bars) + 8
    description = "; ".join(f"{b.label}: {b.text}" for b in bars)
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}. {escape(description)}">',
        f"<title>{escape(title)}</title>",
        f'<defs><pattern id="hatch-{key}" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#1f2937" stroke-width="3"/></pattern></defs>',
    ]
    for row, bar in enumerate(bars):
        top = 4 + row * _ROW
        start, end = (0.0, bar.low) if bar.low == bar.high else (bar.low, bar.high)
        left, right = sorted((x(start), x(end)))
        width = max(right - left, 1.5)
        fill = f"url(#hatch-{key})" if bar.claimed else "#1f2937"
        parts.append(f'<text x="{_LABEL_WIDTH - 6}" y="{top + _BAR - 4}" text-anchor="end" '
                     f'class="chart-label">{escape(bar.label)}</text>')
        parts.append(f'<rect x="{left:.1f}" y="{top}" width="{width:.1f}" height="{_BAR}" fill="{fill}" '
                     'stroke="#1f2937" stroke-width="1"/>')
        parts.append(f'<text x="{width - value_width + 6}" y="{top + _BAR - 4}" '
                     f'class="chart-value">{escape(bar.text)}</text>')
    zero = x(0.0)
    parts.append(f'<line x1="{zero:.1f}" y1="0" x2="{zero:.1f}" y2="{height}" stroke="#6b7280" '
                 'stroke-width="1" stroke-dasharray="2 2"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
