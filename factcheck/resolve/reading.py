"""Which election an undated text is about, read from the text itself.

Nothing here looks at whether the text's claims check out: that would choose the election that flatters the
text. Instead each cue the text gives casts votes for the polling days it fits (or against those it rules out):

- years: "the 2018 local elections" is about 2018; "since 2014", "up on 2021", "last fought in 2019" are before
  it; "by 2024", "the next elections in 2025" after it; any other year is most likely not after it;
- a polling day written without its year ("the 2 May elections");
- the councils and mayoralties it names, and the days they held a main election (not a by-election);
- kinds of council with fixed cycles ("county councils", "London boroughs");
- mayoral candidates it names (re-elected, a second or third term, a first or newly created mayoralty);
- party leaders and prime ministers named, by their time in office;
- events that date a text: the pandemic, Reform UK, the cost of living, police and crime commissioners, and
  "the first elections since" one of them.

The day with most votes is the reading; the newest day breaks a tie (undated commentary is most often about the
latest results). When the votes are few or close the reading says the evidence is weak.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.model import Election, Place
from factcheck.names import fold, normalise
from factcheck.regex_cache import lazy
from factcheck.resolve.elections import ElectionCalendar
from factcheck.resolve.gazetteer import Gazetteer

MAIN_DAY_SHARE = 0.05  # a day with results for fewer places than this share of the busiest day's: by-elections only
WEAK_MARGIN = 1.5  # the reading is weak when the runner-up is this close (or nothing voted at all)

# Weights: how many votes each kind of cue casts.
EVENT_YEAR = 4.0  # "the 2018 local elections", "Local elections 2018"
OPENING_YEAR = 2.0  # "In 2018, Labour gained ...": a year leading a sentence
PLAIN_YEAR = 0.5  # any other year: a small vote for its own day ...
NOT_BEFORE = 1.0  # ... and against days before it (texts seldom name years still to come)
PAST_YEAR = 2.0  # "since 2014", "up on 2021": against days in or before that year
FUTURE_YEAR = 2.0  # "by 2024", "the next elections in 2025": against days in or after that year
DAY_OF_MONTH = 3.0  # "the 2 May elections": for the polling days on that day of the month
PLACES = 3.0  # shared among the days the named places voted in
CANDIDATE = 3.0  # shared among the days a named mayoral candidate stood
FIRST_MAYOR = 3.0  # "the first West Midlands mayoral election", "the newly created mayoralty"
TERM = 2.0  # "re-elected", "a third term": the candidate's wins after the first, or the nth
LEADER = 1.0  # a party leader or prime minister named, for the days in office
KIND = 1.5  # "county councils", "London boroughs"
ERA = 1.5  # the pandemic, Reform UK...: against days before it

# Party leaders and prime ministers, with their time in office (first day, last day).
# Sources: gov.uk "Past Prime Ministers"; Wikipedia "Leader of the Labour Party (UK)", "Leader of the Liberal
# Democrats", "Leader of the Scottish National Party", "Leader of the Green Party of England and Wales",
# "First Minister of Wales". Dates from memory of those pages, not re-checked online: correct them here.
LEADERS: tuple[tuple[str, str, str, str], ...] = (
    # (pattern, who, from, to)
    (r"David Cameron|\bCameron's", "David Cameron, prime minister", "2010-05-11", "2016-07-13"),
    (r"Theresa May|\bMrs May\b", "Theresa May, prime minister", "2016-07-13", "2019-07-24"),
    (r"Boris Johnson|\bBoris\b|\bMr Johnson\b", "Boris Johnson, prime minister", "2019-07-24", "2022-09-06"),
    (r"\bLiz Truss|\bTruss\b", "Liz Truss, prime minister", "2022-09-06", "2022-10-25"),
    (r"\bSunak\b", "Rishi Sunak, prime minister", "2022-10-25", "2024-07-05"),
    (r"\bMiliband\b", "Ed Miliband, Labour leader", "2010-09-25", "2015-05-08"),
    (r"\bCorbyn\b", "Jeremy Corbyn, Labour leader", "2015-09-12", "2020-04-04"),
    (r"\bStarmer\b", "Keir Starmer, Labour leader", "2020-04-04", "2099-12-31"),
    (r"Nick Clegg\b", "Nick Clegg, Liberal Democrat leader", "2007-12-18", "2015-07-16"),
    (r"\bFarron\b", "Tim Farron, Liberal Democrat leader", "2015-07-16", "2017-07-20"),
    (r"Vince Cable\b|\bSir Vince\b", "Vince Cable, Liberal Democrat leader", "2017-07-20", "2019-07-22"),
    (r"\bSwinson\b", "Jo Swinson, Liberal Democrat leader", "2019-07-22", "2019-12-13"),
    (r"Ed Davey\b|\bSir Ed\b", "Ed Davey, Liberal Democrat leader", "2019-12-13", "2099-12-31"),
    (r"\bSturgeon\b", "Nicola Sturgeon, SNP leader", "2014-11-14", "2023-03-27"),
    (r"\bYousaf\b", "Humza Yousaf, SNP leader", "2023-03-27", "2024-05-06"),
    (r"\bNatalie Bennett\b", "Natalie Bennett, Green leader", "2012-09-03", "2016-09-02"),
    (r"\bJonathan Bartley\b", "Jonathan Bartley, Green co-leader", "2016-09-02", "2021-07-01"),
    (r"\bCarla Denyer\b|\bAdrian Ramsay\b", "Carla Denyer and Adrian Ramsay, Green co-leaders", "2021-10-01",
     "2025-09-01"),
    (r"\bCarwyn Jones\b", "Carwyn Jones, First Minister of Wales", "2009-12-10", "2018-12-12"),
    (r"\bDrakeford\b", "Mark Drakeford, First Minister of Wales", "2018-12-13", "2024-03-20"),
)
_LEADER_NAMES = lazy("|".join(f"(?P<l{i}>{pattern})" for i, (pattern, *_) in enumerate(LEADERS)))
_FORMER = lazy(r"\b(?:former|ex-|erstwhile|predecessor|late|then)\s*(?:\w+\s+){0,3}$", re.I)

# Events and names that only exist from some day on: days before it are unlikely.
ERAS: tuple[tuple[str, str, str], ...] = (
    (r"\b(?:pandemic|covid|coronavirus|lockdowns?|vaccines?|vaccination)\b", "the pandemic", "2020-03-01"),
    (r"\bReform UK\b", "Reform UK (named so in 2021)", "2021-01-06"),
    (r"\bcost[- ]of[- ]living\b", "the cost-of-living crisis", "2021-10-01"),
    (r"\b(?:since|after)\s+Brexit\b|\bBrexit done\b", "Brexit as done", "2020-01-31"),
    (r"\b(?:EU|Brexit)\s+referendum\b", "the EU referendum", "2016-06-23"),
)

# "The first elections since ...": the first main polling day after the event (for a general election: after
# each of them, as the text does not say which).
GENERAL_ELECTIONS = ("2010-05-06", "2015-05-07", "2017-06-08", "2019-12-12", "2024-07-04")
FIRST_SINCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"pandemic|covid(?:-19)?|coronavirus|lockdowns?", ("2020-03-01",)),
    (r"Brexit|(?:the\s+UK\s+)?(?:left|leaving)\s+the\s+EU", ("2020-01-31",)),
    (r"(?:EU\s+|Brexit\s+)?referendum", ("2016-06-23",)),
    (r"(?:last\s+)?general\s+election", GENERAL_ELECTIONS),
)
_FIRST_SINCE = lazy(r"\bfirst\s+(?:[\w-]+\s+){0,3}(?:elections?|polls?|test)\s+(?:since|after)\s+(?:the\s+)?(?P<event>"
                    + "|".join(f"(?:{pattern})" for pattern, _ in FIRST_SINCE) + r")\b", re.I)
FIRST_AFTER = 3.0  # "the first elections since the pandemic"

# Kinds of election on fixed cycles (Local Government Act 1972 sch. 2; Scottish and Welsh councils since 2012,
# five-yearly; police and crime commissioners, Police Reform and Social Responsibility Act 2011, 2020 moved to
# 2021 by the Coronavirus Act 2020).
_KIND_TABLE: tuple[tuple[str, str, Callable[[int], bool]], ...] = (
    (r"\bcounty councils\b|\bshire counties\b|\bcounty council elections\b|\bthe shires\b", "county councils",
     lambda y: y % 4 == 1),
    (r"\bLondon boroughs\b|\bLondon borough elections\b|\bLondon councils\b", "London boroughs", lambda y: y % 4 == 2),
    (r"\bpolice and crime commissioners?\b|\bPCCs?\b", "police and crime commissioners",
     lambda y: y in (2012, 2016, 2021, 2024, 2028)),
)

_YEAR = lazy(r"(?<![\d£$-])\b(19[5-9]\d|20[0-4]\d)\b"
             r"(?!\s*(?:%|per\s*cent|votes|seats|councillors|candidates|members|people|wards|voters))")
_QUALIFIER = r"(?:local|council|mayoral|county|borough|district|municipal|English|Scottish|Welsh|London)\s+"
_ELECTION_WORDS = rf"(?:{_QUALIFIER}){{0,2}}(?:elections|polls)|(?:{_QUALIFIER}){{1,2}}(?:election|poll)\b"
_EVENT_AFTER = lazy(rf"^(?:'s)?\s+{_ELECTION_WORDS}", re.I)
_EVENT_BEFORE = lazy(r"\b(?:local|council|mayoral)\s+elections?(?:\s+(?:of|in))?\s*[:,-]?\s*$", re.I)
_GENERAL = lazy(r"^(?:'s)?\s+(?:general\s+election|referendum|EU|Brexit|Euro)", re.I)
_PAST_WORDS = lazy(
    r"\b(?:since|from|than|compared\s+(?:with|to)|on|against|after|before|as\s+recently\s+as|back\s+in|until|till"
    r"|last\s+(?:fought|contested|held|elected|time)|(?:were|was|first)\s+(?:elected|fought|contested)"
    r"|previous(?:ly)?|high\s+(?:point|water\s+mark)|low\s+point|created|formed|founded|creation|in\s+the\s+past"
    r"|up|down|versus|vs)\b", re.I)
_FUTURE_WORDS = lazy(r"\b(?:by|next|due|expected|will|scheduled|in\s+time\s+for)\b", re.I)
MARKER_REACH = 25  # characters between a marker ("since", "by") and the year it governs
_FUTURE_AFTER = lazy(r"^(?:'s)?\s+(?:next|general\s+election\s+(?:will|is\s+due))", re.I)
_SENTENCE_OPENING = lazy(r"(?:^|[.!?\n]\s*)(?:Back\s+)?In\s+$")
_DAY_MONTH = lazy(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>May|June)\b(?!,?\s+(?:19|20)\d\d)"
                  r"|\b(?P<month2>May|June)\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)(?!\s*%)")
_CAPITALISED = lazy(r"[A-Z][\w'’.-]*(?:\s+(?:of|and|&|upon|on|under|in|the|le)?\s*[A-Z][\w'’.-]*)*")
_PARTY_AFTER = lazy(r"\s+(?:Party|Independents?|Alliance|Residents|First|Group|Association|Movement)\b")
_LEADING_WORDS = frozenset(["the", "city", "london", "royal", "county", "metropolitan", "borough", "district"])
_POSSESSIVE = lazy(r"(?:['’]s?)?[.’']*$")
_ORDINARY_WORDS = frozenset(["reading", "bury", "rugby", "swale"])  # councils that open a sentence as plain words
_SENTENCE_START = lazy(r"(?:^|[.!?:\n\"“])\s*$")
_FIRST_MAYOR = lazy(  # the mayoralty's name, if any, in capitals between
    r"\b(?i:first|inaugural)\s+(?i:ever\s+)?(?i:(?:directly[- ])?elected\s+|metro\s+|regional\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,4})(?i:mayor(?:al|alty|s)?)\b"
    r"|\b(?i:newly[- ]created)\s+(?P<name2>(?:[A-Z][\w'’-]*\s+){0,4})(?i:mayor|mayoralty|role|post)\b")
_MAYOR_WORD = lazy(r"\bmayor", re.I)
_REELECTED = lazy(r"\bre-?elected\b|\bsecond\s+term\b|\bthird\s+term\b|\bfourth\s+term\b", re.I)
_TITLE = lazy(r"\b(?i:mayor)(?:\s+of(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+)?[,\s]*$")  # "Mayor of London Sadiq Khan"
_STANDING = lazy(r"\b(?:re-?elected|elected|won|wins|beat|beaten|defeated|lost|loses|stood|standing|candidate|term"
                 r"|ousted|polled|votes)\b", re.I)
TERM_YEARS = 4
_ORDINAL_TERM = {"second": 2, "third": 3, "fourth": 4}
_SENTENCE = lazy(r"[^.!?\n]+")


@dataclass(frozen=True)
class Cue:
    """One thing the text says that bears on its election, and the votes it casts for each polling day."""

    words: str  # the words as written: "Mid Suffolk", "Keir Starmer", "the 2 May elections"
    says: str  # what it tells a reader: "voted in 2019 and 2023"
    votes: Mapping[str, float]  # polling day -> votes (negative: tells against that day)


@dataclass(frozen=True)
class Reading:
    """The election read from a text, with the cues behind it and how sure the reading is."""

    date: str | None  # None: nothing to go on, or a year the reference data does not cover
    best: str | None  # the best reading: a polling day, or a year ("1997") the data does not cover
    cues: tuple[Cue, ...]
    scores: Mapping[str, float]
    weak: bool

    def election(self) -> Election:
        return Election(self.date, self.explain())

    def explain(self) -> str:
        """In a reader's words: what in the text pointed to this election (and whether that is much)."""
        if self.best is None:
            return "no date in the text and nothing in it that points to one election"
        reasons = "; ".join(_describe(c) for c in self._for(self.best)[:4])
        if self.date is None:
            return f"read from the text: it is about {self.best}, which the reference data does not cover ({reasons})"
        how = "read from the text (no date given): " + reasons
        if self.weak:
            other = next((d for d in sorted(self.scores, key=lambda d: -self.scores[d]) if d != self.best), None)
            how += "; the evidence is weak" + (f" ({other} fits almost as well)" if other else "")
        return how

    def _for(self, day: str) -> list[Cue]:
        helping = [c for c in self.cues if c.votes.get(day, 0) > 0]
        return sorted(helping, key=lambda c: -c.votes[day])


