"""Council control claims: "gained control of A, B and C", "won back X", "lost control of X after 10 years
to the Lib Dems", "no overall control", and council_count_change ("lost control of 10 councils")."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import hedge_of, parse_number, quantity_from
from factcheck.extract.patterns import CHANGE_VERB_NEEDLES, RGX_COUNCIL_REF, RGX_NUMBER, RGX_SUBJECT_FILLER, quantity
from factcheck.model import ClaimType, Direction, Quantity
from factcheck.regex_cache import lazy

# "gained control of", "lost overall control of", "kept control of".
CONTROL_OF = lazy(
    r"\b(?P<verb>(?:re)?gain(?:ed|ing|s)?|w[oi]n(?:ning|s)?|took|tak(?:e|en|es|ing)|seiz(?:ed|ing|es?)"
    r"|captur(?:ed|ing|es?)|grabb?(?:ed|ing|s)?|wrest(?:ed|ing)?|snatch(?:ed|ing|es)?|los(?:t|e|es|ing)"
    r"|ced(?:ed|ing|es?)|surrender(?:ed|ing|s)?|held|hold(?:s|ing)?|kept|keep(?:s|ing)?|retain(?:ed|ing|s)?"
    r"|maintain(?:ed|ing|s)?)"
    r"\s+(?:back\s+)?(?:(?:its|their|his|her|our)\s+)?(?:overall\s+|majority\s+|outright\s+)?control\s+of\s+",
    re.I,
)
# "won back Stoke-on-Trent", "took Plymouth", "held Sunderland": a council as the direct object.
CONTROL_DIRECT = lazy(
    r"\b(?P<verb>w[oi]n(?:ning|s)?\s+back|took\s+back|tak(?:e|es|ing)\s+back|regain(?:ed|ing|s)?|recaptur(?:ed|ing|es?)"
    r"|captur(?:ed|ing|es?)|seiz(?:ed|ing|es?)|snatch(?:ed|ing|es)?|took|tak(?:en|es|ing)|gain(?:ed|ing|s)?"
    r"|held\s+on\s+to|held|hold(?:s|ing)?\s+on\s+to|holds?|retain(?:ed|ing|s)?|kept|lost|los(?:es|ing)|won|win(?:ning|s)?)"
    r"\s+(?=(?:the\s+)?[A-Z])"
)
# "winning in Newport, Torfaen and Neath Port Talbot".
CONTROL_WIN_IN = lazy(
    r"\b(?P<verb>win(?:ning|s)?|won|victor(?:y|ies)|triumph(?:ed|s)?)\s+in\s+(?=(?:the\s+)?[A-Z])"
)
# "made important inroads into areas such as A, B, C".
CONTROL_INROADS = lazy(r"\b(?P<verb>inroads|breakthroughs?|advances)\s+(?:into|in)\s+", re.I)
# "Labour's least difficult possible council gain".
CONTROL_GAIN_NOUN = lazy(r"\b(?P<verb>council)\s+(?P<what>gains?|loss(?:es)?|holds?)\b", re.I)
_A_COUNCIL = lazy(r"an?\s+(?:(?:district|borough|county|city|unitary|metropolitan)\s+)?(?:council|authority)\b", re.I)
# "winning the new unitary council in Ashby", "the Greens' grip on the district": control, a council its object.
CONTROL_A_COUNCIL_IN = lazy(
    r"\b(?P<verb>w[io]n(?:ning|s)?|took|tak(?:e|es|ing)|gain(?:ed|ing|s)?|captur(?:ed|ing|es?))\s+(?:a|the)\s+"
    r"(?:newly[- ]created\s+|new\s+|first\s+)?(?:unitary\s+)?(?:council|authority)\s+(?:in|of)\s+(?=[A-Z])", re.I)
CONTROL_HOLD_ON = lazy(
    r"\b(?P<verb>maintain(?:ed|ing|s)?|kept|keep(?:s|ing)?|retain(?:ed|ing|s)?|tighten(?:ed|ing|s)?)\s+"
    r"(?:its|their|his|her|our)\s+(?:grip|hold)\s+on\s+", re.I)
# "Reform failed to win a single council": none gained, said as a negation.
CONTROL_NONE_WON = lazy(r"\b(?P<verb>(?:did\s*n[o']t|didn\u2019t|failed\s+to)\s+(?:take|win|gain|capture))\s+"
                        r"(?:(?:overall\s+)?control\s+of\s+)?(?:any|a\s+single)\s+councils?\b", re.I)
# "the Greens declared a gain": a result declared for the council the text is about.
CONTROL_DECLARED = lazy(r"\b(?P<verb>declared)\s+an?\s+(?:comfortable\s+|narrow\s+|surprise\s+)?(?P<what>hold|gain)\b",
                        re.I)
# "Trafford fell to no overall control", "remains under no overall control".
CONTROL_NOC = lazy(
    r"\b(?P<verb>fell|falls|fall(?:ing)?|went|goes|go(?:ing)?|slipped|moved|shift(?:ed|s)?|swung|revert(?:ed|s)?"
    r"|is|was|remains|remained|stays|stayed"
    r"|now|back)\s+(?:in(?:to)?|to|under|as)\s+(?:a\s+)?(?:hung\s+council|no\s+overall\s+control|NOC)\b"
    r"|\bhung\s+council\b",
    re.I,
)
# "independent candidates who beat the Tories in Boston and Ashfield".
CONTROL_BEAT = lazy(
    r"\b(?P<verb>beat(?:ing|s)?|defeat(?:ed|ing|s)?|ousted|unseated|toppled|routed|trounced)\s+"
    r"(?P<other>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})(?:\s+(?:candidates?|councillors?|incumbents?))?"
    r"\s+(?:in|on|at|across)\s+",
)
# "the worst results were in areas ... such as in Derbyshire".
CONTROL_RESULTS_SUCH_AS = lazy(
    r"\b(?P<verb>worst|best|heaviest|biggest|most\s+painful)\s+(?P<what>results?|losses|defeats?|gains|wins)\b"
    r"[^.;]{0,140}?\b(?:such\s+as|like|including)\s+(?:in\s+)?(?=(?:the\s+)?[A-Z])",
    re.I,
)
# "the newly created Cumberland administrative district".
CONTROL_NEW_AUTHORITY = lazy(r"\b(?P<verb>newly[\s-]+(?:created|formed|established))\s+(?=[A-Z])", re.I)
# What may follow a control claim: "after 10 years", "to the Lib Dems", "for the first time".
_AFTER_YEARS = lazy(
    rf"\s+after\s+(?:(?P<hedge>almost|nearly|more\s+than|over|some|around|about)\s+)?(?P<num>{RGX_NUMBER})\s+years"
    rf"(?:\s+(?:of|in)\s+(?:power|control|charge))?", re.I
)
_TO_PARTY = lazy(r"\s*,?\s+(?:to|from)\s+(?=(?:the\s+)?[A-Z])", re.I)
_MAYOR_AFTER = lazy(
    r"(?:\s*\([^)]{0,300}\))?\s+(?:metro\s+)?mayor(?:alty|al\s+(?:race|election|contest))?\b", re.I
)
_NOT_COUNCIL_AFTER = lazy(
    r"\s*(?:'s?\b|(?:\s+\w+){0,2}\s+(?:by-election|ward|division|constituency|seat)\b"
    r"|\s+(?:council\s+)?(?:seats|wards|divisions|councillors|candidates|voters)\b)", re.I)
_COUNCIL_REF = lazy(RGX_COUNCIL_REF, re.I)
# "control of its flagship northern council": the party's own council, named before.
_OWN_COUNCIL = lazy(r"(?:its|their|his|her|our)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,3}?(?:council|authority)\b")
# "X fell to the Lib Dems", "X, which ..., passed to Labour", "X went Labour": control changed hands.
CONTROL_FELL_TO = lazy(
    r"\b(?P<verb>fell|falls|passed|passes|switched|went|goes|swung|changed\s+hands)\s+(?:to\s+)?"
    r"(?=(?:the\s+)?[A-Z]|independents\b)"
)
# "the Lib Dems kept control", "taking control", "lost control to independents": control with no object.
CONTROL_BARE = lazy(
    rf"\b(?P<verb>(?:re)?gain(?:ed|ing|s)?|took|tak(?:e|es|ing)|seiz(?:ed|ing|es?)|won|win(?:s|ning)?|los(?:t|e|es|ing)"
    rf"|kept|keep(?:s|ing)?|retain(?:ed|ing|s)?|held|hold(?:s|ing)?){RGX_SUBJECT_FILLER}(?:overall\s+|outright\s+)?"
    rf"control\b(?!\s+of\b)",
    re.I,
)
# "X now has a Labour majority", "X has a Green majority for the first time".
CONTROL_HAS_MAJORITY = lazy(
    r"\b(?P<verb>(?:now\s+)?(?:has|had|have|ha[sd]\s+got)|with)\s+(?:a|an)\s+(?:(?:new|clear|overall|outright|working"
    r"|comfortable|narrow|slim)\s+)?(?P<party>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|independent)\s+majority\b(?!\s+of\s+\d)"
)
# "taking the council from the Conservatives", "held the borough": a council named by its kind as the object.
CONTROL_COUNCIL_OBJECT = lazy(
    rf"\b(?P<verb>(?:re)?took|(?:re)?tak(?:e|en|es|ing)|w[oi]n(?:s|ning)?|(?:re)?captur(?:ed|ing|es?)|seiz(?:ed|ing|es?)"
    rf"|(?:re)?gain(?:ed|ing|s)?|lost|los(?:e|es|ing)|held|hold(?:s|ing)?|kept|keep(?:s|ing)?|retain(?:ed|ing|s)?)"
    rf"\s+(?:back\s+)?{RGX_COUNCIL_REF}"
    rf"(?=\s*(?:$|[,.;:)]|\s(?:from|to|for|after|with|in|and|but|while|at|on|it|they|that|which)\b))",
    re.I,
)
# "held on in Harlow", "clung on to Dudley": a control hold said with "on in" or "on to".
CONTROL_HELD_ON_IN = lazy(
    r"\b(?P<verb>held|hung|clung|hanging|holding|hold(?:s)?|clings?)\s+(?:on\s+(?:in|to)|onto)\s+(?=(?:the\s+)?[A-Z])"
)
# "Sutton remains in Lib Dem hands", "Hull passed into Labour hands", "X is now run by the Greens", "Cardiff
# stayed Labour": the place named before, the party inside.
CONTROL_IN_HANDS = lazy(
    r"\b(?P<verb>(?P<hold>remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|(?:is|was|are|were)(?:\s+still)?)|(?:re)?turn(?:s|ed)?"
    r"|went|goes|pass(?:ed|es)|fell|falls|came|comes)\s+(?:back\s+)?(?:firmly\s+|safely\s+|securely\s+)?"
    r"(?:in|into|to|under)\s+(?P<party>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:control|hands)\b"
    r"|\b(?P<verb2>(?:is|was|are|were|being)\s+(?:now\s+|still\s+)?(?:run|controlled|led|ruled|governed|overseen)"
    r"\s+by)\s+(?:an?\s+(?:overall\s+|outright\s+)?)?(?P<party2>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
    r"|\b(?P<verb3>stay(?:s|ed)?|remain(?:s|ed)?)\s+(?:firmly\s+|solidly\s+|safely\s+)?"
    r"(?P<party3>(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))(?=\s*(?:[,.;:)]|$|\s+(?:and|but|with|as|after)\b))"
)
# "short of a majority", "two seats short of an overall majority": the largest group without control.
CONTROL_SHORT_OF_MAJORITY = lazy(
    rf"\b(?P<verb>(?:(?:just|well|narrowly|(?P<num>{RGX_NUMBER})|a)\s+(?:seats?\s+|councillors?\s+)?)?(?:short|shy)\s+of)\s+"
    rf"(?:a|an|the)\s+(?:overall\s+|outright\s+|working\s+)?majority\b(?!\s+of\s+\d)",
    re.I,
)
# "now run their district", "now runs the council": control newly held.
# "won 12 of the 22 seats, an outright majority": the claim just before it gave the party a majority.
MAJORITY_APPOSITION = lazy(
    r",\s*(?P<verb>(?:(?:an?|their|its)\s+)?(?:outright|overall|clear|working|absolute|comfortable)\s+majority)"
    r"(?!\s+(?:of|in\s+(?:parliament|the\s+commons)))\b",
    re.I,
)
# "took the city out of no overall control": a majority won where no party had one.
CONTROL_OUT_OF_NOC = lazy(
    rf"\b(?P<verb>took|tak(?:e|en|es|ing)|brought|bring(?:s|ing)?|lifted|lift(?:s|ing)?|pulled|pull(?:s|ing)?)\s+"
    rf"(?:(?P<ref>{RGX_COUNCIL_REF}|it)|(?=(?:the\s+)?[A-Z]))(?P<rest>[\w\s'-]{{0,40}}?)\s*out\s+of\s+"
    rf"(?:no\s+overall\s+control|NOC)\b",
    re.I,
)
CONTROL_NOW_RUN = lazy(
    r"\b(?P<verb>now\s+run(?:s|ning)?)\s+(?:their|its|the|our)\s+(?:own\s+)?(?:district|council|borough|city|county"
    r"|authority|town)(?:\s+council)?\b",
    re.I,
)
# "17 to Labour's 16": the subject's seats against another party's, after a narrow result.
SEATS_TO_OTHERS = lazy(
    r"(?P<verb>(?<![\w.])\d{1,3})\s+(?:seats\s+)?to\s+(?P<party>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)'s?\s+"
    r"(?P<other>\d{1,3})\b(?!\s*%)"
)
# Gates: a part every match contains, checked before the pattern is compiled and run.
_AFTER_YEARS_GATE = lazy(r"\s+after\s+", re.I)
# "Labour now controls eight of the 22 councils": how many councils a party runs after the election.
COUNCILS_HELD = lazy(
    rf"\b(?P<verb>(?:now\s+|still\s+)?(?:controls?|runs?|has\s+control\s+of|holds?\s+control\s+of|leads?))\s+"
    rf"{quantity()}\s+(?:of\s+(?:the\s+)?(?:{RGX_NUMBER})\s+)?(?:councils|local\s+authorities|authorities)\b",
    re.I,
)
_COUNCILS_GATE = lazy(r"(?:councils|authorities|local\s+authorities)\b", re.I)
_COUNT_OF = lazy(
    rf"{quantity()}\s+(?:more\s+|new\s+|further\s+)?(?:councils|authorities|local\s+authorities)\b", re.I
)

_MORE = lazy(r"\b(?:more|new|further)\b", re.I)
_LIST_AFTER_COUNT = lazy(r"\s*(?:[:,\u2013\u2014]|\s-)?\s*(?:(?:including|namely|in|such\s+as)\s+)?(?:the\s+)?")
_SOME_OF = lazy(r"including|among|such\s+as", re.I)
_GAIN_WORDS = lazy(r"(?:re)?gain|w[oi]n\w*\s+back|took|tak|seiz|captur|grab|wrest|snatch|recaptur", re.I)
_LOSS_WORDS = lazy(r"los|ced|surrender", re.I)
_COUNCIL_WORDS = ("council", "borough", "city", "county", "district", "authority")  # needles: RGX_COUNCIL_REF
_HOLD_WORDS = lazy(r"held|hold|kept|keep|retain|maintain", re.I)


def find(view: SentenceView) -> list[Draft]:
    """Every control claim in a sentence. Patterns whose claims name the place after them run only when the
    sentence names a place."""
    drafts: list[Draft] = []
    placed = bool(view.places)
    for m in view.scan(CONTROL_OF, "control of"):
        count = _COUNT_OF.match(view.text, m.end()) if _COUNCILS_GATE.search(view.text, m.end()) else None
        listed = _LIST_AFTER_COUNT.match(view.text, count.end()) if count else None
        named = listed is not None and view.place_at(listed.end()) is not None
        if count and (not named or _SOME_OF.search(listed.group())):  # "control of nine councils, including A"
            drafts.append(_council_count(view, m, count))  # (a count the list only samples is a claim of its own)
        if count and not named:
            continue
        items, end = view.place_list(listed.end() if listed else m.end())
        ref = None
        council = None if items else (_COUNCIL_REF.match(view.text, m.end()) or _A_COUNCIL.match(view.text, m.end())
                                      or _OWN_COUNCIL.match(view.text, m.end()))
        if council:  # "control of the council", "control of a borough council that ...": the place named before
            ref, end = "council", council.end()
        if items or ref:
            draft = _control(view, m, [p.text for p in items], end, _verb_direction(m.group("verb")), ref)
            if listed is not None and _SOME_OF.search(listed.group()):  # the councils it samples: claims of their
                draft.verb = listed.end()  # own beside the count's
            drafts.append(draft)
    for m in view.scan(CONTROL_DIRECT, *CHANGE_VERB_NEEDLES) if placed else ():
        place = view.place_at(m.end())
        if place is None or _MAYOR_AFTER.match(view.text, place.end) or _NOT_COUNCIL_AFTER.match(view.text, place.end):
            continue
        items, end = view.place_list(m.end(), lead_in=False)
        verb = m.group("verb").lower()
        direction = Direction.NONE if verb.startswith(("won", "win")) and "back" not in verb else _verb_direction(verb)
        draft = _control(view, m, [p.text for p in items], end, direction, None, priority=1)
        if direction == Direction.NONE:
            draft.qualifiers.append("won")
        drafts.append(draft)
    for m in view.scan(CONTROL_WIN_IN, "win", "won", "victor", "triumph") if placed else ():
        items, end = view.place_list(m.end(), lead_in=False)
        items = [p for p in items if not _NOT_COUNCIL_AFTER.match(view.text, p.end)]
        if items:
            draft = _control(view, m, [p.text for p in items], end, Direction.NONE, None, priority=1)
            draft.qualifiers.append("won")
            drafts.append(draft)
    drafts += _changed_hands(view) + _council_object(view)
    for m in view.scan(CONTROL_INROADS, "inroads", "breakthrough", "advances") if placed else ():
        items, end = view.place_list(m.end())
        if items:
            drafts.append(_control(view, m, [p.text for p in items], end, Direction.GAIN, None, priority=1))
    for m in view.scan(CONTROL_A_COUNCIL_IN, "council in", "council of", "authority in", "authority of"):
        items, end = view.place_list(m.end(), lead_in=False)
        if items:
            draft = _control(view, m, [p.text for p in items], end, Direction.GAIN, None, priority=2)
            draft.subject = "explicit"  # "saying winning a council in X showed ...": only a party named as its subject
            drafts.append(draft)
    for m in view.scan(CONTROL_HOLD_ON, " hold on ", " grip on "):  # "kept its grip on the district"
        items, end = view.place_list(m.end(), lead_in=False)
        council = _COUNCIL_REF.match(view.text, m.end()) if not items else None
        if items or council:
            drafts.append(_control(view, m, [p.text for p in items], council.end() if council else end, Direction.HOLD,
                                   "council" if council else None, priority=2))
    for m in view.scan(CONTROL_NONE_WON, " any council", " a single council"):  # "failed to win a single council"
        draft = Draft(ClaimType.COUNCIL_COUNT_CHANGE, m.start(), m.end(), m.start("verb"), direction=Direction.GAIN,
                      priority=2, keep_modal=True, quantity=Quantity(value=0, unit="councils", text=m.group()))
        drafts.append(draft)
    for m in view.scan(CONTROL_DECLARED, "declared a", "declared an"):  # "the Greens declared a gain"
        direction = Direction.HOLD if m.group("what").lower() == "hold" else Direction.GAIN
        drafts.append(Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start(), direction=direction,
                            priority=1, place_ref="there"))
    for m in view.scan(CONTROL_GAIN_NOUN, "council gain", "council loss", "council hold"):
        what = m.group("what").lower()
        direction = Direction.HOLD
        if what.startswith(("gain", "loss")):
            direction = Direction.GAIN if what.startswith("gain") else Direction.LOSS
        draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start(), direction=direction, priority=1)
        _possessive_party(view, draft)
        drafts.append(draft)
    for m in view.scan(CONTROL_NOC, "overall control", "hung", "noc"):
        draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start(), subject="none", priority=1)
        draft.qualifiers.append("no_overall_control")
        places = view.places_before(m.start())
        if places and not view.text[places[-1].end:m.start()].strip(" ,"):
            draft.start, draft.places = places[-1].start, [places[-1].text]
        drafts.append(draft)
    for m in view.scan(CONTROL_BEAT, "beat", "defeat", "ousted", "unseated", "toppled", "routed",
                       "trounced") if placed else ():
        other = view.party_at(m.start("other"), m.end("other"))
        items, end = view.place_list(m.end(), lead_in=False)
        if other is None or not items:
            continue
        draft = _control(view, m, [p.text for p in items], end, Direction.NONE, None, priority=1)
        draft.other_party = other.text
        draft.qualifiers.append("beat")
        drafts.append(draft)
    for m in view.scan(CONTROL_RESULTS_SUCH_AS, "such as", "like", "including") if placed else ():
        items, end = view.place_list(m.end(), lead_in=False)
        if not items:
            continue
        good = m.group("verb").lower() == "best" or m.group("what").lower() in ("gains", "wins")
        draft = _control(view, m, [p.text for p in items], end, Direction.GAIN if good else Direction.LOSS, None)
        party = view.party_at(m.start(), end)
        draft.party = party.text if party else None
        draft.qualifiers.append("worst_results" if not good else "best_results")
        drafts.append(draft)
    for m in view.scan(CONTROL_NEW_AUTHORITY, "newly") if placed else ():
        place = view.place_at(m.end())
        if place is None:
            continue
        draft = _control(view, m, [place.text], place.end, Direction.NONE, None)
        draft.qualifiers += ["won", "new_authority"]
        draft.subject = "nearest"
        drafts.append(draft)
    return drafts


def _changed_hands(view: SentenceView) -> list[Draft]:
    """ "X fell to the Greens", "the Lib Dems kept control", "X now has a Labour majority"."""
    drafts: list[Draft] = []
    for m in view.scan(CONTROL_FELL_TO, "fell", "falls", "passe", "switched", "went", "goes", "swung",
                       "changed") if view.places else ():
        party = view.party_at(m.end()) or view.party_at(m.end() + 4)
        before = view.places_before(m.start())
        if party is None or party.start > m.end() + 4 or not before or view.text[party.end:party.end + 2] == "'s":
            continue
        if m.group("verb").lower() in ("went", "goes") and view.text[m.start("verb"):m.end()].rstrip().endswith("to"):
            continue  # "the seat went to the Greens": not a council
        place = before[-1]
        draft = Draft(ClaimType.COUNCIL_CONTROL, place.start, party.end, m.start("verb"), party=party.text,
                      places=[place.text], direction=Direction.GAIN, priority=2, qualifiers=["fell_to"])
        drafts.append(draft)
    for m in view.scan(CONTROL_BARE, "control"):
        draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start("verb"), place_ref="council",
                      direction=_verb_direction(m.group("verb")), priority=1)
        if m.group("verb").lower().startswith("won"):
            draft.direction = Direction.GAIN
        drafts.append(_with_party_after(view, draft))
    for m in view.scan(CONTROL_HAS_MAJORITY, "majority"):
        party = view.party_at(m.start("party"), m.end("party"))
        if party is None:
            continue
        draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start("verb"), party=party.text,
                      place_ref="council", priority=3, qualifiers=["majority"])
        verb = m.group("verb").lower()
        draft.direction = Direction.GAIN if "now" in verb else Direction.HOLD if verb.startswith("had") else (
            Direction.NONE)  # "has a Green majority": who holds it after the election, gained or kept
        if draft.direction == Direction.NONE:
            draft.qualifiers.append("won")
        before = view.places_before(m.start())
        if before:
            draft.places = [before[-1].text]
        drafts.append(draft)
    return drafts


def _council_object(view: SentenceView) -> list[Draft]:
    """ "taking the council from the Tories", "held on in Harlow", "short of a majority", "now run the district"."""
    drafts: list[Draft] = []
    for m in view.scan(CONTROL_COUNCIL_OBJECT, *_COUNCIL_WORDS):
        direction = _verb_direction(m.group("verb"))
        draft = _control(view, m, [], m.end(), direction if direction != Direction.NONE else Direction.GAIN, "council",
                         priority=1)
        drafts.append(draft)
    for m in view.scan(CONTROL_IN_HANDS, " hands", " control", " run by", " controlled by", " led by", " ruled by",
                       " governed by", " overseen by", "stay", "remain"):
        drafts += _in_hands(view, m)
    for m in view.scan(CONTROL_HELD_ON_IN, " on in ", " on to ", " onto ") if view.places else ():
        items, end = view.place_list(m.end(), lead_in=False)
        if items:
            drafts.append(_control(view, m, [p.text for p in items], end, Direction.HOLD, None, priority=2))
    for m in view.scan(CONTROL_SHORT_OF_MAJORITY, "short of", "shy of"):
        shortfall = quantity_from(m.groupdict(), "num", "seats", m.group().strip())
        if view.parties and view.parties[0].start < m.start():
            # "Plaid were two short of a majority": the party's own seats, counted against the majority line
            drafts.append(Draft(ClaimType.SEAT_COUNT, m.start(), m.end(), m.start(), priority=3, quantity=shortfall,
                                qualifiers=["short_of_majority"], place_ref="council"))
            continue
        draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start(), subject="none", priority=1,
                      qualifiers=["no_overall_control"], place_ref="council")
        drafts.append(draft)
    for m in view.scan(MAJORITY_APPOSITION, "majority"):  # a state (who holds a majority after), not a change
        drafts.append(Draft(ClaimType.COUNCIL_CONTROL, m.start("verb"), m.end(), m.start("verb"), subject="previous",
                            place_ref="previous", qualifiers=["majority"], priority=1))
    for m in view.scan(CONTROL_OUT_OF_NOC, "out of no overall", "out of noc"):
        place = None if m.group("ref") else view.place_at(m.end("verb"))
        if place is None and not m.group("ref"):
            continue
        drafts.append(Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start("verb"), direction=Direction.GAIN,
                            places=[place.text] if place else [], place_ref=None if place else "council",
                            priority=2))
    for m in view.scan(COUNCILS_HELD, "councils", "authorities"):
        draft = Draft(ClaimType.COUNCIL_COUNT_CHANGE, m.start(), m.end(), m.start("verb"), priority=3,
                      qualifiers=["councils_held"])
        draft.quantity = quantity_from(m.groupdict(), "num", "councils", m.group().strip())
        drafts.append(draft)
    for m in view.scan(CONTROL_NOW_RUN, "now run"):
        drafts.append(Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start("verb"), place_ref="council",
                            direction=Direction.GAIN, priority=2))
    for m in view.scan(SEATS_TO_OTHERS, " to "):
        other = view.party_at(m.start("party"), m.end("party"))
        if other is None:
            continue
        mine = Draft(ClaimType.SEAT_COUNT, m.start(), m.start("verb") + len(m.group("verb")), m.start(), priority=2,
                     subject="previous", place_ref="previous", qualifiers=["implied_unit"])
        mine.quantity = Quantity(value=float(m.group("verb")), unit="seats", text=m.group("verb"))
        theirs = Draft(ClaimType.SEAT_COUNT, other.start, m.end(), other.start, party=other.text, priority=2,
                       place_ref="previous", qualifiers=["implied_unit"])
        theirs.quantity = Quantity(value=float(m.group("other")), unit="seats", text=m.group("other"))
        drafts += [mine, theirs]
    return drafts


def _in_hands(view: SentenceView, m: re.Match[str]) -> list[Draft]:
    """ "Sutton remains in Lib Dem hands", "X is now run by the Greens": one claim about the last place before."""
    group = next(g for g in ("party", "party2", "party3") if m.group(g))
    party = view.party_at(m.start(group), m.end(group))
    before = view.places_before(m.start())
    if party is None or party.start != m.start(group) or not before:
        return []
    verb = m.group("verb") or m.group("verb2") or m.group("verb3")
    now = "now" in verb.lower()
    direction = Direction.HOLD if (m.group("hold") or m.group("verb3") or (m.group("verb2") and not now)) \
        else Direction.GAIN
    if m.group("verb2") and m.group("verb2").lower().startswith("being"):
        direction = Direction.NONE  # "with Ashby being led by a Green majority": who runs it now, gained or held
    place = before[-1]
    end = m.end() if group == "party" else party.end
    return [Draft(ClaimType.COUNCIL_CONTROL, place.start, end, m.start(), party=party.text, places=[place.text],
                  direction=direction, priority=2)]


def _with_party_after(view: SentenceView, draft: Draft) -> Draft:
    """ "lost control to independents": the party control went to."""
    to_party = _TO_PARTY.match(view.text, draft.end)
    if to_party:
        party = view.party_at(to_party.end())
        if party is not None and party.start <= to_party.end() + 4:
            draft.other_party = party.text
            word = view.text[to_party.start():to_party.end()].strip(" ,").lower()
            draft.qualifiers.append(f"{word}:{party.text}")
            draft.end = party.end
    return draft


def _verb_direction(verb: str) -> Direction:
    if _LOSS_WORDS.match(verb):
        return Direction.LOSS
    if _HOLD_WORDS.match(verb):
        return Direction.HOLD
    return Direction.GAIN if _GAIN_WORDS.match(verb) else Direction.NONE


def _control(view: SentenceView, m: re.Match[str], places: list[str], end: int, direction: Direction,
             ref: str | None, priority: int = 2) -> Draft:
    draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), end, m.start("verb"), places=places, place_ref=ref,
                  direction=direction, priority=priority)
    years = _AFTER_YEARS.match(view.text, draft.end) if _AFTER_YEARS_GATE.match(view.text, draft.end) else None
    if years:
        value, _ = parse_number(years.group("num"))
        if value is not None:
            draft.quantity = Quantity(value=value, unit="years", hedge=hedge_of(years.group("hedge")),
                                      text=years.group().strip())
            draft.qualifiers.append("after_years")
            draft.end = years.end()
    return _with_party_after(view, draft)


def _council_count(view: SentenceView, m: re.Match[str], count: re.Match[str]) -> Draft:
    draft = Draft(ClaimType.COUNCIL_COUNT_CHANGE, m.start(), count.end(), m.start("verb"), priority=3)
    draft.quantity = quantity_from(count.groupdict(), "num", "councils", count.group().strip())
    draft.direction = _verb_direction(m.group("verb"))
    if draft.direction == Direction.NONE and _MORE.search(count.group()):  # "won control of 22 more councils"
        draft.direction = Direction.GAIN
    return draft


def _possessive_party(view: SentenceView, draft: Draft) -> None:
    """ "Labour's ... council gain": the party is the possessive a few words before."""
    clause = view.clause_start(draft.start)
    for party in reversed(view.parties):
        if clause <= party.start < draft.start and view.text.startswith("'s", party.end):
            draft.party, draft.start = party.text, party.start
            return
