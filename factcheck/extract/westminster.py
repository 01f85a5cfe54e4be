"""Westminster elections named in local-election commentary: a general election as a claim's subject ("won 310
seats at the 2015 general election"), as its comparison basis ("down three points on the 2017 general
election"), and parliamentary by-election results ("held the Ashby by-election by 2,000 votes").

Two entry points: `find` reads by-election results (a claim family, run with the others), and `mark` tags the
drafts of every family that a general-election phrase governs, so the judge routes them to Westminster results
(factcheck/judge/westminster.py) and never to local ones. Tags (claim qualifiers):

- `general_election`: the claim reports a general election's result; its election is `election_hint`
  ("the 2015 general election", "the last general election");
- `ge_baseline`: the claim's change is measured against a general election, named in `baseline`; a share the
  claim names for now rides along as `share_now:35`;
- `by_election`: a Westminster by-election result; the constituency as written is the claim's place.
"""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import parse_number, quantity_from
from factcheck.extract.patterns import RGX_PERCENT_SIGN, RGX_POINTS_WORD, quantity
from factcheck.model import BY_ELECTION, GE_BASELINE, GE_SUBJECT, SHARE_NOW, ClaimType, Direction, Quantity
from factcheck.regex_cache import lazy

CUES = ("by-election", "by election", "byelection", "general election", "general-election")

# "the 2017 general election", "2019's general election", "the general election of 2015", "GE2019",
# "the last general election".
_GE = lazy(
    r"\b(?:(?P<when>last|previous|most\s+recent|(?P<year>(?:19|20)\d\d)(?:'s|\u2019s)?)\s+)?general[\s-]+election"
    r"(?!s)(?:\s+(?:of|in)\s+(?P<year_after>(?:19|20)\d\d)\b)?|\bGE\s?(?P<ge_year>(?:19|20)\d\d)\b",
    re.I,
)
# The words before a general election that make it the basis of a change: "on", "since", "than at", "compared
# with", "from", "against", with an article or owner ("its", "Labour's").
_BASIS_BEFORE = lazy(
    r"\b(?:on|since|from|than(?:\s+(?:at|in))?|compared\s+(?:with|to)|(?:as\s+)?against|relative\s+to|versus|vs\.?"
    r"|down\s+on|up\s+on)\s+(?:(?:the|its|their|his|her|[A-Z][\w-]*(?:'s|\u2019s))\s+)?$",
    re.I,
)
# The words before a general election that make it the claim's own election: "at the", "in the", "in 2019's".
_SUBJECT_BEFORE = lazy(r"\b(?:at|in|during)\s+(?:the\s+)?$", re.I)
# An election still to come, or a hypothetical one: never a result.
_FUTURE_BEFORE = lazy(
    r"\b(?:next|forthcoming|upcoming|coming|future|snap|early|an?|any|another)\s+(?:\w+\s+)?$"
    r"|\b(?:would|will|could|might|should|need(?:ed|s)?|likely|unlikely|on\s+course|ahead\s+of|before"
    r"|until|if|for\s+a|portents?|projected\s+to|expect\w*|hope\w*|forecast\w*|predict\w*|be\s+borne)\b"
    r"[^.;:]*$",
    re.I,
)
_CLAUSE_BREAK = lazy(r";|:|\s-\s|\s\u2013\s|\bbut\b|\bwhile\b|\bwhereas\b|\bwhilst\b|\bthough\b|\(|\)", re.I)
_LEADING = lazy(r"^\s*(?:(?:but|and|yet|so)\s+)?$", re.I)
_CHANGE_TYPES = frozenset({ClaimType.VOTE_SHARE_CHANGE, ClaimType.SEAT_CHANGE})
_LEVEL_TYPES = frozenset({ClaimType.SEAT_COUNT, ClaimType.VOTE_SHARE, ClaimType.NATIONAL_PROJECTED_SHARE,
                          ClaimType.SEAT_CHANGE, ClaimType.VOTE_SHARE_CHANGE, ClaimType.RANKING,
                          ClaimType.COUNCIL_CONTROL})  # "lost Ashby at the 2019 general election": a constituency
_ANY_BASIS = lazy(r"\b(?:on|since|from|than|compared\s+(?:with|to)|against|relative\s+to|versus)\b", re.I)
# Another time than the general election's between a figure and the phrase: the figure is about that time.
_OTHER_TIME = lazy(r"\b(?:in\s+May|(?:this|last)\s+(?:year|week|month|May|time)|on\s+Thursday|yesterday|today|now"
                   r"|(?:19|20)\d\d)\b", re.I)
