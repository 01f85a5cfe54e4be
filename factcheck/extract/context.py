"""What a reader carries from clause to clause: the party being talked about, the scene ("In Scotland ..."),
the last place named ("there", "the council"), and the previous sentence's claims ("The exception is X").

Where a party or place is carried, the claim's `context_from` says from where: "sentence" (an earlier
clause of the same sentence, including "In Trafford (where ...), ..."), "previous_sentence", or
"document" (the party the text talks about most, for "we" and for claims with no subject at all).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.lookup import PLACE
from factcheck.extract.patterns import RGX_OWNED_MEASURE
from factcheck.extract.vocabulary import NATIONAL_PLACE_WORDS, Mention, Vocabulary, matchers
from factcheck.model import ClaimType, Hedge
from factcheck.regex_cache import lazy

# "In Scotland ...", "But in Tees Valley (...)", "Down in Portsmouth", "Across Wales": a scene-setting place.
_SCENE = lazy(
    r"^\W*(?:(?:But|And|So|Meanwhile|However|Elsewhere|Similarly|Now),?\s+)?(?:(?:over|down|up|out|back)\s+)?"
    r"(?:in|across|throughout|at)\s+",
    re.I,
)
_LOCATIVE_BEFORE = lazy(
    r"\b(?:in|on|at|across|throughout)\s+(?:(?:the|true|blue|red|rural|urban|\w+-\w+)\s+){0,3}$", re.I)
# A sentence about mayors opens a run of mayoral sentences; one about councils (and not mayors) ends it.
_LEADING_THE = lazy(r"^[Tt]he\s+")
_MAYORAL_TAIL = lazy(r"(?:\s+(?:mayor|mayoral|mayoralty|election|contest|race|combined|authority|city|region|ca))+$",
                     re.I)
_PARTY_ONLY_HEADING = lazy(r"[\s:.*#\u2013\u2014-]*(?:party|results?|councillors|seats|gains|losses|\(\w+\))?[\s:.*]*",
                           re.I)
# "by becoming", "after winning": a gerund whose subject is the sentence's subject.
_GERUND_AFTER = lazy(r"\b(?:by|after|before|while|whilst|on|in|through|despite)\s+$", re.I)
_GERUND = lazy(r"[a-z]+ing\b")
# A sentence whose subject is a pronoun for a party: "The party had ...", "They then ...", "But it ...".
_LEADING_PRONOUN = lazy(r"\W*(?:(?:but|and|so|yet|however|meanwhile|still),?\s+)?(?:the\s+party|they|it)\b"
                        r"(?!\s+(?:is|was)\s+(?:clear|likely|thought|expected|understood|possible|worth|hard|easy"
                        r"|not\s+clear)\b)", re.I)
_RELATIVE_CLAUSE = lazy(r"\s*,?\s*(?:who|where)\b[^,;.:()]{0,50}", re.I)
_SHARE_TYPES = frozenset({ClaimType.VOTE_SHARE, ClaimType.NATIONAL_PROJECTED_SHARE, ClaimType.VOTE_SHARE_CHANGE})
_FRONTED = lazy(r"\s*(?:as\s+well\s+as|after|besides|having|on\s+top\s+of|in\s+addition\s+to|despite)\s+\w+ing\b",
                re.I)
# "the one council they ran in the South West": a place that holds councils, not one of them.
_CONTAINER_BEFORE = lazy(r"\bcouncils?\b[^.;,]{0,40}\b(?:in|across)\s+(?:the\s+)?$", re.I)
_OUR_MEASURE = lazy(rf"(?:our|my){RGX_OWNED_MEASURE}", re.I)
_AFTER_COMMA = lazy(r",\s*(?:the\s+)?$", re.I)
# "While the Greens had run X before, this is their first ...": a fronted subordinate clause and its subject.
_SUBORDINATE_OPENING = lazy(r"\W*(?:while|whilst|although|though|after|since|because|despite|once|if)\s+", re.I)
_FOR_PARTY = lazy(r"\s+for\s+(?:the\s+)?", re.I)
_BUT_VERB = lazy(r"\s*(?:but|yet)\s+(?:then\s+|still\s+)?(?:\w+ed|\w+ing|went|won|took|lost|held|kept)\b", re.I)
_AND_GERUND_IN = lazy(r"\s+and\s+(?:\w+ing|\w+ed|held|kept|won|lost|took)\b[^,;.()]{0,40}?\s+in\s+(?:the\s+)?", re.I)
_LOCATIVE_ONLY = lazy(r",?\s*(?:in|on|at)\s+(?:the\s+)?(?:\d+-(?:member|seat|strong)\s+)?", re.I)
_NEW_CLAUSE = lazy(r"[;:.(]|\b(?:while|whilst|but|whereas|although|though|and|where|when|as|after|before|in)\b", re.I)
_CLAUSE_OPENING = lazy(r"[;:(]|\b(?:while|whilst|but|whereas|although|though)\b", re.I)
_PREPOSITION_BEFORE = lazy(r"\b(?:to|from|of|over|against|than|with|for|by|behind|ahead\s+of|on|in)\s+(?:the\s+)?$",
                           re.I)
_LOCATOR = lazy(r"\s*(?:,\s*(?:in|part\s+of)|in)\s+(?:the\s+)?(?:county\s+of\s+)?", re.I)  # "X(,) in Y": Y locates X
_MAYOR_WORD = lazy(r"\bmayor", re.I)
_COUNCIL_WORD = lazy(r"\bcouncil", re.I)
MAYORAL_RUN = 10  # sentences a mention of mayors carries over (a heading and its list of results)
# A sentence that is just a party and a question mark: "And Labour?", "What about the Greens?".
_PARTY_QUESTION = lazy(r"\s*\?\s*")
_QUESTION_LEADS = frozenset({"", "and", "but", "so", "what about", "as for", "and what about", "then"})
_PARTICIPLE = lazy(r"[a-z]+ing\b")
_AFTER_COMMA = lazy(r",\s*(?:\w+ly\s+)?(?:and\s+)?$")
_FIRST_PERSON = frozenset({"we", "our", "us"})
# A sentence that is only a place: a heading ("Dudley.", "Dudley", "Dudley:") for the claims below it.
_HEADING_PUNCTUATION = " \t.:;-\u2013\u2014*#"
# Words that make a claim national, so no council is carried into it.
_NATIONAL_CUE = lazy(
    r"\b(?:national(?:ly)?|nationwide|country-?wide|across\s+the\s+(?:country|nation|board)|in\s+all(?!-)"
    r"|across\s+(?:England|Scotland|Wales|Britain|the\s+UK)|tally|overall(?!\s+(?:control|majority))|all\s+told"
    r"|(?:these|this\s+year'?s|today'?s|yesterday'?s)\s+(?:local\s+)?elections|local\s+government)\b",
    re.I)
_NATIONAL_TYPES = frozenset({ClaimType.COUNCIL_COUNT_CHANGE, ClaimType.NATIONAL_PROJECTED_SHARE,
                             ClaimType.MAYORAL_RESULT})
# Claims that, in a run of sentences about mayors, are about the mayoralty last named.
_MAYORAL_TYPES = frozenset({ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE, ClaimType.MAYORAL_RESULT,
                            ClaimType.TURNOUT, ClaimType.RANKING})
_NATIONAL_HEDGES = frozenset({Hedge.HUNDREDS, Hedge.DOZENS, Hedge.SCORES})
# First-person cues that say which party a text speaks for: "we Liberal Democrats", "our Green councillors",
# "as Greens, we", "Lib Dem leader Jo Smith said".
_WE_BEFORE = lazy(r"\b(?:we|us|our)\s+(?:(?:own|fellow|local|new)\s+)?(?:the\s+)?$", re.I)
_AS_BEFORE = lazy(r"\bas\s+(?:the\s+)?$", re.I)
_WE_AFTER = lazy(r"[\s,]+we\b", re.I)
_SPOKESPERSON_AFTER = lazy(r"\s+(?:party\s+)?(?:leader|spokes(?:wo)?man|spokesperson|chair|president)\b", re.I)
# A release's issuer: "The Liberal Democrats today welcomed ...", "Plaid Cymru is celebrating ...".
_ISSUER_AFTER = lazy(r"\s+(?:today\s+|have\s+|has\s+|(?:is|are)\s+)?(?:welcomed|welcomes|celebrated|celebrating"
                     r"|hailed|hails|delighted|thanked|thanks)\b", re.I)
_FIRST_PERSON_WORD = lazy(r"\b(?:we|our|us)\b", re.I)
_FIRST_PERSON_MIN = 4  # this many "we"/"our"/"us": claims with no subject are the speaker's
_HEADLINE_LINES = 3  # a party named in the first few short lines (the headline) speaks for the text
_HEADLINE_MAX = 120
TOPIC_MENTIONS = 3  # a council or nation named this often, and far more than any other, is the text's topic
_NATION_WORD = lazy(r"\b(?:Scotland|Scottish|Wales|Welsh|England|English)\b")
_NATION_WORDS = {"scot": "Scotland", "wale": "Wales", "wels": "Wales", "engl": "England"}
COUNCIL_SEATS_MAX = 130  # no council has more seats: a bigger seat figure is a national tally
# Parties that stand in many councils: a place inside their name ("Scottish Labour") is not where they stand.
_NATIONAL_PARTY_IDS = frozenset({"lab", "con", "ld", "green", "snp", "pc", "ukip", "reform", "ind", "residents"})


def _continuation_place(view: SentenceView, end: int) -> Mention | None:
    """A place later in the sentence, in a continuation of the same subject's clause ("..., enough to win outright
    control of Medway", "..., taking Medway"): no party named and no new clause opened before it."""
    for place in view.places:
        if place.start >= end:
            between = view.text[end:place.start]
            if any(end <= p.start < place.start for p in view.parties) or _NEW_CLAUSE.search(between):
                return None
            return place
    return None


