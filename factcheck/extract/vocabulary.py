"""Which words name places and parties: a Vocabulary (from the reference DB, or a built-in default).

Names are matched case-insensitively, longest first, through one trie-shaped regex per vocabulary, so a
vocabulary of thousands of ward names still costs one scan of the text. A match must start with a capital
letter as written ("labour market" is not a party). With the default vocabulary, places also come from a
capitalised-phrase heuristic ("Stockton-on-Tees", "Neath Port Talbot", "the Wirral").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

# Everyday party names in prose -> the canonical ids the reference database uses.
DEFAULT_PARTY_ALIASES: Mapping[str, str] = {
    **dict.fromkeys(["Labour", "Labour Party", "Lab", "Welsh Labour", "Scottish Labour", "Labour Co-op"], "lab"),
    **dict.fromkeys(["Conservatives", "Conservative", "Conservative Party", "Tories", "Tory", "Tory Party",
                     "Scottish Conservatives", "Welsh Conservatives"], "con"),
    **dict.fromkeys(["Lib Dems", "Lib Dem", "LibDems", "Liberal Democrats", "Liberal Democrat", "LDs"], "ld"),
    **dict.fromkeys(["Greens", "Green Party", "Green", "Scottish Greens"], "green"),
    **dict.fromkeys(["SNP", "Scottish National Party", "Nationalists"], "snp"),
    **dict.fromkeys(["Plaid Cymru", "Plaid"], "pc"),
    **dict.fromkeys(["UKIP", "UK Independence Party"], "ukip"),
    **dict.fromkeys(["Reform UK", "Reform"], "reform"),
    **dict.fromkeys(["Independents", "Independent", "independents", "independent candidates"], "ind"),
    **dict.fromkeys(["Residents' Associations", "Residents"], "residents"),
}

# Council names that contain "and", "&" or "with", so the default place finder does not split them.
COMPOUND_PLACE_NAMES: tuple[str, ...] = (
    "Argyll and Bute", "Barking and Dagenham", "Basingstoke and Deane", "Bath and North East Somerset",
    "Blackburn with Darwen", "Brighton and Hove", "Dumfries and Galloway", "Epsom and Ewell",
    "Folkestone and Hythe", "Hammersmith and Fulham", "Hinckley and Bosworth", "Kensington and Chelsea",
    "Newark and Sherwood", "Nuneaton and Bedworth", "Oadby and Wigston", "Perth and Kinross",
    "Reigate and Banstead", "Redcar and Cleveland", "Telford and Wrekin", "Tonbridge and Malling",
    "Windsor and Maidenhead", "Tunbridge Wells", "Stratford-on-Avon", "Bournemouth, Christchurch and Poole",
    "Vale of Glamorgan", "Isle of Anglesey", "Na h-Eileanan Siar", "Orkney Islands", "Shetland Islands",
    "Great Britain", "United Kingdom", "the UK", "Britain", "England", "Scotland", "Wales",
)

# A party-like name the vocabulary may not hold: "Liverpool Community Independents", "Aspire Party".
RGX_PARTY_LIKE = (
    r"(?:[A-Z][\w'-]+\s+){1,4}(?:Independents|Party|Alliance|Coalition|Residents(?:'?\s+Associations?)?"
    r"|Movement|Independent\s+Group)\b"
)

# A capitalised phrase that may name a place: "Stockton-on-Tees", "West of England", "Hull City Council".
_CAP_WORD = r"(?:[A-Z][a-z]+(?:-[A-Za-z]+)*|St\.?)"
RGX_PLACE_LIKE = (
    rf"{_CAP_WORD}(?:\s+(?:(?:of|upon|on|under|le|with)\s+)?{_CAP_WORD})*"
    r"(?:\s+(?:city(?:\s+region)?|council|borough|district|county)\b)?"
)

# Capitalised words that start sentences or name other things, never a place on their own.
NOT_PLACE_WORDS = frozenset(
    [
        "The", "In", "But", "And", "However", "At", "With", "Some", "Of", "A", "An", "This", "That", "These",
        "Those", "It", "Its", "They", "We", "Our", "I", "He", "She", "His", "Her", "So", "Now", "Yes", "No",
        "Oh", "Take", "Both", "All", "Overall", "Just", "Also", "Even", "Meanwhile", "Elsewhere", "Across",
        "Over", "Down", "Up", "Despite", "After", "Before", "During", "While", "Whilst", "Where", "When",
        "Then", "There", "Here", "On", "To", "For", "From", "By", "As", "If", "Or", "Not", "Nor", "Yet", "True",
        "Last", "Next", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Councillor", "Cllr", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Ex", "Former", "Party",
        "Council", "Councils", "Election", "Elections", "General", "Local", "Mayor", "Labour", "Tory", "Tories",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Prime", "Minister", "Government", "Parliament", "BBC", "Twitter", "Tweet", "Please", "Missing", "Let",
        "Don", "Let's", "Yes", "Unity", "Voters", "People", "Electoral", "Polls", "Starmer", "Corbyn",
        "Johnson", "Sunak", "May's", "Curtice", "Outgoing", "Oh", "Anti", "Left", "Right", "Number", "Chair",
        "MP", "MPs", "Metro", "Guardian", "Momentum",
    ]
)

# Names of places that cover a whole nation or Britain.
NATIONAL_PLACE_WORDS = frozenset(
    ["britain", "great britain", "gb", "uk", "the uk", "united kingdom", "the united kingdom", "england",
     "scotland", "wales", "the country", "nationally", "across the country"]
)


@dataclass(frozen=True)
class Vocabulary:
    """Known place names and party aliases. Build one with `Vocabulary.build(...)`."""

    places: tuple[str, ...] = ()
    party_aliases: tuple[tuple[str, str], ...] = ()  # (alias, canonical party id)
    use_place_heuristic: bool = True  # also take capitalised phrases as places

    @classmethod
    def build(cls, places: Iterable[str] = (), parties: Mapping[str, str] | None = None,
              use_place_heuristic: bool = True) -> Vocabulary:
        """A vocabulary from place names and a party alias -> id mapping (defaults fill the gaps)."""
        aliases = dict(DEFAULT_PARTY_ALIASES)
        aliases.update(parties or {})
        names = tuple(sorted({p.strip() for p in (*COMPOUND_PLACE_NAMES, *places) if p and p.strip()}))
        return cls(names, tuple(sorted(aliases.items())), use_place_heuristic)

    def party_id(self, alias: str) -> str | None:
        """The canonical id for an alias as written ("the Tories" -> "con"), if known."""
        key = re.sub(r"^the\s+", "", alias.strip(), flags=re.I).lower()
        return _party_index(self).get(key)


DEFAULT_VOCABULARY = Vocabulary.build()


@dataclass(frozen=True)
class Mention:
    """A party or place named in a sentence: offsets relative to the sentence, and the words as written."""

    start: int
    end: int
    text: str
    kind: str  # "party" or "place"
    from_vocabulary: bool = True
    slot: str = "vocab"  # how a heuristic place was recognised: "prep" (after "in", "took"...) or "list"


@dataclass(frozen=True)
class Matchers:
    """Compiled patterns for one vocabulary."""

    parties: re.Pattern[str]
    places: re.Pattern[str] | None
    heuristic: bool


@lru_cache(maxsize=8)
def matchers(vocabulary: Vocabulary) -> Matchers:
    """Compile a vocabulary's patterns once (cached per vocabulary)."""
    party_names = [alias for alias, _ in vocabulary.party_aliases]
    parties = re.compile(rf"\b(?:{_trie(_variants(party_names))})\b(?!-[a-z])", re.I)
    places = None
    if vocabulary.places:
        places = re.compile(rf"\b{_trie(_variants(vocabulary.places))}\b(?!-\w)", re.I)
    return Matchers(parties, places, vocabulary.use_place_heuristic)


