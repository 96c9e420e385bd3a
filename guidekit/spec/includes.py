"""Gold side files: read them in place of their `include:` entries.

Paths are confined to the spec's folder: no absolute paths, no `..`, no
links that lead outside. Rows keep their own file, line and column.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guidekit.problems import Level, Problem
from guidekit.spec.where import Pos, Where
from guidekit.spec.yamlread import YamlProblem, read_yaml_text

SUFFIXES = (".jsonl", ".yaml", ".yml")


class IncludeProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def expand_gold(data: dict[str, Any], where: Where, spec_path: Path,
                problems: list[Problem]) -> None:
    """Replace `{include: ...}` gold entries by the rows of their files."""
    gold = data.get("gold")
    if not isinstance(gold, list):
        return
    rows: list[Any] = []
    inline: dict[int, int] = {}
    sides: list[tuple[Where, int]] = []
    for index, entry in enumerate(gold):
        if isinstance(entry, dict) and "include" in entry:
            pos = where.at(("gold", index, "include"))
            found, side = _included(entry, pos, spec_path, problems)
            sides.append((side, len(rows)))
            rows.extend(found)
        else:
            inline[index] = len(rows)
            rows.append(entry)
    where.renumber(("gold",), inline)
    for side, first in sides:
        where.graft(side, ("gold",), first)
    data["gold"] = rows


def _included(entry: dict[str, Any], pos: Pos, spec_path: Path,
              problems: list[Problem]) -> tuple[list[Any], Where]:
    try:
        target = confined_path(entry.get("include"), spec_path.parent, pos)
        if not target.exists():
            raise IncludeProblem(_missing(entry, target, pos))
        shown = str(spec_path.parent / str(entry["include"]))
        return read_side_file(target, shown, problems)
    except (IncludeProblem, YamlProblem) as exc:
        problems.append(exc.problem)
        return [], Where()


def _missing(entry: dict[str, Any], target: Path, pos: Pos) -> Problem:
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
    if candidate.suffix not in SUFFIXES:
        raise bad(f"include '{raw}' has an unknown kind",
                  f"use one of {', '.join(SUFFIXES)}")
    target = (folder / candidate).resolve()
    if not target.is_relative_to(folder.resolve()):
        raise bad(f"include '{raw}' links outside the spec's folder")
    return target


def read_side_file(target: Path, shown: str,
                   problems: list[Problem]) -> tuple[list[Any], Where]:
    """Rows of a side file, and where each row stood (keyed (row, ...))."""
    raw = target.read_bytes()
    if target.suffix == ".jsonl":
        return _read_jsonl(raw, shown)
    doc = read_yaml_text(shown, raw)
    problems.extend(doc.problems)
    if not isinstance(doc.data, list):
        pos = doc.where.at(())
        raise IncludeProblem(Problem(shown, pos.line, pos.col, "error",
                                     "include-shape",
                                     "side file must be a list of gold items"))
    return doc.data, doc.where


def _read_jsonl(raw: bytes, shown: str) -> tuple[list[Any], Where]:
    where = Where()
    rows: list[Any] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"byte at offset {exc.start} is not UTF-8"
        raise IncludeProblem(
            Problem(shown, 1, 1, "error", "not-utf8", message)) from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line, object_pairs_hook=_no_duplicates)
        except json.JSONDecodeError as exc:
            raise IncludeProblem(Problem(shown, number, exc.colno, "error",
                                         "json-syntax", _lower(exc.msg))) from None
        except ValueError as exc:
            raise IncludeProblem(Problem(shown, number, 1, "error",
                                         "duplicate-key", str(exc))) from None
        _place(where, (len(rows),), row, Pos(shown, number, 1))
        rows.append(row)
    return rows, where


def _place(where: Where, path: tuple[Any, ...], value: Any, pos: Pos) -> None:
    where.put(path, pos)
    if isinstance(value, dict):
        for key, inner in value.items():
            _place(where, (*path, key), inner, pos)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key '{key}'")
        out[key] = value
    return out


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]