def _describe(cue: Cue) -> str:
    return f"{cue.words!r} ({cue.says})" if cue.says else repr(cue.words)


def read_election(text: str, calendar: ElectionCalendar, gazetteer: Gazetteer,
                  places: Iterable[Place] = ()) -> Reading:
    """The election a text with no date is about, from the cues it gives (`places`: those its claims named)."""
    days = main_days(calendar)
    days = sorted({*days, *(_in_year(year, calendar, days) for year in _event_years(text))})
    named = named_places(text, gazetteer)
    cues = [
        *_year_cues(text, calendar, days),
        *_day_cues(text, days),
        *_place_cues(text, calendar, named, places, days),
        *_kind_cues(text, days),
        *_mayor_cues(text, calendar, gazetteer, named, places, days),
        *_leader_cues(text, days),
        *_era_cues(text, days),
        *_first_since_cues(text, days),
    ]
    scores: dict[str, float] = dict.fromkeys(days, 0.0)
    for cue in cues:
        for day, votes in cue.votes.items():
            scores[day] += votes
    if not days or not any(votes > 0 for cue in cues for votes in cue.votes.values()):
        return Reading(None, None, tuple(cues), scores, True)  # nothing points to any election
    ranked = sorted(days, key=lambda d: (scores[d], d), reverse=True)  # the newest wins a tie
    best = ranked[0]
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    weak = scores[best] <= 0 or scores[best] - runner_up < WEAK_MARGIN
    return Reading(best if best in calendar.dates else None, best, tuple(cues), scores, weak)


