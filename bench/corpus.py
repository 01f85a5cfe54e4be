"""Generate a benchmark corpus of election-night articles from our own sentence templates.

Run from the repository root:
    python bench/corpus.py --docs 1000 --out /tmp/corpus            # one .txt file per article
    python bench/corpus.py --docs 1000 --jsonl /tmp/corpus.jsonl    # {"id", "text", "date"} per line

Each article is about 1,000 words with about 20 claims. Council names, party ids and the figures come
from the reference database (seat changes, seats won, vote shares, share changes, control); each claim
is stated truly, approximately ("around", "nearly", a rounded share) or falsely (the figure moved).
The wording is ours; nothing comes from the sample texts in ../shared/seeds. The same --seed gives the
same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ELECTIONS = ("2018-05-03", "2021-05-06", "2022-05-05", "2024-05-02")
# Written forms for the main parties; the ids are the reference database's party ids.
PARTY_NAMES: dict[str, tuple[str, ...]] = {
    "lab": ("Labour", "the Labour Party"),
    "con": ("the Conservatives", "the Tories", "the Conservative Party"),
    "ld": ("the Liberal Democrats", "the Lib Dems"),
    "green": ("the Greens", "the Green Party"),
    "reform": ("Reform UK",),
    "ukip": ("UKIP",),
    "snp": ("the SNP",),
    "pc": ("Plaid Cymru",),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WORDS_PER_ARTICLE = 1000
CLAIMS_PER_ARTICLE = 20
SEAT_CHANGE_SQL = """
SELECT s.election_date, c.name AS council, s.party_id, s.seats_won, s.seats_change
FROM council_seat_change s JOIN councils c USING (council_code)
WHERE s.seats_change IS NOT NULL AND s.seats_change <> 0 AND s.party_id IN ?
ORDER BY 1, 2, 3
"""
SHARE_SQL = """
SELECT s.election_date, c.name AS council, s.party_id, s.share_effective, s.change_effective
FROM council_share_change s JOIN councils c USING (council_code)
WHERE s.share_effective IS NOT NULL AND s.party_id IN ?
ORDER BY 1, 2, 3
"""
CONTROL_SQL = """
SELECT DISTINCT c.name AS council, k.as_of_year, k.control
FROM council_control k JOIN councils c USING (council_code)
WHERE k.control IN ? ORDER BY 1, 2, 3
"""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    date: str
    claims: int  # claim sentences written (the engine may find a few more or fewer)


@dataclass
class Facts:
    """Reference figures grouped by election, then council."""

    seat_changes: dict[str, dict[str, list[tuple[str, int, int]]]]  # party, seats won, change
    shares: dict[tuple[str, str], list[tuple[str, float, float | None]]]  # (date, council) -> rows
    control: dict[tuple[str, int], str]  # (council, year) -> control


def load_facts(db_path: Path | None = None) -> Facts:
    """Read the figures the templates need from the reference database (opened read-only)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from factcheck.db.connect import open_database

    con = open_database(db_path)
    parties = list(PARTY_NAMES)
    seat_changes: dict[str, dict[str, list[tuple[str, int, int]]]] = {d: {} for d in ELECTIONS}
    for date, council, party, won, change in con.execute(SEAT_CHANGE_SQL, [parties]).fetchall():
        if date in seat_changes:
            seat_changes[date].setdefault(council, []).append((party, int(won), int(change)))
    shares: dict[tuple[str, str], list[tuple[str, float, float | None]]] = {}
    for date, council, party, share, change in con.execute(SHARE_SQL, [parties]).fetchall():
        shares.setdefault((date, council), []).append((party, float(share), change))
    control = {(council, int(year)): value
               for council, year, value in con.execute(CONTROL_SQL, [parties + ["noc"]]).fetchall()}
    con.close()
    return Facts(seat_changes, shares, control)


