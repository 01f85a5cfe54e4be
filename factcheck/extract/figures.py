"""The figures ledger: every number in a text, and what became of it.

    figures = account_figures(text, claims)

Each figure (digits with separators, decimals and signs; number words, "dozen", "hundreds"; fractions such as
"half" and "two-thirds"; signed changes such as "(+3)"; percentages; "points"; ratios such as "one in five";
ordinals) ends in exactly one state:

- `claim`: it lies inside an extracted claim's span (the claim's quantity, its baseline year, its total...);
- `dismissed`: one of the small named rules in `RULES` says what it is instead, with a reason a reader
  understands (a date, a time of day, money, a poll or forecast...);
- `unresolved`: what remains. These are the figures the tool did not look at, and the engine's to-do list.

The rules are built to leave a figure that carries a result (seats, councils, shares, changes, majorities,
votes) alone: such a figure stays unresolved until a claim covers it. Each rule is one function of a `Spot`
(the figure and the words around it); the first rule that says yes dismisses the figure.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.extract.numbers import parse_number
from factcheck.model import Claim, Figure
from factcheck.regex_cache import lazy

CLAIM, DISMISSED, UNRESOLVED = "claim", "dismissed", "unresolved"
STATUSES = (CLAIM, DISMISSED, UNRESOLVED)

# --- finding figures ---------------------------------------------------------------------------------------

_UNITS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          "|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_BIG = "hundred|thousand|million|billion"
_WORD = rf"(?:{_TENS}|{_UNITS}|{_BIG}|dozen)"
# "twenty-two", "one hundred and five", "a dozen", "two and a half"
_WORDS = (rf"(?:\ban?\s+(?=(?:{_BIG}|dozen)\b))?\b{_WORD}(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)"
          rf"{_WORD})*\b(?:\s+and\s+a\s+half\b)?")
_PARTS = "halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?"
# "a third", "two-thirds", "one and a half", "half"
_FRACTION = rf"(?:\b(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:{_PARTS})\b|\bhal(?:f|ves)\b)"
_VAGUE = r"\b(?:dozens|hundreds|thousands|millions|tens\s+of\s+thousands|scores(?=\s+of\b))\b"
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth"
                  "|thirtieth|fortieth|fiftieth|hundredth")
_ORDINAL = rf"\b(?:(?:{_TENS})-)?(?:{_ORDINAL_WORDS})\b"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.:]\d+)?"
# "one in five", "1 in 384", "one out of every four"
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|\d)"
_RATIO = (rf"\b{_SMALL}\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_TENS}|{_UNITS}|hundred|thousand|\d{{1,3}}(?:,\d{{3}})*"
          r"(?!\d))\b(?![.,]\d)(?=\s+(?:voters|votes|people|adults|residents|electors|households|of|who|non-voters"
          r"|[a-z]+\s+(?:voted|backed|turned))\b|\s*[.,;:)]|\s*$)")
# After a number: a percentage or points unit, or a multiplier word ("1.2 million").
_UNIT = (r"(?:\s?%|\s*per\s?cent\b|\s+percent\b|\s*pc\b|\s+percentage[\s-]points?\b|\s*(?:points?|pts|ppts?)\b"
         r"|\s+(?:million|billion|thousand|hundred)\b)?")
FIGURE = lazy(
    rf"(?P<ratio>{_RATIO})"
    rf"|(?P<fraction>{_FRACTION}){_UNIT}"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<words>{_WORDS}){_UNIT}"
    rf"|(?P<ordinal>{_ORDINAL})"
    rf"|(?<![\w.£$€])(?P<pre>[A-Za-z]{{1,8}}-?)?(?P<cur>[£$€])?(?P<sign>[+\-−–](?=\d))?(?P<num>{_DIGITS})"
    rf"(?P<suf>[A-Za-z]+)?{_UNIT}",
    re.I,
)

SUFFIX_KINDS = {"st": "ordinal", "nd": "ordinal", "rd": "ordinal", "th": "ordinal", "am": "time", "pm": "time",
                "m": "amount", "bn": "amount", "k": "amount", "s": "plural", "mph": "measure", "km": "measure",
                "ft": "measure", "kg": "measure", "p": "money", "pts": "points", "ppts": "points", "pt": "points",
                "pp": "points", "pc": "percent"}
PREFIXES_OK = ("mid-", "pre-", "post-", "early-", "late-", "over-", "under-")


CONTEXT = 160  # characters of the sentence either side of a figure that the rules read
NEAR = 60  # characters before a figure read by the patterns that end at it


class Sentence:
    """Facts about one sentence that every figure in it shares, each found once on first use: where its clauses
    break, and where its forecast and other-election words are."""

    def __init__(self, text: str, lowered: str, start: int, end: int) -> None:
        self.text, self.lowered, self.start, self.end = text, lowered, start, end
        self._found: dict[str, list[int]] = {}
        self._words: frozenset[str] | None = None

    def has_any(self, words: frozenset[str]) -> bool:
        """Whether the sentence holds any of these (lower-case) words: a cheap test before a pattern runs."""
        if self._words is None:
            self._words = frozenset(_WORD_TOKEN.findall(self.lowered, self.start, self.end))
        return not self._words.isdisjoint(words)

    def _starts(self, name: str, pattern: re.Pattern[str], ends: bool = False) -> list[int]:
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = [m.end() if ends else m.start()
                                         for m in pattern.finditer(self.text, self.start, self.end)]
        return found

    def clause_start(self, before: int) -> int:
        """Where the clause holding offset `before` starts, after a comma, bracket, dash or "but"."""
        breaks = self._starts("breaks", _CLAUSE_BREAK, ends=True)
        index = bisect_right(breaks, before)
        return breaks[index - 1] if index else self.start

    def forecast_cues(self) -> list[int]:
        return self._starts("forecast", _FORECAST_CUE) if self.has_any(_FORECAST_WORDS) else []

    def poll_cues(self) -> list[int]:
        return self._starts("poll", _POLL_CUE) if self.has_any(_POLL_WORDS) else []

    def other_elections(self) -> list[int]:
        return self._starts("other", _OTHER_ELECTION_BEFORE) if self.has_any(_OTHER_ELECTION_WORDS) else []

    def local(self) -> bool:
        return bool(self._starts("local", _LOCAL_WORDS))


def _any_between(offsets: list[int], low: int, high: int) -> bool:
    index = bisect_right(offsets, low - 1)
    return index < len(offsets) and offsets[index] < high


@dataclass(frozen=True)
class Spot:
    """A figure as found, with the words around it that the rules read (lower-cased unless `raw_`)."""

    text: str  # the whole text
    start: int
    end: int
    kind: str  # digits, words, fraction, vague, ordinal, ratio
    groups: dict[str, str | None]
    sentence: Sentence
    figure: str  # text[start:end]
    near: str  # the last NEAR characters of the sentence before the figure: for patterns ending at it
    raw_near: str
    after: str  # the first CONTEXT characters of the sentence after the figure
    number: str  # the digits as written ("1,234", "4.30"), or ""
    suffix: str  # letters glued after the digits ("th", "am", "m"), or ""
    is_percent: bool

    @property
    def sentence_start(self) -> int:
        return self.sentence.start

    @property
    def sentence_end(self) -> int:
        return self.sentence.end

    def value(self) -> float | None:
        """The figure's value where numbers.py can read it ("twenty-two" -> 22.0)."""
        if self.kind == "digits":
            return parse_number(self.number.replace(":", "."))[0]
        if self.kind in ("words", "fraction"):
            return parse_number(self.figure)[0]
        return None

    def clause_start(self) -> int:
        """Where the clause before the figure starts (back to the last comma, colon, bracket, dash or "but"); the
        second end of a range, "between 300 and 800", reads the clause of the first."""
        first = self.start
        if self.raw_near.endswith((" and ", " to ", " or ")):
            first_end = _RANGE_START.search(self.text, max(0, self.start - 40), self.start)
            first = first_end.start() if first_end else first
        return max(self.sentence.clause_start(first - 1), self.start - CONTEXT)