def main_days(calendar: ElectionCalendar) -> list[str]:
    """The polling days with a main round of elections (not a day of by-elections only)."""
    sizes = {d: len(calendar.main_places_by_date.get(d, ())) for d in calendar.dates}
    busiest = max(sizes.values(), default=0)
    return [d for d in calendar.dates if sizes[d] and sizes[d] >= MAIN_DAY_SHARE * busiest]


def _year_cues(text: str, calendar: ElectionCalendar, days: Sequence[str]) -> list[Cue]:
    cues = []
    seen: set[tuple[str, int]] = set()
    for match in _YEAR.finditer(text):
        year, kind = int(match.group(1)), _year_kind(text, match)
        if kind == "future":
            votes = {d: -FUTURE_YEAR for d in days if int(d[:4]) >= year}
        elif kind == "past":
            votes = {d: -PAST_YEAR for d in days if int(d[:4]) <= year}
        elif kind in ("event", "opening"):
            votes = {_in_year(year, calendar, days): EVENT_YEAR if kind == "event" else OPENING_YEAR}
        else:
            votes = _not_before(year, days, PLAIN_YEAR, NOT_BEFORE)
        if (kind, year) in seen or not votes:
            continue
        seen.add((kind, year))
        says = {"event": f"an election in {year}", "opening": f"about {year}", "past": f"{year} is in the past",
                "future": f"{year} is still to come", "plain": f"{year} is most likely not to come"}[kind]
        cues.append(Cue(_phrase(text, match.start(), match.end()), says, votes))
    return cues


