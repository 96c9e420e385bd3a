"""`guidekit gold`: bring gold sets in from tables; hide honeypots in batches."""

from __future__ import annotations

import secrets
from collections import Counter
from typing import get_args

import click

from guidekit.cli.common import fail
from guidekit.cli.paths import refuse_clobbering
from guidekit.errors import GuidekitError
from guidekit.fileio import write_text_atomic
from guidekit.gold import GoldImport, GoldMeta, import_gold_counted, write_gold
from guidekit.spec.loader import load_spec
from guidekit.spec.models import Pool, Source


@click.group("gold")
def command() -> None:
    """Work with gold sets: import them from tables, hide honeypots in batches."""


def _pairs(ctx: click.Context, param: click.Parameter,
           values: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        left, sep, right = value.partition("=")
        if not left.strip() or (sep and not right.strip()):
            raise click.BadParameter(f"'{value}' is not COL or COL=NAME", ctx,
                                     param)
        pairs.append((left.strip(), right.strip() if sep else left.strip()))
    return pairs


def _mapping(ctx: click.Context, param: click.Parameter,
             values: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for value in values:
        raw, sep, target = value.partition("=")
        if not sep or not raw.strip() or not target.strip():
            raise click.BadParameter(f"'{value}' is not FROM=TO", ctx, param)
        if found.get(raw.strip(), target.strip()) != target.strip():
            raise click.BadParameter(f"'{raw.strip()}' is mapped twice", ctx, param)
        found[raw.strip()] = target.strip()
    return found


def _where(ctx: click.Context, param: click.Parameter,
           values: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        col, sep, wanted = value.partition("=")
        if not sep or not col.strip():
            raise click.BadParameter(f"'{value}' is not COL=VALUE", ctx, param)
        pairs.append((col.strip(), wanted.strip()))
    return pairs


@command.command("import")
@click.argument("table", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The JSONL side file to write (a spec includes it).")
@click.option("--id-col", required=True, metavar="COL",
              help="Column with the item ids.")
@click.option("--label-col", required=True, metavar="COL",
              help="Column with the right answers.")
@click.option("--field", "fields", multiple=True, callback=_pairs,
              metavar="COL[=NAME]", help="A column that is an item field, "
              "optionally renamed (repeatable; default: the --spec task fields).")
@click.option("--tag-col", "tag_cols", multiple=True, metavar="COL",
              help="A column whose value becomes a tag (repeatable).")
@click.option("--rationale-col", metavar="COL", help="Column with rationales.")
@click.option("--difficulty-col", metavar="COL",
              help="Column with easy / medium / hard.")
@click.option("--map", "label_map", multiple=True, callback=_mapping,
              metavar="FROM=TO", help="Turn label value FROM into TO (repeatable).")
@click.option("--strict-map", is_flag=True,
              help="A label value that --map does not name is an error.")
@click.option("--spec", "spec_path", type=click.Path(dir_okay=False),
              help="Check labels (aliases apply) and fields against this spec.")
@click.option("--unescape-html", is_flag=True,
              help="Decode HTML entities such as &amp; in item fields.")
@click.option("--where", multiple=True, callback=_where, metavar="COL=VALUE",
              help="Import only rows whose COL is VALUE; others are skipped "
              "and counted (repeatable: every condition must hold).")
@click.option("--pool", type=click.Choice(get_args(Pool)), default="exam",
              show_default=True, help="Pool of every imported item.")
@click.option("--source", type=click.Choice(get_args(Source)),
              help="Provenance source of every item.")
@click.option("--author", help="Provenance author of every item.")
def import_command(table: str, output: str, id_col: str, label_col: str,
                   fields: list[tuple[str, str]], tag_cols: tuple[str, ...],
                   rationale_col: str | None, difficulty_col: str | None,
                   label_map: dict[str, str], strict_map: bool,
                   spec_path: str | None, unescape_html: bool,
                   where: list[tuple[str, str]], pool: Pool,
                   source: Source | None, author: str | None) -> None:
    """Read gold items from TABLE (.csv, .tsv or .jsonl) into a JSONL file.

    One row per item. Every problem names the file and row. Example:

    \b
      guidekit gold import pairs.tsv -o specs/x/gold/a.jsonl --id-col id
        --label-col gold --field text --field hyp=hypothesis --map 1=yes
    """
    if not output.endswith(".jsonl"):
        raise click.BadParameter(f"'{output}' should end in .jsonl: gold import "
                                 "writes JSON lines", param_hint="'-o'")
    refuse_clobbering({"-o": output}, {"the table": table, "--spec": spec_path})
    meta = GoldMeta(pool, source, author, unescape_html)
    try:
        spec = load_spec(spec_path).spec if spec_path else None
        done = import_gold_counted(
            table, id_col=id_col, label_col=label_col, fields=fields,
            tag_cols=tag_cols, rationale_col=rationale_col,
            difficulty_col=difficulty_col, label_map=label_map,
            strict_map=strict_map, spec=spec, meta=meta, where=where)
        write_gold(output, done.items)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    except GuidekitError as exc:
        fail(exc)
    except OSError as exc:
        fail(f"cannot write {output}: {(exc.strerror or str(exc)).lower()}")
    else:
        click.echo(_summary(done, output, bool(where)))


def _summary(done: GoldImport, output: str, filtered: bool) -> str:
    counts = Counter(item.label for item in done.items)
    shown = ", ".join(f"{label} {n}" for label, n in sorted(counts.items()))
    line = f"wrote {len(done.items)} gold item(s) to {output} ({shown})"
    return line + (f"; --where skipped {done.skipped} row(s)" if filtered else "")


@command.command("mix")
@click.argument("spec_path", metavar="SPEC", type=click.Path(dir_okay=False))
@click.argument("batch", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The mixed batch to write (same format as BATCH).")
@click.option("--rate", type=float, default=0.05, show_default=True,
              help="Share of the output's rows that are honeypots.")
@click.option("--seed", type=int, help="Secret seed of every random choice "
              "[default: a fresh random one, kept in the mapping].")
@click.option("--traps", type=int, default=0, show_default=True,
              help="How many of the honeypots get a wrong pre-label (the "
              "others get one drawn from the batch's own pre-labels).")
@click.option("--id-col", default="id", show_default=True, metavar="COL",
              help="Column (Label Studio: data field) with the item ids.")
@click.option("--field", "fields", multiple=True, callback=_mapping,
              metavar="FIELD=COL", help="Put task field FIELD in batch column "
              "COL (repeatable; default: the column of the same name).")
@click.option("--prelabel-col", default="prelabel", show_default=True,
              metavar="COL", help="Column with the pre-labels, if any.")
@click.option("--mapping", "mapping_path", type=click.Path(dir_okay=False),
              help="The private mapping to write [default: OUTPUT with "
              ".honeypots.json added].")
def mix_command(spec_path: str, batch: str, output: str, rate: float,
                seed: int | None, traps: int, id_col: str,
                fields: dict[str, str], prelabel_col: str,
                mapping_path: str | None) -> None:
    """Hide the spec's honeypot-pool gold items among BATCH.

    BATCH is a CSV, TSV or JSONL table or a Label Studio tasks .json.
    Planted rows sit at random places with ids shaped like the batch's
    own (see guidekit.gold.mix_ids). The mapping file tells them apart:
    keep it private, and score with `guidekit score SPEC ANSWERS
    --honeypots MAPPING`. Example:

    \b
      guidekit gold mix spec.yaml batch.csv -o mixed.csv --rate 0.05
    """
    from guidekit.gold.mix import MixOptions, mix_batch
    from guidekit.gold.mix_mapping import write_mapping

    mapping_path = mapping_path or output + ".honeypots.json"
    refuse_clobbering({"-o": output, "--mapping": mapping_path},
                      {"the spec": spec_path, "the batch": batch})
    options = MixOptions(rate, secrets.randbits(63) if seed is None else seed,
                         traps, id_col, fields, prelabel_col)
    try:
        mixed = mix_batch(load_spec(spec_path), batch, options=options)
        write_mapping(mapping_path, mixed.mapping)  # first: never a batch alone
        write_text_atomic(output, mixed.text)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    except GuidekitError as exc:
        fail(exc)
    except OSError as exc:
        fail(f"cannot write {exc.filename or output}: "
             f"{(exc.strerror or str(exc)).lower()}")
    click.echo(f"wrote {mixed.rows} row(s) to {output}: {mixed.planted} "
               f"honeypot(s), {mixed.traps} trap(s), {mixed.scheme} ids")
    if mixed.empty:
        click.echo(f"columns left empty in planted rows: {', '.join(mixed.empty)}")
    click.echo(f"wrote {mapping_path}: PRIVATE, never give it to annotators")