_PERCENT_UNIT = lazy(r"(?:%|per\s?cent|percent|\dpc|\bpc)\s*$", re.I)
_CLAUSE_BREAK = lazy(r"[,;:()\[\]—–]|\s-\s|\b(?:but|however|yet|although|though|despite|while|whereas|with|after|and"
                    r"|as|when|which|who|having)\b", re.I)
_RANGE_START = lazy(r"[\w,.%£$€+-]*\d[\w,.%]*\s+(?:and|to|or)\s+$")
_SENTENCE_BREAK = lazy(r"[.!?](?=[\s\"'”’)\]]|$)|[;\n]")
_KINDS = ("ratio", "fraction", "vague", "words", "ordinal", "num")
# Where a figure can start: digits, and the number words the text holds.
_DIGIT = lazy(r"[£$€+\-−–]?\d+")
_WORD_TOKEN = lazy(r"[a-z]+")
_STARTS = frozenset(f"{_UNITS}|{_TENS}|{_BIG}|{_ORDINAL_WORDS}|dozen|dozens|hundreds|thousands|millions|tens|scores"
                    "|half|halves".split("|"))
_AFTER_ARTICLE = frozenset(("dozen", "hundred", "thousand", "million", "billion", "half", "third", "thirds",
                            "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "eighth", "eighths", "tenth",
                            "tenths"))
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # bytes: every non a-z byte -> space
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # keeps every offset
_GLUE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def lower_keeping_offsets(text: str) -> str:
    """The text lower-cased, every offset unchanged (a few letters change length when lower-cased)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _whole_words(lowered: str, word: str) -> list[int]:
    """Where `word` stands as a whole word."""
    found, end = [], len(lowered)
    at = lowered.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not lowered[at - 1].isalpha()) and (after == end or not lowered[after].isalpha()):
            found.append(at)
        at = lowered.find(word, at + 1)
    return found


def _candidates(text: str, lowered: str) -> list[int]:
    """Offsets where a figure may start, in order: digits (with a sign, a currency sign, or letters glued on
    before them, as in "A34"), number words, and "a" before "dozen", "third"... Words are looked for only when
    the text holds them (a pattern of every number word would cost a test at every letter)."""
    starts = []
    for m in _DIGIT.finditer(text):
        start = m.start()
        back = start - 1 if start and text[start - 1] == "-" else start
        while back > 0 and text[back - 1] in _GLUE and start - back < 9:
            back -= 1
        starts.append(back if back < start and text[back] in _GLUE else start)
    held = set(lowered.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split())
    for word in held & _STARTS:
        starts += _whole_words(lowered, word)
    for word in held & _AFTER_ARTICLE:  # "a dozen", "a third", "an eighth"
        for at in _whole_words(lowered, word):
            for article in ("a ", "an ", "a-"):
                begin = at - len(article)
                if lowered.startswith(article, begin) and (begin == 0 or not lowered[begin - 1].isalpha()):
                    starts.append(begin)
    return sorted(set(starts))


class Reader:
    """One text being read for figures: what every figure's Spot shares, found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = lower_keeping_offsets(text)
        self.breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
        self.sentences: dict[int, Sentence] = {}

    def matches(self) -> list[re.Match[str]]:
        """Every figure's match, in order, none overlapping."""
        text, found, taken = self.text, [], 0  # taken: the end of the last figure; candidates before it are in it
        match = FIGURE.match
        for start in _candidates(text, self.lowered):
            if start < taken:
                continue
            m = match(text, start)
            if m is None and text[start] in "£$€+-−–":  # "-2002" in "1986-2002": the sign was a hyphen
                m = match(text, start + 1)
            if m is not None:
                taken = m.end()
                found.append(m)
        return found

    def spot(self, m: re.Match[str]) -> Spot:
        """The figure of a match with the words around it."""
        text, lowered, groups = self.text, self.lowered, m.groupdict()
        kind = next(k for k in _KINDS if groups[k])
        start, end = _span(m)
        index = bisect_right(self.breaks, start)
        sentence_start = self.breaks[index - 1] if index else 0
        sentence = self.sentences.get(sentence_start)
        if sentence is None:
            sentence_end = self.breaks[index] if index < len(self.breaks) else len(text)
            sentence = self.sentences[sentence_start] = Sentence(text, lowered, sentence_start,
                                                                 max(sentence_end, end))
        raw_near = text[max(sentence.start, start - NEAR):start]
        figure = text[start:end]
        return Spot(text, start, end, "digits" if kind == "num" else kind, groups, sentence, figure,
                    lowered[start - len(raw_near):start], raw_near, lowered[end:min(sentence.end, end + CONTEXT)],
                    groups["num"] or "", (groups["suf"] or "").lower(), _PERCENT_UNIT.search(figure) is not None)


