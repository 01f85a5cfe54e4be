"""Predicate anchors without numbers: control of councils won, kept or lost, read from the predicate and the
councils it governs, whatever stands between them.

A control predicate (a lexicon of verbs and nouns: "won", "winning back", "snatched", "kept", "stays",
"turned red", "a Lib Dem gain", "depriving X of a majority") is an anchor. Its councils are the places its
clause names after it, across fillers ("control of", "councils like", "the county councils of", "a majority in"),
or before it when the places are its subject ("Blaenau Gwent and Bridgend also turned red", "Brent stays red").
Its party is the subject (from the context, as for every claim), a colour ("turned red"), a party modifying the
noun ("a Lib Dem gain"), or the object of "deprive". A number between the predicate and the place makes the
clause a seat claim ("won 5 seats in Bury"), not a control claim. One claim per council; readings carry the
qualifier `loose` and are never flagged (judge/confidence.py).
"""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.patterns import RGX_NUMBER_WORD
from factcheck.extract.vocabulary import Mention
from factcheck.model import ClaimType, Direction
from factcheck.regex_cache import lazy

CUES = ()
PRIORITY = -4
WINNER_PRIORITY = 3  # a winner read with the candidate's name beats one read from "elected mayor" alone

_VERB = lazy(
    r"\b(?:(?P<back>won\s+back|win(?:s|ning)?\s+back|regain(?:ed|ing|s)?|re-?took|recaptur(?:ed|ing))"
    r"|(?P<gain>won|wins?|winning|took|tak(?:e|es|ing|en)|gain(?:ed|ing|s)|captur(?:ed|es?|ing)|seiz(?:ed|es?|ing)"
    r"|snatch(?:ed|es|ing)|(?<!for\s)grabb?(?:ed|ing|s)?|clinch(?:ed|es|ing)|secur(?:ed|es?|ing)|prised|flipp(?:ed|ing)"
    r"|(?:added|adding)|elect(?:ed|s)?\s+\S+(?:\s+\S+)?\s+to\s+run|turn(?:ed|s)?(?=\s+(?:red|blue|yellow|orange|green)))"
    r"|(?P<hold>kept|keep(?:s|ing)?|retain(?:ed|ing|s)?|held(?:\s+on\s+to)?|hold(?:s|ing)?(?:\s+on\s+to)?|maintain(?:ed|s)?"
    r"|defend(?:ed|s)?|stay(?:s|ed)?(?=\s+(?:red|blue|yellow|orange|green|labour|conservative|tory))"
    r"|remain(?:s|ed)?(?=\s+(?:red|blue|yellow|orange|green|labour|conservative|tory|in\s+\w+\s+hands)))"
    r"|(?P<control>control\s+of)"
    r"|(?P<loss>lost|los(?:e|es|ing)|surrender(?:ed|s)?|ced(?:ed|es|ing)|depriv(?:ed|es?|ing))"
    r")\b",
    re.I,
)
_COUNTED_BEFORE = lazy(rf"(?:\d|\b(?:{RGX_NUMBER_WORD}|dozen|several|many|few|more|fewer))\s+(?:net\s+|new\s+)?$", re.I)
# A party's result as a noun: "a Green gain from Labour", "Reform hold", "Green gain from NOC".
_NOUN = lazy(r"\b(?P<gain>gain|victory|win)\b|\b(?P<hold>hold)\b|\b(?P<loss>loss)\b", re.I)
# Words that may stand between the predicate and its councils.
_FILLER = lazy(
    r"(?:\s+|,\s*|\s*[\u2013\u2014-]\s*)?(?:(?:the|a|an|its|their|his|her|overall|outright|full|majority|control|of|on|in"
    r"|at|over|councils?|authorit(?:y|ies)|boroughs?|districts?|count(?:y|ies)|cities|city|unitar(?:y|ies)|metropolitan"
    r"|flagship|key|big|major|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|new|more|other|such"
    r"|as|like|including|notably|among|them|also|back|again|too|from|no|party|parties|\w+'s|red|blue|yellow"
    r"|victory|win|triumph|success|power|hands"
    r"|orange|green|labour|tory|tories|conservatives?|lib|dems?|liberal|democrats?|greens?|snp|plaid|reform"
    r"|independents?|ukip)(?:\s*[\u2013\u2014-]\s*|,\s*|\s+|$)){0,9}",
    re.I,
)
_COLOUR = lazy(r"\s+(?P<colour>red|blue|yellow|orange|green)\b", re.I)
_COLOUR_PARTY = {"red": "Labour", "blue": "Conservatives", "yellow": "Liberal Democrats",
                 "orange": "Liberal Democrats", "green": "Greens"}
_NUMBER = lazy(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
               r"|dozen|seats?|councillors?|votes?|wards?|mayor|mayoralty|by-election)\b", re.I)