_DIRECTION_AFTER = lazy(r"\s+(?:(?P<down>lower|down|fewer|less|below|behind|worse)|higher|up|more|above|ahead"
                        r"|better)\b", re.I)
_BASIS_REACH = 160  # how far before a basis phrase its change figure may sit
_SUBJECT_REACH = 60  # how far before "at the 2015 general election" its result may end
_PERCENT = lazy(rf"(?<![\d.])(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?){RGX_PERCENT_SIGN}", re.I)
_OTHER_SUBJECT = lazy(r"\b(?:and|,)\s+(?:the\s+)?(?:turnout|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:was|were|had|took))\b")

# --- by-elections ------------------------------------------------------------------------------------------
_NAME = (r"(?P<name>(?-i:[A-Z][\w'\u2019.-]*(?:,?\s+(?:and\s+|upon\s+|on\s+|under\s+|with\s+|of\s+|the\s+)*"
         r"[A-Z][\w'\u2019.-]*){0,5}))")
_BY = r"(?:parliamentary\s+|westminster\s+|commons\s+)?by[\s-]?elections?"
_WIN_VERB = (r"(?P<verb>won|wins|took|takes|held|holds|kept|retained|gained|gains|captured|seized|snatched|took\s+back"
             r"|regained|(?P<lost>lost|loses|losing))")
# "won the Ashby by-election", "took the by-election in Ashby", "won Ashby in the by-election",
# "gained Ashby from the Tories at the by-election".
_BY_WIN = lazy(
    rf"\b{_WIN_VERB}\s+(?:the\s+)?(?:{_NAME}\s+{_BY}|{_BY}\s+in\s+{_NAME.replace('name', 'name2')}"
    rf"|{_NAME.replace('name', 'name3')}\s+(?:from\s+(?:the\s+)?[\w\s'-]{{2,30}}?\s+)?(?:in|at)\s+"
    rf"(?:the|a|last\s+\w+'s)\s+{_BY})",
    re.I,
)
# "In the Ashby by-election, ..." / "At the by-election in Ashby, ...": a leading clause naming the contest.
_BY_LEAD = lazy(rf"^\s*(?:In|At)\s+(?:the\s+|last\s+\w+'s\s+)?(?:{_NAME}\s+{_BY}|{_BY}\s+in\s+"
                rf"{_NAME.replace('name', 'name2')})\s*,", re.I)
# The figure after the win: "by 2,000 votes", "by 12 points", "with a majority of 2,000", "with 52% of the vote".
_BY_FIGURE = lazy(
    rf"\s*,?\s+(?:(?P<by>by)\s+(?:a\s+(?:majority|margin)\s+of\s+)?|with\s+(?:a\s+(?P<maj>majority|margin)\s+of\s+)?"
    rf"|on\s+)(?:{quantity()})(?P<unit>{RGX_PERCENT_SIGN}|{RGX_POINTS_WORD}|\s+votes?\b)?",
    re.I,
)
# "a majority of 2,000 in the Ashby by-election", "X's majority at the Ashby by-election was 2,000".
_BY_MAJORITY = lazy(
    rf"\b(?:an?\s+|(?:its|their|his|her)\s+|[A-Z][\w-]*(?:'s|\u2019s)\s+)(?:\w+\s+)?(?:majority|margin(?:\s+of\s+victory)?)"
    rf"\s+(?:of\s+(?:{quantity('n1')})(?:\s+votes?)?\s+)?(?:in|at)\s+(?:the\s+)?(?:{_NAME}\s+{_BY}"
    rf"|{_BY}\s+in\s+{_NAME.replace('name', 'name2')})(?:\s+(?:was|is)\s+(?:{quantity('n2')})(?:\s+votes?)?)?",
    re.I,
)
# "took 46% in the Ashby by-election": a share (or other level) said of a by-election named after it.
_IN_BY = lazy(rf"\s+(?:in|at)\s+(?:the\s+)?(?:{_NAME}\s+{_BY}|{_BY}\s+in\s+{_NAME.replace('name', 'name2')})", re.I)
# "won the by-election by 2,000 votes" naming no constituency: read only when the sentence says it is Westminster's.
_BY_UNNAMED = lazy(rf"\b{_WIN_VERB}\s+(?:the|this|last\s+\w+'s)\s+{_BY}\b(?!\s+in\s+[A-Z])", re.I)
_WESTMINSTER_CUE = lazy(r"\b(?:parliamentary|Westminster|Commons|MPs?|constituency)\b", re.I)
_WARD_AFTER = lazy(r"\s*(?:ward|division|parish)\b", re.I)
# "polled 9.7 million votes at the 2024 general election": no other family reads a general election's votes.
_GE_VOTES = lazy(
    rf"\b(?P<verb>won|took|polled|secured|got|received|attracted|gained)\s+{quantity()}(?P<million>\s+million)?"
    r"\s+votes(?=\s+(?:at|in)\s+(?P<election>(?:the\s+)?(?:(?:19|20)\d\d(?:'s)?\s+|last\s+|previous\s+)"
    r"general[\s-]+election))",
    re.I,
)
_NOT_CONSTITUENCY = frozenset({"the", "a", "this", "that", "last", "council", "local", "ward", "county", "parish"})