def _span(m: re.Match[str]) -> tuple[int, int]:
    """A figure's start and end: "mid-2020s" starts at its digits (an identifier such as "A34" keeps its letters)."""
    pre = m.group("pre")
    if pre and pre.lower().startswith(PREFIXES_OK):
        return (m.start("cur") if m.group("cur") else m.start("sign") if m.group("sign") else m.start("num")), m.end()
    return m.start(), m.end()


def find_spots(text: str) -> list[Spot]:
    """Every figure in the text, in order, none overlapping."""
    reader = Reader(text)
    return [reader.spot(m) for m in reader.matches()]


# --- dismissal rules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A named dismissal: a stable id, the reason shown to readers, and the test."""

    id: str
    reason: str
    test: Callable[[Spot], bool]


_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
DATE = lazy(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS}\b(?:,?\s+\d{{4}})?"  # 5 May 2022, 5th of May
    rf"|\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"  # May 5, 2022
    rf"|\b{_WEEKDAYS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # Thursday 4th
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b"  # 05/05/2022
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2022-05-05
    r"|\b(?:1[89]|20)\d{2}\s*[-–/]\s*(?:(?:1[89]|20)\d{2}|\d{2})\b"  # 2021-22, 2018/19
    r"|'\d{2}\b",  # '18
    re.I,
)
TIME = lazy(
    r"\b\d{1,2}(?:[.:][0-5]\d)?\s*(?:[ap]\.?m\b\.?)"  # 4.30pm, 11 am
    r"|\b\d{1,2}[.:][0-5]\d(?=\s*(?:(?:hours|hrs|o'clock)\b|BST|GMT|EDT|EST|CET|CEST|UTC))|\b\d{1,2}\s+o'clock\b"
    r"|\b(?:at|by|from|until|till|before|after|around|since)\s+[0-2]?\d[.:][0-5]\d\b(?![.,]?\d|\s*(?:%|per))"
    r"|\b[0-2]?\d:[0-5]\d\b(?!\s*(?:%|per))"  # 11:21
    r"|^[ \t]*[0-2]?\d[.:][0-5]\d(?=[ \t]*(?:[:|\-–—]|$)|[ \t]+[A-Z])",  # a live blog's "19.25: ..." stamp
    re.M,
)
PHONE = lazy(r"(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")


def _inside(pattern: re.Pattern[str], reach: int = 30) -> Callable[[Spot], bool]:
    """A test: the figure lies inside a match of `pattern` found on its line, within `reach` of it."""

    def test(spot: Spot) -> bool:
        text = spot.text
        low = text.rfind("\n", max(0, spot.start - reach), spot.start) + 1 or max(0, spot.start - reach)
        line_end = text.find("\n", spot.end, spot.end + reach)
        high = min(len(text), spot.end + reach) if line_end < 0 else line_end
        return any(m.start() <= spot.start and spot.end <= m.end() + 1 or spot.start <= m.start() < spot.end
                   for m in pattern.finditer(text, low, high))

    return test


LINK_REACH = 200  # characters either side of a figure searched for the rest of its web address


def _in_link(spot: Spot) -> bool:
    """The figure is part of a web address, an email address or a handle."""
    text = spot.text
    low, high = max(0, spot.start - LINK_REACH), min(len(text), spot.end + LINK_REACH)
    left = max(text.rfind(" ", low, spot.start), text.rfind("\n", low, spot.start), low - 1) + 1
    right = min((i for i in (text.find(" ", spot.end, high), text.find("\n", spot.end, high)) if i >= 0), default=high)
    word = text[left:right]
    return "://" in word or word.startswith(("www.", "@", "#")) or "@" in word and "." in word.split("@")[-1]


_COUNT_NOUNS_AFTER = lazy(r"^\s*(?:\w+\s+)?(?:votes?|seats?|councillors?|people|voters|residents|candidates|members"
                          r"|homes|more|fewer|of\b)")


def _year(spot: Spot) -> bool:
    """A year such as 2019 (or a decade such as the 1990s), not followed by what it would count."""
    if spot.kind != "digits" or spot.groups["sign"] or spot.groups["cur"] or spot.is_percent:
        return False
    number = spot.number
    if spot.suffix == "s" and re.fullmatch(r"(?:1[89]|20)?\d0", number):
        return True
    if spot.suffix or not re.fullmatch(r"(?:1[89]|20)\d\d", number):
        return False
    return not _COUNT_NOUNS_AFTER.match(spot.after)


_date_span = _inside(DATE)