def _year_kind(text: str, match: re.Match[str]) -> str:
    """How a year is used: "event" (an election then), "opening" ("In 2018, ..."), "past", "future" or "plain"."""
    before = text[max(0, match.start() - 40) : match.start()]
    after = text[match.end() : match.end() + 40]
    if _GENERAL.search(after):  # "the 2019 general election", "the 2016 referendum": not after it
        return "plain"
    past, future = _nearest(_PAST_WORDS, before), _nearest(_FUTURE_WORDS, before)
    if _FUTURE_AFTER.search(after):
        future = 0
    if past is not None and future is not None:  # the nearer marker governs the year
        past, future = (past, None) if past < future else (None, future)
    if future is not None:
        return "future"
    if past is not None:
        return "past"
    if _EVENT_AFTER.search(after) or _EVENT_BEFORE.search(before):
        return "event"
    return "opening" if _SENTENCE_OPENING.search(before) else "plain"


def _event_years(text: str) -> set[int]:
    """Years the text names as its election ("the 2018 local elections"): each is a candidate, held or not."""
    return {int(m.group(1)) for m in _YEAR.finditer(text) if _year_kind(text, m) in ("event", "opening")}


def _nearest(words: re.Pattern[str], before: str) -> int | None:
    """How far before the year the nearest marker word ends, if one governs it (same clause, within reach)."""
    found = [m for m in words.finditer(before) if not re.search(r"[.;!?]", before[m.end():])]
    distance = len(before) - found[-1].end() if found else None
    return distance if distance is not None and distance <= MARKER_REACH else None


