"""Placings and majorities: ranking ("came second", "largest party", "secured a shock win", "narrowly took the
West Midlands mayor"), majority_change ("increased its majority in Swansea") and mayoral_result ("was
elected mayor with 52% in the second round")."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import parse_number, parse_ordinal, quantity_from
from factcheck.extract.patterns import RGX_COUNCIL_REF, RGX_NUMBER, RGX_PERCENT_SIGN, RGX_YEAR, quantity
from factcheck.model import ClaimType, Direction, Quantity
from factcheck.regex_cache import lazy

# "came second", "finished 2nd to last", "coming third in the mayor vote".
RANK_PLACE = lazy(
    r"\b(?P<verb>came|come|coming|comes|finished|finishing|finish(?:es)?|placed|ended\s+up|end(?:ed|ing)?\s+up)\s+"
    r"(?:a\s+(?:close|distant|strong|poor|respectable|creditable|humiliating)\s+|in\s+)?"
    r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|last|\d{1,2}(?:st|nd|rd|th))"
    r"(?P<last>\s+(?:to|from)\s+(?:the\s+)?(?:last|bottom))?(?:\s+place)?\b",
    re.I,
)
# "were runners-up in Lewisham", "finished a distant runner-up": second place.
RANK_RUNNER_UP = lazy(
    r"\b(?P<verb>is|was|are|were|finished|finishing|ended\s+up|came|as)\s+(?:the\s+|a\s+)?"
    r"(?:(?:close|distant|clear|strong|poor)\s+)?(?P<ord>runners?[\s-]up)\b",
    re.I,
)
# "overtook the Tories for second place", "swept into third place", "leapfrogged Labour into second".
RANK_MOVED = lazy(
    r"\b(?P<verb>overt(?:ook|akes?|aking|aken)|leapfrog(?:ged|s|ging)?|pass(?:ed|es|ing)|swept|sweep(?:s|ing)?"
    r"|mov(?:ed|es?|ing)|climb(?:ed|s|ing)|jump(?:ed|s|ing)|surg(?:ed|es?|ing)|rose|ris(?:es?|ing)|slipp(?:ed|ing)"
    r"|slips?|fell|fall(?:s|ing)?|dropp(?:ed|ing)|drops?)\s+(?P<other>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+)?"
    r"(?:for|into|to)\s+(?:a\s+\w+\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|last"
    r"|\d(?:st|nd|rd|th))(?:\s+place)?\b",
    re.I,
)
# "was the largest party", "securing our position as the largest party".
RANK_LARGEST = lazy(
    r"\b(?P<verb>is|was|are|were|became|become|becoming|remain(?:s|ed|ing)?|emerged\s+as|as|now|stays?|stayed)\s+"
    r"(?:(?:still|again|once\s+again|now|already|easily|comfortably|by\s+far)\s+)?"
    r"(?:the\s+)?(?:(?:county\s+|city\s+|borough\s+|district\s+)?council['\u2019]s\s+)?"
    r"(?:single\s+|clear\s+|comfortably\s+the\s+)?(?:(?P<ord>second|third|fourth)[\s-]+)?(?P<what>largest|biggest)\s+"
    r"(?:political\s+)?(?:party|group)\b",
    re.I,
)
# "became the main opposition": the second party by seats on the council.
RANK_OPPOSITION = lazy(
    r"\b(?P<verb>is|was|are|were|became|become|becoming|remain(?:s|ed|ing)?|emerged\s+as|as|now|stays?|stayed)\s+"
    r"(?:(?:still|again|now)\s+)?(?:the\s+)?(?P<what>(?:main|official|largest)\s+opposition)\b(?!\s+(?:to|in\s+parliament))",
    re.I,
)
# "is the clear winner", "emerged as the overall winners".
# "won more seats than the Tories", "ended up with fewer councillors than Labour": one party's count set against
# another's, the other party named after "than".
MORE_THAN = lazy(
    r"\b(?P<verb>(?:won|win(?:s|ning)?|ha(?:s|ve|d)|hold(?:s|ing)?|held|kept|keep(?:s|ing)?|secur(?:ed|ing)"
    r"|(?:ended|ending|finished)\s+(?:up\s+)?with)(?:\s+control\s+of)?)\s+(?:(?:far|many|slightly|a\s+few)\s+)?"
    r"(?P<dir>more|fewer)\s+(?:council\s+)?(?P<what>seats|councillors|councils)\s+than\s+(?=(?:the\s+)?[A-Z])",
    re.I,
)
RANK_WINNER = lazy(
    r"\b(?P<verb>is|was|are|were|emerged\s+as|as|named|declared)\s+(?:the\s+)?"
    r"(?:(?:clear|overall|outright|big|biggest|undisputed|real|runaway)\s+)?winners?\b(?!\s+of\s+the\s+(?:lottery|award))",
    re.I,
)
# "the Conservatives secured a shock win", "won a narrow victory".
RANK_WIN = lazy(
    r"\b(?P<verb>secur(?:ed|es?|ing)|won|win(?:ning|s)?|claim(?:ed|ing|s)?|scor(?:ed|ing|es?)|pull(?:ed|ing|s)?\s+off"
    r"|achiev(?:ed|ing|es?)|record(?:ed|ing|s)?|seal(?:ed|ing|s)?|clinch(?:ed|ing|es)?)\s+(?:a|an)\s+"
    r"(?P<adj>(?:(?:shock|surprise|surprising|narrow|comfortable|convincing|resounding|landslide|historic|stunning"
    r"|famous|big|clear|decisive|emphatic|knife-edge|clean|sensational|unexpected|crushing)\s+)+)(?:win|victory)\b",
    re.I,
)
# "narrowly took the West Midlands (...) mayor", "won the Tees Valley mayoralty".
RANK_MAYOR = lazy(
    r"\b(?P<verb>took|tak(?:e|es|ing)|won|win(?:s|ning)?|captur(?:ed|ing|es?)|seiz(?:ed|ing|es?)|snatch(?:ed|ing|es)?"
    r"|held|hold(?:s|ing)?|retain(?:ed|ing|s)?|gain(?:ed|ing|s)?|lost|los(?:es|ing))\s+(?=(?:the\s+)?[A-Z])"
)
_MAYOR_AFTER = lazy(
    r"(?:\s*\([^)]{0,300}\))?\s+(?:metro\s+)?(?:mayor(?:alty|al\s+(?:race|election|contest|vote))?|mayor)\b", re.I)
# "increased its majority in Swansea", "achieved significant majorities", "beating the majority she got in 2021".
MAJORITY = lazy(
    rf"\b(?P<verb>increas(?:ed|es?|ing)|extend(?:ed|ing|s)?|boost(?:ed|ing|s)?|grew|grow(?:s|ing)?|doubl(?:ed|ing|es?)"
    rf"|strengthen(?:ed|ing|s)?|bolster(?:ed|ing|s)?|add(?:ed|ing|s)?\s+to|consolidat(?:ed|ing|es?)"
    rf"|cut(?:s|ting)?|reduc(?:ed|ing|es?)|slash(?:ed|ing|es)?|halv(?:ed|ing|es?)|held|hold(?:s|ing)?|achiev(?:ed|ing|es?)"
    rf"|secur(?:ed|ing|es?)|won|win(?:ning|s)?|beat(?:ing|s)?|overturn(?:ed|ing|s)?|smash(?:ed|ing|es)?"
    rf"|defend(?:ed|ing|s)?|retain(?:ed|ing|s)?|kept|keep(?:s|ing)?|built|lost|los(?:es|ing)|improv(?:ed|ing|es?))\s+"
    rf"(?P<owner>its|their|his|her|our|a|an|the)?\s*(?P<adj>(?:(?:\w+|\w+\s+and\s+\w+)\s+){{0,3}}?)"
    rf"majorit(?:y|ies)\b(?:\s+(?:she|he|they|it|we|the\s+party)\s+(?:got|had|won|secured|achieved|enjoyed)"
    rf"\s+(?:in|at)\s+(?P<year>{RGX_YEAR}))?",
    re.I,
)
# "won 30 seats, a majority of 20": the size of a majority in seats.
MAJORITY_OF = lazy(
    rf"\b(?P<verb>(?:an?\s+(?:(?:overall|working|clear|comfortable|healthy|narrow|slim|reduced|increased)\s+)?"
    rf"|(?:its|their|our|his|her)\s+)majority\s+of)\s+{quantity()}(?!\s*(?:%|per\s*cent|percent|votes|points|\d))",
    re.I,
)
# "with its majority falling from 21 to 15": the majority named before its verb.
MAJORITY_MOVED = lazy(
    r"\b(?:its|their|the\s+party's|the)\s+majority\s+(?P<verb>increas(?:ed|ing)|ris(?:ing|en)|rose|gr[eo]w(?:ing|n)?"
    r"|f[ae]ll(?:ing|en)?|shr(?:ank|inking|unk)|cut|reduc(?:ed|ing)|went\s+(?:up|down)|(?:was\s+)?(?:up|down))", re.I)
_MAJORITY_SIZES = lazy(
    rf"(?:\s+(?:from\s+(?P<from>{RGX_NUMBER})\s+)?to\s+(?P<to>{RGX_NUMBER})|\s+by\s+(?P<by>{RGX_NUMBER}))"
    rf"(?:\s+(?:seats|councillors))?\b", re.I)
_FOLLOWED_BY = lazy(r"(?:[^.;:]|\.\d){0,40}?,?\s*(?P<verb>(?:closely\s+)?followed\s+by)\s+", re.I)
_IN_PLACE = lazy(r"\s+(?:in|on|at)\s+(?=(?:the\s+)?[A-Z])")
_AFTER_A_CLAIM = lazy(r"(?:\bwith|,)\s*$", re.I)  # the majority belongs to the claim just before it
_THERE = lazy(r"\s+there\b", re.I)
_ON_COUNCIL = lazy(rf"\s+(?:in|on|at)\s+{RGX_COUNCIL_REF}", re.I)
# "was elected mayor of Bristol with 52% in the second round".
MAYOR_ELECTED = lazy(
    r"\b(?P<verb>(?:was|were|been|is|being|got)\s+(?:re-?)?elected)\s+(?:as\s+)?(?:the\s+)?(?:first\s+)?"
    r"(?P<where>(?-i:[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'-]*){0,3})\s+)?"  # "as West Midlands mayor"
    r"(?:metro\s+|directly[\s-]+elected\s+)?mayor\b",
    re.I,
)
_MAYOR_TAIL = lazy(
    rf"\s+with\s+{quantity()}\s*(?P<unit>{RGX_PERCENT_SIGN}|votes|first[\s-]preference\s+votes)", re.I
)
_MAYOR_TAIL_GATE = lazy(r"\s+with\s+", re.I)
_ROUND = lazy(r"\b(?:in|after|on)\s+the\s+(?P<round>first|second|final|1st|2nd)\s+(?:round|count)\b", re.I)
_NARROW_BEFORE = lazy(r"\b(?:very\s+)?(?:narrowly|just)\s+$", re.I)
_MAYORAL_NEAR = lazy(r"\bmayor(?:al|alty)?\b", re.I)

# The family runs only on a sentence holding one of these (every pattern's needles contains one of them).
CUES = ("came", "come", "finish", "placed", "end", "runner", "first", "second", "third", "fourth", "fifth",
        "sixth", "last", "1st", "2nd", "3rd", "4th", "5th", "largest", "biggest", "winner", " win", "victory",
        "mayor", "majorit", "opposition", "more ", "fewer ")


def find(view: SentenceView) -> list[Draft]:
    """Every placing, majority and mayoral claim in a sentence."""
    drafts: list[Draft] = []
    for m in view.scan(RANK_PLACE, "came", "come", "finish", "placed", "ended", "end up", "ending"):
        from_last = bool(m.group("last")) or m.group("ord").lower() == "last"
        drafts.append(_placing(view, m, parse_ordinal(m.group("ord")), from_last=from_last))
        drafts.extend(_followed_by(view, drafts[-1], m))
    for m in view.scan(RANK_RUNNER_UP, "runner"):
        drafts.append(_placing(view, m, 2))
    for m in view.scan(RANK_MOVED, "first", "second", "third", "fourth", "fifth", "sixth", "last", "1st", "2nd",
                       "3rd", "4th", "5th"):
        drafts.extend(_moved(view, m))
    for m in view.scan(RANK_LARGEST, "largest", "biggest"):
        draft = _draft(ClaimType.RANKING, m, priority=1)
        rank = parse_ordinal(m.group("ord")) if m.group("ord") else 1  # "the second largest group": second
        draft.quantity = Quantity(value=rank, unit="rank", text=view.text[m.start("ord") if m.group("ord") else
                                                                         m.start("what"):m.end()])
        draft.qualifiers.append("largest_party")
        _place_after(view, draft)
        if re.search(r"\bour\s+position\s+$", view.text[: m.start()], re.I):
            draft.subject = "we"
        drafts.append(draft)
    for m in view.scan(RANK_OPPOSITION, "opposition"):
        draft = _draft(ClaimType.RANKING, m, priority=1)
        draft.quantity = Quantity(value=2, unit="rank", text=m.group("what"))
        draft.qualifiers.append("main_opposition")
        _place_after(view, draft)
        drafts.append(draft)
    for m in view.scan(MORE_THAN, "more ", "fewer "):
        other = view.party_at(m.end()) or view.party_at(m.end() + 4)
        if other is None:
            continue
        draft = Draft(ClaimType.RANKING, m.start(), other.end, m.start("verb"), priority=3, other_party=other.text,
                      qualifiers=[f"more_than:{m.group('what').lower()}"])
        draft.direction = Direction.UP if m.group("dir").lower() == "more" else Direction.DOWN
        _place_after(view, draft)
        drafts.append(draft)
    for m in view.scan(RANK_WINNER, "winner"):
        draft = _draft(ClaimType.RANKING, m, priority=1)
        draft.quantity = Quantity(value=1, unit="rank", text="winner")
        drafts.append(draft)
    for m in view.scan(RANK_WIN, " win", "victory"):
        draft = _draft(ClaimType.RANKING, m, priority=1)
        draft.quantity = Quantity(value=1, unit="rank", text="win")
        draft.qualifiers += [w.lower() for w in m.group("adj").split() if w.lower() in ("narrow", "shock", "surprise")]
        _place_after(view, draft)
        _mayoral_context(view, draft)
        drafts.append(draft)
    for m in view.scan(RANK_MAYOR, "mayor"):
        place = view.place_at(m.end())
        mayor = _MAYOR_AFTER.match(view.text, place.end) if place else None
        if place is None or mayor is None:
            continue
        draft = Draft(ClaimType.RANKING, m.start(), mayor.end(), m.start("verb"), places=[place.text], priority=3)
        verb = m.group("verb").lower()
        draft.quantity = Quantity(value=1, unit="rank", text="mayor")
        draft.direction = Direction.LOSS if verb.startswith("los") else Direction.HOLD if verb.startswith(
            ("held", "hold", "retain")) else Direction.GAIN
        draft.qualifiers.append("mayoral")
        narrow = _NARROW_BEFORE.search(view.text, max(0, m.start() - 20), m.start())
        if narrow:
            draft.qualifiers.append("narrow")
        drafts.append(draft)
    for m in view.scan(MAJORITY, "majorit"):
        draft = _majority(view, m)
        if draft is not None:
            drafts.append(draft)
    for m in view.scan(MAJORITY_MOVED, "majority"):
        sizes = _MAJORITY_SIZES.match(view.text, m.end())
        if sizes is None:
            continue
        draft = _draft(ClaimType.MAJORITY_CHANGE, m, priority=2)
        draft.direction = Direction.DOWN if re.match(r"fall|fell|shr|cut|reduc|down", m.group("verb"), re.I) \
            else Direction.UP
        _with_sizes(draft, sizes)
        drafts.append(draft)
    for m in view.scan(MAJORITY_OF, "majority of"):
        draft = _draft(ClaimType.MAJORITY_CHANGE, m, priority=3)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[m.start("num"):m.end()].strip())
        draft.qualifiers.append("seats_majority")
        _place_after(view, draft)
        if not draft.places and not draft.place_ref and _AFTER_A_CLAIM.search(view.text, 0, m.start()):
            draft.place_ref = "previous"  # "held Hull with a majority of 9", "won 30 seats, a majority of 20"
        drafts.append(draft)
    for m in view.scan(MAYOR_ELECTED, "mayor"):
        draft = _draft(ClaimType.MAYORAL_RESULT, m, priority=2)
        draft.qualifiers.append("mayoral")
        draft.subject = "sentence"  # the winner is usually a person: a party only if the sentence names one
        of_place = re.match(r"\s+(?:of|for)\s+", view.text[m.end():])
        place = view.place_at(m.end() + of_place.end()) if of_place else None
        if place is None:  # "as West Midlands mayor", "Mayor of London" (a mayoralty's own name)
            place = next((p for p in view.places if m.end("verb") < p.start < m.end()), None)
        if place is not None:
            draft.places, draft.end = [place.text], max(draft.end, place.end)
        tail = _MAYOR_TAIL.match(view.text, draft.end) if _MAYOR_TAIL_GATE.match(view.text, draft.end) else None
        if tail:
            unit = "percent" if "%" in tail.group("unit") or "cent" in tail.group("unit") else "votes"
            draft.quantity = quantity_from(tail.groupdict(), "num", unit, tail.group().strip())
            draft.end = tail.end()
        _round(view, draft)
        drafts.append(draft)
    return drafts


def _placing(view: SentenceView, m: re.Match[str], rank: int | None, *, from_last: bool = False) -> Draft:
    """A place in the order ("came second", "runners-up"), with the place or mayoralty named after it."""
    draft = _draft(ClaimType.RANKING, m, priority=2)
    draft.quantity = Quantity(value=rank, unit="rank", text=m.group("ord"))
    if from_last:
        draft.qualifiers.append("from_last")
    _place_after(view, draft)
    _mayoral_context(view, draft)
    return draft


def _followed_by(view: SentenceView, placed: Draft, m: re.Match[str]) -> list[Draft]:
    """ "Reform came second on 21.5%, followed by the Greens": the party after it took the next place."""
    rank = placed.quantity.value if placed.quantity is not None else None
    follow = _FOLLOWED_BY.match(view.text, m.end())
    party = view.party_at(follow.end()) if follow and rank and "from_last" not in placed.qualifiers else None
    if party is None or party.start > follow.end() + 4:
        return []
    draft = Draft(ClaimType.RANKING, follow.start("verb"), party.end, follow.start("verb"), party=party.text,
                  subject="none", priority=2, places=list(placed.places), place_ref=placed.place_ref)
    draft.quantity = Quantity(value=rank + 1, unit="rank", text=view.text[follow.start("verb"):party.end])
    _mayoral_context(view, draft)
    return [draft]


def _with_sizes(draft: Draft, sizes: re.Match[str]) -> None:
    """A majority's sizes: "from 21 to 25" (qualifier `majority_from:21`, the new size as the quantity), or "by
    six seats" (the change)."""
    text = sizes.group().strip()
    if sizes.group("to"):
        draft.quantity = quantity_from({"num": sizes.group("to")}, "num", "seats", text)
        if sizes.group("from"):
            draft.qualifiers.append(f"majority_from:{parse_number(sizes.group('from'))[0]:g}")
    elif sizes.group("by"):
        draft.quantity = quantity_from({"num": sizes.group("by")}, "num", "seats", text)
        draft.qualifiers.append("majority_by")
    draft.end = sizes.end()