def _date(spot: Spot) -> bool:
    """A year, or a day in a date ("5 May", "May 5th", "05/05/2022")."""
    if _year(spot):
        return True
    day = spot.kind == "digits" and (len(spot.number) <= 2 or spot.suffix in ("st", "nd", "rd", "th"))
    return day and _date_span(spot)


_CLOCK = lazy(r"\d{1,2}(?:[.:][0-5]\d)?")
_CLOCK_AFTER = lazy(r"\s*(?:[ap]\.?m\b|o'clock|hours\b|hrs\b)")


def _time(spot: Spot) -> bool:
    """A time of day: "4.30pm", "11:21", "at 2.40", a live blog's "19.25:" stamp."""
    if spot.kind != "digits" or not _CLOCK.fullmatch(spot.number):
        return False
    if spot.suffix in ("am", "pm"):
        return True
    return (len(spot.number) > 2 or _CLOCK_AFTER.match(spot.text, spot.end) is not None) and _time_span(spot)


_time_span = _inside(TIME)
_phone_span = _inside(PHONE)
_MONEY_AFTER = lazy(r"^\s*(?:pounds?|pence|quid|dollars?|euros?|sterling)\b|^p\b")
_MONEY_BEFORE = lazy(r"(?:[£$€]|\b(?:gbp|usd|eur))\s*$")


def _money(spot: Spot) -> bool:
    if spot.groups.get("cur") or spot.suffix == "p" or _MONEY_AFTER.match(spot.after):
        return True
    return bool(_MONEY_BEFORE.search(spot.near))


_AGE_BEFORE = lazy(r"\b(?:aged|age\s+of|ages\s+of|age)\s+(?:just\s+|only\s+)?$"
                   r"|\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?$")
_AGE_AFTER = lazy(r"^(?:-|\s)?years?[-\s]old|^-year-olds?\b|^s?\s+and\s+over\b")


def _age(spot: Spot) -> bool:
    pre = (spot.groups.get("pre") or "").lower()
    if pre in ("over-", "under-") and spot.suffix == "s":
        return True
    if spot.kind not in ("digits", "words") or spot.kind == "digits" and len(spot.number) > 3:
        return False
    return bool(_AGE_AFTER.match(spot.after) or _AGE_BEFORE.search(spot.near))


_DURATION_AFTER = lazy(
    r"^(?:[\s-]+(?:(?:more|full|long|straight|consecutive|successive|whole|previous|past|last|next|further)\s+)?"
    r"|\s+(?:years?|months?)\s+and\s+\w+\s+)"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|decades?|centur(?:y|ies)|terms?|generations?|nights?)\b"
    r"|^\s+(?:of\s+)?an?\s+(?:hour|century|decade|year|day|term)\b|^-?(?:time|hour|term)\b"
)


def _duration(spot: Spot) -> bool:
    return spot.kind in ("digits", "words", "fraction", "vague") and not spot.is_percent and bool(
        _DURATION_AFTER.match(spot.after))


_CONTEST_NOUN = (r"(?:seats?|wards?|divisions?|councils?|authorities|local\s+authorities|councillors?|places"
                 r"|contests?|races?|mayoralties|elections|constituencies|positions)")
_CONTEST_CUE = (r"(?:(?:all\s+)?up\s+for\s+(?:re-?)?(?:election|grabs)|(?:being\s+)?contested|at\s+stake"
                r"|to\s+be\s+(?:elected|filled|decided|contested|fought)|being\s+(?:fought|defended)|holding\s+elections"
                r"|held\s+elections|(?:went|going|go)\s+to\s+the\s+polls|with\s+elections|voting\s+(?:this|on|today))")
_CONTEST_AFTER = lazy(
    rf"^(?:[\s-]+[\w'-]+){{0,2}}?[\s-]+{_CONTEST_NOUN}(?:\s+(?!of\b|\d)[\w'-]+){{0,3}}?\s+(?:(?:were|are|was|is"
    rf"|being|will\s+be|had\s+been"
    rf"|have\s+been)\s+)?{_CONTEST_CUE}\b"
    r"|^(?:[\s-]+[\w'-]+){0,2}?[\s-]+(?:candidates?|polling\s+stations?|ballot\s+papers?|count(?:ing)?\s+centres?"
    r"|nominations?|registered\s+(?:voters|electors)|eligible\s+voters|electorate|electors)\b"
    r"|^(?:[\s-]+[\w'-]+){0,2}?[\s-]+(?:elections|by-elections|contests|races|polls)\s+(?:were\s+|being\s+)?(?:held"
    r"|taking\s+place|took\s+place|under\s+way)\b"
    r"|^-(?:seat|member|ward|strong)\s+(?:[\w'&-]+\s+){0,3}?(?:council|authority|chamber|assembly|borough|body)\b"
)
_CONTEST_VERB = lazy(
    r"\b(?:defending|defended|defend|contesting|fielding|fielded|standing|stood|fighting|fought)(?:\s+(?:in|across"
    r"|for))?\s+(?:(?:all|the|some|more\s+than|over|nearly|almost|around|about|just|only)\s+)*$"
    r"|\belectorate\s+of\s+(?:(?:more\s+than|over|nearly|almost|around|about|just|some)\s+)?$"
)
_CONTEST_NOUN_AFTER = lazy(rf"^(?:[\s-]+[\w'-]+){{0,2}}?[\s-]+{_CONTEST_NOUN}\b")
_ACROSS = lazy(r"\b(?:across|in|over)\s+(?:all\s+|the\s+)?$")
_AREAS_AFTER = lazy(r"^(?:[\s-]+[\w'-]+){0,2}?[\s-]+(?:wards|divisions|councils|authorities|constituencies|areas)\b")
_CONTEST_IN_SENTENCE = lazy(rf"\b{_CONTEST_CUE}\b")