def _in_year(year: int, calendar: ElectionCalendar, days: Sequence[str]) -> str:
    """The main polling day of a year (or the year itself when the data holds no election then)."""
    return next((d for d in days if d.startswith(str(year))), None) or calendar.date_in_year(year) or str(year)


def _not_before(year: int, days: Sequence[str], weight: float, against: float) -> dict[str, float]:
    votes = {d: -against for d in days if int(d[:4]) < year}
    votes.update({d: weight for d in days if int(d[:4]) == year})
    return votes


def _day_cues(text: str, days: Sequence[str]) -> list[Cue]:
    """ "the 2 May elections": the polling days on that day of the month (or the day before it: a count day)."""
    cues = []
    for match in _DAY_MONTH.finditer(text):
        day = int(match.group("day") or match.group("day2"))
        month = 5 if (match.group("month") or match.group("month2")).lower() == "may" else 6
        held = [d for d in days if len(d) == 10]
        votes = {d: DAY_OF_MONTH for d in held if (int(d[5:7]), int(d[8:10])) == (month, day)}
        votes.update({d: DAY_OF_MONTH / 3 for d in held if (int(d[5:7]), int(d[8:10]) + 1) == (month, day)})
        if votes:
            cues.append(Cue(match.group(0), "a polling day without its year", votes))
    return cues


