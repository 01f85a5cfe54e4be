"""A claim while it is being built (Draft), and the sentence it is read from (SentenceView).

Family modules read a SentenceView and return Drafts with what the sentence says outright; the engine
then fills the party and place from context (see `context.py`) and turns each Draft into a Claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.patterns import (
    RGX_BEATEN_VERB,
    RGX_CONDITIONAL_BEFORE,
    RGX_MODAL_BEFORE,
    RGX_NEGATION_BEFORE,
    RGX_PRONOUN,
    RGX_SUBJECT_FILLER,
)
from factcheck.extract.vocabulary import Mention
from factcheck.model import ClaimType, Direction, Quantity
from factcheck.regex_cache import cached_compile, lazy

_SUBJECT_TAIL = lazy(rf"{RGX_SUBJECT_FILLER}$")
_PRONOUN_END = lazy(rf"\b(?P<pronoun>{RGX_PRONOUN}|who|which|the\s+party)\s*$", re.I)  # "the party": as "it"
# ", the great unsung winners of the night," between a subject and its verb.
_APPOSITIVE_END = lazy(r",\s*(?:the|a|an|by\s+far|once\s+again|as\s+expected)\b[^,;:()]{0,70},\s*$", re.I)
# ", who stood aside in some wards under a pact with the Greens," between a subject and its verb.
_RELATIVE_END = lazy(r",\s*(?:who|which)\s+[^,;:()\d]{3,100},\s*$", re.I)
_REPORTED = lazy(
    r"\b(?:said|says|told|tells|insisted|insists|argued|argues|claimed|claims|warned|added|admitted|remarked)\b")
_POSSESSIVE = lazy(r"'s?\s*$")
_PARTY_PERSON = lazy(r"(?:'s?|\u2019s?)\s+(?:\w+\s+)?(?:candidate|nominee|leader|councillor|mayor|incumbent)"
                     r"(?:\s+[A-Z][\w'\u2019-]+){0,3}\s*$")
_RELATIVE_VERB = lazy(r"\s*,?\s*(?:who|which)\s+(?:\w+ly\s+|also\s+|then\s+)?$", re.I)  # ", who won": its verb
_OBJECT_BEFORE = lazy(r"\b(?:from|to|against|than|behind|ahead\s+of)\s+$", re.I)
# "the same number as Reform", "as many as the Greens": a party compared with, not the one that acts.
_COMPARED_WITH = lazy(r"\b(?:from|to|against|than|behind|ahead\s+of|(?:same(?:\s+\w+){0,2}|many|much)\s+as)\s+$", re.I)
# "beating Labour's Jo Lee": the party beaten, never the one whose figure follows.
_BEATEN_BEFORE = lazy(rf"\b{RGX_BEATEN_VERB}\s+(?:the\s+)?$", re.I)
_MODAL = lazy(RGX_MODAL_BEFORE, re.I)
_NEGATION = lazy(RGX_NEGATION_BEFORE, re.I)
_CONDITIONAL = lazy(RGX_CONDITIONAL_BEFORE, re.I)
_CLAUSE_BREAK = lazy(r"[,;:(]|\s-\s")
_QUESTION_CLAUSE_BREAK = lazy(r"[,;:.!]|\s-\s")
_WHERE = lazy(r"\b(?:where|whereas|while|whilst)\b", re.I)
# Words that lead into a list of places: "some big councils, ", "areas such as ", "such as in ".
_LIST_LEAD_IN = lazy(
    r"\s*(?:(?:[a-z]+\s+){0,4}?(?:councils?|areas?|places?|authorities|boroughs|cities|towns|wards|seats)"
    r"\s*(?:,|:|\s-|such\s+as|like|including|of|in)\s*(?:in\s+|the\s+councils?\s+of\s+)?"
    r"|(?:such\s+as|like|including|notably)\s+(?:in\s+)?)?"
)
_AND_GAP = lazy(r"\s*,?\s+(?:and|&)\s+(?:the\s+)?|\s*&\s*(?:the\s+)?")
_COORDINATION = lazy(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
_THERE = lazy(r"\s+(?:there|here)\b", re.I)
_IN_PLACE = lazy(r"\s+(?:in|on|at|across|throughout|to|onto)\s+(?=\S)", re.I)
_TO_PARTY = lazy(r"\s+(?:to|from)\s+(?=(?:the\s+)?[A-Z])", re.I)
_LIST_SEPARATOR = lazy(r"\s*(?:,\s*(?:and\s+|&\s+|as\s+well\s+as\s+)?|\s+(?:and|or|&|as\s+well\s+as)\s+)")


# Parts of a pattern that may hold capitals without making it case-sensitive: class escapes ("\\S"), escaped
# marks and group names. Any other escape ("\\x4B" is "K"), a capital, a non-ASCII character, an inline flag or
# a range inside brackets ("[@-Z]") keeps the pattern as it is.
_HARMLESS = re.compile(r"\\[dDsSwWbBAZ]|\\[^0-9A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")
_UNSAFE = re.compile(r"[A-Z\\]|[^\x00-\x7f]|\(\?[-a-z]|\[[^\]]*-")
_TWINS: dict[int, tuple[object, re.Pattern[str] | None]] = {}


def _lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` compiled without IGNORECASE, when that finds exactly what it finds in lower-cased ASCII text:
    it is case-insensitive and holds only lower-case ASCII letters and harmless escapes. Else None."""
    known = _TWINS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    twin = None
    bare = _HARMLESS.sub("", pattern.pattern)
    if pattern.flags & re.I and not _UNSAFE.search(bare) and "[]" not in bare and "[^]" not in bare:
        twin = cached_compile(pattern.pattern, pattern.flags & ~re.I)
    _TWINS[id(pattern)] = (pattern, twin)
    return twin