_PROGRESS_NOUN_VERB = (r"(?:[\s-]+[\w'-]+){0,2}?[\s-]+(?:councils?|authorities|seats|wards|results|areas|counts)"
                       r"\s+(?:(?:have|has|had|are|were|being|now|so\s+far|already|been|yet\s+to\s+be)\s+)*"
                       r"(?:declared|counted|counting|reported|declaring|to\s+declare)\b")
_PROGRESS_AFTER = lazy(rf"^(?:\s+(?:out\s+of|of)\s+(?:the\s+)?[\d,]+)?{_PROGRESS_NOUN_VERB}")
_PROGRESS_TOTAL = lazy(r"\d\s+(?:out\s+of|of)\s+(?:the\s+)?$")
_PROGRESS_TOTAL_AFTER = lazy(rf"^{_PROGRESS_NOUN_VERB}")


def _progress(spot: Spot) -> bool:
    """How far the count had got: "with 120 of 200 councils declared"."""
    if spot.kind in ("ordinal", "ratio") or spot.is_percent:
        return False
    if _PROGRESS_AFTER.match(spot.after):
        return True
    return bool(_PROGRESS_TOTAL.search(spot.near) and _PROGRESS_TOTAL_AFTER.match(spot.after))


def _contest(spot: Spot) -> bool:
    """The size of the contest: seats or councils up for election, wards, candidates, the electorate."""
    if spot.kind in ("ordinal", "ratio") or spot.is_percent:
        return False
    size = _CONTEST_AFTER.match(spot.after)
    if size and spot.value() == 1 and "candidate" in size.group(0):  # "one candidate": a person, not a field
        return False
    if size and not (spot.kind == "fraction" and "elect" in size.group(0)):  # "a third of the electorate": turnout
        return True
    verb = _CONTEST_VERB.search(spot.near)
    if verb and (verb.group(0).lower().startswith("electorate") or _CONTEST_NOUN_AFTER.match(spot.after)):
        return True
    # "40 seats up for election across 14 wards": the wards a contest spans, in a sentence about the contest
    return bool(_ACROSS.search(spot.near) and _AREAS_AFTER.match(spot.after)
                and _CONTEST_IN_SENTENCE.search(spot.near + spot.after))


# A poll, prediction, forecast or condition earlier in the same clause governs the figures after it.
_POLL = (
    r"(?<!topped\s)(?<!top\s)(?<!tops\s)(?<!topping\s)(?<!at\s)(?<!to\s)(?<!at\sthe\s)(?<!to\sthe\s)"
    r"(?<!topped\sthe\s)(?<!tops\sthe\s)(?<!top\sthe\s)polls?(?!\s+(?:closed|opened|close|open))|pollsters?"
    r"|polling\s+(?:suggests?|suggested|shows?|showed|by|from|companies|company|firms?|averages?|data|had|has|put|puts)"
    r"|opinion\s+polls?|surveys?|yougov|ipsos|savanta|opinium|survation|deltapoll|comres"
    r"|panelbase|redfield|electoral\s+calculus|mrp|forecast(?:s|ers?|ing|ed)?|predict(?:s|ed|ions?|ing)?"
    r"|(?<!as\s)(?<!than\s)(?<!un)expect(?:s|ed|ations?|ing)?|tipped|pundits"
)
_MODAL = (
    r"could(?!n't|\s+not|\s+only)|would(?:n't)?|might|(?-i:may)|(?-i:will)|should|likely|unlikely|set\s+to"
    r"|on\s+course|on\s+track|poised|hop(?:es?|ing)\s+(?:to|of|for)|aim(?:s|ing)?\s+to|needs?\s+to"
    r"|needed\s+to|if|unless|whether"
)
_FORECAST_CUE = lazy(rf"\b(?:{_POLL}|{_MODAL})\b", re.I)
_POLL_CUE = lazy(rf"\b(?:{_POLL})\b", re.I)
# The words those patterns start with, for a cheap test of each sentence first.
_POLL_WORDS = frozenset(("poll", "polls", "pollster", "pollsters", "polling", "opinion", "survey", "surveys",
                         "yougov", "ipsos", "savanta", "opinium", "survation", "deltapoll", "comres", "panelbase",
                         "redfield", "electoral", "mrp", "forecast", "forecasts", "forecaster", "forecasters",
                         "forecasting", "forecasted", "predict", "predicts", "predicted", "prediction", "predictions",
                         "predicting", "expect", "expects", "expected", "expectation", "expectations", "expecting",
                         "tipped", "pundits"))
_FORECAST_WORDS = _POLL_WORDS | frozenset((
    "could", "would", "wouldn", "might", "may", "will", "should", "likely", "unlikely", "set", "course", "track",
    "poised", "hope", "hopes", "hoping", "aim", "aims", "aiming", "needs", "need", "needed", "if", "unless",
    "whether"))
_FORECAST_AFTER = lazy(
    r"^(?:\s+(?!than\b|as\b)[\w'-]+){0,3}?\s+(?:(?:were|was|is|are|being)\s+)?(?:predicted|predicting|forecast"
    r"|forecasting|expected|expecting|needed|required)\b")
# The BBC's projected national share is a result put as a condition ("would have polled 35% if..."): not a
# forecast, and often introduced a sentence or two before its figures.
_NATIONAL_SHARE = lazy(r"\bprojected\s+(?:national\s+)?(?:vote\s+)?share|\bnational\s+(?:equivalent\s+)?(?:vote\s+)?"
                       r"share|\bnational\s+equivalent|\bPNS\b|\bNEV\b|\bbased\s+on\s+(?:the\s+)?results"
                       r"|\b(?:uk|britain|gb)-wide\b", re.I)
NATIONAL_SHARE_REACH = 400  # characters before the sentence searched for the national share's introduction


