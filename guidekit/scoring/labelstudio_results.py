"""Label Studio results: the one choice of a result list, and prediction rows.

A result list holds one entry per control; a single-label task reads the
one `choices` entry (of the `--label-col` control when a config has
several) and its single choice. A prediction becomes a row from its
`model_version`, source "model", with its score as the confidence: the
choices result's own `score` wins over the prediction's `score` (see
guidekit.scoring.labelstudio).
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from typing import Any

from guidekit.scoring.columns import Columns
from guidekit.scoring.labelstudio_tasks import Place
from guidekit.scoring.rows import BadRow, Row
from guidekit.scoring.toolrows import BadValue, checked, kind, text, tool_row


def prediction_row(place: Place, where: str, item: str | None,
                   prediction: Any, columns: Columns) -> Row | BadRow:
    """The row of one prediction: model_version as annotator and agent."""
    if not isinstance(prediction, dict):
        return BadRow(place.shown, place.line, f"{where}: a JSON "
                      f"{kind(prediction)}, not a prediction object")
    try:
        model = text(prediction.get("model_version"), "model_version")
        found = choices_result(prediction.get("result"), columns)
        label = choice(found)
        own = found.get("score")
        confidence = score_of(prediction.get("score") if own is None else own)
    except BadValue as exc:
        return place.bad(where, exc)
    row = tool_row(place.shown, place.line, f"{where} (model_version)",
                   {"annotator": model, "item": item, "label": label}, "model")
    return row if isinstance(row, BadRow) else replace(
        row, agent=row.annotator, confidence=confidence)


def score_of(value: Any) -> float | None:
    """A prediction score as a confidence in 0..1, None if absent, else BadValue."""
    if value is None:
        return None
    number = (float(value) if isinstance(value, (int, float))
              and not isinstance(value, bool) else math.nan)
    if not 0.0 <= number <= 1.0:
        raise BadValue(f"score {json.dumps(value)} is not a number from 0 to 1; "
                       "a prediction score is read as the model's confidence")
    return number


def label_of(result: Any, columns: Columns) -> str | None:
    """The one choice in `result`, or BadValue saying why there is not one."""
    return choice(choices_result(result, columns))


def choices_result(result: Any, columns: Columns) -> dict[str, Any]:
    """The one choices result in `result`, or BadValue saying why not one."""
    if not isinstance(result, list) or not result:
        raise BadValue("empty result: no choice was made")
    control = columns.given("label")
    picked = [r for r in result if isinstance(r, dict) and r.get("type") == "choices"
              and control in (None, r.get("from_name"))]
    if len(picked) != 1:
        names = sorted({str(checked(r.get("from_name"), "from_name"))
                        for r in picked})
        what = f"{len(picked)} choices results ({', '.join(names)})"
        hint = "; name the control with --label-col" if picked else ""
        raise BadValue(f"{what if picked else 'no choices result'}{hint}")
    found: dict[str, Any] = picked[0]
    return found


def choice(result: dict[str, Any]) -> str | None:
    """The single choice of a choices result, or BadValue."""
    value = result.get("value")
    choices = value.get("choices") if isinstance(value, dict) else None
    if not isinstance(choices, list) or len(choices) != 1:
        count = len(choices) if isinstance(choices, list) else 0
        raise BadValue(f"{count} choices given; a single-label task takes one")
    return text(choices[0], "choice")
