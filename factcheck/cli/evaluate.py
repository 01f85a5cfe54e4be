"""`factcheck eval`: score the engine on the sample texts against the answer key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.errors import fail


def default_shared() -> Path:
    """../shared beside the working directory, else beside the repository this package runs from."""
    from factcheck.paths import PACKAGE_DIR

    here = Path("..") / "shared"
    return here if here.is_dir() else PACKAGE_DIR.parent.parent / "shared"


DEFAULT_SHARED = default_shared()


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def evaluate(
    seeds: Annotated[Path, typer.Option(help="Folder of sample texts (<id>.txt).")] = DEFAULT_SHARED / "seeds",
    gold: Annotated[Path, typer.Option(help="Answer key (JSON lines).")] = DEFAULT_SHARED
    / "gold"
    / "seed_claims.jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the JSON contract here.")] = None,
    detail: Annotated[bool, typer.Option("--detail", help="List every key claim with the verdict given.")] = False,
    unmatched: Annotated[bool, typer.Option("--unmatched", help="List output claims that match no key claim.")] = False,
    real: Annotated[bool, typer.Option("--real", help="Score ../shared/dev-real (real commentary) instead.")] = False,
) -> None:
    """Run the engine over sample texts (no --date) and print recall and verdict accuracy per claim type."""
    from rich.console import Console
    from rich.table import Table

    from factcheck import evaluation
    from factcheck.pipeline import open_checker
    from factcheck.render.json_contract import contract

    if real:
        seeds, gold = DEFAULT_SHARED / "dev-real", DEFAULT_SHARED / "dev-real" / "claims.jsonl"
    if not seeds.is_dir() or not gold.is_file():
        raise fail(f"eval needs the sample texts and answer key: {seeds} or {gold} not found (pass --seeds/--gold)")
    checker = open_checker()
    passages = seeds / "passages.jsonl"
    texts = evaluation.load_passages(passages) if passages.is_file() else {
        p.stem: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}
    results = [checker.check(text, str(seeds / f"{key}.txt")) for key, text in texts.items()]
    document = contract(results, checker.database_info())
    if output:
        output.write_text(json.dumps(document, indent=2, default=str), encoding="utf-8")
    scored = evaluation.score(evaluation.load_gold(gold), texts, evaluation.documents_by_key(document))
    console = Console()
    table = Table(title="factcheck eval: sample texts against the answer key")
    for column in ("claim type", "in scope", "recall", "checkable", "class acc", "strict acc"):
        table.add_column(column, justify="left" if column == "claim type" else "right")
    for name, n, recall, checkable, cls, strict in evaluation.per_type_table(scored):
        table.add_row(name, str(n), f"{recall:.2f}", str(checkable), f"{cls:.2f}", f"{strict:.2f}")
    console.print(table)
    for r in results:
        console.print(f"{Path(r.path).stem}: election {r.election.date} ({r.election.how})")
    if detail:
        for row in scored.rows:
            mark = "ok" if row["got"] == row["expected"] else "  "
            console.print(
                f"{mark} {row['claim_id']} {row['type']}: expected {row['expected']}, got {row['got']}"
                f" | {row['quote']} | {row['explanation']}",
                markup=False,
                highlight=False,
            )
    if unmatched:
        for claim in scored.unmatched:
            console.print(
                f"unmatched {claim['doc']} {claim['type']} {claim['verdict']}: {claim['text'][:100]}",
                markup=False,
                highlight=False,
            )
    print(json.dumps(evaluation.summary_line(scored)))