def _forecast(spot: Spot) -> bool:
    """A figure in a poll, prediction, forecast or condition ("could gain", "the polls put", "if they win").
    A share needs a poll or forecast word, not a modal alone: "would be on 35%" is how the national share reads."""
    if spot.kind == "ordinal":
        return False
    paragraph = spot.text.rfind("\n\n", max(0, spot.sentence_start - NATIONAL_SHARE_REACH), spot.sentence_start)
    window_start = paragraph if paragraph >= 0 else max(0, spot.sentence_start - NATIONAL_SHARE_REACH)
    if spot.is_percent and _NATIONAL_SHARE.search(spot.text, window_start, spot.sentence_end):
        return False
    if _FORECAST_AFTER.match(spot.after):
        return True
    cues = spot.sentence.poll_cues() if spot.is_percent else spot.sentence.forecast_cues()
    if not cues or cues[0] >= spot.start:
        return False
    return _any_between(cues, spot.clause_start(), spot.start)


# Elections the reference data does not hold (it holds local, mayoral and Westminster ones).
_OTHER_ELECTION_AFTER = lazy(
    r"^\s*(?:\w+\s+)?(?:msps|mss|ams|meps|mlas|pccs?|police\s+and\s+crime\s+commissioners?)\b"
    r"|^(?:\s+[\w'-]+){0,3}?\s+seats?\s+(?:\w+\s+){0,2}?(?:at|in|to)\s+(?:the\s+)?(?:holyrood|senedd"
    r"|scottish\s+parliament|european\s+parliament|european\s+elections?|welsh\s+assembly|stormont)\b"
)
_OTHER_ELECTION_BEFORE = lazy(
    r"\b(?:holyrood|scottish\s+parliament|senedd|welsh\s+assembly|stormont|european\s+(?:elections?|parliament)"
    r"|euro\s+elections|referendum)\b"
)
_OTHER_ELECTION_WORDS = frozenset(("holyrood", "scottish", "senedd", "welsh", "stormont", "european", "euro",
                                   "referendum"))
_LOCAL_WORDS = lazy(r"\b(?:local|council|councils|councillors?|borough|county|mayor|mayoral|ward|wards)\b")


def _other_election(spot: Spot) -> bool:
    """A Holyrood, Senedd, European or referendum figure: votes the reference data does not hold."""
    if _OTHER_ELECTION_AFTER.match(spot.after):
        return True
    named = _any_between(spot.sentence.other_elections(), spot.start - CONTEXT, spot.start)
    return named and not spot.sentence.local()


_NOT_ELECTORAL = (r"(?:council\s+tax|tax(?:es)?|rents?|inflation|interest\s+rates?|mortgages?|wages?|salar(?:y|ies)"
                  r"|budgets?|spending|funding|prices?|bills?|fees?|precept|gdp|unemployment|economy|benefits"
                  r"|pensions?|profits?|revenue|income|debts?|discount|crime|recycling|emissions|fares?|pay\s+rise"
                  r"|borrowing|reserves|deficit)")
_PERCENT_OF_PEOPLE = lazy(
    r"^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:population|households?|homes|residents|respondents|adults|public"
    r"|britons|those\s+(?:asked|polled|surveyed|questioned)|children|pupils|staff|workers|employees|businesses"
    r"|properties|people\s+(?:asked|polled|surveyed|questioned|think|thought|say|said|believe|want))\b"
)
_NOT_ELECTORAL_NEAR = lazy(rf"\b{_NOT_ELECTORAL}\b")


_TURNOUT_BEFORE = lazy(r"\b(?:turnout|turned\s+out|went\s+to\s+the\s+polls|bothered\s+to\s+vote)\b")
_TURNOUT_AFTER = lazy(r"^\s*(?:turnout\b|of\s+(?:the\s+)?(?:eligible\s+|registered\s+)?(?:voters|electorate|electors)"
                      r"\s+(?:turned\s+out|voted|cast|went))")


def _turnout(spot: Spot) -> bool:
    """A turnout in a text about no mayoral contest: the reference data holds turnout for mayoral contests only."""
    if not (spot.is_percent or spot.kind in ("fraction", "ratio")):
        return False
    if not (_TURNOUT_AFTER.match(spot.after) or _TURNOUT_BEFORE.search(spot.near)):
        return False
    return "mayor" not in spot.sentence.lowered  # the whole text: any mayoral contest in it keeps its turnouts


_VOTES_CAST_AFTER = lazy(r"^\s+(?:votes\s+(?:were\s+)?cast|voters\s+(?:took\s+part|turned\s+out|voted)|ballots)\b"
                         r"|^\s+votes\b(?=[^.]{0,60}\bturn-?out\b)", re.I)
_VOTES_CAST_BEFORE = lazy(r"\bturn-?out\b(?:[^.;]|\.\d){0,60}\b(?:totall?ing|of|with)\s+(?:just\s+|some\s+|about\s+)?$",
                          re.I)


def _votes_cast(spot: Spot) -> bool:
    """How many voted ("350,000 voters took part", "turnout ..., totalling 402,118 votes"): held only as a rate."""
    if spot.is_percent or spot.kind in ("ordinal", "ratio"):
        return False
    return bool(_VOTES_CAST_AFTER.match(spot.after) or _VOTES_CAST_BEFORE.search(spot.near))


def _other_percentage(spot: Spot) -> bool:
    """A percentage of something other than votes or seats: council tax, inflation, households..."""
    if not spot.is_percent:
        return False
    if _PERCENT_OF_PEOPLE.match(spot.after):
        return True
    return bool(_NOT_ELECTORAL_NEAR.search(spot.near + " " + spot.after[:40]))