def _moved(view: SentenceView, m: re.Match[str]) -> list[Draft]:
    """ "overtook the Tories for second place": the subject's new placing (the party passed is other_party)."""
    other = None
    if m.group("other"):
        other = view.party_at(m.start("other"), m.end("other"))
        if other is None:
            return []
    draft = _draft(ClaimType.RANKING, m, priority=2)
    draft.quantity = Quantity(value=parse_ordinal(m.group("ord")), unit="rank", text=m.group("ord"))
    if m.group("ord").lower() == "last":
        draft.qualifiers.append("from_last")
    if other is not None:
        draft.other_party = other.text
        draft.qualifiers.append(f"overtook:{other.text}")
    _place_after(view, draft)
    return [draft]


def _draft(kind: ClaimType, m: re.Match[str], priority: int) -> Draft:
    return Draft(kind, m.start(), m.end(), m.start("verb"), priority=priority)


def _place_after(view: SentenceView, draft: Draft) -> None:
    """ "came third in Bristol", "a shock win in Tees Valley": the places named right after."""
    tail = _IN_PLACE.match(view.text, draft.end)
    if tail:
        items, end = view.place_list(tail.end(), lead_in=False)
        if items:
            draft.places, draft.end = [p.text for p in items], end
    there = _THERE.match(view.text, draft.end) if not draft.places else None
    if there:  # "the largest party there": the place named last
        draft.place_ref, draft.end = "there", there.end()
    council = _ON_COUNCIL.match(view.text, draft.end) if not draft.places else None
    if council:  # "the largest party on the city council": the place named last
        draft.place_ref, draft.end = "council", council.end()