@lru_cache(maxsize=8)
def _party_index(vocabulary: Vocabulary) -> dict[str, str]:
    return {alias.lower(): party for alias, party in vocabulary.party_aliases}


_PLACE_LIKE = re.compile(RGX_PLACE_LIKE)
_PARTY_LIKE = re.compile(RGX_PARTY_LIKE)
_PARTY_LIKE_HINT = re.compile(r"Independents|Party|Alliance|Coalition|Residents|Movement|Independent Group")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Words after which a capitalised phrase is taken as a place: prepositions and control verbs.
_PLACE_SLOT_BEFORE = re.compile(
    r"(?:\b(?:in|on|at|across|throughout|into|of|for|from|to|around|outside|inside|near|Take|including"
    r"|like|as|back|took|won|lost|held|gained|retained|kept|captured|seized|regained|snatched|beat"
    r"|created|formed|controls?|exception\s+(?:is|was))"
    r"|(?:councils?|areas?|authorities|boroughs)\s*[,:])\s+(?:(?:the|true|blue|red|rural|urban|\w+-\w+)\s+){0,3}$",
    re.I,
)
# What may follow a place that continues a list: another separator, the end of a clause, or a noun.
_LIST_END_AFTER = re.compile(
    r"\s*(?:$|[.,;:)!?]|-\s|&|\s(?:and|or|mayoral|mayor|council|councils|where|in|on|to|as)\b)")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")