class Writer:
    """Builds one article's sentences with a seeded random generator."""

    def __init__(self, rng: random.Random, facts: Facts, date: str) -> None:
        self.rng = rng
        self.facts = facts
        self.date = date
        self.year = int(date[:4])

    def party(self, party_id: str, start: bool = False) -> str:
        name = self.rng.choice(PARTY_NAMES[party_id])
        return name[0].upper() + name[1:] if start else name

    def number(self, true_value: int) -> tuple[str, str]:
        """A count stated truly, approximately or falsely: (words, kind)."""
        roll = self.rng.random()
        if roll < 0.5:
            return str(true_value), "true"
        if roll < 0.75:
            hedge = self.rng.choice(("around", "about", "nearly", "roughly"))
            value = true_value + (1 if hedge == "nearly" else self.rng.choice((-1, 0, 1)))
            return f"{hedge} {max(value, 1)}", "approximate"
        return str(max(true_value + self.rng.choice((-4, -3, -2, 2, 3, 5)), 1)), "false"

    def percent(self, true_value: float) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return f"{true_value:.1f}%"
        if roll < 0.75:
            return f"{self.rng.choice(('about', 'around', 'just over', 'roughly'))} {round(true_value)}%"
        return f"{max(true_value + self.rng.choice((-7.5, -4.2, 3.9, 6.1)), 0.5):.1f}%"

    def seat_change(self, council: str, party: str, change: int) -> str:
        amount, _ = self.number(abs(change))
        verb = self.rng.choice(("gained", "picked up", "won")) if change > 0 else \
            self.rng.choice(("lost", "shed", "gave up"))
        return self.rng.choice((
            f"{self.party(party, True)} {verb} {amount} seats in {council}.",
            f"In {council}, {self.party(party)} {verb} {amount} seats on the night.",
            f"{self.party(party, True)} {verb} {amount} seats in {council}, the count showed.",
        ))

    def seat_count(self, council: str, party: str, won: int) -> str:
        amount, _ = self.number(max(won, 1))
        return self.rng.choice((
            f"{self.party(party, True)} now have {amount} councillors in {council}.",
            f"{self.party(party, True)} won {amount} seats in {council} in all.",
        ))

    def share(self, council: str, party: str, share: float, change: float | None) -> str:
        if change is not None and abs(change) >= 0.5 and self.rng.random() < 0.5:
            moved = "rose" if change > 0 else "fell"
            points = abs(change) if self.rng.random() < 0.6 else abs(change) + self.rng.choice((2.0, 3.5))
            return f"The {self.party(party).removeprefix('the ')} vote in {council} {moved} by {points:.1f} points."
        return self.rng.choice((
            f"{self.party(party, True)} took {self.percent(share)} of the vote in {council}.",
            f"In {council}, {self.party(party)} won {self.percent(share)} of the vote.",
        ))

    def control(self, council: str) -> str | None:
        control = self.facts.control.get((council, self.year))
        if control is None:
            return None
        if self.rng.random() < 0.25:  # a false control claim: another party
            control = self.rng.choice([p for p in ("lab", "con", "ld", "noc") if p != control])
        if control == "noc":
            return f"{council} remained under no overall control."
        before = self.facts.control.get((council, self.year - 1))
        verb = "kept" if before == control else "won"
        return f"{self.party(control, True)} {verb} control of {council}."

    def claims_for(self, council: str) -> list[str]:
        rows = self.facts.seat_changes[self.date][council]
        rows = self.rng.sample(rows, min(len(rows), 2))
        sentences = [self.seat_change(council, party, change) for party, _won, change in rows]
        party, won, _change = rows[0]
        sentences.append(self.seat_count(council, party, won))
        share_rows = self.facts.shares.get((self.date, council), [])
        if share_rows:
            sentences.append(self.share(council, *self.rng.choice(share_rows)))
        control = self.control(council)
        if control:
            sentences.append(control)
        return sentences

    def filler(self, councils: list[str]) -> str:
        council = self.rng.choice(councils)
        party = self.party(self.rng.choice(("lab", "con", "ld", "green", "reform")))
        return self.rng.choice(FILLER).format(council=council, party=party, other=self.rng.choice(councils))