_THINGS = (r"(?:people(?!\s+(?:voted|backed|supported|chose|turned|cast|who\s+voted))|residents|inhabitants|households"
           r"|homes|houses|properties|jobs|businesses|firms|staff|employees|workers|pupils|schools|children|patients"
           r"|beds|miles|kilometres|km|metres|feet|acres|hectares|square|tonnes|charts|graphs|maps|pages|words|things"
           r"|takeaways|lessons|reasons|ways|questions|deaths|lives|victims|cars|buses|followers|signatures|complaints"
           r"|cases|calls|tweets|posts|stories|countries|languages|officers|officials|activists|volunteers"
           r"|campaigners|(?:main|major|big|largest|biggest)\s+(?:political\s+)?parties|parties|elections)")
# A word between a figure and what it counts ("1,000 new council homes"), but never a result's noun.
_MODIFIER = (r"(?:(?!(?:seats?|councils|councillors?|votes?|wards?|mayors?|gains?|losses|of|and|or|than|in|to|from"
             r"|for|the|an?|per|percent)\b)[a-z'-]+)")
_THINGS_AFTER = lazy(rf"^(?:[\s-]+{_MODIFIER}){{0,2}}\s+{_THINGS}\b|^\s+of\s+(?:{_MODIFIER}\s+)?{_THINGS}\b")
_THINGS_BEFORE = lazy(
    r"\b(?:population\s+of|populations?\s+(?:is|was|are|were|of)|home\s+to|killed|injured|died|deaths\s+of"
    r"|employs|employing)\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|just|roughly)\s+)?$"
)


_WARDS_AFTER = lazy(r"^\s+(?:[a-z-]+\s+)?(?:wards?|divisions?)\b")


def _wards(spot: Spot) -> bool:
    """A count of wards ("across 12 wards", "in a single ward"): the reference data checks councils, not wards."""
    return spot.kind not in ("ordinal", "ratio") and not spot.is_percent and bool(_WARDS_AFTER.match(spot.after))


def _other_count(spot: Spot) -> bool:
    """A count of people or things other than votes, seats or councils."""
    if spot.kind in ("ordinal", "ratio") or spot.is_percent:
        return False
    return bool(_THINGS_AFTER.match(spot.after) or _THINGS_BEFORE.search(spot.near))


_NOT_RANKING_AFTER = lazy(
    r"^[\s-]+(?:round|rounds|preferences?|choices?|time|times|term|half|quarter|year|day|week|month|night|stage"
    r"|past|world|minister|secretary|lady|person|ever|annual|edition|count|declaration|results?|result|elected"
    r"|published|became|took|came\s+to)\b")
_RANKING_BEFORE = lazy(
    r"\b(?:came|come|comes|coming|finished|finish|finishes|finishing|placed|pushed|slipped|dropped|fell|falls|fall"
    r"|rose|rises|climbed|moved|relegated|ended|ending|trailing|trailed|beaten|leapt|jumped|remained|stayed|was|were"
    r"|is|are|into|to|from)\s+(?:(?:back\s+|up\s+|down\s+)?(?:in|into|to)\s+)?(?:a\s+|the\s+)?"
    r"(?:distant\s+|close\s+|poor\s+|strong\s+|respectable\s+|joint\s+)?$"
)
_PLACING_BEFORE = lazy(
    r"\b(?:a|the)\s+(?:distant|close|poor|strong|respectable|joint|clear|comfortable|narrow|creditable)\s+$")
_RANKING_AFTER = lazy(
    r"^[\s-]+(?:place[ds]?|position|spot)\b|^[\s-]+(?:largest|biggest|strongest|best|worst|smallest|most)\b")


def _ordinal(spot: Spot) -> bool:
    """An ordinal that does not rank a party or candidate: "first time", "second term", "first round"."""
    if spot.kind != "ordinal" and not (spot.kind == "digits" and spot.suffix in ("st", "nd", "rd", "th")):
        return False
    if _NOT_RANKING_AFTER.match(spot.after):
        return True
    return not (_RANKING_BEFORE.search(spot.near) or _RANKING_AFTER.match(spot.after)
                or _PLACING_BEFORE.search(spot.near))


_ONE_BEFORE = lazy(r"\b(?:no|this|that|which|every|any|each|the|the\s+only)\s+$")
_ONE_COUNTS = lazy(r"^\s+(?:[\w-]+\s+)?(?:seats?|councils?|councillors?|wards?|gains?|losses?|votes?|mayors?"
                   r"|authorit(?:y|ies)|boroughs?|count(?:y|ies)|per|percent|points?|more|fewer)\b")