def _mayoral_context(view: SentenceView, draft: Draft) -> None:
    """Tag a placing as mayoral when the clause talks about a mayor, and take the place it names."""
    clause = view.text[view.clause_start(draft.verb):draft.end + 40]
    if _MAYORAL_NEAR.search(clause):
        draft.qualifiers.append("mayoral")
        _round(view, draft)


def _round(view: SentenceView, draft: Draft) -> None:
    found = _ROUND.search(view.text, draft.start, min(len(view.text), draft.end + 60))
    if found:
        word = found.group("round").lower()
        draft.qualifiers.append("round1" if word in ("first", "1st") else "round2")


def _majority(view: SentenceView, m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    owner = (m.group("owner") or "").lower()
    if re.search(r"\b(?:a|an|the|with)\s+$", view.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "with a secure majority": an adjective, not a verb
    adjectives = m.group("adj").lower().split()
    if owner in ("a", "an") and not adjectives and re.match(r"w[oi]n|secur|achiev", verb):
        return None  # "won a majority": control, not the size of a majority
    if "overall" in adjectives or "working" in adjectives:
        return None
    draft = _draft(ClaimType.MAJORITY_CHANGE, m, priority=2)
    if re.match(r"cut|reduc|slash|halv|los", verb):
        draft.direction = Direction.DOWN
    elif re.match(r"held|hold|defend|retain|kept|keep", verb):
        draft.direction = Direction.HOLD
    elif re.match(r"increas|extend|boost|grew|grow|doubl|beat|smash|improv|built|strengthen|bolster|add|consolidat",
                  verb):
        draft.direction = Direction.UP
    draft.baseline = m.group("year")
    draft.qualifiers += [w for w in adjectives if w in ("significant", "massive", "huge", "large", "big", "small",
                                                        "narrow", "slim", "comfortable", "increased")][:1]
    sizes = _MAJORITY_SIZES.match(view.text, m.end())
    if sizes:  # "cut its majority from 21 to 15", "by six seats": the sizes said
        _with_sizes(draft, sizes)
    tail = _IN_PLACE.match(view.text, sizes.end() if sizes else m.end())
    if tail:
        items, end = view.place_list(tail.end(), lead_in=False)
        if items:
            draft.places, draft.end = [p.text for p in items], end
    if re.search(r"\bboth\s+(?:\w+\s+)?$", view.text[: m.start()], re.I):
        draft.place_ref = "both"
        draft.start = view.text.lower().rfind("both", 0, m.start())
        draft.subject = "none"
    return draft
