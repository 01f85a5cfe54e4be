"""Mayoral results said of a candidate: "Jo Bloggs took 58% in Tyne and Wear", "she won with 52% after second
preferences", "Sam Lee beat Pat Kay by 2,311 votes", "Ann Moss won the new mayoralty for Labour" and "..., four
times the Green vote" (vote_ratio). The claim text starts at the candidate's name, so the judge can map the
candidate to their party; the party itself is set only where the sentence names one ("Labour's Sam Lee").
"""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.mentions import NOT_PLACE_WORDS
from factcheck.extract.numbers import hedge_of, parse_number, quantity_from
from factcheck.extract.patterns import (
    RGX_DIGITS,
    RGX_HALF_VOTE,
    RGX_HEDGE,
    RGX_MAYOR_ROUND,
    RGX_MAYOR_UNIT,
    RGX_NUMBER,
    RGX_NUMBER_WORDS,
    RGX_PERSON,
    quantity,
)
from factcheck.model import ClaimType, Direction, Hedge, Quantity
from factcheck.regex_cache import lazy

# Who: "Labour's Sam Lee", "Sam Lee", "Sam Lee, who", "he" / "she" (a mayor named in the previous sentence).
_SUBJECT = (
    rf"(?:(?P<owner>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)'s?\s+)?(?P<person>{RGX_PERSON})(?:\s*,\s*who)?"
    r"|\b(?P<pronoun>[Hh]e|[Ss]he)"
)
# An aside between subject and verb: ", by contrast,".
_ASIDE = r"(?:\s*,\s*[a-z][^,.;]{0,40},)?"
# The verbs a candidate's result takes.
_VERB = (
    r"(?P<verb>took|won|w[io]ns|had|polled|secured|got|managed|trailed(?:\s+on)?|finished\s+on|came\s+in\s+at"
    r"|held\s+on|hung\s+on|(?:was|were)\s+(?:re-?elected|returned|elected)|beat|defeated|edged(?:\s+out)?"
    r"|topped\s+the\s+(?:first\s+round|first[\s-]preference(?:\s+vote)?|poll|count))"
)
MAYOR_SUBJECT_VERB = lazy(rf"(?:{_SUBJECT}){_ASIDE}\s+(?:(?:\w+ly|also|only|just)\s+)?{_VERB}\b")
# After the verb: a rival beaten ("Pat Kay, who ..., "), a term or a place won ("a third term", "the West Midlands").
_RIVAL = lazy(rf"\s+(?P<rival>{RGX_PERSON})(?:\s*,\s*who\b[^,.;]{{0,120}},)?")
_OBJECT = lazy(
    r"\s+(?P<object>an?\s+(?:second|third|fourth|fifth|record|new)\s+term|the\s+(?:new\s+|first\s+)?(?:metro\s+)?"
    r"mayoralty|the\s+(?:run-?off|(?:first|second|final)\s+round)|(?:the\s+)?(?:(?:new|first|inaugural)\s+)?"
    r"(?P<name>[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+|upon\s+)?[A-Z][\w'-]*){0,3})"
    r"(?:\s+(?:metro\s+)?(?:mayoralty|mayoral\s+(?:election|race|contest|vote)))?"  # "the X mayoral election"
    r"|the\s+(?:race|contest|election)\s+(?:to\s+be(?:come)?|for)\s+(?:the\s+)?"  # "the race to be X mayor"
    r"(?P<name2>[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+|upon\s+)?[A-Z][\w'-]*){0,3})\s+mayor(?:alty)?\b)"
)
# The figure: "with 54%", "on 33%", "by just 2,150 votes", "just under half the vote".
MAYOR_FIGURE = lazy(
    rf"\s+(?:(?P<prep>with|on|by)\s+)?(?:(?:{quantity()}{RGX_MAYOR_UNIT})|{RGX_HALF_VOTE})", re.I
)
# The runner-up beside the winner: ", with Labour's Liam Byrne on nearly 40%".
_RIVAL_ON = lazy(rf"\s*,?\s+(?:with|and)\s+(?:(?P<owner>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)'s?\s+)?"
                 rf"(?P<person>{RGX_PERSON})(?=\s+on\s)")