_NOT_COUNCIL_AFTER = lazy(r"\s+(?:seats?|wards?|councillors?|by-?elections?|mayor\w*|constituenc\w+|parliamentary"
                          r"|division|westminster|MPs?)\b", re.I)
_COUNCIL_COUNT = lazy(r"\b\w+\s+(?:new\s+|more\s+|other\s+)?(?:councils|authorities|boroughs)\b", re.I)
_CONTROL_WORDS = lazy(r"\b(?:control|majority|councils?|authorit(?:y|ies)|borough|district|county|run|hands|red|blue"
                      r"|yellow|orange|gain|hold|loss|flagship)\b", re.I)
_DEPRIVE_OBJECT = lazy(r"\s+(?:the\s+)?(?P<party>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+of\s+", re.I)


def find(view: SentenceView) -> list[Draft]:
    """A control draft per council that a control predicate governs."""
    if not view.places or not view.contains(_CONTROL_WORDS) and not view.contains(_VERB):
        return mayoral_winners(view)
    drafts: list[Draft] = []
    for verb in _VERB.finditer(view.text):
        if _COUNTED_BEFORE.search(view.text, max(0, verb.start() - 20), verb.start()):
            continue  # "two gains in Bury", "12 losses": counted seats, a noun, not control
        drafts.extend(_verb_drafts(view, verb))
    for noun in _NOUN.finditer(view.text):
        drafts.extend(_noun_drafts(view, noun))
    return drafts + mayoral_winners(view)


def _direction(match: re.Match[str]) -> Direction:
    if match.group("loss"):
        return Direction.LOSS
    if match.group("hold"):
        return Direction.HOLD
    return Direction.NONE if "control" in match.groupdict() and match.group("control") else Direction.GAIN


def _verb_drafts(view: SentenceView, verb: re.Match[str]) -> list[Draft]:
    direction = _direction(verb)
    party = None
    end = verb.end()
    word = verb.group().lower()
    if word.startswith("depriv"):
        obj = _DEPRIVE_OBJECT.match(view.text, end)
        mention = view.party_at(obj.start("party")) if obj else None
        if mention is None:
            return []
        party, end = mention.text, obj.end() if obj else end
    colour = _COLOUR.match(view.text, end)
    if colour:
        party, end = _COLOUR_PARTY[colour.group("colour").lower()], colour.end()
    places = _places_after(view, end)
    if not places and colour:
        places = _places_before(view, verb.start())
    if not places:
        return []
    if (not colour and not party and not _CONTROL_WORDS.search(view.text, verb.start(), places[-1].end + 1)
            and not all(p.from_vocabulary for p in places)):
        return []  # "won Stroud" names a council from the gazetteer, not any capitalised word
    draft = _draft(verb.start(), places, direction, party, back=bool(verb.group("back")))
    if word.startswith(("won", "win")) and not verb.group("back"):
        draft.direction = Direction.NONE  # "won Westminster": control after the election, gained or kept
        draft.qualifiers.append("won")
    return [draft]


def _noun_drafts(view: SentenceView, noun: re.Match[str]) -> list[Draft]:
    """ "a Green gain from Labour in Ashby", "Carnforth: Reform gain from no overall control"."""
    before = [p for p in view.parties if p.end <= noun.start() and not view.text[p.end:noun.start()].strip()]
    if not before:
        return []
    places = _places_after(view, noun.end()) or _places_before(view, before[-1].start)
    return [_draft(noun.start(), places, _direction(noun), before[-1].text)] if places else []


def _places_after(view: SentenceView, pos: int) -> list[Mention]:
    """The councils a predicate governs: the list its clause names after it, across fillers, with no number."""
    filler = _FILLER.match(view.text, pos)
    start = filler.end() if filler else pos
    if _NUMBER.search(_COUNCIL_COUNT.sub(" ", view.text[pos:start])):
        return []  # "won 5 seats in Bury" is a seat claim ("eleven new councils, including X" is not)
    items, end = view.place_list(start, lead_in=False)
    if items and _NOT_COUNCIL_AFTER.match(view.text, end):
        return []  # "won the Sunderland seats", "won the Hartlepool by-election"
    if not items:
        frm = re.match(r"\s*from\s+(?:the\s+)?\S+(?:\s+\S+)?\s+in\s+", view.text[start:])
        items, _ = view.place_list(start + frm.end(), lead_in=False) if frm else ([], start)
    return items


def _places_before(view: SentenceView, pos: int) -> list[Mention]:
    """ "Blaenau Gwent and Bridgend also turned red": the places that are the predicate's subject."""
    before = [p for p in view.places if p.end <= pos and not _NUMBER.search(view.text, p.end, pos)]
    if not before:
        return []
    last = before[-1]
    gap = view.text[last.end:pos]
    if len(gap) > 40 or re.search(r"[.;:]", gap):
        return []
    group = [last]
    for place in reversed(before[:-1]):
        if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", view.text[place.end:group[0].start]):
            group.insert(0, place)
        else:
            break
    return group