def find(view: SentenceView) -> list[Draft]:
    """Westminster by-election results (who won, by how much, with what share) and a general election's votes."""
    if not view.has_any(CUES):
        return []
    drafts: list[Draft] = [d for d in map(_ge_votes, view.scan(_GE_VOTES, "general election", "general-election"))
                           if d is not None]
    for m in view.scan(_BY_WIN, *CUES):
        name = m.group("name") or m.group("name2") or m.group("name3")
        if not _constituency(name) or _ward_contest(view, m.end()) or _WARD_AFTER.match(view.text, m.end()):
            continue
        drafts.append(_won(view, m, name))
    if not drafts and view.contains(_WESTMINSTER_CUE):
        for m in view.scan(_BY_UNNAMED, *CUES):  # the constituency comes from the text around
            drafts.append(_won(view, m, None))
    lead = next(iter(view.scan(_BY_LEAD, *CUES)), None)
    if lead and not drafts and _constituency(lead.group("name") or lead.group("name2")):
        drafts.extend(_after_lead(view, lead))
    for m in view.scan(_BY_MAJORITY, *CUES):
        name = m.group("name") or m.group("name2")
        number = "n1" if m.group("n1") else "n2" if m.group("n2") else None
        if not _constituency(name) or number is None or any(d.start <= m.start() < d.end for d in drafts):
            continue
        figure = quantity_from(m.groupdict(), number, "votes", m.group(number))
        if figure is None:
            continue
        drafts.append(Draft(ClaimType.RANKING, m.start(), m.end(), m.start(), places=[_clean(name)],
                            quantity=figure, qualifiers=[BY_ELECTION, "margin"], priority=6, keep_modal=False))
    return drafts


def _ge_votes(m: re.Match[str]) -> Draft | None:
    """ "won 13.9 million votes at the 2019 general election": the votes, tagged by `mark` with their election."""
    figure = quantity_from(m.groupdict(), "num", "votes", m.group().split(None, 1)[1].strip())
    if figure is None or figure.value is None:
        return None
    if m.group("million"):
        figure = Quantity(value=figure.value * 1_000_000, unit="votes", hedge=figure.hedge, decimals=figure.decimals,
                          text=figure.text)
    election = re.sub(r"(?:'s|\u2019s)\b", "", m.group("election"))
    return Draft(ClaimType.VOTE_SHARE, m.start(), m.end(), m.start("verb"), quantity=figure, priority=5,
                 qualifiers=[GE_SUBJECT], election_hint=election if election.startswith("the") else f"the {election}")


def _constituency(name: str | None) -> bool:
    return bool(name) and name.split()[0].lower() not in _NOT_CONSTITUENCY


def _clean(name: str) -> str:
    return name.strip().rstrip(",.").replace("\u2019", "'")


def _ward_contest(view: SentenceView, end: int) -> bool:
    """ "the Ashby ward by-election", "a council by-election": a local contest, not Westminster."""
    return bool(re.search(r"\b(?:ward|council|division|parish|town|county)\s+by[\s-]?elections?\b",
                          view.text[max(0, end - 40):end], re.I))


def _won(view: SentenceView, m: re.Match[str], name: str | None) -> Draft:
    """A win (rank 1) with the figure after it, if any: a margin in votes or points, or a share."""
    draft = Draft(ClaimType.RANKING, m.start("verb"), m.end(), m.start("verb"), places=[_clean(name)] if name else [],
                  quantity=Quantity(value=1, unit="rank", text="won"), qualifiers=[BY_ELECTION], priority=6)
    if m.group("lost"):
        draft.direction = Direction.LOSS  # "Labour lost the Ashby by-election": someone else won it
        return draft
    figure = _BY_FIGURE.match(view.text, m.end())
    if figure is not None:
        _take_figure(draft, figure)
    return draft