@dataclass
class Draft:
    """A claim under construction. Offsets are relative to the sentence."""

    type: ClaimType
    start: int
    end: int
    verb: int  # where the claim's verb (or trigger) starts: subject search and guards look before it
    party: str | None = None  # named in the pattern itself ("new Labour councils", "Labour's share")
    also_parties: tuple[str, ...] = ()  # more parties the same words claim for ("both main parties on 28%")
    subject: str = "auto"  # "auto": look before `verb`; "none": do not look; "we": first person
    other_party: str | None = None
    places: list[str] = field(default_factory=list)  # one claim per place
    place_ref: str | None = None  # "there", "council", "both", "none"
    quantity: Quantity | None = None
    direction: Direction = Direction.NONE
    baseline: str | None = None
    election_hint: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    priority: int = 0  # where claims overlap, the higher priority wins
    keep_modal: bool = False  # a claim the modal guard must not drop ("projected", "predicted")


@dataclass
class SentenceView:
    """One folded sentence with its party and place mentions (offsets relative to the sentence)."""

    text: str
    offset: int
    parties: list[Mention]
    places: list[Mention]
    _place_starts: dict[int, Mention] = field(default_factory=dict, repr=False)
    lower: str = field(default="", repr=False)
    mayoral: bool = False  # the text around is about mayoral contests ("The mayoralties, one by one:")
    counting: bool = False  # the text reports the count part-way through ("with 162 of 248 councils declared")
    ascii: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        self.lower = self.text.lower()
        self.ascii = self.text.isascii()
        for place in self.places:
            self._place_starts.setdefault(place.start, place)
            if place.text.lower().startswith("the "):
                self._place_starts.setdefault(place.start + 4, place)

    def scan(self, pattern: re.Pattern[str], *needles: str, gate: re.Pattern[str] | None = None) -> list[re.Match[str]]:
        """`pattern.finditer` over the sentence, skipped unless one of the (lower-case) needles occurs and the
        `gate` (a part every match of `pattern` contains, far cheaper to compile) is found."""
        if needles:
            lower = self.lower
            for needle in needles:
                if needle in lower:
                    break
            else:
                return []
        if gate is not None and not self.contains(gate):
            return []
        return list(pattern.finditer(self.text))

    def has_any(self, needles: tuple[str, ...]) -> bool:
        """Whether one of the (lower-case) needles occurs in the sentence."""
        lower = self.lower
        for needle in needles:  # noqa: SIM110 - a plain loop: any() over a generator takes twice as long
            if needle in lower:
                return True
        return False

    def may_contain(self, pattern: re.Pattern[str], needle: str) -> bool:
        """`contains(pattern)`, for a pattern whose every match holds `needle` (in lower case): an ASCII
        sentence without it is answered without running the pattern."""
        return (not self.ascii or needle in self.lower) and self.contains(pattern)

    def contains(self, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` occurs in the sentence. A case-insensitive pattern with only lower-case letters
        runs without IGNORECASE over an ASCII sentence's lower-cased copy: the same answer, faster."""
        if self.ascii:
            twin = _lower_case_twin(pattern)
            if twin is not None:
                return twin.search(self.lower) is not None
        return pattern.search(self.text) is not None

    # --- parties --------------------------------------------------------------------------------
    def party_at(self, start: int, end: int | None = None) -> Mention | None:
        """The party mention inside [start, end) (or starting at `start`)."""
        for party in self.parties:
            if end is None and party.start <= start < party.end:
                return party
            if end is not None and start <= party.start and party.end <= end:
                return party
        return None

    def subject_before(self, verb: int) -> tuple[Mention | None, str | None]:
        """The party or pronoun directly before a verb ("Labour have actually gained" -> Labour)."""
        tail = _SUBJECT_TAIL.search(self.text, max(0, verb - 80), verb)
        end = tail.start() if tail else verb
        head = self.text[max(0, end - 60):end]
        possessive = _PARTY_PERSON.search(head) or _POSSESSIVE.search(head)  # "Reform UK's candidate Jo Bloggs"
        if possessive:
            end -= len(possessive.group())
        aside = _APPOSITIVE_END.search(self.text, max(0, end - 90), end)
        relative = _RELATIVE_END.search(self.text, max(0, end - 120), end)
        for stop in (end, aside.start() if aside else None, relative.start() if relative else None):
            for party in reversed(self.parties) if stop is not None else ():
                if party.end == stop or (party.end <= stop and not self.text[party.end:stop].strip()):
                    if _OBJECT_BEFORE.search(self.text, max(0, party.start - 12), party.start) and not (
                            self.relative_subject(party, verb)):
                        return None, None  # "took X from the Tories with 22 seats" (but "to independents, who won")
                    return party, None
                if party.end < stop:
                    break
        pronoun = _PRONOUN_END.search(self.text, max(0, end - 10), end)
        if pronoun:
            return None, pronoun.group("pronoun").lower()
        return None, None

    def relative_subject(self, party: Mention, verb: int) -> bool:
        """ "to independents, who won 28": the party is the verb's subject through "who" or "which"."""
        return _RELATIVE_VERB.match(self.text, party.end, verb) is not None

    def coordinated(self, party: Mention) -> list[Mention]:
        """Parties listed with a subject: "the Lib Dems and Greens have..." -> [Lib Dems, Greens]."""
        group = [party]
        earlier = [p for p in self.parties if p.end <= party.start]
        gap = _AND_GAP
        while earlier and gap.fullmatch(self.text, earlier[-1].end, group[0].start):
            group.insert(0, earlier.pop())
            gap = _COORDINATION
        return group

    def nearest_party_before(self, pos: int) -> Mention | None:
        """The last party named before `pos`, outside a "where"/"while" clause."""
        inside = self.in_where_clause(pos)  # "X, where local Reform members ... then won 7": the clause's own party
        before = [p for p in self.parties if p.end <= pos and (inside or not self.in_where_clause(p.start))
                  and not _BEATEN_BEFORE.search(self.text, max(0, p.start - 20), p.start)]
        acting = [p for p in before if not _COMPARED_WITH.search(self.text, max(0, p.start - 30), p.start)]
        return (acting or before)[-1] if before else None

    # --- places ---------------------------------------------------------------------------------
    def add_places(self, places: list[Mention]) -> None:
        """More place mentions, found after the sentence was read (short forms of places named elsewhere)."""
        self.places = sorted([*self.places, *places], key=lambda p: p.start)
        for place in places:
            self._place_starts.setdefault(place.start, place)

    def place_at(self, pos: int) -> Mention | None:
        """The place mention starting at `pos` (after spaces)."""
        while pos < len(self.text) and self.text[pos] == " ":
            pos += 1
        return self._place_starts.get(pos)

    def place_list(self, pos: int, lead_in: bool = True) -> tuple[list[Mention], int]:
        """Places listed from `pos` ("Wandsworth, Westminster and Barnet"), and where the list ends."""
        if lead_in:
            lead = _LIST_LEAD_IN.match(self.text, pos)
            if lead and lead.end() > pos and self.place_at(lead.end()):
                pos = lead.end()
        first = self.place_at(pos)
        if first is None:
            return [], pos
        items, end = [first], first.end
        while True:
            sep = _LIST_SEPARATOR.match(self.text, end)
            if not sep:
                break
            nxt = self.place_at(sep.end())
            if nxt is None:
                break
            items.append(nxt)
            end = nxt.end
        return items, end

    def places_before(self, pos: int) -> list[Mention]:
        """Places named before `pos`, outside brackets, nearest last."""
        return [p for p in self.places if p.end <= pos and not self.in_parentheses(p.start)]

    # --- clauses --------------------------------------------------------------------------------
    def in_parentheses(self, pos: int) -> bool:
        return self.text.count("(", 0, pos) > self.text.count(")", 0, pos)

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding `pos` (after the last comma, semicolon, colon or bracket)."""
        last = 0
        for m in _CLAUSE_BREAK.finditer(self.text, 0, pos):
            last = m.end()
        return last

    def in_where_clause(self, pos: int) -> bool:
        """True inside "..., where the Tories gained 1" or "while the Greens won 3"."""
        start = self.clause_start(pos)
        return _WHERE.search(self.text, start, pos) is not None

    def hedged_away(self, verb: int) -> bool:
        """True when a modal, hope, negation or condition governs the verb: not a claim about results."""
        head = self.text[max(0, verb - 60):verb]
        clause = self.text[self.clause_start(verb):verb]
        return bool(_MODAL.search(head) or _NEGATION.search(head) or _CONDITIONAL.search(clause))

    def in_quoted_remark(self, start: int, end: int) -> bool:
        """True for words inside someone's quoted remark that names no place or party ("'... with 30% turnout',
        she said"): a comment on the results, not a results claim."""
        if self.text.count('"', 0, start) % 2 == 0 or not _REPORTED.search(self.text):
            return False
        opening = self.text.rfind('"', 0, start)
        closing = self.text.find('"', end)
        closing = len(self.text) if closing == -1 else closing
        return not any(opening < m.start < closing for m in self.places + self.parties)

    def is_question_at(self, pos: int) -> bool:
        """True when the clause holding `pos` ends with a question mark."""
        rest = self.text[pos:]
        mark = rest.find("?")
        return mark != -1 and not _QUESTION_CLAUSE_BREAK.search(rest, 0, mark)


def with_tail(view: SentenceView, draft: Draft) -> Draft:
    """Extend a draft over "there", "in PLACE, PLACE and PLACE" and "to/from PARTY" that follow it."""
    end = draft.end
    there = _THERE.match(view.text, end)
    if there:
        draft.place_ref, end = "there", there.end()
    place = _IN_PLACE.match(view.text, end)
    if place:
        items, list_end = view.place_list(place.end())
        if items:
            draft.places, end = [p.text for p in items], list_end
        elif view.text.lower().startswith("the council", place.end()):
            draft.place_ref, end = "council", place.end() + len("the council")
    to_party = _TO_PARTY.match(view.text, end)
    if to_party:
        party = view.party_at(to_party.end())
        if party is not None and party.start <= to_party.end() + 4:
            draft.other_party = party.text
            word = view.text[to_party.start():to_party.end()].strip().lower()
            draft.qualifiers.append(f"{word}:{party.text}")
            end = party.end
            place = _IN_PLACE.match(view.text, end) if not draft.places else None
            items, list_end = view.place_list(place.end()) if place else ([], end)
            if items:  # "took 3 seats from Labour in Sheffield"
                draft.places, end = [p.text for p in items], list_end
    draft.end = end
    return draft