def named_places(text: str, gazetteer: Gazetteer) -> list[tuple[str, Place]]:
    """Councils, mayoralties, Scotland and Wales named in the text, by their exact spelling (longest first)."""
    found: list[tuple[str, Place]] = []
    for run in _CAPITALISED.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        i = 0
        while i < len(words):
            first = fold(_POSSESSIVE.sub("", words[i].group(0)))
            if first not in _LEADING_WORDS and normalise(first).split(" ")[0] not in gazetteer.first_words():
                i += 1
                continue
            for j in range(min(len(words), i + 5), i, -1):
                phrase = _POSSESSIVE.sub("", run.group(0)[words[i].start() : words[j - 1].end()])
                place = gazetteer.exact(phrase)
                single = j == i + 1
                opening = single and phrase.lower() in _ORDINARY_WORDS and _SENTENCE_START.search(
                    text[: run.start() + words[i].start()]) is not None
                party = _PARTY_AFTER.match(run.group(0), words[j - 1].end())
                if place is not None and not party and not (single and (len(phrase) <= 4 or opening)):
                    found.append((phrase, place))
                    i = j
                    break
            else:
                i += 1
    return found


def _place_cues(text: str, calendar: ElectionCalendar, in_text: Sequence[tuple[str, Place]], places: Iterable[Place],
                days: Sequence[str]) -> list[Cue]:
    """The places named, and the days each held a main election: one vote per place, shared among its days."""
    named = {place.code: (words, place) for words, place in in_text}
    for place in places:
        if place.kind in ("council", "mayoralty"):
            named.setdefault(place.code, (place.name, place))
    if not _MAYOR_WORD.search(text):  # "Greater Manchester" with no mayor in the text is an area, not its mayoralty
        named = {code: named[code] for code in named if named[code][1].kind != "mayoralty"}
    voted = {code: [d for d in days if code in calendar.main_places_by_date.get(d, ())] for code in named}
    voted = {code: ds for code, ds in voted.items() if ds}
    if not voted:
        return []
    cues = []
    for code, ds in voted.items():
        share = PLACES / len(voted) / len(ds)
        years = ", ".join(d[:4] for d in ds)
        cues.append(Cue(named[code][0], f"voted in {years}" if len(ds) < 6 else "votes most years",
                        {d: share for d in ds}))
    return cues


def _kind_cues(text: str, days: Sequence[str]) -> list[Cue]:
    """ "County councils", "police and crime commissioners": the years that kind of election is held."""
    return _table_cues(text, [(pattern, lambda votes, what=what: f"{what} vote in {', '.join(d[:4] for d in votes)}",
                               {d: KIND for d in days if years(int(d[:4]))}) for pattern, what, years in _KIND_TABLE])


def _table_cues(text: str, rows: Iterable[tuple[str, Callable[[dict[str, float]], str], dict[str, float]]]
                ) -> list[Cue]:
    """A cue for each row whose pattern the text matches: (pattern, what it says given its votes, votes)."""
    cues = []
    for pattern, says, votes in rows:
        match = lazy(pattern, re.I).search(text) if votes else None
        if match:
            cues.append(Cue(match.group(0), says(votes), votes))
    return cues