def _mayoral_key(name: str) -> str:
    """ "the Tees Valley mayoral election", "Tees Valley Mayor" -> "tees valley"."""
    return _MAYORAL_TAIL.sub("", _LEADING_THE.sub("", name)).lower()


def mayoral_names(view: SentenceView) -> list[str]:
    """The places a sentence names beside the word "mayor" ("the Tees Valley mayoralty", "Mayor of London")."""
    return [p.text for p in view.places if _MAYOR_WORD.search(view.text, max(0, p.start - 20), p.end + 20)]


def _fronted_subject(view: SentenceView, verb: int) -> Mention | None:
    """The subject of the main clause, for a verb in a participle clause the sentence opens with ("As well as
    taking 9 seats in X, tripling their tally, Reform ..."): the first party after a comma past the verb."""
    if not _FRONTED.match(view.text) or any(p.end <= verb for p in view.parties):
        return None
    for party in view.parties:
        if party.start > verb:
            return party if _AFTER_COMMA.search(view.text, max(0, party.start - 8), party.start) else None
    return None


def _subordinate_subject(view: SentenceView, verb: int) -> Mention | None:
    """The subject of a fronted subordinate clause, for a pronoun in the main clause after it ("While the Greens
    had run X as a minority, this is their first majority council"): the party the sentence opens on."""
    opening = _SUBORDINATE_OPENING.match(view.text)
    comma = view.text.find(",", opening.end() if opening else 0, verb)
    if opening is None or comma < 0 or not view.parties or \
            view.text[opening.end():view.parties[0].start].strip().lower() not in ("", "the"):
        return None
    return view.parties[0] if view.parties[0].end <= comma else None


