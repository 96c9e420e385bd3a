"""Label Studio JSON exports: a list of tasks, each with its annotations.

Each task is `{"id", "data": {...}, "annotations": [...], "predictions":
[...]}`. Every annotation gives one row: the annotator is `completed_by`
(a user id, or the `email` of a user object, else its `id`), the label
the single choice of its `choices` result. Where the item id comes from:
`--item-col NAME` names a field of `data` (dotted for nested fields);
left at its default, `data.id` is used if the task has one, else the
task's own `id`. `--annotator-col KEY` picks a key of the `completed_by`
object (or of the annotation), `--label-col NAME` the choices control
(`from_name`) when a config has several.

Cancelled annotations (`was_cancelled`) are left out and reported as
notes; annotations flagged `ground_truth` are scored like any other and
noted. Each prediction becomes a row too, with the annotator and the
agent its `model_version` and source "model", so models are scored like
people. A prediction's `score` (0..1) becomes the row's confidence, for
calibration: the `score` of the choices result itself wins when it has
one (it belongs to that very label), else the prediction's own `score`;
with neither, the row has no confidence. A score that is not a number
from 0 to 1 is a bad row, as a bad confidence is in a long file.
An annotation with no choice (empty `result`) is a bad row: an error,
or skipped with `--lenient`.

JSON has no rows, so every record is numbered by the line its task
starts on, and each reason names the position: "task 3 (id 17),
annotation 2". The file is read whole (an export is one JSON array).
A string guidekit reads (an id, an annotator, a choice, a model_version,
a from_name it names) that holds a lone surrogate escape such as
`\\ud800` is a bad row numbered by that string's own line; the task's
other fields (its text, say) are not read, so they are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from guidekit.scoring.columns import Columns
from guidekit.scoring.labelstudio_results import label_of, prediction_row
from guidekit.scoring.labelstudio_tasks import Place, tasks
from guidekit.scoring.rows import BadRow, Note, Row
from guidekit.scoring.toolrows import BadValue, checked, dig, kind, text, tool_row

Record = Row | BadRow | Note


def read_labelstudio(path: Path, shown: str, columns: Columns) -> Iterator[Record]:
    """Rows, bad rows and notes of one Label Studio JSON export."""
    with open(path, encoding="utf-8-sig") as handle:
        whole = handle.read()
    for place, task in tasks(shown, whole):
        yield from _task(place, task, columns)


def _task(place: Place, task: Any, columns: Columns) -> Iterator[Record]:
    where = f"task {place.number}"
    if not isinstance(task, dict):
        yield BadRow(place.shown, place.line, f"{where}: a JSON {kind(task)}, "
                     "not a task")
        return
    try:
        if "id" in task:
            where += f" (id {checked(task['id'], 'task id')})"
        item = _item(task, columns)
        annotations = _list(task, "annotations")
        predictions = _list(task, "predictions")
    except BadValue as exc:
        yield place.bad(where, exc)
        return
    for at, annotation in enumerate(annotations, start=1):
        yield from _annotation(place, f"{where}, annotation {at}", item,
                               annotation, columns)
    for at, prediction in enumerate(predictions, start=1):
        yield prediction_row(place, f"{where}, prediction {at}", item, prediction,
                             columns)


def _list(task: dict[str, Any], key: str) -> list[Any]:
    value = task.get(key, [])
    if not isinstance(value, list):
        raise BadValue(f"'{key}' is a JSON {kind(value)}, not a list")
    return value


def _item(task: dict[str, Any], columns: Columns) -> str | None:
    data = task.get("data")
    if not isinstance(data, dict):
        raise BadValue("no 'data' object")
    field = columns.given("item")
    if field is None:
        return (text(data["id"], "data field 'id'") if "id" in data
                else text(task.get("id"), "task id"))
    found, value = dig(data, field)
    if not found:
        raise BadValue(f"data has no field '{field}' for the item; name the "
                       "data field with --item-col")
    return text(value, f"data field '{field}'")


def _annotation(place: Place, where: str, item: str | None, annotation: Any,
                columns: Columns) -> Iterator[Record]:
    shown, line = place.shown, place.line
    if not isinstance(annotation, dict):
        yield BadRow(shown, line, f"{where}: a JSON {kind(annotation)}, "
                     "not an annotation")
        return
    try:
        annotator = _annotator(annotation, columns)
        if annotation.get("was_cancelled"):
            yield Note(shown, line, "cancelled", f"{where}: cancelled by "
                       f"'{annotator}'; left out")
            return
        label = label_of(annotation.get("result"), columns)
    except BadValue as exc:
        yield place.bad(where, exc)
        return
    if annotation.get("ground_truth"):
        yield Note(shown, line, "ground truth", f"{where}: marked ground truth "
                   f"by '{annotator}'; scored like any other answer")
    yield tool_row(shown, line, where, {"annotator": annotator, "item": item,
                                        "label": label})


def _annotator(annotation: dict[str, Any], columns: Columns) -> str | None:
    by, key = annotation.get("completed_by"), columns.given("annotator")
    if key is not None:
        found, value = dig(by if isinstance(by, dict) else annotation, key)
        if not found:
            raise BadValue(f"no key '{key}' for the annotator; name it with "
                           "--annotator-col")
        return text(value, f"annotator key '{key}'")
    if isinstance(by, dict):
        by = by.get("email") or by.get("id")
    return text(by, "completed_by")
