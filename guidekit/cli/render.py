"""`guidekit render`: write the annotator guide as HTML and Markdown."""

from __future__ import annotations

import click

from guidekit.cli.common import fail
from guidekit.errors import GuidekitError, SpecError
from guidekit.problem_formats import format_text
from guidekit.render import write_guide
from guidekit.spec.loader import load_spec


@click.command("render")
@click.argument("spec", type=click.Path(dir_okay=False))
@click.option("-o", "--out", "out_dir", required=True,
              type=click.Path(file_okay=False),
              help="Folder to write guide.html and guide.md into.")
@click.option("--templates", "template_dir", type=click.Path(file_okay=False),
              help="Your own templates folder, searched before the shipped one.")
@click.option("--since", metavar="REV|OLD_SPEC",
              help="Add a 'what changed since' section: a git revision of SPEC "
                   "(v1.2.0, HEAD~3), REV:path, or an older spec file.")
def command(spec: str, out_dir: str, template_dir: str | None,
            since: str | None) -> None:
    """Render the annotator guide from SPEC into a folder.

    Writes guide.html (one self-contained page that works offline) and
    guide.md. They show labels, rules, confusable pairs, sections and
    examples, never the gold set. --since adds what changed for annotators
    (labels, rules, definitions) since an older version, read as `guidekit
    diff` reads it. A --templates folder may replace guide.html.j2,
    guide.md.j2 or partials under guide/; it runs sandboxed. Exits 1 on a
    bad spec, --since source or template.
    """
    try:
        written = write_guide(load_spec(spec), out_dir, template_dir=template_dir,
                              since=since)
    except SpecError as exc:
        click.echo(format_text(exc.problems), err=True, nl=False)
        raise SystemExit(1) from None
    except GuidekitError as exc:
        fail(exc)
    except OSError as exc:
        fail(f"cannot write to '{out_dir}': {exc.strerror or exc}")
    for path in written:
        click.echo(str(path))