def _party_named_after(view: SentenceView, end: int) -> Mention | None:
    """The party a figure is given to right after it: "31% for Reform", "22% for the Greens"."""
    for party in view.parties:
        if party.start >= end:
            return party if _FOR_PARTY.fullmatch(view.text, end, party.start) else None
    return None


def _attached_place(view: SentenceView, end: int) -> Mention | None:
    """A place right after the claim's words, joined only by a preposition (", in Norfolk")."""
    for place in view.places:
        if place.start >= end:
            return place if _LOCATIVE_ONLY.fullmatch(view.text, end, place.start) else None
    return None


def _place_before_with(view: SentenceView, start: int) -> Mention | None:
    """ "took Ceredigion with 20 councillors": the place a "with" figure follows directly."""
    if not view.text.startswith("with", start):
        return None
    return next((p for p in view.places if 0 <= start - p.end <= 2), None)


def _coordinated_place(view: SentenceView, end: int) -> Mention | None:
    """The place a coordinated verb phrase ends with ("winning three seats and keeping two in Ashby")."""
    joined = _AND_GERUND_IN.match(view.text, end)
    if joined is None:
        return None
    return next((p for p in view.places if p.start == joined.end()), None)


def _relative_place(view: SentenceView, pos: int) -> Mention | None:
    """The place a relative clause holding `pos` hangs from ("Ashby, who now hold 11 seats")."""
    for place in reversed(view.places):
        if place.end <= pos:
            return place if _RELATIVE_CLAUSE.fullmatch(view.text, place.end, pos) else None
    return None


def _clause_subject(view: SentenceView, pos: int) -> Mention | None:
    """The party the clause holding `pos` is about: the first it names, from the clause's start ("..., while UKIP
    made ground by winning 25"), outside a prepositional phrase ("to the Tories")."""
    start = 0
    for m in _CLAUSE_OPENING.finditer(view.text, 0, pos):
        if any(m.end() <= p.start < pos for p in view.parties):
            start = m.end()
    for party in view.parties:
        if start <= party.start < pos and not _PREPOSITION_BEFORE.search(view.text, max(0, party.start - 16),
                                                                         party.start):
            return party
    return None


def _is_party_question(view: SentenceView, party: Mention) -> bool:
    lead = view.text[:party.start].strip(" \"',").lower()
    return bool(_PARTY_QUESTION.fullmatch(view.text, party.end)) and lead in _QUESTION_LEADS


