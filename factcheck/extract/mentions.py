"""Parties and places named in a sentence: vocabulary matches, plus a capitalised-phrase heuristic for places
the vocabulary does not hold.

A capitalised phrase the vocabulary does not hold is taken as a place when it
- extends a vocabulary place with words that say what it is ("Sheffield city", "Hull City Council"); or
- sits in a place slot (after "in", "across", "took", "won" ...) or in a list with other places, is not a
  person (no title before it, no "said" after it) and, with a gazetteer vocabulary (`strict_places`),
  resembles a known name (rapidfuzz) or names its own kind ("Deal Town Council").
"""

from __future__ import annotations

import re

from factcheck.extract.vocabulary import RGX_PARTY_LIKE, Matchers, Mention, Vocabulary, fold_name, matchers
from factcheck.regex_cache import lazy

# A capitalised phrase that may name a place: "Stockton-on-Tees", "West of England", "Hull City Council".
_CAP_WORD = r"(?:[A-Z][a-z]+(?:-[A-Za-z]+)*|St\.?)"
RGX_PLACE_LIKE = (
    rf"{_CAP_WORD}(?:\s+(?:(?:of|upon|on|under|le|with)\s+)?{_CAP_WORD})*"
    r"(?:\s+(?:city(?:\s+region)?|council|borough|district|county)\b)?"
)

# Capitalised words that never start a place: sentence openers, number words, months and days.
FUNCTION_WORDS = frozenset(
    [
        "The", "A", "An", "In", "On", "At", "But", "And", "So", "Or", "Nor", "Yet", "If", "As", "By", "For", "From",
        "To", "Of", "With", "After", "Before", "During", "While", "Whilst", "Where", "When", "Then", "There",
        "Here", "This", "That", "These", "Those", "It", "Its", "They", "We", "Our", "I", "He", "She", "His", "Her",
        "Their", "Some", "All", "Both", "Overall", "Just", "Also", "Even", "Meanwhile", "Elsewhere", "Across",
        "Over", "Down", "Up", "Despite", "Now", "Yes", "No", "Not", "Last", "Next", "Take", "However", "Indeed",
        "Still", "What", "Why", "How", "Who", "Which", "Many", "Most", "More", "Every", "Each", "Any", "Such",
        "Only", "Let", "Please", "Oh", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"
    ]
)
CALENDAR_WORDS = frozenset(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    ]
)
# A phrase that starts with a title names a person ("Cllr Jane Smith"); one inside a phrase ends the place
# ("Tees Valley Mayor Ben Houchen"). "Mayor of X" keeps X.
TITLE_WORDS = frozenset(
    [
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Cllr", "Councillor", "Mayor", "Prof",
        "Professor", "Rev", "MP", "MPs", "MSP", "Baroness", "Leader", "Chair", "Minister", "Secretary", "President"
    ]
)
# Institutions and events, never places on their own: "the Council", "Parliament", "the BBC".
INSTITUTION_WORDS = frozenset(
    [
        "Council", "Councils", "Government", "Parliament", "Commons", "Cabinet", "Party", "Election", "Elections",
        "General", "Local", "Electoral", "Commission", "BBC", "ITV", "Sky", "NHS", "Prime", "Polls", "Poll",
        "People", "Voters"
    ]
)
NOT_PLACE_WORDS = FUNCTION_WORDS | CALENDAR_WORDS | TITLE_WORDS | INSTITUTION_WORDS
# Words that say a phrase is a place: "Sheffield city", "Deal Town Council", "Liverpool city region".
PLACE_KIND_WORDS = frozenset(
    [
        "city", "region", "council", "borough", "district", "county", "town", "metropolitan", "combined",
        "authority", "unitary"
    ]
)
_FUZZY_CUTOFF = 88  # rapidfuzz token_set_ratio: "Merthyr" ~ "Merthyr Tydfil", "Stoke-on-Trent" ~ "Stoke On Trent"

