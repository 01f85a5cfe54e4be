"""The extract stage, top to bottom: fold the text, split sentences, find mentions, run every claim family,
drop guarded and overlapping drafts, carry party and place from context, and build Claims."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from factcheck.extract import (
    control,
    history,
    majorities,
    mayors,
    predicates,
    projections,
    ranking,
    seats,
    shares,
    slots,
    tallies,
    totals,
    turnout,
    westminster,
)
from factcheck.extract.context import Context, mayoral_names
from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.layout import Layout, Mentions, read_layout
from factcheck.extract.mentions import read_mentions, short_form_mentions, short_forms
from factcheck.extract.patterns import RGX_AS_OF, RGX_ELECTION_HINT
from factcheck.extract.sentences import Prepared, Sentence, prepare, split_sentences
from factcheck.extract.vocabulary import DEFAULT_VOCABULARY, NATIONAL_PLACE_WORDS, Vocabulary
from factcheck.model import Claim, ClaimType, Direction, Span
from factcheck.regex_cache import lazy

if TYPE_CHECKING:
    import logging


FAMILIES: tuple[ModuleType, ...] = (
    seats, control, shares, ranking, history, majorities, turnout, mayors, totals, projections, tallies,
    slots, predicates, westminster,
)
# Each family's finder, and the cues (`CUES`) one of which a sentence must hold for it to run.
_FINDERS: tuple[tuple[Callable[[SentenceView], list[Draft]], tuple[str, ...]], ...] = tuple(
    (family.find, getattr(family, "CUES", ())) for family in FAMILIES)
# A sentence with none of these words holds no claim: skip the families (mentions are still read).
_CLAIM_HINT = lazy(
    r"\d|%|\b(?:gain|won|win|lost|los[ei]|seat|council|control|share|vote|majorit|first\s+time|always|never"
    r"|loss|gains|largest|biggest|winner|came|come|finish|exception|turnout|mayor|decline|results?|inroads|took|held|beat"
    r"|defeat|newly|times|twice|half|scores|dozens|hundreds|elected|shed|captur|seiz|snatch|retain|kept|reduc|down\s|up\s"
    r"|doubl|halv|unchanged|no\s+change|tally|place|level|run|hold|tak(?:en|es?|ing)|short|shy|overtook|hands"
    r"|clung|cling|hung|led\s+by|runner|outpoll|outvot|out-poll|out-vot|stay|stayed|stays|remain|opposition"
    r"|increas|rose|grew|fell|drop|record|ever|best|worst|lowest|highest|most|pass(?:ed|es)\s+(?:in)?to|switched"
    r"|swung|went\s+to|strengthen|bolster)",
    re.I,
)
_AS_OF = lazy(RGX_AS_OF, re.I)
_LEADING_THE = lazy(r"^the\s+")
# Figures a quoted remark mentions in passing ("races with 30% turnout"): dropped when the quote names no one.
_REMARK_TYPES = frozenset({ClaimType.TURNOUT, ClaimType.VOTE_SHARE})
_ELECTION_HINT = lazy(RGX_ELECTION_HINT, re.I)
# A report from part-way through the count: "with 162 of 248 councils declared", "from 16 councils counting
# overnight", "so far", "councils still to declare".
_PARTIAL_COUNT = lazy(
    r"\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\s+councils\b|\bcouncils?\s+(?:counting|counted|declared)\s+overnight\b"
    r"|\bfrom\s+\d+\s+councils\b|\bstill\s+to\s+declare\b|\bresults\s+so\s+far\b|\bso\s+far\s+(?:declared|counted)\b"
    r"|\bwith\s+(?:half|a\s+third|most|two-thirds)\s+of\s+(?:the\s+)?councils\s+(?:now\s+)?(?:declared|counted|in)\b",
    re.I,
)


def extract_claims(text: str, vocabulary: Vocabulary | None = None, *, sentence_engine: str = "regex") -> list[Claim]:
    """Every checkable results claim in `text`, in order, with spans into `text` exactly as given.

    Never raises on odd input: a sentence that cannot be read is skipped (and logged)."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _extract(text, vocabulary or DEFAULT_VOCABULARY, sentence_engine, strict=False)
    except Exception:  # noqa: BLE001 - the stage promises partial results, never a traceback
        _logger().exception("extract failed on a document of %d characters", len(text))
        return []


