"""Gold side files: read them in place of their `include:` entries.

A side file is YAML (a list of gold items), JSONL (`gold_jsonl`) or CSV
(`gold_csv`), chosen by its suffix. Paths are confined to the spec's
folder: no absolute paths, no `..`, no links that lead outside, no
folders. Rows keep their own file, line and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from guidekit.problems import Level, Problem
from guidekit.spec.gold_jsonl import read_jsonl
from guidekit.spec.models import GoldInclude
from guidekit.spec.pydantic_problems import problems_from
from guidekit.spec.where import Pos, Where
from guidekit.spec.yamlread import YamlProblem, read_yaml_text

SUFFIXES = (".jsonl", ".yaml", ".yml", ".csv")


class IncludeProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def expand_gold(data: dict[str, Any], where: Where, spec_path: Path,
                problems: list[Problem]) -> None:
    """Replace `{include: ...}` gold entries by the rows of their files."""
    gold = data.get("gold")
    if not isinstance(gold, list) or not any(_is_include(e) for e in gold):
        return
    fields = _field_names(data)
    rows: list[Any] = []
    inline: dict[int, int] = {}
    sides: list[tuple[Where, int]] = []
    for index, entry in enumerate(gold):
        if _is_include(entry):
            pos = where.at(("gold", index, "include"))
            found, side = ([], Where()) if _bad_entry(entry, index, where, problems) \
                else _included(entry, pos, spec_path, problems, fields)
            sides.append((side, len(rows)))
            rows.extend(found)
        else:
            inline[index] = len(rows)
            rows.append(entry)
    where.renumber(("gold",), inline)
    for side, first in sides:
        where.graft(side, ("gold",), first)
    data["gold"] = rows


def _bad_entry(entry: dict[str, Any], index: int, where: Where,
               problems: list[Problem]) -> bool:
    """Check an include entry against its model, as the schema does."""
    try:
        GoldInclude.model_validate(entry)
    except ValidationError as exc:
        problems += problems_from(exc, where, [GoldInclude], ("gold", index))
        return True
    return False


def _is_include(entry: Any) -> bool:
    return isinstance(entry, dict) and "include" in entry


def _field_names(data: dict[str, Any]) -> list[str]:
    task = data.get("task")
    fields = task.get("fields") if isinstance(task, dict) else None
    if not isinstance(fields, list):
        return []
    return [f["name"] for f in fields
            if isinstance(f, dict) and isinstance(f.get("name"), str)]


def _included(entry: dict[str, Any], pos: Pos, spec_path: Path,
              problems: list[Problem], fields: list[str]) -> tuple[list[Any], Where]:
    try:
        target = confined_path(entry.get("include"), spec_path.parent, pos)
        if not target.exists():
            raise IncludeProblem(_missing(entry, pos))
        shown = str(spec_path.parent / str(entry["include"]))
        return read_side_file(target, shown, problems, fields, pos)
    except (IncludeProblem, YamlProblem) as exc:
        problems.append(exc.problem)
        return [], Where()


def _missing(entry: dict[str, Any], pos: Pos) -> Problem:
    optional = str(entry.get("optional", "")).lower() in {"true", "yes"}
    level: Level = "warning" if optional else "error"
    return Problem(pos.path, pos.line, pos.col, level, "include-missing",
                   f"included file '{entry['include']}' does not exist",
                   "build it first, or remove the entry" if not optional
                   else "it is optional: its gold items are left out")


def confined_path(raw: Any, folder: Path, pos: Pos) -> Path:
    """Resolve `raw` inside `folder`, or raise IncludeProblem."""
    def bad(message: str, hint: str | None = None) -> IncludeProblem:
        return IncludeProblem(Problem(pos.path, pos.line, pos.col, "error",
                                      "include-path", message, hint))
    if not isinstance(raw, str) or not raw.strip():
        raise bad("include needs a file path")
    candidate = Path(raw)
    if candidate.is_absolute() or ".." in candidate.parts:
        raise bad(f"include path '{raw}' leaves the spec's folder",
                  "use a path relative to the spec, without '..'")
    target = (folder / candidate).resolve()
    if not target.is_relative_to(folder.resolve()):
        raise bad(f"include '{raw}' links outside the spec's folder",
                  "copy the file into the spec's folder instead of linking it")
    if target.is_dir():
        raise bad(f"include '{raw}' is a folder, expected a file",
                  "name one side file; include each file on its own")
    if candidate.suffix.lower() not in SUFFIXES:
        raise bad(f"include '{raw}' has an unknown kind",
                  f"use one of {', '.join(SUFFIXES)}")
    return target


def read_side_file(target: Path, shown: str, problems: list[Problem],
                   fields: list[str] | None = None,
                   pos: Pos | None = None) -> tuple[list[Any], Where]:
    """Rows of a side file, and where each row stood (keyed (row, ...))."""
    raw = _read(target, shown, pos)
    suffix = Path(shown).suffix.lower()  # the name included, not a link's target
    if suffix == ".jsonl":
        return read_jsonl(raw, shown, problems)
    if suffix == ".csv":
        from guidekit.spec.gold_csv import read_csv  # imported for CSV files only

        return read_csv(raw, shown, problems, fields or [])
    doc = read_yaml_text(shown, raw)
    problems.extend(doc.problems)
    if not isinstance(doc.data, list):
        pos = doc.where.at(())
        raise IncludeProblem(Problem(shown, pos.line, pos.col, "error",
                                     "include-shape",
                                     "side file must be a list of gold items"))
    return doc.data, doc.where


def _read(target: Path, shown: str, pos: Pos | None) -> bytes:
    try:
        return target.read_bytes()
    except OSError as exc:
        place = pos or Pos(shown, 1, 1)
        reason = (exc.strerror or str(exc)).lower()
        raise IncludeProblem(Problem(place.path, place.line, place.col, "error",
                                     "unreadable",
                                     f"cannot read included file '{shown}': "
                                     f"{reason}")) from None