# A second result joined on: "and won with 57%".
_AND_RESULT = lazy(r"\s*,?\s+and\s+(?:then\s+|finally\s+)?(?P<verb>won|took|polled|secured|finished\s+on|ended\s+on)"
                   r"(?=\s+(?:with\s+|on\s+)?(?:\d|just|almost|nearly|over|under|more|less|around|about))", re.I)
# A second figure joined on: "and well over a million votes".
_AND_FIGURE = lazy(
    rf"\s+and\s+(?P<and_hedge>{RGX_HEDGE}\s+)?(?P<and_num>{RGX_DIGITS}|{RGX_NUMBER_WORDS})\s+votes\b", re.I
)
_ROUND = lazy(RGX_MAYOR_ROUND, re.I)
_IN_PLACE = lazy(r"(?:\s+(?:on|after)\s+(?:the\s+)?\w+[\s-]+(?:preferences|round))?\s+in\s+(?=(?:the\s+)?[A-Z])")
_FOR_PARTY = lazy(r"\s+for\s+(?=(?:the\s+)?[A-Z])")
# "..., six times the Tory vote", "had more than twice the Green vote on the first round".
MAYOR_RATIO = lazy(
    rf"(?:,\s*|\b(?:had|won|took|polled|got)\s+)(?P<hedge>{RGX_HEDGE}\s+)?(?P<mult>(?:{RGX_NUMBER_WORDS}|{RGX_DIGITS})"
    rf"\s+times|twice|three\s+times)\s+the\s+(?P<other>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?:'s)?\s+vote\b",
    re.I,
)
_VERB_NEEDLES = ("took", "won", "wins", "had", "polled", "secured", "got", "managed", "trailed", "finished",
                 "came in", "held on", "hung on", "elected", "returned", "beat", "defeated", "edged", "topped")
_NEEDS_FIGURE = frozenset({"had", "got", "polled", "secured", "managed", "trailed", "trailed on"})
_ELECTED_MAYOR = lazy(r"\s+(?:as\s+)?(?:the\s+)?(?:first\s+)?"
                      r"(?:(?-i:[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'-]*){0,3})\s+)?(?:metro\s+)?mayor\b", re.I)
_NUMBER_START = lazy(r"\d|%")
_AREAS_WON = lazy(rf"\s+(?:{RGX_NUMBER}|all|most|both|each)\s+of\s+(?:the\s+)?(?:{RGX_NUMBER}\s+)?(?:local\s+)?"
                  r"(?:authority\s+)?(?:areas|boroughs|districts|councils|wards|constituencies)\b", re.I)
_LATER_ROUND = lazy(r"\b(?:second|final)\s+(?:round|preferences?|count)|\brun-?off\b|\btransfers?\b", re.I)
_DIGIT_GATE = lazy(r"\d|half|majority|million|thousand|mayoralty|times|twice")


def find(view: SentenceView) -> list[Draft]:
    """Every mayoral result said of a named candidate (or "he"/"she" after one), and ratios beside them."""
    if not _DIGIT_GATE.search(view.text) and not view.mayoral:
        return []
    drafts: list[Draft] = []
    for m in view.scan(MAYOR_SUBJECT_VERB, *_VERB_NEEDLES):
        draft = _result(view, m)
        if draft is not None:
            drafts.append(draft)
            for extra in (joined_figure(view, draft), joined_result(view, draft), rival_on(view, draft)):
                if extra is not None:
                    drafts.append(extra)
    mayoral = [d for d in drafts if d.type == ClaimType.MAYORAL_RESULT]
    if mayoral or view.mayoral:
        for m in view.scan(MAYOR_RATIO, "times", "twice"):
            if view.text[m.start()] != "," and view.subject_before(m.start())[0] is not None:
                continue  # "Labour won three times the Tory vote": a party's ratio, read in shares.py
            drafts.append(_ratio(view, m, mayoral))
    return drafts


def _is_person(view: SentenceView, m: re.Match[str]) -> bool:
    start, end = m.span("person")
    words = m.group("person").split()
    if any(w in NOT_PLACE_WORDS for w in words):
        return False
    overlaps = [x for x in view.parties + view.places if x.start < end and start < x.end]
    return not overlaps


