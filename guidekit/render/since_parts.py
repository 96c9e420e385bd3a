"""Task, example, section and title changes, in an annotator's words."""

from __future__ import annotations

from guidekit.render.since_labels import Sides, Words, q
from guidekit.render.views import Link, SinceLine
from guidekit.spec.changes import Change


def _answering(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"How you answer changed: {s.guide.instruction}")


def _question(c: Change, s: Sides) -> SinceLine:
    return SinceLine("The question you answer changed.", None, c.old or None,
                     c.new or None)


def _field_name(c: Change, s: Sides) -> str:
    spec = s.old if c.side == "old" else s.new
    field = spec.task.fields[c.at[2]]
    return q(field.title or field.name)


def _field_added(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"Items now show a new field: {_field_name(c, s)}.")


def _field_removed(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"Items no longer show the field {_field_name(c, s)}.")


def _field_wording(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"The description of the field {_field_name(c, s)} changed.")


def _scale(c: Change, s: Sides) -> SinceLine:
    return SinceLine("The rating scale changed: see the scale under The task.")


def _scale_wording(c: Change, s: Sides) -> SinceLine:
    return SinceLine("What the points of the rating scale mean was reworded.")


def _setting(c: Change, s: Sides) -> SinceLine:
    return SinceLine("How items are set out changed: read The task again.")


def _example(verb: str) -> Words:
    def words(c: Change, s: Sides) -> SinceLine:
        spec = s.old if c.side == "old" else s.new
        shown = spec.examples[c.at[1]].id
        link = None
        if c.side == "new":
            view = s.guide.examples[c.at[1]]
            link = Link(f"Example {view.id}", view.anchor)
        return SinceLine(verb.format(q(shown)), link)
    return words


def _section(verb: str) -> Words:
    def words(c: Change, s: Sides) -> SinceLine:
        spec = s.old if c.side == "old" else s.new
        title = spec.sections[c.at[1]].title
        link = None
        if c.side == "new":
            view = s.guide.sections[c.at[1]]
            link = Link(view.title, view.anchor)
        return SinceLine(verb.format(q(title)), link, c.old, c.new)
    return words


def _title(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"The guideline is now called {q(s.new.title)}.")


def _summary(c: Change, s: Sides) -> SinceLine:
    return SinceLine("The introduction at the top was rewritten.", None,
                     c.old or None, c.new or None)


PART_WORDS: dict[str, Words] = {
    "task-kind-changed": _answering, "task-choices-changed": _answering,
    "task-overlap-changed": _answering, "task-question-changed": _question,
    "task-field-added": _field_added, "task-field-removed": _field_removed,
    "task-field-wording": _field_wording, "task-scale-changed": _scale,
    "task-scale-wording": _scale_wording, "task-setting-changed": _setting,
    "example-added": _example("New example {}."),
    "example-removed": _example("Example {} was removed."),
    "example-changed": _example("Example {} changed."),
    "section-added": _section("New section: {}."),
    "section-removed": _section("The section {} was removed."),
    "section-changed": _section("The section {} was rewritten."),
    "title-changed": _title, "summary-changed": _summary,
}