def _speaker_cue(text: str, start: int, end: int) -> int:
    """How strongly the words around a party name say the text speaks for it (0: not at all)."""
    before = text[max(0, start - 30):start]
    if _WE_BEFORE.search(before) or (_AS_BEFORE.search(before) and _WE_AFTER.match(text, end)):
        return 3
    if _ISSUER_AFTER.match(text, end):
        return 2
    return 1 if _SPOKESPERSON_AFTER.match(text, end) else 0


def _headline_end(text: str) -> int:
    """Where the headline ends: the opening short lines that are not prose sentences (0 when prose comes first)."""
    end = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        words = line.strip()
        if number >= _HEADLINE_LINES + 2 or len(words) > _HEADLINE_MAX or words.endswith((".", "!", "?")):
            break
        end += len(line)
    return end


def _is_national(draft: Draft, view: SentenceView) -> bool:
    """True when a claim reads as national: its type, a tally-sized number, or a national word in the sentence."""
    if draft.type in _NATIONAL_TYPES or "mayoral" in draft.qualifiers or _NATIONAL_CUE.search(view.text):
        return True
    quantity = draft.quantity
    if quantity is None or quantity.unit not in ("seats", "count"):
        return False
    return quantity.hedge in _NATIONAL_HEDGES or (quantity.value or 0) > COUNCIL_SEATS_MAX


@dataclass
class Carried:
    """A party or place with where it came from (None when named in the claim itself)."""

    text: str | None
    source: str | None = None
    others: tuple[str, ...] = ()  # more subjects of the same claim ("the Lib Dems and Greens")
    how: str | None = None  # how it was carried: "pronoun", "reference", "scene", "frame", "paragraph", "topic"


