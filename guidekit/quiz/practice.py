"""What a quiz page needs beyond the items: the task's settings and, for a
practice quiz only, each item's answer, rationale and rules.

A qualification form carries `task_settings` and nothing from the gold
beyond the items themselves. A practice form adds `feedback` to every
question, so the page can say after each answer whether it was right;
such a form is built only from the practice pool (`guidekit.quiz.forms`).
"""

from __future__ import annotations

from typing import Any

from guidekit.spec.models import GoldItem, Spec

DEFAULT_QUESTION = "Which label fits this item?"
KIND_QUESTIONS = {
    "multi_label": "Which labels apply to this item?",
    "span": "Mark each stretch of the text that a label names.",
    "rating": "Which point of the scale fits this item?",
}


def task_settings(spec: Spec) -> dict[str, Any]:
    """The task as the page shows it: question, fields and how to answer."""
    task = spec.task
    fewest, most = spec.choice_range()
    question = task.question or KIND_QUESTIONS.get(task.kind, DEFAULT_QUESTION)
    settings: dict[str, Any] = {
        "kind": task.kind,
        "question": question,
        "fields": [{"name": f.name, "title": f.title or f.name}
                   | ({"help": f.help} if f.help else {})
                   for f in task.fields],
    }
    if task.kind == "multi_label":
        settings |= {"min_choices": fewest, "max_choices": most}
    if task.kind == "span":
        settings |= {"text_field": task.text_field, "overlap": task.overlap}
    if task.kind == "rating" and task.scale is not None:
        settings["scale"] = [{"point": p, "text": task.scale.anchors.get(p, "")}
                             for p in task.scale.points()]
    return settings


def feedback(spec: Spec, item: GoldItem) -> dict[str, Any]:
    """A practice item's answer, what else is accepted, why, and its rules."""
    texts = {rule.id: rule.text for label in spec.labels
             for rule in (*label.rules, *label.not_) if rule.id}
    return {
        "answer": answer(spec, item),
        "also": list(item.also),
        "rationale": item.rationale or "",
        "rules": [{"id": rid, "text": texts.get(rid, "")} for rid in item.rules],
    }


def answer(spec: Spec, item: GoldItem) -> Any:
    """The gold answer in the shape the page saves it (see quiz.js)."""
    kind = spec.task.kind
    if kind == "multi_label":
        return list(item.labels or [])
    if kind == "span":
        return [{"start": s.start, "end": s.end, "label": s.label}
                for s in item.spans or []]
    if kind == "rating":
        return None if item.rating is None else str(item.rating)
    return item.label