_ONE_AFTER = lazy(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|[\w']+'s?\s+){1,2}(?:\w+-)?(?:\w+est|most|best|worst"
    r"|few|only|main|key|biggest|largest|many|great|top)\b"
    r"|^[\s-]+(?:another|day|off|time|thing|side|sided|way|hand|party|nation|man|woman|word|point|stop|size"
    r"|eyed|liner|to-one|on-one)\b"
    r"|^\s+(?:who|that|which)\b"
    r"|^\s+of\s+(?:the\s+|its\s+|their\s+)(?:better|worse|bigger|larger|greater|smaller|stronger|weaker)\b"
    r"|^\s+(?:[\w-]+\s+)?(?:source|insider|aide|official|observer|commentator|voter|resident|supporter|activist"
    r"|strategist|analyst|expert)\b"
)


def _idiom(spot: Spot) -> bool:
    """ "one" as a word, not a count: "one of the biggest", "no one", "the one who", "one another"."""
    if spot.kind != "words" or spot.figure.lower() != "one" or _ONE_COUNTS.match(spot.after):
        return False
    return bool(_ONE_AFTER.match(spot.after) or _ONE_BEFORE.search(spot.near))


_IDENTIFIER_BEFORE = lazy(
    r"(?:\b(?:No\.?|[Nn]umber|[Pp]age|[Pp]p?\.|[Ss]ection|[Aa]rticle|[Cc]lause|[Cc]hapter|[Tt]able|[Ff]ig(?:ure|\.)"
    r"|[Jj]unction|[Rr]oute|[Rr]oom|[Pp]latform|Channel|Radio|BBC|ITV|[Tt]ier|[Bb]and|[Vv]ersion|[Ss]chedule"
    r"|[Pp]aragraph|[Pp]ara|[Ss]tep|[Ii]tem|Question|Part|Class|Grade|Year|Key\s+Stage|Windows|iPhone)\s*|[/#])$"
)


_CHANNEL_BEFORE = lazy(r"\b(?:Channel|Radio|BBC|ITV)\s*$")


def _identifier(spot: Spot) -> bool:
    """Part of a name or code: "A34", "COVID-19", "Section 114", "Channel 4", "page 6"."""
    pre = (spot.groups.get("pre") or "").lower()
    if pre and not pre.startswith(PREFIXES_OK):
        return True
    if spot.kind == "digits" and spot.suffix and spot.suffix not in SUFFIX_KINDS:
        return True
    if spot.kind != "digits":  # "BBC One", but "no one" is a word
        return bool(_CHANNEL_BEFORE.search(spot.raw_near))
    return bool(_IDENTIFIER_BEFORE.search(spot.raw_near))


def _list_number(spot: Spot) -> bool:
    """ "1." or "(2)" opening a line."""
    if spot.kind != "digits" or len(spot.number) > 2 or spot.groups["sign"] or spot.is_percent:
        return False
    lead = spot.text[max(0, spot.start - 8):spot.start]  # a list number stands within a few spaces of its line's start
    line_start = lead.rfind("\n") + 1
    if not line_start and spot.start > 8:
        return False
    return lead[line_start:].strip(" \t([") == "" and _LIST_MARK.match(spot.text, spot.end) is not None


_LIST_MARK = lazy(r"[.)\]](?=\s)")


def _phone(spot: Spot) -> bool:
    return spot.kind == "digits" and _phone_span(spot)


def _link(spot: Spot) -> bool:
    return spot.kind == "digits" and _in_link(spot)


RULES: tuple[Rule, ...] = (
    Rule("figures.link", "part of a web address, email address or handle", _link),
    Rule("figures.phone", "a phone number", _phone),
    Rule("figures.time", "a time of day", _time),
    Rule("figures.age", "an age (of a person, or of the article)", _age),
    Rule("figures.date", "a date or year, not a result", _date),
    Rule("figures.money", "a sum of money", _money),
    Rule("figures.identifier", "part of a name or identifier (a road, page, section, code)", _identifier),
    Rule("figures.list_number", "the number of a list item or heading", _list_number),
    Rule("figures.idiom", "'one' used as a word, not a count ('one of the biggest', 'no one')", _idiom),
    Rule("figures.duration", "a length of time (years of history, months, a term)", _duration),
    Rule("figures.other_election", "a Holyrood, Senedd, European, police commissioner or referendum figure: votes "
         "the reference data does not hold", _other_election),
    Rule("figures.forecast", "part of a poll, prediction, forecast or condition, not a result", _forecast),
    Rule("figures.turnout", "a turnout the reference data does not hold (it holds turnout for mayoral contests only)",
         _turnout),
    Rule("figures.contest", "the size of the contest (seats, wards or councils up for election, candidates, the "
         "electorate), not its result", _contest),
    Rule("figures.count_progress", "how far the count had got (councils declared so far), not a result", _progress),
    Rule("figures.other_percentage", "a percentage of something other than votes or seats", _other_percentage),
    Rule("figures.other_count", "a count of people or things other than votes, seats or councils", _other_count),
    Rule("figures.votes_cast", "how many people voted: turnout is held as a rate, not a count of votes cast",
         _votes_cast),
    Rule("figures.wards", "a count of wards or divisions: the reference data checks councils, not wards", _wards),
    Rule("figures.ordinal", "an ordinal (first time, second term, first round), not a count or a ranking", _ordinal),
)
RULES_BY_ID = {rule.id: rule for rule in RULES}


def dismissal(spot: Spot) -> Rule | None:
    """The first rule that dismisses the figure, or None."""
    return next((rule for rule in RULES if rule.test(spot)), None)


# --- the ledger ------------------------------------------------------------------------------------------


def account_figures(text: str, claims: Sequence[Claim]) -> tuple[Figure, ...]:
    """Every figure in the text, each in exactly one state: in a claim, dismissed with a reason, or unresolved."""
    by_start = sorted((c.span.start, c.span.end, c.id) for c in claims)
    waiting, active = 0, []  # claims by start not yet reached; a heap of reached claims, shortest span first
    reader = Reader(text)
    figures = []
    for m in reader.matches():  # in text order, so a claim that ended before one figure ends before the next
        at, until = _span(m)
        while waiting < len(by_start) and by_start[waiting][0] <= at:
            start, end, cid = by_start[waiting]
            heapq.heappush(active, (end - start, start, waiting, end, cid))
            waiting += 1
        while active and active[0][3] <= at:
            heapq.heappop(active)
        if active:  # the shortest claim span holding the figure
            figures.append(Figure(at, until, text[at:until], CLAIM, claim=active[0][4]))
            continue
        spot = reader.spot(m)
        rule = dismissal(spot)
        if rule is not None:
            figures.append(Figure(spot.start, spot.end, spot.figure, DISMISSED, reason=rule.reason, rule=rule.id))
        else:
            figures.append(Figure(spot.start, spot.end, spot.figure, UNRESOLVED))
    return tuple(figures)


__all__ = ["CLAIM", "DISMISSED", "RULES", "STATUSES", "UNRESOLVED", "Rule", "Spot", "account_figures",
           "dismissal", "find_spots"]