def _extract(text: str, vocabulary: Vocabulary, sentence_engine: str, strict: bool) -> list[Claim]:
    prepared = prepare(text)
    lines = _LineIndex(text)
    context = Context(vocabulary)
    views: list[tuple[Sentence, SentenceView]] = []
    named_parties: list[tuple[int, int]] = []
    for sentence in split_sentences(prepared.text, sentence_engine):
        folded = prepared.text[sentence.start:sentence.end].replace("\n", " ")  # a line break inside is a space
        try:
            parties, places, names = read_mentions(folded, vocabulary)
            views.append((sentence, SentenceView(folded, sentence.start, parties, places)))
        except Exception:
            if strict:
                raise
            _log_skipped(sentence)
            continue
        named_parties += [(sentence.start + start, sentence.start + end) for start, end in names]
    context.count_parties(prepared.text, named_parties)
    context.short_forms = short_forms([place for _, view in views for place in view.places], vocabulary)
    for _, view in views if context.short_forms else ():
        view.add_places(short_form_mentions(view.text, context.short_forms, view.places + view.parties))
    context.count_places(prepared.text, [place for _, view in views for place in view.places],
                         [name for _, view in views for name in mayoral_names(view)])
    layout = read_layout(prepared.text, Mentions.from_views(view for _, view in views))
    context.layout = layout
    counting = _PARTIAL_COUNT.search(prepared.text)
    claims: list[Claim] = []
    for sentence, view in views:
        if counting is not None and sentence.end > counting.start():
            view.counting = True  # "With 162 of 248 councils declared": figures from here on are mid-count
        try:
            claims.extend(_sentence_claims(text, prepared, lines, context, sentence, view, len(claims), layout))
        except Exception:
            if strict:
                raise
            _log_skipped(sentence)
    return claims


def _log_skipped(sentence: Sentence) -> None:
    """A sentence that could not be read is logged and skipped."""
    _logger().warning("skipped a sentence at offset %d that could not be read", sentence.start, exc_info=True)


def _sentence_claims(source: str, prepared: Prepared, lines: _LineIndex, context: Context, sentence: Sentence,
                     view: SentenceView, numbered: int, layout: Layout) -> list[Claim]:
    context.begin(view, sentence.paragraph)
    drafts = layout.drafts_for(view, _select(view, _family_drafts(view)) if view.contains(_CLAIM_HINT) else [])
    sentence_text = source[prepared.to_source(sentence.start):prepared.to_source(sentence.end)]
    claims: list[Claim] = []
    previous_end = 0
    as_of_matches = list(_AS_OF.finditer(view.text)) if drafts else []
    for draft in sorted(drafts, key=lambda d: (d.start, d.verb)):
        if "exception" in draft.qualifiers and not _apply_frame(context, draft):
            continue
        _councils_implied(context, draft)
        party = context.party_for(draft, view)
        if party is None:
            continue
        _extend_to_subject(view, draft)
        as_of = _as_of(as_of_matches, draft)
        hint = draft.election_hint or _election_hint(view, draft, previous_end)
        previous_end = draft.end
        start = prepared.to_source(sentence.start + draft.start)
        end = max(start, prepared.to_source(sentence.start + draft.end))
        line, column = lines.position(start)
        for party_text in (party.text, *party.others):
            for place in context.places_for(draft, view, party_text):
                qualifiers = list(draft.qualifiers)
                if as_of:
                    qualifiers.append("partial_count")
                if view.counting:
                    qualifiers.append("count_in_progress")
                if place.how in ("mayoral", "mayoral_topic"):
                    qualifiers.append("mayoral")
                if place.text and _LEADING_THE.sub("", place.text.lower()) in NATIONAL_PLACE_WORDS:
                    qualifiers.append("national")
                if draft.place_ref == "refers":
                    qualifiers.append("refers:" + ",".join(_referred(claims, party_text)))
                claims.append(Claim(
                    id=f"c{numbered + len(claims) + 1}", type=draft.type, span=Span(start, end, line, column),
                    text=source[start:end], sentence=sentence_text, party=party_text,
                    other_party=draft.other_party, place=context.short_forms.get(place.text, place.text),
                    quantity=draft.quantity,
                    direction=draft.direction, baseline=draft.baseline, election_hint=hint, as_of=as_of,
                    qualifiers=tuple(dict.fromkeys(qualifiers)), context_from=party.source or place.source,
                    carried=tuple(f"{what}:{c.how}" for what, c in (("party", party), ("place", place)) if c.how),
                ))
                context.remember(draft, party_text, place.text)
    context.end(view)
    return claims


def _logger() -> logging.Logger:
    """The stage's logger (logging is imported only when there is something to log)."""
    import logging

    return logging.getLogger(__name__)


def _family_drafts(view: SentenceView) -> list[Draft]:
    """Every family's drafts, skipping a family when the sentence holds none of its cues."""
    drafts: list[Draft] = []
    for find, cues in _FINDERS:
        if not cues or view.has_any(cues):
            drafts.extend(find(view))
    westminster.mark(view, drafts)  # a general election as a draft's subject or basis: judged on Westminster results
    return drafts