def _take_figure(draft: Draft, figure: re.Match[str]) -> None:
    unit_text = (figure.group("unit") or "").strip().lower()
    share = unit_text.startswith(("%", "per")) and "point" not in unit_text
    points = "point" in unit_text or unit_text in ("pts", "pt", "pp")
    if share and not figure.group("by"):
        unit = "percent"
    elif share or points:
        unit = "points"
    else:
        unit = "votes"
    found = quantity_from(figure.groupdict(), "num", unit, figure.group().strip(" ,"))
    if found is None:
        return
    draft.quantity = found
    draft.end = figure.end()
    if unit == "percent":
        draft.type = ClaimType.VOTE_SHARE
    else:
        draft.qualifiers.append("margin")


def _after_lead(view: SentenceView, lead: re.Match[str]) -> list[Draft]:
    """ "In the Ashby by-election, Labour won by 2,000 votes": the win after a leading clause."""
    name = _clean(lead.group("name") or lead.group("name2"))
    verb = re.compile(r"\b(?P<verb>won|took|held|kept|retained|gained|captured|took\s+it|held\s+it)\b", re.I)
    m = verb.search(view.text, lead.end())
    if m is None:
        return []
    draft = Draft(ClaimType.RANKING, m.start(), m.end(), m.start(), places=[name],
                  quantity=Quantity(value=1, unit="rank", text="won"), qualifiers=[BY_ELECTION], priority=6)
    figure = _BY_FIGURE.match(view.text, m.end())
    if figure is not None:
        _take_figure(draft, figure)
    return [draft]


# --- general elections ---------------------------------------------------------------------------------------
def mark(view: SentenceView, drafts: list[Draft]) -> None:
    """Tag the drafts a general-election phrase governs (in place): the change it is the basis of, or the results
    it is the election of. A future or hypothetical general election governs nothing. A share said "in the Ashby
    by-election" is that by-election's."""
    if view.has_any(CUES):
        _mark_by_election(view, drafts)
    if "general" not in view.lower and "ge" not in view.lower:
        return
    for m in _GE.finditer(view.text):
        before = view.text[max(0, m.start() - 80):m.start()]
        year = m.group("year") or m.group("year_after") or m.group("ge_year")
        words = re.sub(r"(?:'s|\u2019s)\b", "", m.group().strip())  # "2019's general election"
        phrase = words if m.group("ge_year") else f"the {words}"
        if _BASIS_BEFORE.search(before):
            _mark_basis(view, drafts, m, phrase)
        elif year or m.group("when"):
            if _FUTURE_BEFORE.search(view.text[_clause_start(view.text, m.start()):m.start()]):
                continue
            if _SUBJECT_BEFORE.search(before) or view.text[:m.start()].strip() == "":
                _mark_subject(view, drafts, m, phrase)


def _clause_start(text: str, at: int) -> int:
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, at)]
    commas = [i + 1 for i, ch in enumerate(text[:at]) if ch == ","]
    return max([0, *breaks, *commas])


def _same_clause(text: str, start: int, end: int) -> bool:
    return _CLAUSE_BREAK.search(text, start, end) is None


def _mark_basis(view: SentenceView, drafts: list[Draft], m: re.Match[str], phrase: str) -> None:
    """The change figure the basis phrase follows in its clause (or, for a leading "Compared with the 2017 general
    election, ...", the first change after it)."""
    before = [d for d in drafts if d.type in _CHANGE_TYPES and d.start < m.start()
              and m.start() - _figure_end(view, d) <= _BASIS_REACH and _same_clause(view.text, _figure_end(view, d),
                                                                                       m.start())
              and not _own_basis(view.text[_figure_end(view, d):m.start()])]
    nearest = max(before, key=lambda d: _figure_end(view, d), default=None)
    if nearest is None and _LEADING.match(view.text[:_leading_start(view.text, m.start())]):
        nearest = min((d for d in drafts if d.type in _CHANGE_TYPES and d.start > m.end()),
                      key=lambda d: _figure_end(view, d), default=None)
    if nearest is None:
        return
    figure = _figure_end(view, nearest)  # every reading of that figure (families overlap) takes the basis
    for chosen in (d for d in drafts if d.type in _CHANGE_TYPES and _figure_end(view, d) == figure):
        if GE_BASELINE in chosen.qualifiers:
            continue
        chosen.qualifiers.append(GE_BASELINE)
        chosen.baseline = phrase
        said = _DIRECTION_AFTER.match(view.text, _figure_end(view, chosen))
        if said:  # "five points lower than at the 2017 general election": the word after the figure decides
            chosen.direction = Direction.DOWN if said.group("down") else Direction.UP
        now = _share_now(view, chosen) if chosen.type == ClaimType.VOTE_SHARE_CHANGE else None
        if now is not None:
            chosen.qualifiers.append(f"{SHARE_NOW}{now}")