FILLER = (
    "Counting in {council} ran late into the night as several wards went to a recount.",
    "Activists from {party} gathered outside the count hall in {council} long before the first result.",
    "Local campaigners said the mood on the doorsteps had been hard to read until the final week.",
    "Officials in {council} blamed the slow count on the number of postal votes that had to be verified.",
    "Candidates in {other} spent most of the evening watching the ballot papers stack up in neat piles.",
    "The weather stayed dry for most of the day, which organisers hoped would help turnout.",
    "Several sitting councillors stood down before the contest, leaving open seats across {council}.",
    "Potholes, bin collections and the price of parking dominated the leaflets pushed through letterboxes.",
    "A spokesperson for {party} said the results showed that their message had cut through.",
    "In the town hall, tellers worked in shifts and the coffee ran out shortly after midnight.",
    "Observers noted that the swing was far from uniform, with neighbouring wards moving in opposite "
    "directions.",
    "Some voters said they had made up their minds only when they reached the polling station.",
    "The returning officer in {council} thanked staff for their patience during a long night.",
    "Party strategists will spend the coming weeks poring over the ward-level figures.",
    "Commentators in {other} suggested that local issues had mattered more than national ones.",
    "Housing development on the edge of {council} was the single most argued-about topic of the campaign.",
    "Leaflets from {party} had focused heavily on the future of the high street and the local library.",
    "A handful of independent candidates ran on a platform of saving a much-loved community centre.",
    "The count in {other} was briefly paused while a bundle of ballots was checked a second time.",
    "Younger voters appeared in larger numbers at polling stations near the college campus.",
    "The leader of the council said there was a great deal of work to do over the next four years.",
    "Long queues formed at one school in {council} in the final hour before polls closed.",
    "A recount in one marginal ward was requested after the first tally showed a gap of a few votes.",
    "Several candidates from {party} said they had knocked on thousands of doors since the spring.",
    "Across the region, results trickled in through the early hours and into the following afternoon.",
    "Residents in {other} complained that they had received very little campaign literature this time.",
    "Supporters cheered loudly when the first declaration of the night was read out.",
    "The new intake of councillors will meet for the first time later this month.",
    "Some long-serving members lost their seats by only a handful of votes.",
    "Campaigners in {council} said the cost of living had been raised on almost every doorstep.",
    "The local newspaper ran a live blog that was updated after every single declaration.",
    "Turnout looked patchy, with busy polling stations in some villages and quiet ones in the towns.",
    "{party} canvassers reported a friendlier reception than they had expected in the suburbs.",
    "One candidate arrived at the count straight from a night shift at the hospital.",
    "The chief executive confirmed that the full ward results would be published on the council website.",
    "Analysts warned against reading too much into the results from a single night of counting.",
)


def article(rng: random.Random, facts: Facts, number: int) -> Article:
    """One article of about WORDS_PER_ARTICLE words with about CLAIMS_PER_ARTICLE claim sentences."""
    date = rng.choice(ELECTIONS)
    councils = rng.sample(sorted(facts.seat_changes[date]), 6)
    writer = Writer(rng, facts, date)
    claims: list[str] = []
    for council in councils:
        claims.extend(writer.claims_for(council))
        if len(claims) >= CLAIMS_PER_ARTICLE:
            break
    claims = claims[:CLAIMS_PER_ARTICLE]
    day = int(date[8:])
    opening = (f"Counting after the local elections of {day} {MONTHS[int(date[5:7]) - 1]} {date[:4]} "
               f"went on well into the next day in {councils[0]} and beyond.")
    words = len(opening.split()) + sum(len(s.split()) for s in claims)
    sentences = list(claims)
    while words < WORDS_PER_ARTICLE:
        filler = writer.filler(councils)
        sentences.insert(rng.randrange(len(sentences) + 1), filler)
        words += len(filler.split())
    paragraphs = [opening]
    for start in range(0, len(sentences), 5):
        paragraphs.append(" ".join(sentences[start:start + 5]))
    return Article(id=f"article-{number:05d}", text="\n\n".join(paragraphs) + "\n", date=date, claims=len(claims))


def articles(count: int, seed: int = 7, facts: Facts | None = None) -> Iterator[Article]:
    """`count` articles, the same for the same seed (one generator per article, so prefixes agree)."""
    facts = facts or load_facts()
    for number in range(count):
        yield article(random.Random(f"{seed}:{number}"), facts, number)


def write_directory(folder: Path, count: int, seed: int = 7) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for item in articles(count, seed):
        (folder / f"{item.id}.txt").write_text(item.text, encoding="utf-8")
    return folder


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for item in articles(count, seed):
            out.write(json.dumps({"id": item.id, "text": item.text}, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="a folder for one .txt file per article")
    target.add_argument("--jsonl", type=Path, help="one JSON line per article")
    args = parser.parse_args()
    if args.out:
        write_directory(args.out, args.docs, args.seed)
    else:
        write_jsonl(args.jsonl, args.docs, args.seed)
    print(f"wrote {args.docs} articles to {args.out or args.jsonl}", file=sys.stderr)


if __name__ == "__main__":
    main()
