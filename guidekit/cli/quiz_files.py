"""Writing a `quiz build`: refuse clobbering, write, tidy what is stale.

Before writing: a key path that is a file annotators get, or an input
(the spec, an answers file, a key, the annotator list), is a usage error
(exit 2); ``form-N`` folders beyond a new `--forms K` that hold anything
but guidekit quiz files stop the build (exit 1, naming the folder).
After writing: with `--key FILE`, a guidekit quiz key left as key.json
in an output folder is removed, and so are the ``form-N`` folders beyond
K, each said on stderr (`guidekit.quiz.stale`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import click

from guidekit.cli.common import fail
from guidekit.cli.paths import Named, inputs_of, refuse_clobbering
from guidekit.quiz.layout import Placed, write_placed
from guidekit.quiz.stale import extra_forms, foreign, remove_quiz_folder, stale_keys


def write_build(placed: Sequence[Placed], inputs: Named, *, out_dir: str,
                forms: int | None, key_path: str | None) -> list[Path]:
    """Check, write every quiz of `placed`, then remove what is stale."""
    refuse_clobbering(_outputs(placed, key_path), inputs)
    if key_path is not None:
        _refuse_key_inside(placed, Path(out_dir))
    extra = extra_forms(Path(out_dir), forms) if forms is not None else []
    for folder in extra:
        others = foreign(folder)
        if others:
            fail(f"'{folder}' is a form from an earlier build beyond the "
                 f"{forms} asked for, and holds other files "
                 f"({', '.join(others)}); move it away or build into another "
                 "folder")
    written = write_placed(placed)
    if key_path is not None:
        for key in stale_keys(_json_files(Path(out_dir)),
                              keeping=[spot.key for spot in placed]):
            key.unlink()
            _say(f"removed {key}: an earlier build's key, among the quiz files; "
                 f"the key now goes to {key_path}")
    for folder in extra:
        remove_quiz_folder(folder)
        _say(f"removed {folder}/: a form of an earlier build, beyond the "
             f"{forms} forms of this one")
    return written


def _refuse_key_inside(placed: Sequence[Placed], out_dir: Path) -> None:
    """--key must lie outside OUT: that folder goes to annotators whole."""
    root = out_dir.resolve()
    for spot in placed:
        if spot.key.resolve().is_relative_to(root):
            raise click.UsageError(
                f"--key '{spot.key}' lies inside the quiz folder '{out_dir}', "
                "which annotators receive; write the key outside it, or leave "
                "--key out to keep key.json beside the quiz")


def _json_files(out_dir: Path) -> list[Path]:
    """Every JSON file under OUT, where an earlier build may have left a key."""
    return sorted(out_dir.rglob("*.json")) if out_dir.is_dir() else []


def _outputs(placed: Sequence[Placed], key_path: str | None) -> Named:
    shown: dict[str, str | Path | None] = {}
    for spot in placed:
        shown |= {f"the annotators' file '{path}'": path
                  for path in spot.form_paths()}
    for spot in placed:
        role = "--key" if len(placed) == 1 else f"--key (for {spot.folder.name})"
        shown[role if key_path is not None else f"the key '{spot.key}'"] = spot.key
    return shown


def build_inputs(spec: str, seen: Iterable[str], keys: Iterable[str],
                 annotators: str | None) -> Named:
    """The inputs of a build, named for refuse_clobbering's messages."""
    return {"the spec": spec, **inputs_of("the answers file", seen),
            **inputs_of("the seen key", keys), "the annotator list": annotators}


def refuse_repeats(role: str, paths: Sequence[str]) -> None:
    """A usage error (exit 2) when one file is named twice (also as ./ or a
    link): its rows would count twice."""
    seen: dict[Path, str] = {}
    for name in paths:
        where = Path(name).expanduser().resolve()
        if where in seen:
            also = f" (also as '{seen[where]}')" if seen[where] != name else ""
            raise click.UsageError(f"{role} '{name}' is given more than once"
                                   f"{also}; name each file once, or its rows "
                                   "count twice")
        seen[where] = name


def _say(text: str) -> None:
    click.echo(f"guidekit: {text}", err=True)