def find_mentions(sentence: str, vocabulary: Vocabulary) -> tuple[list[Mention], list[Mention]]:
    """(parties, places) named in a sentence, in order. Parties win where the two overlap."""
    compiled = matchers(vocabulary)
    parties = [_with_the(sentence, m.start(), m.end(), "party") for m in _PARTY_LIKE.finditer(sentence)] if (
        _PARTY_LIKE_HINT.search(sentence)) else []
    taken = [(p.start, p.end) for p in parties]
    for m in compiled.parties.finditer(sentence):
        if (m.group()[0].isupper() or m.group().startswith("independent")) and not _overlaps(m.start(), m.end(), taken):
            parties.append(_with_the(sentence, m.start(), m.end(), "party"))
            taken.append((m.start(), m.end()))
    parties.sort(key=lambda p: p.start)
    places: list[Mention] = []
    if compiled.places is not None:
        for m in compiled.places.finditer(sentence):
            if m.group()[0].isupper() and not _overlaps(m.start(), m.end(), taken):
                places.append(_with_the(sentence, m.start(), m.end(), "place"))
                taken.append((m.start(), m.end()))
    if compiled.heuristic:
        vocabulary_ends = sorted(p.end for p in places)
        last_end = -1
        for m in _PLACE_LIKE.finditer(sentence):
            last_end = max([last_end] + [e for e in vocabulary_ends if e <= m.start()])
            start, end = _trim_place(sentence, m.start(), m.end())
            if end <= start or _overlaps(start, end, [(p.start, p.end) for p in parties]):
                continue
            inside = [p for p in places if p.start < end and start < p.end]
            sticks_out = any(p.start < start or p.end > end for p in inside)
            no_longer = len(inside) == 1 and inside[0].end - inside[0].start >= end - start
            if sticks_out or no_longer:
                continue
            places = [p for p in places if p not in inside]
            slot = _slot_of(sentence, start, last_end)
            final_item = slot == "list" and bool(re.search(r"\b(?:and|or)\b|&", sentence[last_end:start]))
            if slot == "list" and not final_item and not _continues_list(sentence, end):
                slot = None
            if slot:
                places.append(_with_the(sentence, start, end, "place", from_vocabulary=False, slot=slot))
                last_end = end
    places.sort(key=lambda p: p.start)
    return parties, places


def _slot_of(sentence: str, start: int, last_end: int) -> str | None:
    """ "prep" after a preposition or control verb, "list" right after another place, else None."""
    if _PLACE_SLOT_BEFORE.search(sentence, max(0, start - 60), start):
        return "prep"
    if last_end >= 0 and _LIST_GAP.fullmatch(sentence, last_end, start):
        return "list"
    return None


def _continues_list(sentence: str, end: int) -> bool:
    return bool(_LIST_END_AFTER.match(sentence, end))


def _trim_place(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading words that are not places ("But", "In", "Councillor") from a capitalised phrase."""
    words = list(re.finditer(r"\S+", sentence[start:end]))
    while words and (words[0].group() in NOT_PLACE_WORDS or words[0].group() in ("of", "on", "upon", "with")):
        words.pop(0)
    if not words:
        return start, start
    return start + words[0].start(), end


def _with_the(sentence: str, start: int, end: int, kind: str, from_vocabulary: bool = True,
              slot: str = "vocab") -> Mention:
    the = _THE_BEFORE.search(sentence, max(0, start - 5), start)
    plural = kind == "place" or sentence[end - 1:end] in ("s", "S") or sentence[start:end].endswith("Party")
    if the and plural:
        start = the.start()
    return Mention(start, end, sentence[start:end], kind, from_vocabulary, slot)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _variants(names: Iterable[str]) -> set[str]:
    """Each name, plus its "&" / "and" and hyphen / space twins."""
    out: set[str] = set()
    for name in names:
        name = re.sub(r"\s+", " ", name.strip().replace("\u2019", "'"))
        if not name:
            continue
        for form in {name, name.replace(" and ", " & "), name.replace(" & ", " and ")}:
            out.add(form)
            if "-" in form:
                out.add(form.replace("-", " "))
    return out


def _trie(words: Iterable[str]) -> str:
    """One regex alternation, shaped as a trie (fast for thousands of names); spaces match any spacing."""
    root: dict = {}
    for word in words:
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root) or "(?!)"


def _trie_node(node: dict) -> str:
    branches = []
    for char in sorted(k for k in node if k):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _trie_node(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