def _own_basis(between: str) -> bool:
    """ "down 9 points on last year and 18 on the 2019 general election": the first figure has a basis of its own
    between it and the general election."""
    phrase = _BASIS_BEFORE.search(between)
    head = between[:phrase.start()] if phrase else between
    return bool(_ANY_BASIS.search(head) or _OTHER_TIME.search(head))


def _leading_start(text: str, at: int) -> int:
    """Where the comparison phrase's own words begin ("Compared with the ..."): the start of its clause."""
    lead = re.search(r"(?:compared\s+(?:with|to)|relative\s+to|against|since|on)\s+(?:the\s+)?(?:\w+\s+)?$",
                     text[:at], re.I)
    return lead.start() if lead else at


def _figure_end(view: SentenceView, draft: Draft) -> int:
    """Where the draft's figure ends (its text may start at the subject and end before the figure's unit)."""
    if draft.quantity is not None and draft.quantity.text:
        at = view.text.find(draft.quantity.text, draft.start)
        if at >= 0:
            return at + len(draft.quantity.text)
    return draft.end


def _share_now(view: SentenceView, draft: Draft) -> str | None:
    """A share the claim names for now, before its change in the same clause: "Labour's 35% was down four points"."""
    figure_at = _figure_end(view, draft) - len(draft.quantity.text if draft.quantity else "")
    start = _clause_start(view.text, figure_at)
    shares = [p for p in _PERCENT.finditer(view.text, start, figure_at)]
    if not shares:
        return None
    share = shares[-1]
    between = view.text[share.end():figure_at]
    if _OTHER_SUBJECT.search(between) or any(share.end() <= p.start < figure_at for p in view.parties):
        return None
    value, _ = parse_number(share.group("num"))
    return share.group("num") if value is not None else None


def _mark_subject(view: SentenceView, drafts: list[Draft], m: re.Match[str], phrase: str) -> None:
    """The results the general election is the election of: the level figures before it in its clause, or, when
    the sentence opens with it ("At the 2015 general election, ..."), those after it in the sentence."""
    opening = view.text[:m.start()].strip().lower() in ("", "at", "in", "at the", "in the", "during the")
    text = view.text
    chosen = [d for d in drafts if d.type in _LEVEL_TYPES and (
        (d.end <= m.start() + 1 and _same_clause(text, d.start, m.start()) and m.start() - d.end <= _SUBJECT_REACH
         and "," not in text[d.end:m.start()] and not _OTHER_TIME.search(text, d.end, m.start()))
        or (opening and d.start > m.end() and _same_clause(text, m.end(), d.start)
            and not _OTHER_TIME.search(text, m.end(), d.start)))]
    for draft in chosen:
        if {BY_ELECTION, GE_BASELINE, GE_SUBJECT} & set(draft.qualifiers):
            continue
        draft.qualifiers.append(GE_SUBJECT)
        draft.election_hint = phrase
        if draft.type == ClaimType.NATIONAL_PROJECTED_SHARE:
            draft.type = ClaimType.VOTE_SHARE  # "Labour's 40% at the 2017 general election": an actual share


def _mark_by_election(view: SentenceView, drafts: list[Draft]) -> None:
    """ "Labour took 46% in the Ashby by-election": the share drafts right before a named by-election."""
    for draft in drafts:
        if draft.type != ClaimType.VOTE_SHARE or BY_ELECTION in draft.qualifiers:
            continue
        m = _IN_BY.match(view.text, _figure_end(view, draft) + _unit_length(view, draft))
        name = (m.group("name") or m.group("name2")) if m else None
        if m is None or not _constituency(name) or _WARD_AFTER.match(view.text, m.end()):
            continue
        draft.places = [_clean(name or "")]
        draft.qualifiers = [q for q in draft.qualifiers if q != "loose"] + [BY_ELECTION]
        draft.end = max(draft.end, m.end())
        draft.priority = max(draft.priority, 6)


def _unit_length(view: SentenceView, draft: Draft) -> int:
    """The length of "% of the vote" (or "per cent") after a share's figure."""
    tail = re.match(rf"{RGX_PERCENT_SIGN}(?:\s+of\s+the\s+(?:vote|votes\s+cast|poll))?", view.text[
        _figure_end(view, draft):], re.I)
    return tail.end() if tail else 0
