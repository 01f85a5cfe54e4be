"""Place and party names -> codes, by alias lookup first and rapidfuzz second, with a confidence score."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from factcheck.model import Place
from factcheck.names import fold, normalise
from factcheck.regex_cache import lazy

# Whole-country phrases. These are names, not figures: each maps to the scope the national tallies use.
NATIONAL_PLACES: Mapping[str, tuple[str, str]] = {
    "britain": ("GB", "Great Britain"),
    "great britain": ("GB", "Great Britain"),
    "gb": ("GB", "Great Britain"),
    "uk": ("GB", "Great Britain"),
    "united kingdom": ("GB", "Great Britain"),
    "country": ("GB", "Great Britain"),
    "across country": ("GB", "Great Britain"),
    "nationally": ("GB", "Great Britain"),
    "local government": ("GB", "Great Britain"),
    "england": ("England", "England"),
    "scotland": ("Scotland", "Scotland"),
    "wales": ("Wales", "Wales"),
    "london": ("London", "London"),
}

FUZZY_CUTOFF = 86.0
_LOCAL_TIER = lazy(r"\b(?:town|parish|community|neighbourhood)\s+council\b")
_NATION_PREFIX = lazy(r"^(?:scottish|welsh|english)\s+")
_PAIRED = lazy(r"^([A-Z][a-z]{3,}) (?:and|&|with) [A-Z][\w ]+$")  # "Brighton and Hove", "Blackburn with Darwen"


def council_kind(code: str) -> str:
    """The kind of council a GSS code names: its prefix ("E09" a London borough, "E08" a metropolitan borough)."""
    return code[:3]


@dataclass(frozen=True)
class PlaceName:
    """One spelling of a place, as the reference database lists it."""

    alias: str
    code: str
    name: str
    kind: str  # council, mayoralty, ward


def paired_short_forms(places: list[PlaceName]) -> list[PlaceName]:
    """ "Brighton" for Brighton and Hove, "Barking" for Barking and Dagenham: the first town of a paired council
    name, as everyday prose calls it, when no other place of any kind goes by that name."""
    taken = {normalise(p.alias) for p in places}
    extra: dict[str, PlaceName] = {}
    for place in places:
        paired = _PAIRED.match(place.name) if place.kind == "council" else None
        short = paired.group(1) if paired else None
        if short and normalise(short) not in taken:
            extra.setdefault(normalise(short), PlaceName(short, place.code, place.name, place.kind))
    return list(extra.values())


class Gazetteer:
    """Every place and party spelling the reference database knows."""

    def __init__(self, places: Iterable[PlaceName], parties: Mapping[str, str]):
        self._by_kind: dict[str, dict[str, PlaceName]] = {}
        self._spellings: set[str] = set()  # every spelling for the extractor: "Croydon", "London Borough of Croydon"
        for place in places:
            key = normalise(place.alias)
            self._by_kind.setdefault(place.kind, {}).setdefault(key, place)
            self._spellings.add(place.alias)
        self._parties = {fold(alias): party for alias, party in parties.items()}

    def by_code(self, code: str, kind: str) -> Place | None:
        """The place of a kind with this code ("greater-manchester", "mayoralty"), under its official name."""
        for place in self._by_kind.get(kind, {}).values():
            if place.code == code:
                return Place(code=place.code, name=place.name, kind=kind, confidence=1.0)
        return None

    def extended(self, places: Mapping[str, str], parties: Mapping[str, str]) -> Gazetteer:
        """A copy that also knows house aliases: {alias: official place name}, {alias: party label or id}."""
        known = [p for table in self._by_kind.values() for p in table.values()]
        extra = []
        for alias, official in places.items():
            target = self.place(official)
            if target is not None and target.kind in ("council", "mayoralty"):
                extra.append(PlaceName(alias, target.code, target.name, target.kind))
        party_ids = dict(self._parties)
        for alias, party in parties.items():
            party_ids[fold(alias)] = self.party(party) or party
        extended = Gazetteer(known + extra, party_ids)
        extended._spellings |= self._spellings
        return extended

    def place_names(self) -> list[str]:
        """Every alias, for the extractor's vocabulary."""
        return sorted(self._spellings | set(NATIONAL_PLACES))

    def party_aliases(self) -> dict[str, str]:
        return dict(self._parties)

    def party(self, text: str | None) -> str | None:
        """A party label as written -> canonical party id, or None."""
        if not text:
            return None
        folded = fold(text)
        key = folded.removeprefix("the ")
        for base in (folded, key, _NATION_PREFIX.sub("", key)):  # "Welsh Conservatives" are the Conservatives
            bare = base.removesuffix(" party")
            for candidate in (base, bare, base.rstrip("s"), bare.rstrip("s")):
                if candidate in self._parties:
                    return self._parties[candidate]
        from rapidfuzz import fuzz, process

        match = process.extractOne(key, self._parties.keys(), scorer=fuzz.ratio, score_cutoff=90)
        return self._parties[match[0]] if match else None

    def place(self, text: str | None, *, prefer: tuple[str, ...] = ("council", "mayoralty"),
              near: Mapping[str, int] | None = None) -> Place | None:
        """A place as written -> the best council, mayoralty or nation, with a confidence from 0 to 1. `near`
        counts the kinds of council (code prefixes) the document names exactly: "Kingston" among London boroughs is
        Kingston upon Thames, not Kingston upon Hull."""
        if not text or _LOCAL_TIER.search(fold(text)):
            return None  # a town, parish or community council: below the councils the reference data covers
        key = normalise(text)
        national = NATIONAL_PLACES.get(key) or NATIONAL_PLACES.get(fold(text))
        if national and "mayoralty" not in prefer[:1]:
            return Place(code=national[0], name=national[1], kind="nation", confidence=1.0)
        for kind in prefer:
            exact = self._by_kind.get(kind, {}).get(key)
            if exact:
                return Place(code=exact.code, name=exact.name, kind=kind, confidence=1.0)
            if kind == "mayoralty" and kind == prefer[0] and not national:  # "England" is not "West of England"
                # In a mayoral context "Liverpool" means the city region before it means the council.
                near = self._fuzzy(key, (kind,))
                if near is not None:
                    return near
        if national:
            return Place(code=national[0], name=national[1], kind="nation", confidence=1.0)
        return self._fuzzy(key, prefer, near or {})

    def first_words(self) -> frozenset[str]:
        """The first word of every council and mayoralty spelling (normalised), to skip words that start none."""
        words = self.__dict__.get("_first_words")
        if words is None:
            keys = [key for kind in ("council", "mayoralty") for key in self._by_kind.get(kind, {})]
            words = self.__dict__["_first_words"] = frozenset([k.split(" ")[0] for k in keys] + ["scotland", "wales"])
        return words

    def exact(self, text: str) -> Place | None:
        """A council, mayoralty, Scotland or Wales spelt exactly as the reference database spells it (no fuzzy
        matching, no bare "London" or "England": those name too many elections to tell one apart)."""
        key = normalise(text)
        if key in ("scotland", "wales"):
            code, name = NATIONAL_PLACES[key]
            return Place(code=code, name=name, kind="nation", confidence=1.0)
        for kind in ("council", "mayoralty"):
            found = self._by_kind.get(kind, {}).get(key)
            if found is not None and key not in NATIONAL_PLACES:
                return Place(code=found.code, name=found.name, kind=kind, confidence=1.0)
        return None

    def among(self, text: str, kind: str, codes: frozenset[str]) -> Place | None:
        """The place of `kind` among `codes` (those that voted that day, say) that `text` names best, if any."""
        from rapidfuzz import fuzz, process

        table = {alias: place for alias, place in self._by_kind.get(kind, {}).items() if place.code in codes}
        found = process.extractOne(normalise(text), table.keys(), scorer=fuzz.token_set_ratio,
                                   score_cutoff=FUZZY_CUTOFF)
        if found is None:
            return None
        place = table[found[0]]
        return Place(code=place.code, name=place.name, kind=place.kind, confidence=round(found[1] / 100, 3))

    def _fuzzy(self, key: str, prefer: tuple[str, ...], near: Mapping[str, int] | None = None) -> Place | None:
        from rapidfuzz import fuzz, process

        best: tuple[float, int, PlaceName] | None = None
        for rank, kind in enumerate(prefer):
            table = self._by_kind.get(kind, {})
            for alias, score, _ in process.extract(
                key, table.keys(), scorer=fuzz.token_set_ratio, score_cutoff=FUZZY_CUTOFF, limit=5
            ):
                # Break token-set ties by the kind of council the document names, then by plain similarity,
                # then by the preferred kind.
                kin = (near or {}).get(council_kind(table[alias].code), 0) / (1 + sum((near or {}).values()))
                tiebreak = kin + fuzz.ratio(key, alias) / 1000
                candidate = (score + tiebreak, -rank, table[alias])
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
        if best is None:
            return None
        place = best[2]
        return Place(code=place.code, name=place.name, kind=place.kind, confidence=round(min(best[0], 100) / 100, 3))
