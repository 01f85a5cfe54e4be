"""Vote claims: vote_share ("won 42.4% of the vote"), vote_share_change ("47.3% (up 9.1 points)", "went up
12 points"), national_projected_share and vote_ratio ("three times the Tory vote").

A share with its change in brackets ("was 47.3% (up 9.1 points)") makes ONE vote_share_change claim: the
quantity is the change (points) and the level rides along as the qualifier "share:47.3".
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import hedge_of, parse_number, quantity_from
from factcheck.extract.patterns import (
    PERCENT_NEEDLES as _PERCENTISH,
)
from factcheck.extract.patterns import (
    RGX_DIGITS,
    RGX_NUMBER,
    RGX_NUMBER_WORDS,
    RGX_PERCENT_SIGN,
    RGX_POINTS_WORD,
    RGX_YEAR,
    quantity,
)
from factcheck.model import ClaimType, Direction, Hedge, Quantity
from factcheck.regex_cache import lazy

# A party slot, checked against the mentions afterwards.
_PARTY_SLOT = r"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
# "(up 9.1 points)", "(+3)", "(down 2 points on 2014)".
RGX_CHANGE_IN_BRACKETS = (
    rf"\s*\(\s*(?P<cdir>up|down|\+|-)\s*(?P<chg>{RGX_DIGITS})\s*(?P<cunit>{RGX_POINTS_WORD}|%)?"
    rf"(?:\s+(?:on|from|since|compared\s+(?:with|to))\s+(?P<cyear>{RGX_YEAR}|last\s+time))?\s*\)"
)
# "of the vote", "share of the vote", "vote share".
RGX_OF_THE_VOTE = (
    r"(?:(?:share\s+)?of\s+the\s+(?:popular\s+|national\s+|total\s+|overall\s+|first[\s-]preference\s+)?"
    r"(?:votes?|ballots?|poll)|(?:vote\s+)?share(?:\s+of\s+the\s+(?:popular\s+|national\s+)?vote)?"
    r"|of\s+(?:all\s+)?votes(?:\s+cast)?)"
)
# "vote share in Wirral was": where the share was won, between the noun and its verb.
RGX_SHARE_WHERE = (
    r"(?:\s+(?P<there>there)|\s+(?:in|across|throughout|on|at)\s+(?P<where>(?:the\s+)?[A-Z][^,;:.()%]{0,60}?))?"
)
# "won 38.6% of the vote", "had a projected 31% share".
SHARE_WON = lazy(
    rf"\b(?P<verb>won|win(?:ning|s)?|got|get(?:ting|s)?|took|tak(?:e|es|ing)|secur\w*|poll(?:ed|ing|s)?|receiv\w*"
    rf"|attract\w*|had|ha(?:s|ve)|achiev\w*|scor\w*|record\w*|garner\w*|on|with)\s+(?:(?:a|an)\s+)?"
    rf"(?P<proj>projected\s+(?:national\s+)?|estimated\s+|national\s+(?:equivalent\s+)?)?{quantity()}{RGX_PERCENT_SIGN}"
    rf"\s*(?P<of>{RGX_OF_THE_VOTE})",
    re.I,
)
# "secured 35% in Hillingdon", "polled 41 per cent across the borough": a share with no "of the vote", where a
# place or the end of the clause follows (not "35% of the seats", "a 35% turnout").
SHARE_WON_BARE = lazy(
    rf"\b(?P<verb>won|polled|secured|took|got|received|scored|attracted|garnered|picked\s+up)\s+(?:just\s+|only\s+)?"
    rf"{quantity()}{RGX_PERCENT_SIGN}(?=\s*(?:[,;.)]|$)|\s+(?:in|across|throughout|there)\b(?!\s+(?:the\s+)?(?:seats?|wards?))"
    rf"|\s+to\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?'s?\s+\d)",  # "took 37% to Labour's 35%"
    re.I,
)
# "won just under half the vote", "took a third of the votes", "nearly two-thirds of the vote".
SHARE_FRACTION = lazy(
    r"\b(?P<verb>won|win(?:ning|s)?|polled|secured|took|tak(?:e|es|ing)|got|received|attracted|had)\s+"
    r"(?P<num_hedge>(?:just|well|comfortably)\s+(?:over|under|below|above)|almost|nearly|around|about|roughly"
    r"|more\s+than|less\s+than|over|under)?\s*(?P<num>half|(?:a|one|two)[\s-](?:third|quarter|fifth)s?"
    r"|three[\s-]quarters|two[\s-]fifths|three[\s-]fifths)\s+(?:of\s+)?(?:the|all)\s+(?:popular\s+)?votes?(?:\s+cast)?\b",
    re.I,
)
# "won the popular vote with 42.4%".
_POPULAR_HEAD = (r"\b(?P<verb>won|win(?:ning|s)?|topped|took)\s+the\s+(?:popular\s+|first[\s-]preference\s+)?"
                 r"(?:vote|poll)(?:\s+(?:here|there))?\s+with\s+")
SHARE_POPULAR = lazy(rf"{_POPULAR_HEAD}{quantity()}{RGX_PERCENT_SIGN}", re.I)
# "the Greens' vote share was 18.2% (up 4.4 points)", "projected national share of 35%".
_SHARE_IS_HEAD = (
    rf"\b(?P<proj>projected\s+national\s+|national\s+(?:equivalent\s+|projected\s+)?|projected\s+)?"
    rf"(?P<verb>vote\s+share|share\s+of\s+the\s+(?:popular\s+)?vote|share|vote){RGX_SHARE_WHERE}\s+(?P<how>was|is"
    rf"|stood\s+at|held\s+(?:up\s+|steady\s+|firm\s+)?at"
    rf"|came\s+in\s+at"
    rf"|reached|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to|slumped\s+to|of|at|hit|topped|passed|exceeded|surpassed"
    rf"|broke|increased\s+to|went\s+up\s+to"
    rf"|went\s+down\s+to|:"
    rf"|(?:rose|fell|climbed|dropped|slumped|slipped|increased|decreased|went\s+(?:up|down))\s+from\s+"
    rf"(?P<from>{RGX_DIGITS})\s*(?:%|per\s*cent)?\s+to)\s+"
)
SHARE_IS = lazy(rf"{_SHARE_IS_HEAD}{quantity()}{RGX_PERCENT_SIGN}(?:{RGX_CHANGE_IN_BRACKETS})?", re.I)
# A list item after a share: ", the Tories 36.8% (down 2 points)".
SHARE_LIST_ITEM = lazy(
    rf"\s*(?:,|;|\band\b|\bto\b)\s*(?:and\s+)?(?P<party>{_PARTY_SLOT})(?:'s?)?\s+(?:on\s+|with\s+)?"
    rf"(?P<num>{RGX_DIGITS}){RGX_PERCENT_SIGN}(?:{RGX_CHANGE_IN_BRACKETS})?"
)
# "their share rose 7 points", "vote share fell by 3 points".
_SHARE_CHANGE_HEAD = (
    rf"\b(?P<verb>vote\s+share|share\s+of\s+(?:the\s+)?(?:popular\s+)?vote|share){RGX_SHARE_WHERE}\s+(?:has\s+|had\s+)?"
    rf"(?P<how>went|go(?:es|ing)?|gone|rose|ris(?:e|es|ing|en)|fell|fall(?:s|ing|en)?|jumped|jump(?:s|ing)?|climbed"
    rf"|increased|increas(?:es|ing)|dropped|drop(?:s|ping)?|slumped|declined|decreased|was|is|moved)\s+"
)
SHARE_CHANGE = lazy(
    rf"{_SHARE_CHANGE_HEAD}(?P<dir>up|down)?\s*(?:by\s+)?{quantity()}(?P<unit>{RGX_POINTS_WORD}|{RGX_PERCENT_SIGN})",
    re.I,
)
# "adding 10.2 points from 2014", "up 4 points on last time".
SHARE_ADDING = lazy(
    rf"\b(?P<verb>add(?:ed|ing|s)?|gain(?:ed|ing|s)?|put(?:ting)?\s+on|puts\s+on|los(?:t|ing|es?)|shed(?:ding|s)?"
    rf"|dropp(?:ed|ing)|up|down|increas(?:ed|ing)\s+by|fell\s+by|rose\s+by)\s+{quantity()}{RGX_POINTS_WORD}"
    rf"(?:\s+(?:on|from|since|compared\s+(?:with|to))\s+(?P<year>{RGX_YEAR}|last\s+time|last\s+year))?",
    re.I,
)
# ", a rise of nine points on 2019", "a fall of 3.2 points": a share change said as a noun, after the share.
SHARE_NOMINAL = lazy(
    rf"\b(?P<verb>(?:a|an)\s+(?P<what>rise|increase|jump|gain|improvement|fall|drop|decline|dip|loss|decrease))"
    rf"\s+of\s+{quantity()}{RGX_POINTS_WORD}"
    rf"(?:\s+(?:on|from|since|compared\s+(?:with|to))\s+(?P<year>{RGX_YEAR}|last\s+time|last\s+year))?",
    re.I,
)
# "projected national share of 35%", "a national equivalent vote of 29%".
SHARE_NATIONAL = lazy(
    rf"\b(?P<verb>projected\s+national\s+(?:vote\s+)?share|projected\s+share\s+of\s+the\s+national\s+vote"
    rf"|national\s+equivalent\s+(?:vote(?:\s+share)?|share)"
    rf"|PNS|NEV)\s*(?:\(\w+\)\s*)?(?:of|was|is|at|stood\s+at|on|:)?\s*(?:(?:just|only|around|about)\s+)?"
    rf"(?P<num>{RGX_DIGITS}){RGX_PERCENT_SIGN}",
    re.I,
)
# "won three times the Tory vote in A and B", "got twice as many votes as the Greens".
RATIO = lazy(
    rf"\b(?P<verb>won|got|polled|took|received|secured|had|win(?:ning)?|gett?ing)\s+(?:(?P<hedge>around|about|almost"
    rf"|nearly|over|more\s+than|roughly|well\s+over|just\s+over|just\s+under|under|less\s+than)\s+)?(?P<mult>(?:{RGX_NUMBER_WORDS}|{RGX_DIGITS})\s+times|twice|double|treble|triple"
    rf"|half)\s+(?:(?:as\s+many\s+votes\s+as|the\s+(?:number\s+of\s+)?votes?\s+of)\s+(?P<other>{_PARTY_SLOT})"
    rf"|the\s+(?P<other2>{_PARTY_SLOT})(?:'s)?\s+(?:vote|tally|total|share))"
)
# "outpolled Labour almost four to one", "outvoted the Tories by three to one".
RATIO_TO_ONE = lazy(
    rf"\b(?P<verb>out-?polled|out-?voted|outpolling|outvoting)\s+(?P<other>(?-i:{_PARTY_SLOT}))\s+(?:by\s+)?"
    rf"(?:(?P<hedge>almost|nearly|about|around|roughly|more\s+than|over|well\s+over)\s+)?"
    rf"(?P<mult>{RGX_NUMBER_WORDS}|\d{{1,2}})\s*(?:to|-|:)\s*(?:one|1)\b",
    re.I,
)
_IN_PLACE = lazy(r"\s+(?:in|across|throughout|on|at)\s+(?=(?:the\s+)?[A-Z])")
_ACROSS_COUNCIL = lazy(r"\s+(?:in|across|throughout)\s+the\s+(?:borough|city|district|county|council|authority)\b",
                       re.I)
_RATIO_TAIL = lazy(r"\s+(?:in|across)\s+(?=(?:the\s+)?[A-Z])")
_MAYORAL_AFTER = lazy(r"\s+(?:metro\s+)?mayor(?:al|alty)?\b", re.I)
# "for each voter won over from Labour, the Greens lost three to independents".
FOR_EVERY = lazy(
    rf"\b(?P<verb>[Ff]or\s+every)\s+(?:(?P<p1>{_PARTY_SLOT})\s+)?(?:voters?|votes?)\s+(?:they|it|we)?\s*(?:'ve\s+|have\s+)?"
    rf"(?P<v1>gained|won|lost|attracted|picked\s+up)(?:\s+from\s+(?P<p2>{_PARTY_SLOT}))?[,\s]+"
    rf"(?:(?:they|it|we|{_PARTY_SLOT})(?:'ve|\s+have|\s+has)?\s+)?(?P<v2>lost|gained|won|shed|lose|gain)\s+(?P<num>{RGX_NUMBER})"
)
# Gates: parts every match of the patterns above contains, cheap to compile, so a sentence without one never
# compiles the whole pattern.
_SHARE_WON_GATE = lazy(rf"{RGX_PERCENT_SIGN}\s*(?P<of>{RGX_OF_THE_VOTE})", re.I)
_POPULAR_GATE = lazy(_POPULAR_HEAD, re.I)
_SHARE_IS_GATE = lazy(_SHARE_IS_HEAD, re.I)
_SHARE_CHANGE_GATE = lazy(_SHARE_CHANGE_HEAD, re.I)
_POINTS_GATE = lazy(RGX_POINTS_WORD, re.I)
_RATIO_GATE = lazy("times|twice|double|treble|triple|half")
_PLACE_AFTER_COMMA = lazy(r"\s*,?\s+(?:in|across|on)\s+")
_LEVEL_AFTER = lazy(rf"\s*,?\s+to\s+(?P<num>{RGX_DIGITS})\s*(?:%|per\s?cent\b)")
_PASSED = frozenset({"topped", "passed", "exceeded", "surpassed", "broke"})  # a share said to go past a figure
_POSSESSIVE_BEFORE = lazy(r"(?P<own>\b(?:its|their|our|his|her)\s+|'s?\s+)(?:(?:\w+\s+){0,2})$", re.I)

# The family runs only on a sentence holding one of these (every pattern's needles contains one of them).
CUES = (*_PERCENTISH, "half", "third", "quarter", "fifth", "share", "point", "pts", "pp", "national", "pns",
        "nev", "times", "twice", "double", "treble", "triple", "outpoll", "outvot", "out-poll", "out-vot", "for every")


def find(view: SentenceView) -> list[Draft]:
    """Every vote claim in a sentence."""
    drafts: list[Draft] = []
    for m in view.scan(SHARE_WON, *_PERCENTISH, gate=_SHARE_WON_GATE):
        kind = ClaimType.NATIONAL_PROJECTED_SHARE if m.group("proj") else ClaimType.VOTE_SHARE
        draft = _draft(kind, m, view, priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "percent", _number_text(view, m))
        draft.keep_modal = bool(m.group("proj"))
        drafts.append(_where(view, draft))
        drafts.extend(_share_list(view, draft.end, draft))  # "took 37% to Labour's 35%"
    for m in view.scan(SHARE_WON_BARE, *_PERCENTISH):
        draft = _draft(ClaimType.VOTE_SHARE, m, view, priority=1)
        draft.quantity = quantity_from(m.groupdict(), "num", "percent", _number_text(view, m))
        drafts.append(_where(view, draft))
        drafts.extend(_share_list(view, draft.end, draft))
    for m in view.scan(SHARE_FRACTION, "half", "third", "quarter", "fifth"):
        drafts.append(_fraction_share(view, m))
    for m in view.scan(SHARE_POPULAR, *_PERCENTISH, gate=_POPULAR_GATE):
        draft = _draft(ClaimType.VOTE_SHARE, m, view, priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "percent", _number_text(view, m))
        drafts.append(_where(view, draft))
    for m in view.scan(SHARE_IS, *_PERCENTISH, gate=_SHARE_IS_GATE):
        draft = _where(view, _share_is(view, m), m)
        drafts.append(draft)
        drafts.extend(_share_list(view, draft.end))
    for m in view.scan(SHARE_CHANGE, "share", gate=_SHARE_CHANGE_GATE):
        draft = _draft(ClaimType.VOTE_SHARE_CHANGE, m, view, priority=2)
        unit = "points" if "%" not in m.group("unit") and "cent" not in m.group("unit").lower() else "percent"
        draft.quantity = quantity_from(m.groupdict(), "num", unit, _number_text(view, m))
        how = (m.group("dir") or m.group("how")).lower()
        draft.direction = Direction.DOWN if re.match(r"down|fell|fall|drop|slump|declin|decreas", how) else Direction.UP
        _owner(view, draft, m.start())
        drafts.append(_where(view, draft, m))
        level = _LEVEL_AFTER.match(view.text, m.end())
        if level is not None and unit == "points":  # "rose by six points, to 45%": the share it reached
            reached = Draft(ClaimType.VOTE_SHARE, level.start("num"), level.end(), level.start("num"),
                            party=draft.party, places=list(draft.places), place_ref=draft.place_ref, priority=2)
            value, decimals = parse_number(level.group("num"))
            reached.quantity = Quantity(value=value, unit="percent", decimals=decimals, text=level.group("num") + "%")
            place = _PLACE_AFTER_COMMA.match(view.text, level.end())
            items, _ = view.place_list(place.end(), lead_in=False) if place and not draft.places else ([], 0)
            if items:  # "rose by six points, to 45%, in Sunderland": the place of both
                draft.places = reached.places = [p.text for p in items]
            drafts.append(reached)
    for m in view.scan(SHARE_ADDING, "point", "pts", "pp", gate=_POINTS_GATE):
        draft = _draft(ClaimType.VOTE_SHARE_CHANGE, m, view, priority=1)
        draft.quantity = quantity_from(m.groupdict(), "num", "points", _number_text(view, m))
        verb = m.group("verb").lower()
        draft.direction = Direction.DOWN if re.match(r"los|shed|drop|down|fell", verb) else Direction.UP
        draft.baseline = m.group("year")
        drafts.append(draft)
    for m in view.scan(SHARE_NOMINAL, "point", "pts", gate=_POINTS_GATE):
        draft = _draft(ClaimType.VOTE_SHARE_CHANGE, m, view, priority=1)
        draft.quantity = quantity_from(m.groupdict(), "num", "points", _number_text(view, m))
        down = m.group("what").lower() in ("fall", "drop", "decline", "dip", "loss", "decrease")
        draft.direction = Direction.DOWN if down else Direction.UP
        draft.baseline = m.group("year") if m.group("year") and m.group("year")[0].isdigit() else None
        draft.subject, draft.place_ref = "previous", "previous"  # the share just before it
        drafts.append(draft)
    for m in view.scan(SHARE_NATIONAL, "national", "pns", "nev"):
        draft = _draft(ClaimType.NATIONAL_PROJECTED_SHARE, m, view, priority=3)
        value, decimals = parse_number(m.group("num"))
        if value is not None:
            draft.quantity = Quantity(value=value, unit="percent", decimals=decimals, text=m.group("num") + "%")
        draft.keep_modal = True
        drafts.append(draft)
    for m in view.scan(RATIO, "times", "twice", "double", "treble", "triple", "half", gate=_RATIO_GATE):
        drafts.append(_ratio(view, m))
    for m in view.scan(RATIO_TO_ONE, "outpoll", "outvot", "out-poll", "out-vot"):
        draft = _draft(ClaimType.VOTE_RATIO, m, view, priority=3)
        value, _ = parse_number(m.group("mult"))
        if value is not None:
            draft.quantity = Quantity(value=value, unit="ratio", hedge=hedge_of(m.group("hedge")),
                                      text=view.text[m.start("mult"):m.end()])
        other = view.party_at(m.start("other"), m.end("other"))
        draft.other_party = other.text if other else None
        drafts.append(_where(view, draft))
    for m in view.scan(FOR_EVERY, "for every"):
        draft = _draft(ClaimType.VOTE_RATIO, m, view, priority=3)
        value, _ = parse_number(m.group("num"))
        draft.quantity = Quantity(value=value, unit="ratio", text=m.group("num")) if value is not None else None
        party = view.party_at(m.start("p1"), m.end("p1")) if m.group("p1") else None
        other = view.party_at(m.start("p2"), m.end("p2")) if m.group("p2") else None
        draft.party = party.text if party else None
        draft.other_party = other.text if other else None
        draft.qualifiers.append("per_voter")
        drafts.append(draft)
    return drafts


def _fraction_share(view: SentenceView, m: re.Match[str]) -> Draft:
    """ "just under half the vote": a share in percent, about as precise as the fraction (hedged "around" when
    the words give no hedge of their own)."""
    draft = _draft(ClaimType.VOTE_SHARE, m, view, priority=2)
    fraction, _ = parse_number(m.group("num").replace("-", " "))
    if fraction is not None:
        hedge = hedge_of(m.group("num_hedge")) if m.group("num_hedge") else Hedge.AROUND
        draft.quantity = Quantity(value=round(100 * fraction, 1), unit="percent", hedge=hedge,
                                  text=view.text[m.end("verb"):m.end()].strip())
    return _where(view, draft)


def _draft(kind: ClaimType, m: re.Match[str], view: SentenceView, priority: int) -> Draft:
    return Draft(kind, m.start(), m.end(), m.start("verb"), priority=priority)


def _where(view: SentenceView, draft: Draft, m: re.Match[str] | None = None) -> Draft:
    """The places a share was won in: "vote share in Wirral was 42%", "took 38% of the vote in Hull"."""
    if m is not None and m.group("there"):  # "Labour's share there was 45%": the place named last
        draft.place_ref = "there"
        return draft
    if m is not None and m.group("where"):
        place = view.place_at(m.start("where"))
        if place is not None and place.end <= m.end("where"):
            draft.places = [place.text]
            return draft
    tail = _IN_PLACE.match(view.text, draft.end)
    if tail:
        items, end = view.place_list(tail.end(), lead_in=False)
        if items:
            draft.places, draft.end = [p.text for p in items], end
        return draft
    council = _ACROSS_COUNCIL.match(view.text, draft.end)
    if council:  # "across the borough": the place named last
        draft.place_ref, draft.end = "council", council.end()
    return draft


def _number_text(view: SentenceView, m: re.Match[str]) -> str:
    starts = [m.start(g) for g in ("num_vague", "num_hedge", "num_low", "num") if m.group(g)]
    return view.text[min(starts):m.end()].strip() if starts else m.group()


def _share_is(view: SentenceView, m: re.Match[str]) -> Draft:
    national = bool(m.group("proj"))
    draft = _draft(ClaimType.VOTE_SHARE, m, view, priority=3)
    share = quantity_from(m.groupdict(), "num", "percent", _number_text(view, m))
    if national:
        draft.type, draft.keep_modal = ClaimType.NATIONAL_PROJECTED_SHARE, True
    how = m.group("how").lower()
    if how.startswith(("rose", "climbed", "increased", "went up")):
        draft.direction = Direction.UP
    elif how.startswith(("fell", "dropped", "slumped", "went down")):
        draft.direction = Direction.DOWN
    elif how in _PASSED and share is not None and share.hedge == Hedge.NONE:  # "topped 55%": more than 55%
        share = replace(share, hedge=Hedge.OVER)
    _owner(view, draft, m.start())
    _apply_change(m, draft, share)
    return draft


def _apply_change(m: re.Match[str], draft: Draft, share: Quantity | None) -> None:
    """Turn a share with "(up 9.1 points)" into one vote_share_change claim carrying the level."""
    if not m.group("chg"):
        draft.quantity = share
        return
    value, decimals = parse_number(m.group("chg"))
    draft.type = ClaimType.VOTE_SHARE_CHANGE if draft.type == ClaimType.VOTE_SHARE else draft.type
    draft.direction = Direction.DOWN if m.group("cdir").lower() in ("down", "-") else Direction.UP
    unit = "percent" if (m.group("cunit") or "").strip() == "%" else "points"
    draft.quantity = Quantity(value=value, unit=unit, decimals=decimals, text=m.group("chg"))
    draft.baseline = m.group("cyear")
    if share is not None and share.value is not None:
        draft.qualifiers.append(f"share:{share.value:.{share.decimals}f}")


def _share_list(view: SentenceView, pos: int, first: Draft | None = None) -> list[Draft]:
    """ ", the Tories 36.8% (down 2 points)": one more claim per party listed after a share (the `first`, whose
    place, when said only after the list, is theirs too: "took 37% to Labour's 35% in Swindon")."""
    drafts: list[Draft] = []
    while True:
        m = SHARE_LIST_ITEM.match(view.text, pos)
        if not m:
            if drafts and first is not None and not first.places and not first.place_ref:
                _where(view, drafts[-1])
                for draft in (first, *drafts[:-1]):
                    draft.places = list(drafts[-1].places)
            return drafts
        party = view.party_at(m.start("party"), m.end("party") + 2)
        if party is None:
            return drafts
        draft = Draft(ClaimType.VOTE_SHARE, party.start, m.end(), party.start, party=party.text, priority=3)
        value, decimals = parse_number(m.group("num"))
        share = Quantity(value=value, unit="percent", decimals=decimals, text=m.group("num") + "%")
        _apply_change(m, draft, share)
        drafts.append(draft)
        pos = m.end()


def _owner(view: SentenceView, draft: Draft, start: int) -> None:
    """ "Labour's vote share" / "its share": the party owns the share (pronouns are left to context)."""
    head = view.text[max(0, start - 40):start]
    owner = _POSSESSIVE_BEFORE.search(head)
    if not owner:
        adjective = next((p for p in reversed(view.parties) if p.end <= start), None)
        if adjective is not None and not view.text[adjective.end:start].strip():  # "the Conservative share"
            draft.party, draft.start = adjective.text, adjective.start
            return
        draft.subject = "none"
        return
    if owner.group("own").startswith("'"):
        end = start - len(head) + owner.start()
        party = next((p for p in reversed(view.parties) if p.end == end), None)
        if party is not None:
            draft.party, draft.start = party.text, party.start
            return
        draft.subject = "none"
        return
    draft.verb = start - len(head) + owner.start()  # "its share": the pronoun is the subject
    draft.start = draft.verb
    if owner.group("own").strip().lower() in ("its", "their") and view.nearest_party_before(draft.verb) is None:
        draft.subject = "pronoun"  # "Their vote share rose": the party the sentence before was about


def _ratio(view: SentenceView, m: re.Match[str]) -> Draft:
    draft = _draft(ClaimType.VOTE_RATIO, m, view, priority=3)
    mult = m.group("mult").lower()
    words = mult.replace(" times", "").strip()
    value, _ = parse_number(words if words not in ("twice", "double", "half", "treble", "triple") else words)
    draft.quantity = Quantity(value=value, unit="ratio", hedge=hedge_of(m.group("hedge")),
                              text=m.group("mult")) if value is not None else None
    slot = "other" if m.group("other") else "other2"
    other = view.party_at(m.start(slot), m.end(slot))
    draft.other_party = other.text if other else None
    tail = _RATIO_TAIL.match(view.text, m.end())
    if tail:
        items, end = view.place_list(tail.end(), lead_in=False)
        if items:
            draft.places, draft.end = [p.text for p in items], end
    mayoral = _MAYORAL_AFTER.match(view.text, draft.end)
    if mayoral:
        draft.qualifiers.append("mayoral")
        rest = re.match(r"[\w\s]*?(?=[.,;:]|$)", view.text[mayoral.end():])
        draft.end = mayoral.end() + (len(rest.group()) if rest else 0)
    return draft