_PLACE_LIKE = lazy(RGX_PLACE_LIKE)
_PARTY_LIKE = lazy(RGX_PARTY_LIKE)
_PARTY_LIKE_HINT = lazy(r"Independents|Party|Alliance|Coalition|Residents|Movement|Independent Group")
# A name its appositive calls a party: "Aspire, the party formed by ...", "Ashfield, a new local party that".
_NAMED_AS_PARTY = lazy(
    r"\b(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}),\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?party\s+"
    r"(?:formed|founded|set\s+up|created|started|launched|led|run|built)\b")
_WORD = lazy(r"\S+")
_THE_BEFORE = lazy(r"\b[Tt]he\s+$")
_LEADING_THE_WORD = lazy(r"^[Tt]he\s+")
# Words after which a capitalised phrase is taken as a place: prepositions and control verbs.
_PLACE_SLOT_BEFORE = lazy(
    r"(?:\b(?:in|on|at|across|throughout|into|of|for|from|to|around|outside|inside|near|Take|including"
    r"|like|as|back|took|taken|taking|takes|won|lost|held|holds?|holding|gained|retained|kept|captured|seized|regained"
    r"|snatched|beat"
    r"|created|formed|controls?|exception\s+(?:is|was))"
    r"|(?:councils?|areas?|authorities|boroughs)\s*[,:])\s+(?:(?:the|true|blue|red|rural|urban|\w+-\w+)\s+){0,3}$",
    re.I,
)
# A person, not a place: "with Jane Smith, who ...", "for Sam Jones said".
_PERSON_AFTER = lazy(
    r",?\s+(?:who|said|says|told|tells|thinks|thought|believes|argued|argues|added|adds|claimed|claims|wrote"
    r"|writes|tweeted|insisted|warned|admitted|explained|announced|reckons)\b"
)
# What may follow a place that continues a list: another separator, the end of a clause, or a noun.
_LIST_END_AFTER = lazy(
    r"\s*(?:$|[.,;:)!?]|-\s|&|\s(?:and|or|mayoral|mayor|council|councils|where|in|on|to|as)\b)")
