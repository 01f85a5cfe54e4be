"""Minimal pairs: for each claim type a plain sentence and ten or more other wordings of the same claim (inserted
words, passives, fronted places, asides, other verbs), which must all give that claim. Sentences, places and
figures are our own; only the reading is tested here, not the verdict."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import ClaimType, Direction

# claim type -> (what the claim must be, [the plain sentence, then the variants])
GROUPS: dict[str, tuple[dict, list[str]]] = {
    "seat gain": ({"type": ClaimType.SEAT_CHANGE, "party": "Green", "place": "Stroud", "value": 7,
                   "direction": Direction.GAIN}, [
        "The Greens gained 7 seats in Stroud.",
        "In Stroud, the Greens gained seven seats.",
        "The Greens picked up 7 seats in Stroud.",
        "The Greens made a net gain of 7 seats in Stroud.",
        "The Greens, who campaigned hard on housing, gained 7 seats in Stroud.",
        "The Greens were up 7 seats in Stroud.",
        "In Stroud the Greens added 7 councillors.",
        "The Greens gained a further 7 seats in Stroud.",
        "The Greens won 7 extra seats in Stroud.",
        "In Stroud it was the Greens who gained 7 seats.",
        "The Greens enjoyed a gain of 7 seats in Stroud.",
    ]),
    "seat loss": ({"type": ClaimType.SEAT_CHANGE, "party": "Reform", "place": "Colchester", "value": 4,
                   "direction": Direction.LOSS}, [
        "Reform lost 4 seats in Colchester.",
        "In Colchester, Reform lost four seats.",
        "Reform were down 4 seats in Colchester.",
        "Reform suffered a net loss of 4 seats in Colchester.",
        "Reform shed 4 councillors in Colchester.",
        "Reform, whose group had grown since the last election, lost 4 seats in Colchester.",
        "Reform dropped 4 seats in Colchester.",
        "In Colchester Reform lost a total of 4 seats.",
        "Reform saw the loss of 4 seats in Colchester.",
        "In Colchester, Reform were 4 seats down.",
        "Reform lost just 4 seats in Colchester.",
    ]),
    "seat count": ({"type": ClaimType.SEAT_COUNT, "party": "Labour", "place": "Gateshead", "value": 41}, [
        "Labour won 41 seats in Gateshead.",
        "In Gateshead, Labour won 41 seats.",
        "Labour returned 41 councillors in Gateshead.",
        "Labour ended up with 41 seats in Gateshead.",
        "Labour now has 41 councillors in Gateshead.",
        "Labour holds 41 seats in Gateshead.",
        "In Gateshead Labour finished with 41 councillors.",
        "Labour, comfortably the largest group, won 41 seats in Gateshead.",
        "Labour secured a total of 41 seats in Gateshead.",
        "In Gateshead, Labour now hold 41 seats.",
        "Labour won a commanding 41 seats in Gateshead.",
    ]),
    # "won control" may be read as won or kept; the judge decides which on the record.
    "control gained": ({"type": ClaimType.COUNCIL_CONTROL, "party": "Liberal Democrats", "place": "Rutland",
                        "direction": (Direction.GAIN, Direction.NONE)}, [
        "The Liberal Democrats gained control of Rutland.",
        "The Liberal Democrats took control of Rutland.",
        "The Liberal Democrats won control of Rutland.",
        "Rutland fell to the Liberal Democrats.",
        "The Liberal Democrats took Rutland from the Conservatives.",
        "Rutland passed to the Liberal Democrats.",
        "The Liberal Democrats seized Rutland.",
        "The Liberal Democrats captured Rutland.",
        "The Liberal Democrats gained full control of Rutland.",
        "The Liberal Democrats won overall control of Rutland.",
        "The Liberal Democrats, after a long campaign, took control of Rutland.",
    ]),
    "control lost": ({"type": ClaimType.COUNCIL_CONTROL, "party": "Conservatives", "place": "Cannock Chase",
                      "direction": Direction.LOSS}, [
        "The Conservatives lost control of Cannock Chase.",
        "The Conservatives lost Cannock Chase.",
        "The Conservatives lost overall control of Cannock Chase.",
        "In Cannock Chase, the Conservatives lost control.",
        "The Conservatives surrendered control of Cannock Chase.",
        "The Conservatives lost their majority in Cannock Chase.",
        "The Conservatives, who had run it since 2021, lost control of Cannock Chase.",
        "The Conservatives ceded control of Cannock Chase.",
        "The Conservatives narrowly lost control of Cannock Chase.",
        "The Conservatives lost full control of Cannock Chase.",
        "The Conservatives also lost Cannock Chase.",
    ]),
    "control held": ({"type": ClaimType.COUNCIL_CONTROL, "party": "Labour", "place": "Hounslow",
                      "direction": Direction.HOLD}, [
        "Labour held Hounslow.",
        "Labour kept control of Hounslow.",
        "Labour retained Hounslow.",
        "Labour held on to Hounslow.",
        "Labour held on in Hounslow.",
        "Hounslow remained in Labour hands.",
        "Labour comfortably held Hounslow.",
        "In Hounslow, Labour retained control.",
        "Labour maintained control of Hounslow.",
        "Labour retained control of Hounslow.",
        "Labour, as expected, held Hounslow.",
    ]),
    "councils gained": ({"type": ClaimType.COUNCIL_COUNT_CHANGE, "party": "Labour", "value": 22,
                         "direction": Direction.GAIN}, [
        "Labour gained 22 councils.",
        "Labour made a net gain of 22 councils.",
        "Labour picked up 22 councils.",
        "Labour gained control of 22 councils.",
        "Labour won control of 22 more councils.",
        "Labour were up 22 councils.",
        "Labour, buoyed by the national mood, gained 22 councils.",
        "Across England Labour gained 22 councils.",
        "Labour gained a further 22 councils.",
        "Labour enjoyed a net gain of 22 councils.",
        "Labour added 22 councils.",
    ]),
    "vote share": ({"type": ClaimType.VOTE_SHARE, "party": "Liberal Democrats", "place": "Cornwall", "value": 31}, [
        "The Liberal Democrats won 31% of the vote in Cornwall.",
        "In Cornwall the Liberal Democrats took 31 per cent of the vote.",
        "The Liberal Democrats' share of the vote in Cornwall was 31%.",
        "The Liberal Democrats polled 31% in Cornwall.",
        "In Cornwall, the Liberal Democrats had a 31% share of the vote.",
        "The Liberal Democrats finished on 31% of the vote in Cornwall.",
        "The Liberal Democrats' vote share in Cornwall came in at 31%.",
        "In Cornwall the Liberal Democrats received 31% of the vote.",
        "The Liberal Democrats won just 31% of the vote in Cornwall.",
        "The Liberal Democrats secured 31 per cent of the vote in Cornwall.",
        "In Cornwall, the Liberal Democrats' share was 31%.",
    ]),
    "vote share change": ({"type": ClaimType.VOTE_SHARE_CHANGE, "party": "Labour", "place": "Hounslow", "value": 5,
                           "direction": (Direction.UP, Direction.GAIN)}, [
        "Labour's share of the vote in Hounslow rose by 5 points.",
        "Labour's vote share in Hounslow was up 5 points.",
        "In Hounslow Labour's share rose 5 points.",
        "Labour's share in Hounslow climbed five percentage points.",
        "Labour's share of the vote in Hounslow increased by 5 points.",
        "In Hounslow, Labour's vote share went up by 5 points.",
        "Labour's share of the vote in Hounslow grew by 5 points.",
        "Labour's share in Hounslow was 5 points higher.",
        "In Hounslow Labour's share of the vote rose by five points.",
        "Labour's vote share in Hounslow jumped 5 points.",
        "Labour's share of the vote in Hounslow was up by 5 percentage points.",
    ]),
    "projected share": ({"type": ClaimType.NATIONAL_PROJECTED_SHARE, "party": "Labour", "value": 36}, [
        "Labour's projected national share was 36%.",
        "The projected national share put Labour on 36%.",
        "Labour was on 36% in the projected national share.",
        "Labour's PNS was 36%.",
        "The projected national share gave Labour 36%.",
        "On the projected national share Labour had 36%.",
        "The PNS had Labour at 36%.",
        "Labour's projected share of the national vote stood at 36%.",
        "Labour scored 36% on the projected national share.",
        "The BBC's projected national share put Labour at 36 per cent.",
        "Labour's projected national vote share was 36%.",
    ]),
    "turnout": ({"type": ClaimType.TURNOUT, "place": "Rutland", "value": 38}, [
        "Turnout in Rutland was 38%.",
        "In Rutland, turnout was 38%.",
        "Turnout across Rutland stood at 38%.",
        "Just 38% of voters turned out in Rutland.",
        "Rutland saw a turnout of 38%.",
        "A 38% turnout was recorded in Rutland.",
        "Turnout in Rutland came in at 38%.",
        "Turnout in Rutland was 38 per cent.",
        "Turnout in Rutland reached 38%.",
        "Only 38 per cent of the electorate voted in Rutland.",
        "Turnout in Rutland was a modest 38%.",
    ]),
    "mayor elected": ({"type": ClaimType.MAYORAL_RESULT, "place": "North of Tyne"}, [
        "Jamie Driscoll won the North of Tyne mayoralty.",
        "Jamie Driscoll was elected North of Tyne mayor.",
        "Labour's Jamie Driscoll won the North of Tyne mayoralty.",
        "Jamie Driscoll won the North of Tyne mayoral election.",
        "Jamie Driscoll was elected mayor of North of Tyne.",
        "Jamie Driscoll won the race to be North of Tyne mayor.",
        "In North of Tyne, Jamie Driscoll was elected mayor.",
        "Jamie Driscoll took the North of Tyne mayoralty.",
        "Jamie Driscoll comfortably won the North of Tyne mayoralty.",
        "Jamie Driscoll was elected as the North of Tyne mayor.",
        "Jamie Driscoll won the new North of Tyne mayoralty.",
    ]),
    "majority grew": ({"type": ClaimType.MAJORITY_CHANGE, "party": "Labour", "place": "Hounslow"}, [
        "Labour increased its majority in Hounslow.",
        "Labour strengthened its majority in Hounslow.",
        "In Hounslow Labour increased its majority.",
        "Labour extended its majority in Hounslow.",
        "Labour boosted its majority in Hounslow.",
        "Labour added to its majority in Hounslow.",
        "Labour, already dominant, increased its majority in Hounslow.",
        "Labour increased its already large majority in Hounslow.",
        "Labour grew its majority in Hounslow.",
        "Labour increased their majority in Hounslow.",
        "In Hounslow, Labour strengthened its majority.",
    ]),
    "first since": ({"type": ClaimType.HISTORICAL_FIRST, "party": "Labour", "place": "Hounslow"}, [
        "Labour won Hounslow for the first time since 2006.",
        "Labour took Hounslow for the first time since 2006.",
        "Labour won control of Hounslow for the first time since 2006.",
        "In Hounslow, Labour won control for the first time since 2006.",
        "Labour regained Hounslow for the first time since 2006.",
        "Labour took control of Hounslow for the first time since 2006.",
        "Labour captured Hounslow for the first time since 2006.",
        "Labour won overall control of Hounslow for the first time since 2006.",
        "Labour, to wide surprise, won Hounslow for the first time since 2006.",
        "Labour gained Hounslow for the first time since 2006.",
        "Labour seized Hounslow for the first time since 2006.",
    ]),
}
CASES = [(name, text) for name, (_, texts) in GROUPS.items() for text in texts]


@pytest.fixture(scope="module")
def vocabulary(checker):
    return checker.vocabulary


def test_every_claim_type_has_a_plain_sentence_and_ten_variants():
    assert all(len(texts) >= 11 for _, texts in GROUPS.values())


def matches(claim, want: dict) -> bool:
    checks = {
        "type": claim.type == want["type"],
        "party": "party" not in want or bool(claim.party) and want["party"].lower() in claim.party.lower(),
        "place": "place" not in want or bool(claim.place) and want["place"].lower() in claim.place.lower(),
        "value": "value" not in want or claim.quantity is not None and claim.quantity.value == want["value"],
        "direction": "direction" not in want or claim.direction in (
            want["direction"] if isinstance(want["direction"], tuple) else (want["direction"],)),
    }
    return all(checks.values())


@pytest.mark.parametrize(("group", "text"), CASES, ids=[f"{g}: {t[:40]}" for g, t in CASES])
def test_each_wording_gives_the_same_claim(vocabulary, group, text):
    want = GROUPS[group][0]
    claims = extract_claims(text, vocabulary)
    assert any(matches(c, want) for c in claims), [(c.type.value, c.party, c.place, c.quantity, c.direction.value)
                                                   for c in claims]
