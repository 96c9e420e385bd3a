"""What guide templates see: plain, frozen records made from a spec.

The records hold only what an annotator may read. No gold item, gold
answer or rationale is ever put in them, so no template, shipped or a
team's own, can show one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """A reference to another part of the guide; `anchor` is None if absent."""

    text: str
    anchor: str | None


@dataclass(frozen=True)
class RuleView:
    id: str | None
    text: str
    anchor: str | None


@dataclass(frozen=True)
class LabelView:
    value: str
    title: str
    definition: str | None
    aliases: tuple[str, ...]
    rules: tuple[RuleView, ...]
    not_rules: tuple[RuleView, ...]
    confused_with: tuple[Link, ...]
    examples: tuple[Link, ...]
    anchor: str


@dataclass(frozen=True)
class FieldView:
    name: str
    title: str
    help: str | None


@dataclass(frozen=True)
class FieldText:
    name: str
    title: str
    text: str


@dataclass(frozen=True)
class ExampleView:
    id: str
    label_value: str
    label: Link
    fields: tuple[FieldText, ...]
    why: str | None
    anchor: str


@dataclass(frozen=True)
class SectionView:
    title: str
    body: str
    anchor: str


@dataclass(frozen=True)
class ChangeView:
    version: str
    date: str | None
    changes: tuple[str, ...]
    current: bool


@dataclass(frozen=True)
class GuideView:
    """The whole guide; templates get it as `guide`."""

    id: str
    title: str
    version: str
    summary: str | None
    kind: str
    question: str | None
    fields: tuple[FieldView, ...]
    labels: tuple[LabelView, ...]
    sections: tuple[SectionView, ...]
    examples: tuple[ExampleView, ...]
    changelog: tuple[ChangeView, ...]