@dataclass
class Context:
    """Document state while sentences are read in order."""

    vocabulary: Vocabulary
    paragraph: int = -1
    sentence_index: int = -1
    scene: Mention | None = None
    scene_sentence: int = -1
    scene_across: bool = False  # the scene was set in an earlier paragraph
    paragraph_start: int = 0  # the index of the current paragraph's first sentence
    last_place: Mention | None = None
    previous_places: list[Mention] = field(default_factory=list)
    paragraph_place: Mention | None = None  # the last place named in an earlier sentence of this paragraph
    heading_place: Mention | None = None  # a heading that is just a place, until another place is named
    frame_party: str | None = None
    frame_sentence: int = -1
    mayoral_until: int = -1  # the last sentence of the current run about mayoral contests
    named_party: str | None = None  # the last party named in the previous sentence, for "they"
    after_question: bool = False  # the previous sentence asked a question (its party carries into the answer)
    party_counts: Counter[str] = field(default_factory=Counter)
    party_names: dict[str, str] = field(default_factory=dict)  # canonical id (or folded name) -> first spelling
    speaker_cues: Counter[str] = field(default_factory=Counter)  # first-person cues per party: who "we" are
    first_person: bool = False  # the text speaks as "we" throughout (a party's release)
    short_forms: dict[str, str] = field(default_factory=dict)  # "Kingston" -> "Kingston upon Thames" (mentions.py)
    mayoral_place: str | None = None  # the place of the last sentence about a mayor ("Mayor of Greater Manchester")
    topic_place: str | None = None  # the one council the whole text is about, if it is about one
    layout: Any = None  # the layout reader's headings (extract/layout), for the party or place a heading gives
    offset: int = 0  # where the current sentence starts
    topic_nation: str | None = None  # the nation the whole text is about ("Scotland"), if it is about one
    topic_mayoralty: str | None = None  # the one mayoralty the text names, if it names one (a _mayoral_key)
    previous_claims: list[tuple[Draft, str | None, str | None]] = field(default_factory=list)
    current_claims: list[tuple[Draft, str | None, str | None]] = field(default_factory=list)

    # --- sentence boundaries --------------------------------------------------------------------
    def begin(self, view: SentenceView, paragraph: int) -> None:
        """Start a sentence: a new paragraph forgets the party frame, and the scene unless the last was one sentence."""
        self.sentence_index += 1
        self.offset = view.offset
        if paragraph != self.paragraph:
            asked = self.named_party if self.after_question else None  # "Did the Lib Dems recover?" / "They ..."
            # Web text gives every sentence a paragraph: after a one-sentence paragraph the scene goes on, unsure.
            scene = self.scene if self.sentence_index - self.paragraph_start == 1 else None
            self.paragraph, self.scene, self.frame_party, self.named_party = paragraph, scene, None, asked
            self.paragraph_place, self.paragraph_start = None, self.sentence_index
            self.scene_across = scene is not None
        if view.may_contain(_MAYOR_WORD, "mayor"):
            self.mayoral_until = self.sentence_index + MAYORAL_RUN
        elif view.may_contain(_COUNCIL_WORD, "council"):
            self.mayoral_until = -1
        view.mayoral = self.sentence_index <= self.mayoral_until
        scene = _SCENE.match(view.text)
        if scene:
            place = view.place_at(scene.end())
            if place is not None:
                self.scene, self.scene_sentence, self.scene_across = place, self.sentence_index, False

    def end(self, view: SentenceView) -> None:
        """Finish a sentence: remember its last place, its last party and its claims."""
        parties = [p for p in view.parties if not view.in_parentheses(p.start)]
        if parties:  # a sentence naming no party ("A little.") leaves "they" with the party named before it
            self.named_party = _LEADING_THE.sub("", parties[-1].text)
        self.after_question = view.text.rstrip().endswith("?")
        if parties and _is_party_question(view, parties[-1]):  # "And Labour?": the next sentence is about Labour
            self.frame_party, self.frame_sentence = parties[-1].text, self.sentence_index
        places = [p for p in view.places if not view.in_parentheses(p.start)]
        mayor = _MAYOR_WORD.search(view.text) if places else None
        if mayor is not None:  # the place named nearest the word "mayor"
            self.mayoral_place = min(places, key=lambda p: abs(p.start - mayor.start())).text
        if places and self.scene is not None and self.scene_sentence != self.sentence_index and any(
                p.text != self.scene.text for p in places):
            self.scene = None  # "In Kent, ..." lasts until another place is named
        if len(places) > 1 and _CONTAINER_BEFORE.search(view.text, max(0, places[-1].start - 60), places[-1].start):
            places = places[:-1]  # "Trafford, the only council they ran in Greater Manchester": Trafford is the topic
        if places:
            self.last_place = places[-1]
            self.paragraph_place = places[-1]
            # A heading that is just a place, or a question about one ("What happened in Stockport?"): the place
            # of what follows it.
            heading = view.text.strip(_HEADING_PUNCTUATION) == places[-1].text or self.after_question
            if heading or (self.heading_place is not None and places[-1].text != self.heading_place.text):
                self.heading_place = places[-1] if heading else None
        self.previous_places = places
        self.previous_claims, self.current_claims = self.current_claims, []

    # --- parties --------------------------------------------------------------------------------
    def party_for(self, draft: Draft, view: SentenceView) -> Carried | None:
        """The claim's party. None means the draft needs an explicit subject and has none: drop it."""
        if draft.party:
            return Carried(draft.party, None, draft.also_parties)
        named_after = _party_named_after(view, draft.end)
        if named_after is not None and draft.type in _SHARE_TYPES:  # "a share of 31% for Reform"
            return Carried(named_after.text, None)
        ours = draft.subject in ("auto", "nearest") and _OUR_MEASURE.match(view.text, draft.start)  # "our vote held"
        if draft.subject == "we" or ours:
            return Carried(self.speaker_party(), "document", how=self.speaker_doubt())
        if draft.subject == "none":
            return Carried(None)
        if draft.subject == "pronoun":  # "put them on 36%": as "they" would be read
            return self._pronoun_party()
        if draft.subject == "previous" and self.current_claims:  # ", up 22": the total's party
            _, party, _ = self.current_claims[-1]
            return Carried(party, "sentence")
        if draft.subject in ("auto", "nearest") and _GERUND_AFTER.search(view.text, 0, draft.verb) and \
                _GERUND.match(view.text, draft.verb):
            subject = _clause_subject(view, draft.verb)  # "... by becoming the largest party": its clause's subject
            if subject is not None:
                return Carried(subject.text, None)
        fronted = _fronted_subject(view, draft.verb) if draft.subject in ("auto", "nearest") else None
        if fronted is not None:  # "As well as taking 9 seats on X, ..., Reform warned ...": Reform
            return Carried(fronted.text, None)
        if draft.subject == "sentence":
            mention, _ = view.subject_before(draft.verb)
            mention = mention or view.nearest_party_before(draft.verb)
            return Carried(mention.text if mention else None, "sentence" if mention else None)
        if draft.subject == "nearest":
            party = view.nearest_party_before(draft.verb)
            return Carried(party.text, "sentence") if party else self._carried()
        if draft.subject in ("auto", "explicit"):
            mention, pronoun = view.subject_before(draft.verb)
            if mention is not None:
                if not view.in_where_clause(draft.verb) and not view.relative_subject(mention, draft.verb):
                    self.frame_party, self.frame_sentence = mention.text, self.sentence_index
                group = view.coordinated(mention)
                return Carried(group[0].text, None, tuple(p.text for p in group[1:]))
            if draft.subject == "explicit":
                return None
            if pronoun in _FIRST_PERSON:
                return Carried(self.speaker_party(), "document", how=self.speaker_doubt())
            inside = view.nearest_party_before(draft.verb) if pronoun == "the party" else None
            if pronoun and inside is not None:  # "The Lib Dems will have to wait - the party lost 42 seats"
                return Carried(inside.text, "sentence")
            subordinate = _subordinate_subject(view, draft.verb) if pronoun else None
            if subordinate is None and pronoun in ("their", "its"):  # "Plaid won their most seats": its own subject
                subordinate = _clause_subject(view, draft.verb)
            if subordinate is not None:
                return Carried(subordinate.text, "sentence")
            if pronoun:
                carried = self._pronoun_party()
                carried.how = "pronoun" if carried.source == "previous_sentence" else carried.how
                if carried.source == "sentence" and any(
                        p.end <= draft.verb and _LEADING_THE.sub("", p.text) != _LEADING_THE.sub("", carried.text or "")
                        for p in view.parties):  # "Labour pushed the Tories third after they lost 62": either
                    carried.how = "pronoun_unsure"
                if carried.text and not view.in_where_clause(draft.verb):  # "they regained X, winning 31"
                    self.frame_party, self.frame_sentence = carried.text, self.sentence_index
                return carried
        if view.in_where_clause(draft.verb) or _BUT_VERB.match(view.text, view.clause_start(draft.verb)):
            own = [p for p in view.parties if p.end <= draft.verb]  # "where Reform had hoped ..., but then won 7":
            if own and view.in_where_clause(own[-1].start):  # the clause's own subject
                return Carried(own[-1].text, "sentence")
        if self.frame_party and self.frame_sentence == self.sentence_index:
            return Carried(self.frame_party, "sentence")
        party = view.nearest_party_before(draft.verb)
        if party is not None and draft.subject != "none":
            return Carried(party.text, "sentence")
        if _LEADING_PRONOUN.match(view.text):  # "The party had shown ..., winning back X": its subject
            carried = self._pronoun_party()
            carried.how = "pronoun" if carried.source == "previous_sentence" else carried.how
            return carried
        return self._carried()

    def _pronoun_party(self) -> Carried:
        stale = not self.frame_party or self.frame_sentence < self.sentence_index - 1
        if stale and self.named_party:  # "... kind to the Lib Dems. They gained ..."
            return Carried(self.named_party, "previous_sentence")
        return self._carried()

    def _carried(self) -> Carried:
        if self.frame_party and self.frame_sentence == self.sentence_index:
            return Carried(self.frame_party, "sentence")
        heading = self._heading("party")
        if heading is not None:  # "Greens:" then "Picked up 40 seats net."
            return Carried(heading, "heading", how="heading")
        if self.frame_party:
            return Carried(self.frame_party, "previous_sentence", how="frame")
        topic = self.speaker_party() if self.first_person else self.topic_party()
        how = ("speaker" if self.first_person else "topic") if topic else None
        return Carried(topic, "document" if topic else None, how=how)

    def _heading(self, slot: str) -> str | None:
        """The party (`slot` "party") or place ("place") a heading above the current sentence gives, if any and not
        overridden since: the layout reader's heading path and place headings."""
        if self.layout is None:
            return None
        if slot == "place":
            heading = self.layout.place_heading_at(self.offset)
            return heading.place if heading is not None else None
        for heading in reversed(self.layout.heading_path(self.offset)):
            if heading.place or heading.scope:
                return None  # a place or scope heading ends the party headings above it
            if heading.party and _PARTY_ONLY_HEADING.fullmatch(heading.text.replace(heading.party, "", 1)):
                return heading.party  # "Greens:", "Labour -", not a headline such as "TORY HEARTLANDS FALL"
        return None

    def count_parties(self, text: str, parties: Sequence[tuple[int, int]]) -> None:
        """Count the parties the whole document names (`parties`: the spans of the vocabulary's party names
        in `text`), for the party it talks about most (its topic) and the party it speaks for."""
        for start, end in parties:
            name = text[start:end]
            if not (name[0].isupper() or name.startswith("independent")):
                continue
            key = self.vocabulary.party_id(name) or name.lower()
            self.party_counts[key] += 1
            if self.party_names.setdefault(key, name).isupper():  # prefer "Liberal Democrats" to a headline's caps
                self.party_names[key] = name
            self.speaker_cues[key] += _speaker_cue(text, start, end)
        headline = _headline_end(text)
        for start, end in parties:
            if end <= headline:
                key = self.vocabulary.party_id(text[start:end]) or text[start:end].lower()
                self.speaker_cues[key] += 2

        self.first_person = len(_FIRST_PERSON_WORD.findall(text)) >= _FIRST_PERSON_MIN

    def speaker_party(self) -> str | None:
        """The party the text speaks for ("we", "our"): first-person cues and the headline, else the topic."""
        cued = [(count, key) for key, count in self.speaker_cues.items() if count > 0]
        if cued:
            return self.party_names[max(cued)[1]]
        return self.topic_party()

    def speaker_doubt(self) -> str | None:
        """ "speaker" when who "we" are is not clear-cut: no first-person cue, or one party's cues not at least twice
        any other's (None when it is clear)."""
        cues = sorted((count for count in self.speaker_cues.values() if count > 0), reverse=True)
        return None if cues and (len(cues) == 1 or cues[0] >= 2 * cues[1]) else "speaker"

    def topic_party(self) -> str | None:
        """The party the document names most: who "we" are, and who an unattributed claim is about."""
        if not self.party_counts:
            return None
        key, _ = self.party_counts.most_common(1)[0]
        return self.party_names[key]

    # --- places ---------------------------------------------------------------------------------
    def places_for(self, draft: Draft, view: SentenceView, party: str | None = None) -> list[Carried]:
        """One or more places for the claim (an empty text means no place: a national claim)."""
        if draft.places:
            return [Carried(p) for p in draft.places]
        if draft.place_ref == "none":  # "their first ever council": about every council, so none in particular
            return [Carried(None)]
        relative = _relative_place(view, draft.verb)
        if relative is not None:  # "Ashby, who now hold 11 seats": the place the clause hangs from
            return [Carried(relative.text, "sentence")]
        attached = (_attached_place(view, draft.end) or _coordinated_place(view, draft.end)
                    or _place_before_with(view, draft.start))
        if attached is not None:  # "gained one new councillor, in Norfolk", "winning three and keeping two in X"
            return [Carried(attached.text, "sentence")]
        before = view.places_before(draft.verb)
        home = self.home_place(party) if not before else None
        if home is not None:  # "Residents for Uttlesford won 26 seats": a local party stands in its own place
            return [Carried(home, "sentence")]
        if draft.place_ref in ("there", "council"):
            if len(before) > 1 and _LOCATOR.fullmatch(view.text, before[-2].end, before[-1].start):
                return [Carried(before[-2].text, "sentence")]  # "in Ashby, in Leicestershire, ... the council"
            if before:
                return [Carried(before[-1].text, "sentence")]
            if self.last_place is not None:
                return [Carried(self.last_place.text, "previous_sentence", how="reference")]
            return [Carried(None)]
        if draft.place_ref == "previous" and self.current_claims:  # ", up 22": the total's place
            _, _, place = self.current_claims[-1]
            return [Carried(place, "sentence" if place else None)]
        if draft.place_ref == "both":
            named = [p for p in self.previous_places if p.slot in ("prep", "vocab")][-2:]
            return [Carried(p.text, "previous_sentence") for p in named] or [Carried(None)]
        if draft.place_ref == "refers":
            return [Carried(None)]
        if before and view.in_where_clause(draft.verb):
            return [Carried(before[-1].text, "sentence")]
        shared = [p for p in before if not self._is_object(p, view) and (
            p.from_vocabulary or _LOCATIVE_BEFORE.search(view.text, max(0, p.start - 40), p.start))]
        if shared:  # "In loyal X (...), long a Labour town, the Greens won a seat": X
            if len(shared) > 1 and _LOCATOR.fullmatch(view.text, shared[-2].end, shared[-1].start):
                return [Carried(shared[-2].text, "sentence")]  # "in Nuneaton, in Warwickshire, ...": Nuneaton
            return [Carried(shared[-1].text, "sentence")]
        shared_place = self._sentence_place(draft, view)
        if shared_place is not None:
            return [shared_place]
        later = _continuation_place(view, draft.end)
        if later is not None and not _is_national(draft, view):  # "winning 8 seats, enough to win Ashby"
            return [Carried(later.text, "sentence")]
        if view.mayoral and self.mayoral_place and draft.type == ClaimType.TURNOUT and not before:
            # "after 600,000 voters took part" among sentences about a mayoralty: its turnout, not a council's
            about = self.topic_mayoralty == _mayoral_key(self.mayoral_place)
            return [Carried(self.mayoral_place, "previous_sentence", how="mayoral_topic" if about else "mayoral")]
        here = self.scene_sentence == self.sentence_index
        if self.scene is not None and (here or not _NATIONAL_CUE.search(view.text)):  # "nationally": not the scene
            source, how = ("sentence", None) if here else ("previous_sentence", "scene")
            how = "scene_across" if self.scene_across and not here else how
            return [Carried(self.scene.text, source, how=how)]
        carried = self.paragraph_place or self.heading_place
        national = _is_national(draft, view)
        heading = self._heading("place") if not national else None
        if heading and not draft.place_ref and (self.paragraph_place is None or self.heading_place is not None):
            return [Carried(heading, "heading", how="heading")]  # a council heading over the prose under it
        if carried is not None and not draft.place_ref and not national:
            return [Carried(carried.text, "previous_sentence", how="paragraph")]
        if view.mayoral and self.mayoral_place and draft.type in _MAYORAL_TYPES:
            # The mayoralty the whole text is about is as sure as a pronoun; another one last named is not.
            about = self.topic_mayoralty == _mayoral_key(self.mayoral_place)
            return [Carried(self.mayoral_place, "previous_sentence", how="mayoral_topic" if about else "mayoral")]
        if self.topic_place and not draft.place_ref and not national:
            return [Carried(self.topic_place, "document", how="topic")]
        own = _NATION_WORD.match(party or "")  # "Scottish Labour" is about Scotland, whatever the text is about
        if self.topic_nation and national and not own and not _NATIONAL_CUE.search(view.text):
            return [Carried(self.topic_nation, "document", how="topic")]
        return [Carried(None)]

    def count_places(self, text: str, places: Sequence[Mention], mayoral: Sequence[str] = ()) -> None:
        """The council a whole text is about (named at least three times, twice as often as any other), the
        nation it is about (Scotland or Wales named, or their adjectives, three times and more than England), and
        the mayoralty it is about (of the places named beside the word "mayor", `mayoral`, the only one or the one
        named twice as often as any other)."""
        mayoralties = Counter(_mayoral_key(name) for name in mayoral).most_common(2)
        if len(mayoralties) == 1 or (mayoralties and mayoralties[0][1] >= 2 * mayoralties[1][1]):
            self.topic_mayoralty = mayoralties[0][0]  # the only one named, or named twice as often as any other
        else:
            self.topic_mayoralty = None
        counts = Counter(p.text for p in places if p.text.lower() not in NATIONAL_PLACE_WORDS)
        ranked = counts.most_common(2)
        total = sum(counts.values())
        if ranked and ranked[0][1] >= TOPIC_MENTIONS and 2 * ranked[0][1] >= total and (
                len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            self.topic_place = ranked[0][0]
        nations = Counter(_NATION_WORDS[m.group().lower()[:4]] for m in _NATION_WORD.finditer(text))
        top = nations.most_common(1)
        if top and top[0][0] != "England" and top[0][1] >= TOPIC_MENTIONS and all(
                top[0][1] > 2 * count for nation, count in nations.items() if nation != top[0][0]):
            self.topic_nation = top[0][0]

    def home_place(self, party: str | None) -> str | None:
        """The place a local party is named for ("Residents for Uttlesford" -> "Uttlesford"), if any."""
        if not party or self.vocabulary.party_id(party) in _NATIONAL_PARTY_IDS:
            return None
        _, places = matchers(self.vocabulary).names.find(party, PLACE)
        for start, end in places:
            name = party[start:end]
            if name[0].isupper() and name.lower() not in NATIONAL_PLACE_WORDS:
                return name
        return None

    def _sentence_place(self, draft: Draft, view: SentenceView) -> Carried | None:
        """The place of an earlier claim of this sentence, for a claim that names none: a participle clause after
        it ("took X from the Greens, winning 33 seats") or any claim after one about "the council"."""
        if not self.current_claims:
            return None
        _, _, place = self.current_claims[-1]
        if not place:
            return None
        participle = _PARTICIPLE.match(view.text, draft.verb) and _AFTER_COMMA.search(view.text, 0, draft.verb)
        if participle or any(d.place_ref in ("council", "there") for d, _, _ in self.current_claims):
            return Carried(place, "sentence")
        return None

    def _is_object(self, place: Mention, view: SentenceView) -> bool:
        """True when an earlier claim of this sentence has the place as its object ("held Glasgow", "control
        of Hull", not "won 3 seats in Leeds"): that place is the claim's own, not the sentence's."""
        if _LOCATIVE_BEFORE.search(view.text, max(0, place.start - 12), place.start):
            return False
        return any(d.verb <= place.start < d.end and place.text in d.places for d, _, _ in self.current_claims)

    def remember(self, draft: Draft, party: str | None, place: str | None) -> None:
        self.current_claims.append((draft, party, place))

    def frame_for_exception(self) -> tuple[Draft, str | None] | None:
        """The claim an "exception" sentence refers to: the previous sentence's last claim."""
        if not self.previous_claims:
            return None
        draft, party, _ = self.previous_claims[-1]
        return draft, party