def _result(view: SentenceView, m: re.Match[str]) -> Draft | None:
    if m.group("person") and not _is_person(view, m):
        place = next((p for p in view.places if p.start <= m.start("person") < p.end < m.end("person")), None)
        after = MAYOR_SUBJECT_VERB.match(view.text, place.end + 1) if place else None
        # "In the West of England Tim Bowles won": the candidate starts after the place
        return _result(view, after) if after and after.group("person") and _is_person(view, after) else None
    if m.group("pronoun") and not view.mayoral:
        return None
    if _ELECTED_MAYOR.match(view.text, m.end()):
        return None  # "was elected mayor of Bristol with ...": read in ranking.py
    start = m.start("person") if m.group("person") else m.start("pronoun")
    draft = Draft(ClaimType.MAYORAL_RESULT, start, m.end(), start, subject="none", priority=4,
                  qualifiers=["mayoral"])
    if m.group("owner"):
        owner = view.party_at(m.start("owner"), m.end("owner") + 1)
        if owner is not None:
            draft.party, draft.start = owner.text, owner.start
    pos = m.end()
    verb = m.group("verb").lower()
    if verb in ("beat", "defeated") or verb.startswith("edged"):
        rival = _RIVAL.match(view.text, pos)
        if rival is None or view.party_at(rival.start("rival")):
            return None
        pos = rival.end()
        draft.qualifiers.append("margin")
    if _AREAS_WON.match(view.text, pos):
        return None  # "won three of the five council areas": areas within the count, not the mayoralty
    obj = _OBJECT.match(view.text, pos)
    if obj and not MAYOR_FIGURE.match(view.text, pos):
        named = "name" if obj.group("name") else "name2" if obj.group("name2") else "object"
        place = view.place_at(obj.start(named))
        if place is not None and place.end <= obj.end("object") + 1:
            draft.places, pos = [place.text], max(place.end, obj.end()) if named == "name2" else place.end
        elif obj.group("object")[0].islower():
            pos = obj.end()
        elif not view.mayoral:
            return None
    figure = MAYOR_FIGURE.match(view.text, pos)
    if figure:
        draft.quantity = _figure(view, figure)
        pos = figure.end()
        if figure.group("vote_majority") and not _LATER_ROUND.search(view.text):
            draft.qualifiers.append("first_round")  # a majority of the votes cast: first preferences, not transfers
    elif not (view.mayoral or "mayoralty" in view.lower) or _NUMBER_START.match(view.text, pos + 1) or (
            not draft.places and verb in _NEEDS_FIGURE):
        return None  # "he had": a figure or a mayoralty must follow
    draft.end = pos
    if draft.quantity is None or draft.quantity.unit == "votes" and "margin" not in draft.qualifiers:
        draft.direction = Direction.GAIN if verb.startswith(("won", "took", "held", "hung", "was", "were")) else (
            Direction.NONE)
    _tail(view, draft)
    if not draft.places:
        draft.place_ref = "there"  # the mayoralty named last: a heading ("London: ..."), or the sentence before
    return draft


def _figure(view: SentenceView, figure: re.Match[str]) -> Quantity | None:
    text = view.text[figure.start():figure.end()].strip()
    if figure.group("vote_majority"):  # "polled a majority of votes": more than half of them
        return Quantity(value=50, unit="percent", hedge=Hedge.OVER, text=text)
    if figure.group("num") is None:  # "just under half the vote"
        return Quantity(value=50, unit="percent", hedge=hedge_of(figure.group("half_hedge")), text=text)
    unit = "votes" if "vote" in figure.group("unit").lower() and "%" not in figure.group("unit") and "cent" not in (
        figure.group("unit").lower()) else "percent"
    return quantity_from(figure.groupdict(), "num", unit, text)


