"""Label and rule changes since an older version, in an annotator's words.

Every sentence is made here from the two specs and the guide's anchors;
the diff's own messages are never shown, so nothing but labels, rules
and definitions is named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from guidekit.render.views import GuideView, Link, SinceLine
from guidekit.spec.changes import Change
from guidekit.spec.models import Label, Rule, Spec
from guidekit.spec.renames import match_labels


@dataclass(frozen=True)
class Sides:
    """The old and new spec, and the guide rendered from the new one."""

    old: Spec
    new: Spec
    guide: GuideView

    def label(self, change: Change) -> Label:
        spec = self.old if change.side == "old" else self.new
        label: Label = spec.labels[change.at[1]]
        return label

    def link(self, change: Change) -> Link | None:
        if change.side == "old":
            return None
        card = self.guide.labels[change.at[1]]
        return Link(card.title, card.anchor)

    def rule(self, change: Change) -> Rule:
        label, part, j = self.label(change), change.at[2], change.at[3]
        rule: Rule = (label.not_ if part == "not" else label.rules)[j]
        return rule

    def rule_link(self, change: Change) -> Link | None:
        if change.side == "old":
            return None
        card = self.guide.labels[change.at[1]]
        views = card.not_rules if change.at[2] == "not" else card.rules
        view = views[change.at[3]]
        return Link(view.id or card.title, view.anchor)


Words = Callable[[Change, Sides], SinceLine | None]


def q(text: object) -> str:
    return f"“{' '.join(str(text).split())}”"


def _added(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"New label: {q(s.label(c).name)}.", s.link(c))


def _removed(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"The label {q(s.label(c).name)} was removed.")


def _renamed(c: Change, s: Sides) -> SinceLine:
    now = s.label(c)
    was = _old_label(s, now)
    stored = f"stored as {q(now.value)}"
    if was is None or was.name == now.name:
        return SinceLine(f"The label {q(now.name)} is now {stored}.", s.link(c))
    return SinceLine(f"The label {q(was.name)} is now {q(now.name)} ({stored}).",
                     s.link(c))


def _retitled(c: Change, s: Sides) -> SinceLine | None:
    now = s.label(c)
    was = _old_label(s, now)
    if was is None or was.value != now.value:
        return None  # said with the rename
    return SinceLine(f"The label {q(was.name)} is now called {q(now.name)}.",
                     s.link(c))


def _defined(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"The definition of {q(s.label(c).name)} changed.",
                     s.link(c), c.old or None, c.new or None)


def _confusions(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"The labels that {q(s.label(c).name)} is often confused "
                     "with changed.", s.link(c))


def _rule_name(c: Change, s: Sides) -> str:
    rule = s.rule(c)
    kind = "“when not to choose it” entry" if c.at[2] == "not" else "rule"
    return f"{kind} {rule.id}" if rule.id else kind


def _rule_added(c: Change, s: Sides) -> SinceLine:
    return SinceLine(f"New {_rule_name(c, s)} for {q(s.label(c).name)}.",
                     s.rule_link(c), None, s.rule(c).text)


def _rule_removed(c: Change, s: Sides) -> SinceLine:
    text = _rule_name(c, s)
    return SinceLine(f"{text[0].upper()}{text[1:]} of {q(s.label(c).name)} "
                     "was removed.", None, s.rule(c).text)


def _rule_moved(c: Change, s: Sides) -> SinceLine:
    where = " as a “when not to choose it” entry" if c.at[2] == "not" else ""
    return SinceLine(f"Rule {s.rule(c).id} now belongs to {q(s.label(c).name)}"
                     f"{where}.", s.rule_link(c))


def _rule_reworded(c: Change, s: Sides) -> SinceLine:
    text = _rule_name(c, s)
    return SinceLine(f"{text[0].upper()}{text[1:]} of {q(s.label(c).name)} "
                     "was reworded.", s.rule_link(c), c.old, c.new)


def _old_label(s: Sides, now: Label) -> Label | None:
    mapping, _ = match_labels(s.old.labels, s.new.labels)
    return next((s.old.label(o) for o, n in mapping.items() if n == now.value), None)


LABEL_WORDS: dict[str, Words] = {
    "label-added": _added, "label-removed": _removed, "label-renamed": _renamed,
    "label-title-changed": _retitled, "definition-changed": _defined,
    "confused-with-changed": _confusions, "rule-added": _rule_added,
    "rule-removed": _rule_removed, "rule-moved": _rule_moved,
    "rule-text-changed": _rule_reworded,
}
