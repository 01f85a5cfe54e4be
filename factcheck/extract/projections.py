"""National projected shares listed by party: "the projected national share put Labour on 34% and the Tories
on 25%", "put them on 36% to Labour's 29%", "put us on 17%", "had both main parties on 27%", "Labour and the
Tories level on 33%",
"Sky's projection gave the Greens 12%", "the Curtice estimate put the Conservatives on 31%" and, later in the
same sentence, "with the Lib Dems on 19%". One national_projected_share claim per party; "both main parties" means
the Conservatives and Labour."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import hedge_of, parse_number
from factcheck.extract.patterns import RGX_DIGITS, RGX_PERCENT_SIGN
from factcheck.model import ClaimType, Quantity
from factcheck.regex_cache import lazy

# What is projected: "projected national share", "national equivalent vote", "Sky's projection", "their estimate".
RGX_PROJECTION = (
    r"(?:projected\s+national\s+(?:vote\s+)?share|national\s+equivalent\s+vote(?:\s+share)?|PNS|NEV"
    r"|(?:'s?|\bthe|\btheir|\bits)\s+(?:(?:national|vote|share)\s+)?(?:projection|estimate|forecast\s+of\s+national\s+share))"
)
# ... and how it gives a party its share.
SHARE_NATIONAL_PUT = lazy(
    rf"(?P<verb>{RGX_PROJECTION})\s+(?:put|puts|placed|places|had|has|gave|gives|showed|shows|was|of)\s+",
    re.I,
)
_PARTY_SLOT = r"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
_BOTH = r"both\s+(?:big|main|major|largest|biggest)\s+parties"
# One party and its share: "Labour on 34%", ", and the Tories on 25%", "them on 36%", "to Labour's 29%", "Labour 35%".
NATIONAL_ITEM = lazy(
    rf"\s*(?:,\s*(?:and\s+|with\s+)?|and\s+|with\s+|to\s+)?(?P<party>{_PARTY_SLOT}|them|they|us|{_BOTH})(?:'s?)?\s+"
    rf"(?:and\s+(?P<party2>{_PARTY_SLOT})\s+(?=(?:level|tied|joint|equal|both)\b))?(?:(?:level|tied|joint|equal|both)\s+)?(?:(?:on|at)\s+)?(?P<hedge>around|about|just|only|nearly|almost|over)?\s*"
    rf"(?P<num>{RGX_DIGITS}){RGX_PERCENT_SIGN}"
)
# Later in the sentence, after an aside: "(...), with the Lib Dems on 21%".
NATIONAL_LATER = lazy(
    rf"(?:,|\))\s*(?:and\s+|with\s+)(?P<party>{_PARTY_SLOT})\s+(?:on|at)\s+(?P<hedge>around|about|just|only)?\s*"
    rf"(?P<num>{RGX_DIGITS}){RGX_PERCENT_SIGN}"
)
_OWNER = lazy(r"^(?:'s?|the|their|its)\s+", re.I)
_MAIN_PARTIES = ("Conservatives", "Labour")
_NEEDLES = ("national", "pns", "nev", "projection", "estimate", "forecast")

# The family runs only on a sentence holding one of these (every pattern's needles contains one of them).
CUES = _NEEDLES


def find(view: SentenceView) -> list[Draft]:
    """One claim per party given a projected national share in the sentence."""
    drafts: list[Draft] = []
    for m in view.scan(SHARE_NATIONAL_PUT, *_NEEDLES):
        head = m.start() + len(m.group()) - len(_OWNER.sub("", m.group()))
        drafts.extend(_items(view, m.end(), head))
    if drafts:
        last = drafts[-1].end
        for m in NATIONAL_LATER.finditer(view.text, last):
            party = view.party_at(m.start("party"), m.end("party"))
            if party is not None:
                drafts.append(_draft(view, m, party.text, m.start("party")))
    return drafts


def _items(view: SentenceView, pos: int, head: int) -> list[Draft]:
    drafts: list[Draft] = []
    while item := NATIONAL_ITEM.match(view.text, pos):
        written = item.group("party")
        start = head if not drafts else item.start("party")
        if re.fullmatch(_BOTH, written, re.I):
            draft = _draft(view, item, _MAIN_PARTIES[0], start)
            draft.also_parties = _MAIN_PARTIES[1:]
            drafts.append(draft)
        elif written.lower() in ("them", "they", "us"):
            draft = _draft(view, item, None, start)
            draft.subject = "we" if written.lower() == "us" else "pronoun"  # the speaker, or the party named before
            drafts.append(draft)
        else:
            party = view.party_at(item.start("party"), item.end("party") + 2)
            if party is None:
                break
            draft = _draft(view, item, party.text, start)
            level = view.party_at(item.start("party2"), item.end("party2") + 2) if item.group("party2") else None
            if level is not None:  # "Labour and the Tories level on 35%": one claim each
                draft.also_parties = (level.text,)
            drafts.append(draft)
        pos = item.end()
    return drafts


def _draft(view: SentenceView, m: re.Match[str], party: str | None, start: int) -> Draft:
    value, decimals = parse_number(m.group("num"))
    draft = Draft(ClaimType.NATIONAL_PROJECTED_SHARE, start, m.end(), start, party=party, priority=3, keep_modal=True,
                  place_ref="none")
    draft.quantity = Quantity(value=value, unit="percent", decimals=decimals, hedge=hedge_of(m.group("hedge")),
                              text=view.text[m.start("num"):m.end()])
    return draft