def _mayor_cues(text: str, calendar: ElectionCalendar, gazetteer: Gazetteer, named: Sequence[tuple[str, Place]],
                places: Iterable[Place], days: Sequence[str]) -> list[Cue]:
    """Mayoral candidates named (and re-elected or in an nth term), and a first or newly created mayoralty."""
    cues = []
    text = _plain(text)  # "Siân" and "Sian" are one name (the calendar keeps names so)
    weight = CANDIDATE if _MAYOR_WORD.search(text) else LEADER  # with no mayor in the text: a politician of the day
    for name, stood in calendar.mayoral_candidates.items():
        if name not in text:
            continue
        stood_days = sorted({d for d, _, _ in stood})
        won = sorted({d for d, _, elected in stood if elected})
        titled = all(_TITLE.search(text[max(0, m.start() - 40): m.start()]) for m in re.finditer(re.escape(name), text))
        if won and titled and not any(_STANDING.search(sentence) for sentence in _sentences_with(text, name)):
            # "Mayor of London Sadiq Khan": the mayor in office, not a candidate in this election
            tenure = [d for d in days if won[0] <= d <= _years_after(won[-1], TERM_YEARS)]
            cues.append(Cue(name, f"mayor from {won[0][:4]}", {d: LEADER for d in tenure}))
            continue
        cues.append(Cue(name, "stood for mayor in " + ", ".join(d[:4] for d in stood_days),
                        {d: weight / len(stood_days) for d in stood_days}))
        for sentence in _sentences_with(text, name):
            term = _REELECTED.search(sentence)
            if term and len(won) > 1:
                ordinal = _ORDINAL_TERM.get(term.group(0).split()[0].lower())
                later = [won[ordinal - 1]] if ordinal and ordinal <= len(won) else won[1:]
                cues.append(Cue(term.group(0), f"{name} won again in " + ", ".join(d[:4] for d in later),
                                {d: TERM / len(later) for d in later}))
                break
    mayoralties = {p.code: p for _, p in named if p.kind == "mayoralty"}
    mayoralties.update({p.code: p for p in places if p.kind == "mayoralty"})
    for match in _FIRST_MAYOR.finditer(text):
        name = (match.group("name") or match.group("name2") or "").strip()
        place = gazetteer.exact(name) if name else None
        chosen = [place] if place is not None and place.kind == "mayoralty" else list(mayoralties.values())
        firsts = {}
        for mayoralty in chosen:
            held = [d for d in days if mayoralty.code in calendar.main_places_by_date.get(d, ())]
            if held:
                firsts[held[0]] = FIRST_MAYOR / len(chosen)
        if firsts:
            cues.append(Cue(match.group(0).strip(), "a new mayoralty's first election", firsts))
    return cues


def _plain(text: str) -> str:
    """Accents folded, case kept: "Siân Berry" -> "Sian Berry"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _years_after(day: str, years: int) -> str:
    return f"{int(day[:4]) + years}{day[4:]}"


def _sentences_with(text: str, name: str) -> list[str]:
    return [m.group(0) for m in _SENTENCE.finditer(text) if name in m.group(0)]


def _leader_cues(text: str, days: Sequence[str]) -> list[Cue]:
    cues = []
    done: set[int] = set()
    for match in _LEADER_NAMES.finditer(text):
        index = int((match.lastgroup or "l0")[1:])
        if index in done or _FORMER.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        done.add(index)
        _, who, start, end = LEADERS[index]
        votes = {d: LEADER for d in days if start <= d <= end}
        if votes:
            cues.append(Cue(match.group(0), who + f", {start[:4]}-{end[:4] if end < '2099' else ''}", votes))
    return cues


def _era_cues(text: str, days: Sequence[str]) -> list[Cue]:
    """The pandemic, Reform UK ...: against the days before them."""
    return _table_cues(text, [(pattern, lambda votes, what=what, since=since: f"{what}: after {since[:7]}",
                               {d: -ERA for d in days if d < since}) for pattern, what, since in ERAS])


def _first_since_cues(text: str, days: Sequence[str]) -> list[Cue]:
    """ "The first local elections since the pandemic": the first polling day after it."""
    cues = []
    for match in _FIRST_SINCE.finditer(text):
        event = match.group("event")
        since = next(ds for pattern, ds in FIRST_SINCE if re.fullmatch(pattern, event, re.I))
        firsts = {next((d for d in days if len(d) == 10 and d > day), None) for day in since} - {None}
        if firsts:
            cues.append(Cue(match.group(0), "the first polling day after it",
                            {d: FIRST_AFTER / len(firsts) for d in firsts if d}))
    return cues


def _phrase(text: str, start: int, end: int) -> str:
    """A few words around a span, for the explanation."""
    left = text.rfind(" ", 0, max(0, start - 12)) + 1
    right = text.find(" ", min(len(text), end + 12))
    return " ".join(text[left : right if right >= 0 else len(text)].split())
