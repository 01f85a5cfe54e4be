"""Which words name places and parties: a Vocabulary (from the reference DB, or a built-in default).

Names are matched case-insensitively, longest first, through a token trie per vocabulary (`lookup.py`), so
a vocabulary of thousands of ward names costs one dict lookup per word and nothing to compile. A match must
start with a capital letter as written ("labour market" is not a party). Finding the mentions in a sentence (with the
capitalised-phrase heuristic for places the vocabulary lacks) is `mentions.find_mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.extract.lookup import NameIndex

# Everyday party names in prose -> the canonical ids the reference database uses.
DEFAULT_PARTY_ALIASES: Mapping[str, str] = {
    **dict.fromkeys(["Labour", "Labour Party", "Lab", "Welsh Labour", "Scottish Labour", "Labour Co-op"], "lab"),
    **dict.fromkeys(["Conservatives", "Conservative", "Conservative Party", "Tories", "Tory", "Tory Party",
                     "Scottish Conservatives", "Welsh Conservatives", "Con"], "con"),
    **dict.fromkeys(["Lib Dems", "Lib Dem", "LibDems", "Liberal Democrats", "Liberal Democrat", "LDs", "LD"], "ld"),
    **dict.fromkeys(["Greens", "Green Party", "Green", "Scottish Greens", "Grn"], "green"),
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
    # A gazetteer-backed vocabulary: a capitalised phrase is a place only if it resembles a known name
    # (fuzzy match) or says what it is ("Deal Town Council"), so people's names never become places.
    strict_places: bool = False

    @classmethod
    def build(cls, places: Iterable[str] = (), parties: Mapping[str, str] | None = None,
              use_place_heuristic: bool = True, strict_places: bool | None = None) -> Vocabulary:
        """A vocabulary from place names and a party alias -> id mapping (defaults fill the gaps).

        `strict_places` defaults to True when place names are given (a gazetteer), False otherwise."""
        aliases = dict(DEFAULT_PARTY_ALIASES)
        aliases.update(parties or {})
        given = {p.strip() for p in places if p and p.strip()}
        names = tuple(sorted(given | set(COMPOUND_PLACE_NAMES)))
        strict = bool(given) if strict_places is None else strict_places
        return cls(names, tuple(sorted(aliases.items())), use_place_heuristic, strict)

    def party_id(self, alias: str) -> str | None:
        """The canonical id for an alias as written ("the Tories" -> "con"), if known."""
        key = re.sub(r"^the\s+", "", alias.strip(), flags=re.I).lower()
        return matchers(self).party_index.get(key)


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
    """The name index and settings for one vocabulary."""

    names: NameIndex
    heuristic: bool
    strict: bool
    place_names: frozenset[str]  # every spelling of the vocabulary's places
    party_index: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # alias -> party id
    fuzzy_cache: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def known_names(self) -> tuple[str, ...]:
        """Capitalised place names, folded, for fuzzy matching (worked out on first use)."""
        return tuple(sorted({fold_name(n) for n in self.place_names if _is_proper_name(n)}))


def matchers(vocabulary: Vocabulary) -> Matchers:
    """Index a vocabulary's names once (cached per vocabulary object: hashing a big one is slow)."""
    entry = _COMPILED.get(id(vocabulary))
    if entry is not None and entry[0] is vocabulary:
        return entry[1]
    compiled = _compile(vocabulary)
    if len(_COMPILED) >= 8:
        _COMPILED.pop(next(iter(_COMPILED)))
    _COMPILED[id(vocabulary)] = (vocabulary, compiled)
    return compiled


_COMPILED: dict[int, tuple[Vocabulary, Matchers]] = {}  # id -> (the vocabulary, kept alive, its matchers)


def remember_matchers(vocabulary: Vocabulary, compiled: Matchers) -> None:
    """Use matchers built earlier (read back from a copy) for this vocabulary."""
    if len(_COMPILED) >= 8:
        _COMPILED.pop(next(iter(_COMPILED)))
    _COMPILED[id(vocabulary)] = (vocabulary, compiled)


def _compile(vocabulary: Vocabulary) -> Matchers:
    party_names = [alias for alias, _ in vocabulary.party_aliases]
    places = _variants(vocabulary.places)
    names = NameIndex(_variants(party_names), places)
    party_index = {alias.lower(): party for alias, party in vocabulary.party_aliases}
    return Matchers(names, vocabulary.use_place_heuristic, vocabulary.strict_places,
                    frozenset(places), party_index)


def _is_proper_name(name: str) -> bool:
    """ "Stoke-on-Trent", "Isle of Wight": every word capitalised or a connective (not "Leeds mayor")."""
    return all(w[0].isupper() or w.lower() in _CONNECTIVES for w in name.split())


def fold_name(text: str) -> str:
    """Lower case, punctuation to single spaces: the form fuzzy matching compares."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


_CONNECTIVES = frozenset(["of", "and", "&", "on", "upon", "under", "with", "in", "le", "the", "nan", "h-eileanan"])


def _variants(names: Iterable[str]) -> set[str]:
    """Each name, plus its "&" / "and" and hyphen / space twins."""
    out: set[str] = set()
    for name in names:
        name = " ".join(name.replace("\u2019", "'").split())
        if not name:
            continue
        for form in {name, name.replace(" and ", " & "), name.replace(" & ", " and ")}:
            out.add(form)
            if "-" in form:
                out.add(form.replace("-", " "))
    return out
