"""Feedback notes as Markdown and as an escaped HTML page.

A note holds the annotator id, the result against the pass mark, and on
a fail the rules (id, and its text when a spec is given) and labels to
re-read, most-missed first: what `guidekit.quiz.advice` found, nothing
more. Rule texts and label names come from the spec; in HTML every value
is escaped, in Markdown the annotator id and names are escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from guidekit.quiz.advice import Advice
from guidekit.spec.models import Spec

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~-])")


@dataclass(frozen=True)
class Names:
    """Rule texts and label names from the spec (empty without one)."""

    rules: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    rating: bool = False


def names_of(spec: Spec) -> Names:
    """Rule id -> text, and label value (or scale point) -> name."""
    rules = {rule.id: rule.text for label in spec.labels
             for rule in (*label.rules, *label.not_) if rule.id}
    labels = {lb.value: lb.name for lb in spec.labels}
    scale = spec.task.scale
    if spec.task.kind == "rating" and scale is not None:
        labels = {str(p): f"{p} ({scale.anchors.get(p, '')})".replace(" ()", "")
                  for p in scale.points()}
    return Names(rules, labels, spec.task.kind == "rating")


def note_name(annotator: str) -> str:
    """``feedback-<id>``, the id spelled as quiz.html spells file names."""
    return "feedback-" + (re.sub(r"[^A-Za-z0-9._-]+", "_", annotator).strip(".")
                          or "_")


def md_escape(text: str) -> str:
    """Text shown as it is in Markdown.

    >>> md_escape("a_b *c*")
    'a\\\\_b \\\\*c\\\\*'
    """
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def headline(advice: Advice) -> str:
    """The result in one sentence."""
    share = f"{advice.right} of {advice.questions} right"
    mark = f"the pass mark is {advice.pass_mark:.0%}"
    if advice.passed:
        return f"You passed: {share}; {mark}. Thank you."
    return (f"You did not pass this time: {share}; {mark}. Re-read the parts "
            "of the guide below, then try again.")


def markdown_note(advice: Advice, names: Names, *, title: str = "Quiz") -> str:
    """The note as Markdown."""
    lines = [f"# {md_escape(title)}: {md_escape(advice.annotator)}", "",
             headline(advice), ""]
    if advice.passed:
        return "\n".join(lines)
    if advice.rules:
        lines += ["## Rules to re-read", ""]
        lines += [f"- `{rule}` {names.rules.get(rule, '')}".rstrip()
                  for rule in advice.rules] + [""]
    if advice.labels:
        lines += [f"## {_label_head(names)} to re-read", ""]
        lines += [f"- {_label(names, value, md_escape)}" for value in advice.labels]
        lines.append("")
    return "\n".join(lines)


def html_note(advice: Advice, names: Names, *, title: str = "Quiz") -> str:
    """The note as a small self-contained HTML page, every value escaped."""
    esc = html.escape
    parts = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{esc(title)}: {esc(advice.annotator)}</title></head><body>",
             f"<h1>{esc(title)}: {esc(advice.annotator)}</h1>",
             f"<p>{esc(headline(advice))}</p>"]
    if not advice.passed and advice.rules:
        parts += ["<h2>Rules to re-read</h2>", "<ul>"] + [
            f"<li><code>{esc(r)}</code> {esc(names.rules.get(r, ''))}</li>"
            for r in advice.rules] + ["</ul>"]
    if not advice.passed and advice.labels:
        parts += [f"<h2>{_label_head(names)} to re-read</h2>", "<ul>"] + [
            f"<li>{_label(names, v, esc)}</li>" for v in advice.labels] + ["</ul>"]
    return "\n".join(parts + ["</body></html>", ""])


def _label_head(names: Names) -> str:
    return "Scale points" if names.rating else "Labels"


def _label(names: Names, value: str, escape: Callable[[str], str]) -> str:
    name = names.labels.get(value)
    if name is None or name == value:
        return escape(value)
    return escape(name) if names.rating else f"{escape(name)} ({escape(value)})"
