"""Claims about history: historical_first ("for the first time since 2004", "has always been Tory", "took over
the council in 2008"), and "The exception is Barnet", which repeats the previous claim's frame."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import hedge_of, parse_number
from factcheck.extract.patterns import RGX_COUNCIL_REF, RGX_NUMBER, RGX_PLACE_OBJECT_LEAD, RGX_YEAR
from factcheck.model import ClaimType, Direction, Hedge, Quantity
from factcheck.regex_cache import lazy

# "for the first time since 2004", "for the first time in 20 years", "for the first time ever".
FIRST_SINCE = lazy(
    rf"\b(?P<verb>for\s+the\s+first\s+time)(?:\s+(?:(?:since|in)\s+(?:(?P<year>{RGX_YEAR})|(?:(?P<hedge>almost|nearly|over|more\s+than|around|about|some)\s+)?(?P<num>{RGX_NUMBER})\s+"
    rf"(?P<span>years|decades)|a\s+(?P<vague>generation|decade|century)|(?P<creation>(?:its|the\s+(?:\w+\s+)?\w+['\u2019]s)\s+"
    rf"(?:creation|formation|inception)(?:\s+in\s+{RGX_YEAR})?))|ever\b|in\s+(?:its\s+|their\s+)?history)"
    rf"|(?P<bare>(?=\s*(?:[.,;:!?)]|$))))",  # "won control for the first time.": ever, if it is about control
    re.I,
)
# Words that say what happened for the first time; the claim starts at the nearest one before it.
_EVENT_BEFORE = lazy(
    r"\b(?:secur(?:ed|ing|es?)|becam\w*|becom\w*|won|winning|took|taking|(?:re)?gain(?:ed|ing)|retook|recaptur(?:ed|ing)"
    r"|los(?:t|ing)|held|holding"
    r"|seiz(?:ed|ing)|captur(?:ed|ing)|elected|returned|topped|emerged|went|voted|turned|fell|pass(?:ed|es))\b",
    re.I,
)
_PLACE_OBJECT_LEAD = lazy(RGX_PLACE_OBJECT_LEAD, re.I)
_COUNCIL_REF = lazy(RGX_COUNCIL_REF, re.I)
# "which has always been Tory", "has always voted Labour".
ALWAYS_BEEN = lazy(
    r"\b(?P<verb>(?:has|have|had)\s+always\s+(?:been|voted|gone|backed|returned|elected))\s+(?:a\s+)?"
    r"(?P<party>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?!')"
    r"(?P<noun>\s+(?:council|seat|stronghold|area|territory|borough|heartland|controlled|run|majority))?"
    r"\s*(?=[,.;:)!?-]|$|\s+(?:and|but|since|until|ever|territory)\b)"
)
# "has never had a Labour council", "has never voted Tory".
NEVER_BEEN = lazy(
    r"\b(?P<verb>(?:has|have|had)\s+never\s+(?:been|voted|had|elected|returned))\s+(?:an?\s+)?"
    r"(?:(?:majority|overall|outright)\s+)?(?P<party>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?!')(?:\s+(?:council|seat|majority|administration|councillors?))?\b"
)
# "took over the council in 2008", "has run Hull since 2011".
TOOK_OVER = lazy(
    rf"\b(?P<verb>took\s+over|took\s+control\s+of|won\s+control\s+of|gained\s+control\s+of|seized\s+control\s+of"
    rf"|ha(?:s|ve|d)\s+(?:run|controlled|held|led)|ran|controlled|led)\s+(?P<what>the\s+council|(?:the\s+)?[A-Z][\w-]*"
    rf"(?:\s+[A-Z][\w-]*){{0,3}})\s+(?P<prep>in|since|from)\s+(?P<year>{RGX_YEAR})\b"
)
# "a council the Tories had run for twenty years", "which Labour has controlled for 40 years".
RAN_FOR = lazy(
    rf"\b(?P<what>council|authority|borough|which|that)\s+(?P<party>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+"
    rf"(?P<verb>ha(?:d|s|ve)\s+(?:run|controlled|held|led|dominated))\s+(?:it\s+)?for\s+(?:(?P<hedge>almost|nearly|over"
    rf"|more\s+than|around|about|some)\s+)?(?P<num>{RGX_NUMBER})\s+(?P<span>years|decades)\b"
)
_SPAN_FOR = (
    rf"for\s+(?:(?P<hedge>almost|nearly|over|more\s+than|around|about|some)\s+)?(?:(?P<num>{RGX_NUMBER})\s+"
    rf"(?P<span>years|decades)|(?:a|one)\s+(?P<vague>century|decade|generation))\b"
)
# "had run the council for a century", "has controlled Hull for 40 years".
HAD_RUN_FOR = lazy(
    rf"\b(?P<verb>ha(?:d|s|ve)\s+(?:run|controlled|held|led|dominated))\s+(?P<what>the\s+council|it"
    rf"|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+{_SPAN_FOR}"
)
# "Durham, a council it had run for a century": the pronoun is the party the sentence is about.
RAN_FOR_PRONOUN = lazy(
    rf"\b(?:council|authority|borough|which|that)\s+(?P<verb>(?:it|they)\s+(?P<have>ha(?:d|s|ve))\s+(?:run|controlled|held"
    rf"|led|dominated))\s+(?:it\s+)?{_SPAN_FOR}"
)
# "Hertsmere, a council they had controlled without a break since 1999", "which Labour has run since 2011".
_SINCE_WHEN = (rf"(?:ever\s+)?since\s+(?:(?P<year>{RGX_YEAR})|(?:its|the\s+council's)\s+(?:creation|formation)"
               rf"(?:\s+in\s+{RGX_YEAR})?|it\s+was\s+(?:created|formed)(?:\s+in\s+{RGX_YEAR})?)")
RAN_SINCE = lazy(
    rf"\b(?:council|authority|borough|which|that)\s+(?P<verb>(?:(?P<pronoun>it|they)|(?P<party>(?:the\s+)?[A-Z][\w'-]*"
    rf"(?:\s+[A-Z][\w'-]*)?))\s+(?P<have>ha(?:d|s|ve))\s+(?:run|controlled|held|led|dominated))\s+(?:it\s+)?"
    rf"(?:(?:without\s+a\s+break|continuously|uninterruptedly|unbroken)\s+)?{_SINCE_WHEN}\b"
)
# "its first majority there for twenty years", "their first win in Crawley for a decade".
FIRST_FOR = lazy(
    rf"\b(?P<verb>first)\s+(?P<what>(?:overall\s+)?majority|win|victory|seats?|councillors?|control|gain)"
    rf"(?P<mid>(?:\s+(?:there|on\s+the\s+council|(?:in|on|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})))?"
    rf"\s+(?:{_SPAN_FOR}|in\s+(?P<num2>{RGX_NUMBER})\s+(?P<span2>years|decades))",
    re.I,
)
# "gave the Tories their first majority there since 2011", "Labour's first council win since 1998".
FIRST_SINCE_YEAR = lazy(
    rf"\b(?P<verb>(?:its|their|our|his|her|the\s+party's)\s+first)\s+(?:overall\s+|outright\s+)?"
    rf"(?P<what>majority|(?:council\s+)?win|victory|control)(?P<mid>\s+(?:there|on\s+the\s+council"
    rf"|(?:in|on|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))?\s+since\s+(?P<year>{RGX_YEAR})\b",
    re.I,
)
# "The district has been run by the Greens since 2011".
RUN_BY_SINCE = lazy(
    rf"\b(?P<verb>ha(?:s|ve|d)\s+been\s+(?:run|controlled|held|led)\s+by)\s+(?:the\s+)?"
    rf"(?P<party>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+since\s+(?P<year>{RGX_YEAR})\b"
)
# "Hounslow has been Labour-run since its creation in 1974", "a Tory-held council since 2003".
PARTY_RUN_SINCE = lazy(
    rf"\b(?P<verb>ha(?:s|ve|d)\s+been\s+(?:an?\s+)?(?P<party>[A-Z][\w']*(?:\s+[A-Z][\w']*)?)[-\s]"
    rf"(?:run|controlled|led|held)(?:\s+(?:council|authority|borough|district))?)\s+{_SINCE_WHEN}\b"
)
_SPAN_OF_TIME = (
    rf"(?:(?:over|more\s+than|almost|nearly|some|around|about)\s+)?(?:(?:\d+|{RGX_NUMBER})\s+(?:years|decades)"
    rf"|a\s+(?:quarter\s+of\s+a\s+century|century|decade|generation)|{RGX_YEAR})"
)
# A record over time, which the reference data cannot rank: "the biggest gains by an opposition party for 25 years",
# "their fewest councils for three decades", "the best ever results", "record numbers", "a historic fourth
# term", "won more seats than any other party for 20 years".
RECORD = lazy(
    rf"\b(?P<verb>(?:biggest|largest|highest|lowest|best|worst|fewest|smallest|greatest|heaviest|most)\b"
    rf"(?:[^.;:!?\n]{{0,40}}?\bever\b(?:\s+(?:at|with|on)\s+\d+(?:,\d{{3}})*)?|[^.;:!?\n]{{0,90}}?\b(?:for|in|since)\s+{_SPAN_OF_TIME}\b|[^.;:!?\n]{{0,60}}?\bon\s+record\b)"
    rf"|record\s+(?:(?:numbers?|highs?|lows?|haul|tally|gains?|losses|results?|shares?)\b(?:\s+of\s+\d+(?:,\d{{3}})*)?"
    rf"|\d+(?:,\d{{3}})*\b)"
    rf"|(?:first|second|third|fourth|fifth)[-\s]ever\b(?:\s+\w+){{0,3}}"
    rf"|historic\s+(?:second|third|fourth|fifth)\s+term\b"
    rf"|more\s+\w+\s+than\s+any\s+other\b[^.;:!?\n]{{0,40}}?\b(?:for|in|since)\s+{_SPAN_OF_TIME}\b)",
    re.I,
)
# "their first ever majority council", "took control of an authority for the first time": none before, anywhere.
FIRST_COUNCIL = lazy(r"\bfirst(?:[-\s]ever)?\s+(?:majority\s+)?(?:council|authority)\b", re.I)
FIRST_COUNCIL_WON = lazy(r"\b(?P<verb>(?:won|taken|took|gained|win|take)\s+(?:(?:majority|overall|outright)\s+)?"
                         r"control)\s+of\s+an?\s+(?:council|(?:local\s+)?authority)\s+for\s+the\s+first\s+time\b", re.I)
_VAGUE_YEARS = {"century": 100.0, "decade": 10.0}
# "The exception is Barnet": the previous claim, in another place, does not hold there.
EXCEPTION = lazy(
    r"^\W*(?:(?:But|And|However),?\s+)?(?:the|one|a\s+notable|the\s+only|the\s+big|the\s+main)\s+"
    r"(?P<verb>exceptions?)\s+(?:is|was|being|came\s+in|were|:)\s+(?:in\s+)?(?=(?:the\s+)?[A-Z])",
    re.I,
)

# The family runs only on a sentence holding one of these (every pattern's needles contains one of them).
_RECORD_NEEDLES = ("ever", "record", "historic", "biggest", "largest", "highest", "lowest", "best", "worst", "fewest",
                   "smallest", "greatest", "heaviest", "most", "any other")
CUES = ("first", "always", "never", "in 1", "in 2", "since", "from", " for ", "exception", *_RECORD_NEEDLES)


def find(view: SentenceView) -> list[Draft]:
    """Every historical claim in a sentence, and the exception frame."""
    drafts: list[Draft] = []
    for m in view.scan(FIRST_SINCE, "first time"):
        drafts.append(_first_since(view, m))
    for m in view.scan(ALWAYS_BEEN, "always"):
        party = view.party_at(m.start("party"), m.end("party"))
        if party is None:
            continue
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), party=party.text,
                      subject="none", priority=2, qualifiers=["always"])
        _subject_place(view, draft)
        drafts.append(draft)
    for m in view.scan(NEVER_BEEN, "never"):
        party = view.party_at(m.start("party"), m.end("party"))
        if party is None:
            continue
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), party=party.text,
                      subject="none", priority=2, qualifiers=["never"])
        _subject_place(view, draft)
        drafts.append(draft)
    for m in view.scan(TOOK_OVER, "in 1", "in 2", "since", "from"):
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), priority=2)
        what = m.group("what")
        if what.lower() == "the council":
            draft.place_ref = "council"
        else:
            place = view.place_at(m.start("what"))
            if place is None:
                continue
            draft.places = [place.text]
        since = m.group("prep").lower() in ("since", "from")
        draft.baseline = m.group("year") if since else None
        draft.election_hint = None if since else m.group("year")
        draft.qualifiers.append("control_since" if since else "took_control")
        drafts.append(draft)
    for m in view.scan(RAN_FOR, " for "):
        party = view.party_at(m.start("party"), m.end("party"))
        value, _ = parse_number(m.group("num"))
        if party is None or value is None:
            continue
        years = value * (10 if m.group("span").lower() == "decades" else 1)
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start("party"), m.end(), m.start("verb"), party=party.text,
                      priority=2, qualifiers=["control_for"], place_ref="there")
        draft.quantity = Quantity(value=years, unit="years", hedge=hedge_of(m.group("hedge")),
                                  text=view.text[m.start("num"):m.end()])
        drafts.append(draft)
    for m in view.scan(HAD_RUN_FOR, " for "):
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), priority=2,
                      qualifiers=["control_for"])
        what = m.group("what")
        if what.lower() in ("the council", "it"):
            draft.place_ref = "council" if what.lower() == "the council" else "there"
        else:
            place = view.place_at(m.start("what"))
            if place is None:
                continue
            draft.places = [place.text]
        drafts.append(_with_years(draft, m, "num", "span"))
    for m in view.scan(RAN_FOR_PRONOUN, " for "):
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start("verb"), m.end(), m.start("have"), priority=2,
                      qualifiers=["control_for"], place_ref="there")
        drafts.append(_with_years(draft, m, "num", "span"))
    for m in view.scan(RAN_SINCE, "since"):
        party = view.party_at(m.start("party"), m.end("party")) if m.group("party") else None
        if m.group("party") and party is None:
            continue
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start("verb"), m.end(), m.start("have"), priority=2,
                      party=party.text if party else None, qualifiers=["control_since"], place_ref="there")
        draft.baseline = m.group("year")
        drafts.append(draft)
    for m in view.scan(FIRST_SINCE_YEAR, "first"):
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), priority=3,
                      direction=Direction.GAIN, qualifiers=["control"], place_ref="there")
        draft.baseline = m.group("year")
        place = view.place_at(m.start("mid") + m.group("mid").find(" ", 1) + 1) if m.group("mid") else None
        if place is not None:
            draft.places, draft.place_ref = [place.text], None
        drafts.append(draft)
    for m in view.scan(FIRST_FOR, "first"):
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), priority=3,
                      direction=Direction.GAIN)
        draft.qualifiers.append("control" if re.search(r"majority|control", m.group("what"), re.I) else "first")
        mid = (m.group("mid") or "").strip()
        if mid == "there":
            draft.place_ref = "there"
        elif mid:
            place = next((p for p in view.places if m.start("mid") < p.start < m.end("mid")), None)
            draft.places = [place.text] if place else []
            draft.place_ref = "council" if place is None else draft.place_ref
        in_years = bool(m.group("num2"))  # "in 12 years" rather than "for 12 years"
        drafts.append(_with_years(draft, m, "num2" if in_years else "num", "span2" if in_years else "span"))
    for m in view.scan(RUN_BY_SINCE, "since"):
        party = view.party_at(m.start("party"))  # "the Conservatives": the mention may take the article
        if party is None:
            continue
        council = _COUNCIL_REF.search(view.text, max(0, m.start() - 20), m.start())  # "The district has been run"
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), party=party.text,
                      subject="none", priority=2, qualifiers=["control_since"],
                      place_ref="council" if council else "there")
        draft.baseline = m.group("year")
        _subject_place(view, draft)
        drafts.append(draft)
    for m in view.scan(PARTY_RUN_SINCE, "since"):
        party = view.party_at(m.start("party"))  # "Labour-run": a compound the party names may not be read in
        draft = Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"),
                      party=party.text if party else m.group("party"),
                      subject="none", priority=2, qualifiers=["control_since"], place_ref="there")
        draft.baseline = m.group("year")
        _subject_place(view, draft)
        drafts.append(draft)
    for m in view.scan(RECORD, *_RECORD_NEEDLES):
        first_council = FIRST_COUNCIL.search(m.group())  # "their first ever majority council": any council
        drafts.append(Draft(ClaimType.HISTORICAL_FIRST, m.start(), m.end(), m.start("verb"), priority=1,
                            qualifiers=["record", "first_council"] if first_council else ["record"],
                            place_ref="none" if first_council else None))
    for m in view.scan(FIRST_COUNCIL_WON, "first time"):  # above "for the first time" read on its own
        drafts.append(Draft(ClaimType.HISTORICAL_FIRST, m.start("verb"), m.end(), m.start("verb"), priority=5,
                            qualifiers=["record", "first_council"], place_ref="none"))
    m = EXCEPTION.match(view.text)
    if m:
        place = view.place_at(m.end())
        if place is not None:
            drafts.append(Draft(ClaimType.SEAT_CHANGE, m.start("verb"), place.end, m.start("verb"),
                                places=[place.text], subject="none", priority=1, qualifiers=["exception"]))
    return drafts


def _with_years(draft: Draft, m: re.Match[str], num: str, span: str) -> Draft:
    """The years a "for N years" / "for a century" phrase gives ("a generation" is kept as a qualifier)."""
    vague = (m.group("vague") or "").lower() if num == "num" else ""
    value = None
    if m.group(num):
        value, _ = parse_number(m.group(num))
        if value is not None and m.group(span).lower() == "decades":
            value *= 10
    elif vague in _VAGUE_YEARS:  # "for a century": a round figure
        value = _VAGUE_YEARS[vague]
        draft.quantity = Quantity(value=value, unit="years", hedge=Hedge.AROUND, text=_phrase(m, num))
        return draft
    elif vague:
        draft.qualifiers.append(vague)
    if value is not None:
        draft.quantity = Quantity(value=value, unit="years", hedge=hedge_of(m.group("hedge") if num == "num" else None),
                                  text=_phrase(m, num))
    return draft


def _phrase(m: re.Match[str], num: str) -> str:
    return m.string[m.start(num) if m.group(num) else m.start("vague"):m.end()]


def _first_since(view: SentenceView, m: re.Match[str]) -> Draft:
    clause = view.clause_start(m.start())
    events = list(_EVENT_BEFORE.finditer(view.text, clause, m.start()))
    anchor = events[-1].start() if events else clause
    while anchor < m.start() and view.text[anchor] == " ":
        anchor += 1
    draft = Draft(ClaimType.HISTORICAL_FIRST, anchor, m.end(), anchor, priority=4)
    draft.baseline = m.group("year")
    if m.group("num"):
        value, _ = parse_number(m.group("num"))
        if value is not None:
            draft.quantity = Quantity(value=value, unit="years", hedge=hedge_of(m.group("hedge")), text=m.group())
    elif m.group("vague"):
        draft.qualifiers.append(m.group("vague").lower())
    event = view.text[clause:m.start()].lower()
    council = view.place_at(events[-1].end()) if events else None  # "Labour regained Medway for the first time"
    if council or re.search(r"control|\bhands\b|\b(?:run|led)\s+by\b|\bin\s+(?:charge|power|office)\b", event):
        draft.qualifiers.append("control")
    if m.group("bare") is not None:  # "for the first time" and nothing after: ever, said of control only
        draft.qualifiers.append("first_ever")
        if "control" not in draft.qualifiers:
            draft.qualifiers.append("unclear_first")
    if re.search(r"largest|biggest", event):
        draft.qualifiers.append("largest_party")
    if re.search(r"\blos[te]|\blosing", event):
        draft.direction = Direction.LOSS
    elif re.search(r"\b(?:won|win\w*|(?:re)?gain\w*|(?:re)?took|tak\w+|seiz\w+|(?:re)?captur\w+|secur\w+|becam\w*|went"
                   r"|voted|turned"
                   r"|pass(?:ed|es)\s+(?:in)?to)\b",
                   event):
        draft.direction = Direction.GAIN
    if re.search(r"\bour\s+position\b", event):
        draft.subject = "we"
    if _COUNCIL_REF.search(view.text, clause, m.start()):
        draft.place_ref = "council"
    draft.places = _object_places(view, anchor, m.start())
    return draft


def _object_places(view: SentenceView, start: int, end: int) -> list[str]:
    """ "lost control of Trafford", "won Thurrock", "the largest party in Bolton": places the event names."""
    for place in view.places:
        if start < place.start < end and not view.in_parentheses(place.start) and _PLACE_OBJECT_LEAD.search(
                view.text, max(start, place.start - 40), place.start):
            items, _ = view.place_list(place.start, lead_in=False)
            return [p.text for p in items if p.start < end]
    return []


def _subject_place(view: SentenceView, draft: Draft) -> None:
    """ "X, which has always been Tory": the place is the one just named."""
    places = view.places_before(draft.verb)
    if places:
        draft.places = [places[-1].text]