def _draft(verb: int, places: list[Mention], direction: Direction, party: str | None, back: bool = False) -> Draft:
    """One draft for the predicate: the engine makes a claim per council."""
    start, end = min(verb, places[0].start), max(places[-1].end, verb + 1)
    draft = Draft(ClaimType.COUNCIL_CONTROL, start, end, verb, places=[p.text for p in places], direction=direction,
                  priority=PRIORITY, qualifiers=["loose"])
    if back:
        draft.qualifiers.append("regained")
    if party:
        draft.party = party
    return draft


# --- mayors: who was elected ----------------------------------------------------------------------------------------
_MAYOR = lazy(r"\bmayor", re.I)
_ELECTED = lazy(
    r"\b(?:(?:has\s+been\s+|was\s+|been\s+|is\s+)?(?:re-?elected|elected|voted\s+in|confirmed\s+as|returned\s+as)"
    r"|becomes|became|clinch(?:ed|es)|secur(?:ed|es)\s+(?:a\s+)?(?:second|third|fourth)\s+term"
    r"|victory\s+(?:for|of)|defeating|defeated|beat(?:ing)?|ousted|unseated)\b",
    re.I,
)
_WINNER_CLAUSE_END = lazy(r"[;]|,\s*(?:while|whilst|and|but|whereas)\b|\.\s", re.I)
_PERSON = lazy(r"(?<![\w'])(?:[A-Z][a-z]+|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)(?:[\s-]+(?:[A-Z][a-z]+|Mc[A-Z][a-z]+)){1,2}\b")
_TITLE = lazy(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Mayor|Labour|Conservative|Tory|Green|Reform|Liberal)$")


def mayoral_winners(view: SentenceView) -> list[Draft]:
    """ "Jo Bloggs has been elected mayor of X", "the victory for Conservative Jo Bloggs in X", "Jo Bloggs, the
    Labour candidate, was elected ... defeating Sam Lee": the winner of a mayoral contest, one claim a sentence."""
    if not view.contains(_MAYOR):
        return []
    drafts: list[Draft] = []
    for verb in _ELECTED.finditer(view.text):
        word = verb.group().lower()
        after = word.startswith("victory")
        person = _person_after(view, verb.end()) if after else _person_before(view, verb.start())
        if person is None or any(d.verb == person[0] for d in drafts):
            continue
        start, end = person
        owner = next((p for p in reversed(view.parties) if p.end <= start and not view.text[p.end:start].strip(
            " '\u2019s")), None)
        if re.search(r"\d", view.text[verb.end():]):
            break  # a winner with a figure ("elected with 52%") is the mayoral families' to read
        draft = Draft(ClaimType.MAYORAL_RESULT, owner.start if owner else start, max(end, verb.end()), start,
                      subject="none", direction=Direction.GAIN, priority=WINNER_PRIORITY,
                      qualifiers=["mayoral", "loose"])
        if owner is not None:
            draft.party = owner.text
        stop = _WINNER_CLAUSE_END.search(view.text, verb.end())
        limit = stop.start() if stop else len(view.text)
        after = [p for p in view.places if draft.start <= p.start < limit]
        before = [p for p in view.places if p.end <= draft.start and not _WINNER_CLAUSE_END.search(
            view.text, p.end, draft.start)]
        if after:
            draft.places, draft.end = [after[0].text], max(draft.end, after[0].end)
        elif before:  # "In Liverpool, Joe Anderson was voted in ..."
            draft.places = [before[-1].text]
        else:
            draft.place_ref = "there"
        drafts.append(draft)
    return drafts


def _person_before(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """The person a clause is about, before `pos`: the nearest name not a party or place, not across a full stop."""
    names = [span for m in _PERSON.finditer(view.text, 0, pos) if (span := _name(view, m))]
    return names[-1] if names and not re.search(r"[.;]", view.text[names[-1][1]:pos]) else None


def _person_after(view: SentenceView, pos: int) -> tuple[int, int] | None:
    for m in _PERSON.finditer(view.text, pos, min(len(view.text), pos + 60)):
        span = _name(view, m)
        if span:
            return span
    return None


def _name(view: SentenceView, m: re.Match[str]) -> tuple[int, int] | None:
    """The name in a run of capitalised words, less a leading title or party ("Conservative Ben Houchen"): two
    words or more that name no party or place."""
    others = view.parties + view.places
    starts = [m.start()] + [w.start() + m.start() for w in re.finditer(r"(?<=\s)\S", m.group())]
    for start in starts:
        words = view.text[start:m.end()].split()
        if len(words) < 2:
            return None
        if _TITLE.match(words[0]) or any(p.start <= start < p.end for p in others):
            continue
        if not any(p.start < m.end() and start < p.end for p in others):
            return start, m.end()
    return None