def _tail(view: SentenceView, draft: Draft) -> None:
    """The count ("after second preferences"), the place ("in Tees Valley") and the party ("for Labour")."""
    clause_end = _clause_end(view, draft.end)
    head = view.clause_start(draft.verb)
    found = _ROUND.search(view.text, head, clause_end)
    if found and draft.quantity is not None:
        word = found.group("round").lower()
        draft.qualifiers.append("round1" if word in ("first", "1st") else "round2")
    place = _IN_PLACE.match(view.text, draft.end)
    if place and not draft.places:
        items, end = view.place_list(place.end(), lead_in=False)
        if items:
            draft.places, draft.end = [items[0].text], end
    for_party = _FOR_PARTY.match(view.text, draft.end)
    if for_party and draft.party is None:
        party = view.party_at(for_party.end())
        if party is not None:
            draft.party, draft.end = party.text, party.end


def _clause_end(view: SentenceView, pos: int) -> int:
    found = re.search(r"[,;.]\s|[;.]$", view.text[pos:])
    return pos + found.start() if found else len(view.text)


def joined_figure(view: SentenceView, draft: Draft) -> Draft | None:
    """ "with 43.8% of the vote and well over a million votes": the candidate's vote total, a second claim."""
    m = _AND_FIGURE.match(view.text, draft.end)
    if m is None:
        return None
    value, _ = parse_number(m.group("and_num"))
    if value is None:
        return None
    start = m.start("and_hedge") if m.group("and_hedge") else m.start("and_num")
    extra = Draft(ClaimType.MAYORAL_RESULT, start, m.end(), start, party=draft.party, subject="none", priority=4,
                  places=list(draft.places), place_ref=draft.place_ref, qualifiers=["mayoral", "votes_total"])
    extra.quantity = Quantity(value=value, unit="votes", hedge=hedge_of(m.group("and_hedge")),
                              text=view.text[start:m.end()])
    return extra


def joined_result(view: SentenceView, draft: Draft) -> Draft | None:
    """ "topped the first round with 45% and won with 57%": the same candidate's second result."""
    m = _AND_RESULT.match(view.text, draft.end)
    return _figure_draft(view, draft, m.start("verb"), m.end("verb"), draft.party) if m else None


def rival_on(view: SentenceView, draft: Draft) -> Draft | None:
    """ "with 49.7%, with Labour's Liam Byrne on nearly 40%": the runner-up's figure, said beside the winner's."""
    m = _RIVAL_ON.match(view.text, draft.end)
    if m is None or draft.quantity is None or not _is_person(view, m):
        return None
    owner = view.party_at(m.start("owner"), m.end("owner") + 1) if m.group("owner") else None
    return _figure_draft(view, draft, m.start("person"), m.end(), owner.text if owner else None)


def _figure_draft(view: SentenceView, draft: Draft, start: int, pos: int, party: str | None) -> Draft | None:
    """A second mayoral result from `start`, with the figure at `pos`, in the same contest as `draft`."""
    figure = MAYOR_FIGURE.match(view.text, pos)
    quantity = _figure(view, figure) if figure else None
    if figure is None or quantity is None:
        return None
    extra = Draft(ClaimType.MAYORAL_RESULT, start, figure.end(), start, party=party, subject="none", priority=4,
                  places=list(draft.places), place_ref=draft.place_ref, qualifiers=["mayoral"])
    extra.quantity = quantity
    return extra


def _ratio(view: SentenceView, m: re.Match[str], mayoral: list[Draft]) -> Draft:
    start = m.start("hedge") if m.group("hedge") else m.start("mult")
    if view.text[m.start()] != ",":
        start = m.start()
    draft = Draft(ClaimType.VOTE_RATIO, start, m.end(), start, subject="none", priority=4, qualifiers=["mayoral"])
    words = m.group("mult").lower().replace(" times", "").strip()
    value, _ = parse_number(words)
    hedge = hedge_of(m.group("hedge"))
    draft.quantity = Quantity(value=value, unit="ratio", hedge=hedge, text=m.group("mult")) if value else None
    other = view.party_at(m.start("other"), m.end("other") + 2)
    draft.other_party = other.text if other else m.group("other")
    before = [d for d in mayoral if d.end <= m.start() + 1]
    if before:
        draft.places, draft.place_ref, draft.party = before[-1].places, before[-1].place_ref, before[-1].party
    else:
        draft.place_ref = "there"
    found = _ROUND.search(view.text, m.end(), _clause_end(view, m.end()))
    draft.qualifiers.append("round2" if found and found.group("round").lower() not in ("first", "1st") else "round1")
    return draft
