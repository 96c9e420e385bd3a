"""Typed answers turned into the label shapes quiz.html saves.

The shapes (templates/quiz/kinds.js): single_label a label value;
multi_label a list of label values in the spec's order; rating the scale
point as a string; span a list of ``{"start", "end", "label"}`` with
code-point offsets into the text field, end exclusive, sorted by start.
A choice is typed as its number in the list shown or as its value.
"""

from __future__ import annotations

import re
from typing import Any

from guidekit.errors import GuidekitError
from guidekit.quiz.takeform import Choice, TakeForm

SPAN_ENTRY = re.compile(r"(\d+):(\d+):(.+)")
SEPARATORS = re.compile(r"[\s,;]+")


class AnswerError(GuidekitError):
    """A typed answer that is not one: says what was expected."""


def parse_answer(form: TakeForm, question: dict[str, Any], text: str) -> Any:
    """The answer `text` stands for, in the saved shape; AnswerError if none.

    >>> from guidekit.quiz.takeform import Choice, TakeForm
    >>> form = TakeForm("q", "1", "single_label", False, "?", (),
    ...                 (Choice("yes", "Yes"), Choice("no", "No")), (), ({},))
    >>> parse_answer(form, {}, "2"), parse_answer(form, {}, "yes")
    ('no', 'yes')
    """
    text = text.strip()
    if form.kind == "multi_label":
        return _several(form, text)
    if form.kind == "span":
        return parse_spans(form, question, text)
    return pick(form.choices, text)


def nothing(form: TakeForm) -> list[Any]:
    """The empty answer (`/none`), where the task allows one."""
    if form.kind == "span" or (form.kind == "multi_label" and form.min_choices == 0):
        return []
    raise AnswerError("this task needs an answer; /none is for span tasks and "
                      "multi_label tasks that allow no label")


def pick(choices: tuple[Choice, ...], token: str) -> str:
    """One choice by its number (from 1) or its value (case ignored if unique)."""
    if token.isdigit() and 1 <= int(token) <= len(choices) and not any(
            c.value == token for c in choices):
        return choices[int(token) - 1].value
    exact = [c.value for c in choices if c.value == token]
    loose = [c.value for c in choices if c.value.casefold() == token.casefold()]
    found = exact or (loose if len(loose) == 1 else [])
    if found:
        return found[0]
    shown = ", ".join(f"{n} {c.value}" for n, c in enumerate(choices, start=1))
    raise AnswerError(f"'{token}' is not a choice; type a number or a value ({shown})")


def _several(form: TakeForm, text: str) -> list[str]:
    tokens = [t for t in SEPARATORS.split(text) if t]
    chosen = {pick(form.labels, token) for token in tokens}
    if not form.min_choices <= len(chosen) <= form.max_choices:
        raise AnswerError(f"choose {_range(form)} label(s), got {len(chosen)}")
    return [c.value for c in form.labels if c.value in chosen]


def _range(form: TakeForm) -> str:
    if form.min_choices == form.max_choices:
        return str(form.min_choices)
    return f"{form.min_choices} to {form.max_choices}"


def parse_spans(form: TakeForm, question: dict[str, Any],
                text: str) -> list[dict[str, Any]]:
    """``start:end:label`` entries, checked against the text field."""
    size = len(str(question["item"].get(form.text_field or "", "")))
    spans: list[dict[str, Any]] = []
    for entry in (t for t in SEPARATORS.split(text) if t):
        span = _span(form, entry, size)
        if any(_clash(form.overlap, old, span) for old in spans):
            raise AnswerError(f"'{entry}' overlaps another entry in a way this task "
                              f"does not allow (overlap: {form.overlap})")
        spans.append(span)
    if not spans:
        raise AnswerError("type start:end:label entries, or /none for nothing")
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def _span(form: TakeForm, entry: str, size: int) -> dict[str, Any]:
    match = SPAN_ENTRY.fullmatch(entry)
    if match is None:
        raise AnswerError(f"'{entry}' is not start:end:label (e.g. 0:4:"
                          f"{form.labels[0].value})")
    start, end = int(match[1]), int(match[2])
    if not 0 <= start < end <= size:
        raise AnswerError(f"'{entry}': offsets must satisfy 0 <= start < end <= "
                          f"{size} (the text's length in characters)")
    return {"start": start, "end": end, "label": pick(form.labels, match[3])}


def _clash(rule: str, old: dict[str, Any], new: dict[str, Any]) -> bool:
    if (old["start"], old["end"], old["label"]) == (
            new["start"], new["end"], new["label"]):
        return True
    a, b, c, d = int(old["start"]), int(old["end"]), int(new["start"]), int(new["end"])
    overlap = a < d and c < b
    inside = (a <= c and d <= b) or (c <= a and b <= d)
    if rule == "forbid":
        return overlap
    return rule == "nested" and overlap and not inside
