"""Gold items as Label Studio tasks, each with its answer as ground truth.

A task is `{"data": {"id": gold id, field: text, ...}, "annotations":
[{"ground_truth": true, "result": [...]}]}`: guidekit's own Label Studio
reader takes `data.id` as the item, so an export of the project scores
against the spec. The result has the shape the config's control
(labelstudio_config) writes: `choices` (single_label, multi_label, a
rating on a Choices control), `rating`, or one `labels` region per span.
The annotation names no `completed_by`: Label Studio sets the importing
user. These files hold answers: they are for the lead, not annotators.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from guidekit.export.labelstudio_config import (
    control_name,
    target_name,
    uses_rating_tag,
)
from guidekit.spec.models import GoldItem, Spec


def gold_tasks(spec: Spec, items: Sequence[GoldItem]) -> list[dict[str, Any]]:
    """One task per gold item, in the given order."""
    return [{"data": {"id": item.id, **item.item},
             "annotations": [{"ground_truth": True,
                              "result": answer_result(spec, item)}]}
            for item in items]


def tasks_json(tasks: list[dict[str, Any]]) -> str:
    """A tasks file's text."""
    return json.dumps(tasks, ensure_ascii=False, indent=2) + "\n"


def answer_result(spec: Spec, item: GoldItem) -> list[dict[str, Any]]:
    """The result list of the item's gold answer, for the spec's config."""
    names = {"from_name": control_name(spec), "to_name": target_name(spec)}
    kind = spec.task.kind
    if kind == "span":
        return [{**names, "id": f"span{n}", "type": "labels",
                 "value": {"start": span.start, "end": span.end,
                           "text": item.item[names["to_name"]][span.start:span.end],
                           "labels": [span.label]}}
                for n, span in enumerate(item.spans or (), start=1)]
    if kind == "rating":
        if uses_rating_tag(spec):
            return [{**names, "type": "rating", "value": {"rating": item.rating}}]
        return [{**names, "type": "choices",
                 "value": {"choices": [str(item.rating)]}}]
    chosen = item.labels or [] if kind == "multi_label" else [item.label]
    return [{**names, "type": "choices", "value": {"choices": chosen}}]
