"""Label Studio tasks as a batch: read the list, make planted tasks.

A tasks file is a JSON list of `{"data": {...}}` objects, optionally
with `predictions` (pre-labels). The id of a task is a field of its
`data` (as guidekit's Label Studio reader takes `data.id`); a top-level
`id` is refused, since Label Studio assigns its own on import and a
planted task would need one that fits. A planted task copies the data
fields of the first task; when the batch's tasks carry predictions, it
gets one too, shaped like the first prediction's choices result (its
`from_name`, `to_name` and `model_version`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guidekit.errors import InputError


def read_tasks(shown: str) -> list[dict[str, Any]]:
    """The tasks of a Label Studio tasks file; InputError says what is wrong."""
    try:
        tasks = json.loads(Path(shown).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(shown, None, "cannot read file: "
                         f"{(exc.strerror or str(exc)).lower()}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(shown, exc.lineno, f"invalid JSON: {exc.msg}") from exc
    if not isinstance(tasks, list):
        raise InputError(shown, None, "expected a JSON list of Label Studio tasks")
    for number, task in enumerate(tasks, start=1):
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise InputError(shown, None, f"task {number}: expected an object "
                             "with a 'data' object")
        if "id" in task:
            raise InputError(shown, None, f"task {number}: has a top-level 'id'; "
                             "Label Studio assigns those on import: remove it "
                             "and keep the item id in data")
    return tasks


def tasks_text(tasks: list[dict[str, Any]]) -> str:
    """A tasks file's text: indented JSON, UTF-8 kept as is."""
    return json.dumps(tasks, ensure_ascii=False, indent=2) + "\n"


def prediction_shape(tasks: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first prediction's choices result, as a template; None if none."""
    for task in tasks:
        for prediction in task.get("predictions") or ():
            for result in prediction.get("result") or ():
                if result.get("type") == "choices":
                    return {"model_version": prediction.get("model_version"),
                            "from_name": result.get("from_name"),
                            "to_name": result.get("to_name")}
    return None


def task_prelabel(task: dict[str, Any]) -> str | None:
    """A task's pre-label: the first choice of its first choices result."""
    for prediction in task.get("predictions") or ():
        for result in prediction.get("result") or ():
            choices = (result.get("value") or {}).get("choices") or ()
            if result.get("type") == "choices" and choices:
                return str(choices[0])
    return None


def planted_task(data: dict[str, Any], shape: dict[str, Any] | None,
                 prelabel: str | None) -> dict[str, Any]:
    """A task holding `data`, with a prediction of `prelabel` when shaped."""
    task: dict[str, Any] = {"data": data}
    if shape is not None and prelabel is not None:
        result = {"from_name": shape["from_name"], "to_name": shape["to_name"],
                  "type": "choices", "value": {"choices": [prelabel]}}
        prediction: dict[str, Any] = {"result": [result]}
        if shape["model_version"] is not None:
            prediction["model_version"] = shape["model_version"]
        task["predictions"] = [prediction]
    return task