def _select(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
    """Drop questions, predictions, negations and quoted remarks; where drafts overlap keep the higher priority,
    then the longer."""
    kept = [d for d in drafts if not view.is_question_at(d.verb) and (d.keep_modal or not view.hedged_away(d.verb))
            and not (d.type in _REMARK_TYPES and view.in_quoted_remark(d.start, d.end))]
    kept = [d for d in kept if not _named_elsewhere(d, kept)]
    kept.sort(key=lambda d: (-d.priority, -(d.end - d.start), d.start))
    chosen: list[Draft] = []
    for draft in kept:
        if not any(draft.verb < other.end and other.verb < draft.end and not _both_said(draft, other)
                   for other in chosen):
            chosen.append(draft)
    projections = [d for d in chosen if d.type == ClaimType.NATIONAL_PROJECTED_SHARE]
    if projections:
        unsure = all("loose" in d.qualifiers for d in projections)  # "16 points clear of the Tories": maybe local
        for draft in chosen:  # "the PNS put Labour on 30%, the Lib Dems 12%": the same projection, placeless
            if draft.type == ClaimType.VOTE_SHARE and not draft.places and not draft.place_ref:
                draft.type = ClaimType.NATIONAL_PROJECTED_SHARE
                if unsure and "loose" not in draft.qualifiers:
                    draft.qualifiers.append("loose")
    return chosen


def _both_said(one: Draft, other: Draft) -> bool:
    """ "won Wandsworth for the first time in 44 years" says two things: who controls it, and since when. A history
    claim stands beside any other claim over the same words."""
    return (one.type == ClaimType.HISTORICAL_FIRST) != (other.type == ClaimType.HISTORICAL_FIRST)


def _named_elsewhere(draft: Draft, drafts: list[Draft]) -> bool:
    """ "took control in Anglesey CC": a draft that points back to an earlier place ("the council") gives way to
    an overlapping draft of the same claim that names the place itself."""
    if draft.places or draft.place_ref not in ("council", "there"):
        return False
    return any(other.type == draft.type and other.places and other.start <= draft.verb < other.end
               for other in drafts if other is not draft)


def _apply_frame(context: Context, draft: Draft) -> bool:
    """ "The exception is Barnet": the previous claim's type, party and direction, in the new place."""
    frame = context.frame_for_exception()
    if frame is None:
        return False
    previous, party = frame
    draft.type, draft.direction, draft.party = previous.type, previous.direction, party
    return True


def _councils_implied(context: Context, draft: Draft) -> None:
    """ "... lost control of 48 councils, and the Tories lost ten": a bare number right after a council count
    (in this sentence or the one before) counts councils, not seats."""
    if draft.type != ClaimType.SEAT_CHANGE or "implied_unit" not in draft.qualifiers or draft.quantity is None:
        return
    recent = [d for d, _, _ in (*context.previous_claims, *context.current_claims)]
    councils = [d.quantity.value for d in recent
                if d.type == ClaimType.COUNCIL_COUNT_CHANGE and d.quantity and d.quantity.value]
    value = draft.quantity.value
    if not councils or value is None or value > 2 * max(councils):  # "gained 230" is seats, whatever came before
        return
    draft.type = ClaimType.COUNCIL_COUNT_CHANGE
    draft.quantity = replace(draft.quantity, unit="councils")


def _extend_to_subject(view: SentenceView, draft: Draft) -> None:
    """Start the claim's text at its subject (or subjects) when they sit right before the verb."""
    mention, _ = view.subject_before(draft.verb)
    if mention is not None:
        first = view.coordinated(mention)[0]
        draft.start = min(draft.start, first.start)


def _as_of(matches: list[re.Match[str]], draft: Draft) -> str | None:
    found = [m for m in matches if m.start() < draft.end]
    return found[-1].group().strip() if found else None


def _election_hint(view: SentenceView, draft: Draft, previous_end: int) -> str | None:
    """A time phrase tied to the claim: in its own words, or in the leading clause before it."""
    lo = previous_end if previous_end <= draft.start else 0
    for m in reversed(list(_ELECTION_HINT.finditer(view.text, lo, draft.end))):
        phrase = m.group().strip()
        if draft.baseline and draft.baseline in phrase:
            continue
        return phrase
    return None


def _referred(claims: Sequence[Claim], party: str | None) -> list[str]:
    """ "they all went to the Tories": the run of this sentence's losses, by the same party, just before."""
    ids: list[str] = []
    for claim in reversed(claims):
        if claim.type != ClaimType.SEAT_CHANGE or claim.party != party or claim.direction != Direction.LOSS:
            break
        ids.append(claim.id)
    return list(reversed(ids))


class _LineIndex:
    """1-based line and column of an offset, by bisecting the newline positions."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