_LIST_GAP = lazy(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")
_FINAL_ITEM = lazy(r"\b(?:and|or)\b|&")


def find_mentions(sentence: str, vocabulary: Vocabulary) -> tuple[list[Mention], list[Mention]]:
    """(parties, places) named in a sentence, in order. Parties win where the two overlap."""
    parties, places, _ = read_mentions(sentence, vocabulary)
    return parties, places


def read_mentions(sentence: str, vocabulary: Vocabulary) -> tuple[list[Mention], list[Mention], list[tuple[int, int]]]:
    """`find_mentions`, and the spans of the vocabulary's party names in the sentence (any case), from
    which the document counts the parties it names."""
    compiled = matchers(vocabulary)
    named_parties, named_places = compiled.names.find(sentence)
    parties = _parties(sentence, named_parties)
    party_spans = [(p.start, p.end) for p in parties]
    known = [(s, e) for s, e in named_places if sentence[s].isupper() and not _overlaps(s, e, party_spans)]
    places = {span: "vocab" for span in known}
    if compiled.heuristic:
        _add_heuristic_places(sentence, compiled, known, party_spans, places)
    mentions = [_with_the(sentence, s, e, "place", slot == "vocab", slot) for (s, e), slot in places.items()]
    return parties, sorted(mentions, key=lambda p: p.start), named_parties


def _parties(sentence: str, named: list[tuple[int, int]]) -> list[Mention]:
    parties = [_with_the(sentence, m.start(), m.end(), "party") for m in _PARTY_LIKE.finditer(sentence)] if (
        _PARTY_LIKE_HINT.search(sentence)) else []
    if "party" in sentence:
        parties += [_with_the(sentence, m.start("name"), m.end("name"), "party")
                    for m in _NAMED_AS_PARTY.finditer(sentence)
                    if not _overlaps(m.start("name"), m.end("name"), [(p.start, p.end) for p in parties])]
    taken = [(p.start, p.end) for p in parties]
    for start, end in named:
        if (sentence[start].isupper() or sentence.startswith("independent", start)) and not _overlaps(
                start, end, taken):
            parties.append(_with_the(sentence, start, end, "party"))
            taken.append((start, end))
    return sorted(parties, key=lambda p: p.start)


def _add_heuristic_places(sentence: str, compiled: Matchers, known: list[tuple[int, int]],
                          party_spans: list[tuple[int, int]], places: dict[tuple[int, int], str]) -> None:
    """Add capitalised phrases that are places to `places` ({(start, end): slot}), replacing vocabulary
    matches they extend."""
    known_starts = {s for s, _ in known}
    for m in _PLACE_LIKE.finditer(sentence):
        for start, end in _candidates(sentence, m.start(), m.end(), party_spans):
            inside = [k for k in known if k[0] < end and start < k[1]]
            if any(s < start or e > end for s, e in inside) or (start, end) in inside:
                continue  # the vocabulary's name is as long or longer
            if inside and _only_kind_words(sentence, start, end, inside):
                slot: str | None = "vocab"
            elif inside and _names_after(sentence, inside[-1][1], end):
                continue  # "the West of England Tim Bowles": a known place, then a person
            else:
                before = [e for _, e in places if e <= start]
                last_end = max(before) if before else -1
                slot = _slot_of(sentence, start, end, last_end)
                listed = _list_length(sentence, places, start) if slot == "list" else 0
                if slot and not _is_plausible(sentence, compiled, (start, end, last_end), listed, known_starts):
                    slot = None
            if slot is None:
                continue
            for span in inside:
                places.pop(span, None)
            places[(start, end)] = slot


def _candidates(sentence: str, start: int, end: int, party_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised phrase cut into place candidates: leading function words dropped, split at parties and
    titles; a run that starts with (or right after) a title names a person and is dropped."""
    out: list[tuple[int, int]] = []
    words: list[re.Match[str]] = []

    def flush() -> None:
        trimmed = _trim(words)
        if trimmed:
            out.append((start + trimmed[0].start(), start + trimmed[-1].end()))

    for word in _WORD.finditer(sentence[start:end]):
        text = word.group()
        at_party = _overlaps(start + word.start(), start + word.end(), party_spans)
        if at_party or (text in TITLE_WORDS and words):
            flush()
            words = [] if at_party else [word]
            continue
        words.append(word)
    flush()
    return out


def _trim(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop leading words that are not places; a leading title makes the phrase a person ([]), except in
    "Mayor of X"."""
    words = list(words)
    while words:
        first = words[0].group()
        if first in TITLE_WORDS:
            if len(words) > 1 and words[1].group() == "of":
                words = words[2:]
                continue
            return []
        if first in NOT_PLACE_WORDS or first in ("of", "on", "upon", "with", "under", "le"):
            words.pop(0)
            continue
        break
    return words


def _names_after(sentence: str, start: int, end: int) -> bool:
    """Two or more capitalised words after a vocabulary place in a phrase: a name, not more of the place."""
    words = sentence[start:end].split()
    return len(words) >= 2 and all(w[:1].isupper() and w.lower() not in PLACE_KIND_WORDS for w in words)


def _only_kind_words(sentence: str, start: int, end: int, inside: list[tuple[int, int]]) -> bool:
    """True when a phrase is vocabulary places plus words like "city" or "council" ("Sheffield city")."""
    rest = sentence[start:end]
    for s, e in sorted(inside, reverse=True):
        rest = rest[:s - start] + " " + rest[e - start:]
    return all(w.lower() in PLACE_KIND_WORDS for w in rest.split())


def _slot_of(sentence: str, start: int, end: int, last_end: int) -> str | None:
    """ "prep" after a preposition or control verb, "list" when it continues a list of places, else None."""
    if _PLACE_SLOT_BEFORE.search(sentence, max(0, start - 60), start):
        return "prep"
    if last_end >= 0 and _LIST_GAP.fullmatch(sentence, last_end, start):
        final = bool(_FINAL_ITEM.search(sentence, last_end, start))
        if final or _LIST_END_AFTER.match(sentence, end):
            return "list"
    return None


def _list_length(sentence: str, places: dict[tuple[int, int], str], start: int) -> int:
    """How many places the list before `start` already holds ("Newport, Torfaen and ..." -> 2)."""
    count, pos = 0, start
    while True:
        previous = [(s, e) for s, e in places if e <= pos and _LIST_GAP.fullmatch(sentence, e, pos)]
        if not previous:
            return count
        count, pos = count + 1, max(previous, key=lambda p: p[1])[0]


def _is_plausible(sentence: str, compiled: Matchers, span: tuple[int, int, int], listed: int,
                  known_starts: set[int]) -> bool:
    """Not a person; and with a gazetteer, like a known name, or listed with known places (before a known
    place, or the last item of a list that ends the clause)."""
    start, end, last_end = span
    if _PERSON_AFTER.match(sentence, end):
        return False
    if not compiled.strict:
        return True
    phrase = sentence[start:end]
    if any(w.lower() in PLACE_KIND_WORDS for w in phrase.split()[1:]) or _resembles_known(compiled, phrase):
        return True
    gap = _LIST_GAP.match(sentence, end)
    if gap and gap.end() < len(sentence):
        following = _PLACE_LIKE.match(sentence, gap.end())
        if gap.end() in known_starts or (following and _resembles_known(compiled, following.group())):
            return True
    final = listed > 0 and bool(_FINAL_ITEM.search(sentence, last_end, start))
    return final and bool(_LIST_END_AFTER.match(sentence, end))


def _resembles_known(compiled: Matchers, phrase: str) -> bool:
    """A fuzzy match against the vocabulary's proper place names (cached per phrase)."""
    key = fold_name(phrase)
    cached = compiled.fuzzy_cache.get(key)
    if cached is None:
        from rapidfuzz import fuzz, process

        found = len(key) > 3 and process.extractOne(
            key, compiled.known_names, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=_FUZZY_CUTOFF)
        cached = compiled.fuzzy_cache[key] = bool(found)
    return cached


def _with_the(sentence: str, start: int, end: int, kind: str, from_vocabulary: bool = True,
              slot: str = "vocab") -> Mention:
    the = _THE_BEFORE.search(sentence, max(0, start - 5), start)
    plural = kind == "place" or sentence[end - 1:end] in ("s", "S") or sentence[start:end].endswith("Party")
    if the and plural:
        start = the.start()
    return Mention(start, end, sentence[start:end], kind, from_vocabulary, slot)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


# First words that do not stand for a place on their own: "North" is not North Tyneside.
_NOT_SHORT_FORMS = frozenset({"North", "South", "East", "West", "Great", "Greater", "Upper", "Lower", "Mid", "City",
                              "Royal", "County", "Borough", "Isle", "Central", "Inner", "Outer", "Little", "Saint"})


def short_forms(places: list[Mention], vocabulary: Vocabulary) -> dict[str, str]:
    """ "Kingston" for "Kingston upon Thames": the first word of each place a document names in full, when it
    stands for one such place only and names no place of its own ("London" is not "London borough")."""
    names = matchers(vocabulary).names
    found: dict[str, set[str]] = {}
    for place in places:
        words = _LEADING_THE_WORD.sub("", place.text).split()
        first = words[0] if len(words) > 1 else ""
        usable = place.from_vocabulary and len(first) >= 4 and first[0].isupper() and first.isalpha()
        if usable and first not in NOT_PLACE_WORDS | _NOT_SHORT_FORMS and (0, len(first)) not in names.find(first)[1]:
            found.setdefault(first, set()).add(" ".join(words))
    return {first: next(iter(full)) for first, full in found.items() if len(full) == 1}


def short_form_mentions(sentence: str, forms: dict[str, str], taken: list[Mention]) -> list[Mention]:
    """Places named by their short form (`short_forms`) where no other mention is."""
    spans = [(m.start, m.end) for m in taken]
    found = []
    for form in forms:
        if form not in sentence:
            continue
        for m in re.finditer(rf"\b{re.escape(form)}\b(?![-'\w])", sentence):
            if not _overlaps(m.start(), m.end(), spans):
                found.append(Mention(m.start(), m.end(), form, "place", True, "short"))
    return found
