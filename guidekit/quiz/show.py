"""A quiz question, an answer and practice feedback as lines for a terminal.

Text from the spec is data: control characters (an escape sequence in an
item would drive the terminal) are shown as ``\\x1b``-style escapes;
newlines and tabs are kept.
"""

from __future__ import annotations

import re
from typing import Any

from guidekit.quiz.judge import is_right
from guidekit.quiz.takeform import TakeForm

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: object) -> str:
    """`text` with control characters made visible.

    >>> printable("a\\x1b[31mb")
    'a\\\\x1b[31mb'
    """
    return CONTROL.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"),
                       str(text))


def question_lines(form: TakeForm, question: dict[str, Any]) -> list[str]:
    """The question as the page shows it: fields, the prompt, the choices."""
    lines = [f"Question {question['position']} of {len(form.questions)}"]
    for field in form.fields:
        if field["name"] in question["item"]:
            lines += _field(form, field, str(question["item"][field["name"]]))
    lines.append(printable(form.prompt))
    for n, choice in enumerate(form.choices, start=1):
        anchor = f" - {printable(choice.text)}" if choice.text else ""
        lines.append(f"  {n}) {printable(choice.title)}{anchor}")
    return lines + _how(form)


def _how(form: TakeForm) -> list[str]:
    if form.kind == "span":
        return ["(type start:end:label entries, offsets in characters from 0, "
                "end exclusive, e.g. 0:4:1; /none if nothing to mark)"]
    if form.kind == "multi_label":
        return [f"(type {form.min_choices} to {form.max_choices} numbers or "
                "values" + (", or /none" if form.min_choices == 0 else "") + ")"]
    return []


def _field(form: TakeForm, field: dict[str, str], text: str) -> list[str]:
    head = printable(field.get("title") or field["name"])
    helps = [f"  ({printable(field['help'])})"] if field.get("help") else []
    body = [f"  {printable(line)}" for line in text.split("\n")]
    if form.kind == "span" and field["name"] == form.text_field:
        body = [f"  {printable(text)}", f"  {ruler(len(text))}"]
    return [f"{head}:", *helps, *body]


def ruler(size: int) -> str:
    """Offsets every ten characters, to help type start:end spans.

    >>> ruler(12)
    '0         10'
    """
    marks = ""
    for at in range(0, size + 1, 10):
        marks = marks.ljust(at) + str(at)
    return marks


def describe(form: TakeForm, question: dict[str, Any], value: Any) -> str:
    """An answer in words, as the page says it."""
    if form.kind == "multi_label":
        return ", ".join(printable(form.title_of(v)) for v in value) or (
            "none of the labels")
    if form.kind == "span":
        text = str(question["item"].get(form.text_field or "", ""))
        return "; ".join(f"\u201c{printable(text[s['start']:s['end']])}\u201d "
                         f"{printable(form.title_of(s['label']))} "
                         f"({s['start']}:{s['end']})"
                         for s in value) or "nothing to mark"
    if form.kind == "rating":
        point = next((c for c in form.scale if c.value == value), None)
        return f"{value} ({printable(point.text)})" if point else str(value)
    return printable(form.title_of(str(value)))


def feedback_lines(form: TakeForm, question: dict[str, Any], value: Any) -> list[str]:
    """A practice question's verdict, answer, rationale and rules."""
    gold = question.get("feedback")
    if not form.practice or not isinstance(gold, dict):
        return []
    right = is_right(form.kind, gold["answer"], gold.get("also", []), value)
    lines = ["Right." if right else "Not right.",
             f"The answer: {describe(form, question, gold['answer'])}"]
    if gold.get("also"):
        titles = ", ".join(printable(form.title_of(v)) for v in gold["also"])
        lines.append(f"Also accepted: {titles}")
    if gold.get("rationale"):
        lines.append(printable(gold["rationale"]))
    rules = gold.get("rules") or []
    if rules:
        lines.append("Rules it tests:")
        lines += [f"  {printable(r['id'])} {printable(r.get('text', ''))}".rstrip()
                  for r in rules]
    return lines
