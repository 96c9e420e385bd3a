"""Spec format guidekit/v1 as pydantic models: the one data model.

The JSON Schema that `guidekit schema` prints is made from these classes,
so a field's description here is what an author sees in the editor.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TaskKind = Literal["single_label", "multi_label", "span", "rating"]
Overlap = Literal["forbid", "nested", "allow"]
Difficulty = Literal["easy", "medium", "hard"]
Pool = Literal["exam", "practice", "honeypot"]
Source = Literal["human", "model", "llm", "rule", "synthetic"]
Stratum = Literal["label", "difficulty"]
LintLevel = Literal["error", "warning", "off"]
DEFAULT_STRATA: tuple[Stratum, ...] = ("label",)
SPEC_FORMAT = "guidekit/v1"
ANSWER_KEYS: dict[str, str] = {"single_label": "label", "multi_label": "labels",
                               "span": "spans", "rating": "rating"}
"""The key an example's or gold item's answer goes in, by task kind."""
LABEL_KINDS = ("single_label", "multi_label", "span")
"""Task kinds whose answers name labels; a rating is a point of the scale."""


class Strict(BaseModel):
    """Base: unknown keys are errors, so a typo never goes unnoticed."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class ItemField(Strict):
    name: str = Field(description="Key of this field in every item.")
    title: str | None = Field(None, description="Heading shown to annotators.")
    help: str | None = Field(None, description="A line of help under the heading.")


class Scale(Strict):
    """A rating task's ordinal scale: whole-number points min..max."""

    min: int = Field(description="The lowest point.")
    max: int = Field(description="The highest point; above min.")
    anchors: dict[int, str] = Field(
        default_factory=dict,
        description="Point to what it means; every point from min to max has one.",
        json_schema_extra={"propertyNames": {"pattern": "^-?[0-9]+$"}},
    )

    def points(self) -> range:
        return range(self.min, self.max + 1)


class Task(Strict):
    """What is asked, and how it is answered.

    Settings beyond kind, fields and question belong to one kind each:
    min_choices and max_choices to multi_label, text_field and overlap to
    span, scale to rating (the check `task-settings` says so).
    """

    kind: TaskKind = Field(
        "single_label",
        description="single_label: one label per item (answer key `label`); "
        "multi_label: a set of labels (`labels`); span: labelled stretches of "
        "one text field (`spans`); rating: a point of a scale (`rating`).",
    )
    fields: list[ItemField] = Field(
        min_length=1, description="What one item shows the annotator, in order."
    )
    question: str | None = Field(None, description="The question asked per item.")
    min_choices: int = Field(
        1, ge=0, description="multi_label: fewest labels an answer has (0: none "
        "may apply).")
    max_choices: int | None = Field(
        None, ge=1, description="multi_label: most labels an answer has "
        "[default: the number of labels].")
    text_field: str | None = Field(
        None, description="span: the task field whose text span offsets count in.")
    overlap: Overlap = Field(
        "forbid", description="span: forbid (no two spans share a character), "
        "nested (one may lie inside another, none may cross) or allow (any).")
    scale: Scale | None = Field(None, description="rating: the scale (required).")

    @property
    def answer_key(self) -> str:
        return ANSWER_KEYS[self.kind]


class Rule(Strict):
    id: str | None = Field(None, description="Stable id such as R7, unique in a spec.")
    text: str = Field(description="The rule, in Markdown.")


class Label(Strict):
    value: str = Field(description="The stored value; always a string.")
    title: str | None = Field(None, description="Name shown to annotators.")
    definition: str | None = Field(None, description="What the label means (Markdown).")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other spellings submissions may use, such as '1' or 'TRUE'.",
    )
    rules: list[Rule] = Field(default_factory=list, description="When to choose it.")
    not_: list[Rule] = Field(
        default_factory=list,
        alias="not",
        description="When not to choose it, and what to choose instead.",
    )
    confused_with: list[str] = Field(
        default_factory=list, description="Label values people mix this one up with."
    )

    @property
    def name(self) -> str:
        return self.title or self.value


class Section(Strict):
    title: str
    body: str = Field(description="Markdown.")


class Span(Strict):
    """A labelled stretch of the task's text field: text[start:end].

    Offsets count Unicode code points (Python str indices) from 0 in the
    field's text as loaded, that is after YAML has folded block scalars
    and read escapes; end is exclusive, so 0 <= start < end <= len(text).
    """

    start: int = Field(description="Offset of the first character, from 0.")
    end: int = Field(description="Offset just past the last character.")
    label: str = Field(description="A label value.")
    text: str | None = Field(
        None, description="The covered text, quoted as a check: must equal "
        "text[start:end].")


class Answered(Strict):
    """An item with its answer, under the key its task kind uses (ANSWER_KEYS).

    Exactly one answer key is set; the check `answer-shape` says which.
    """

    id: str
    item: dict[str, str] = Field(description="Field name to text, as in task.fields.")
    label: str | None = Field(None, description="single_label: the label value.")
    labels: list[str] | None = Field(
        None, description="multi_label: every label that applies, each once.")
    spans: list[Span] | None = Field(
        None, description="span: the labelled stretches of task.text_field.")
    rating: int | None = Field(None, description="rating: a point of task.scale.")

    def answer_keys(self) -> list[str]:
        """The answer keys that are set, in ANSWER_KEYS order."""
        values = (self.label, self.labels, self.spans, self.rating)
        return [key for key, value in zip(ANSWER_KEYS.values(), values, strict=True)
                if value is not None]

    def answer_labels(self) -> list[str]:
        """Every label value the answer names: label, labels, span labels."""
        found = [self.label] if self.label is not None else []
        found += self.labels or []
        return found + [span.label for span in self.spans or ()]


class Example(Answered):
    """An item the guide shows with its answer; never quizzed or scored."""

    why: str | None = Field(None, description="Why this answer (Markdown).")


class Provenance(Strict):
    source: Source = "human"
    author: str | None = None
    agent: str | None = Field(None, description="Model or rule that made it.")
    agent_version: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    created: str | None = None
    confidence: float | None = Field(None, ge=0, le=1)


class GoldItem(Answered):
    """A hidden item with its right answer; submissions name it by its id."""

    also: list[str] = Field(
        default_factory=list,
        description="single_label: other label values that are also right; "
        "multi_label: labels an answer may have or leave out. Not used by span "
        "and rating tasks.",
    )
    rules: list[str] = Field(default_factory=list, description="Rule ids it tests.")
    rationale: str | None = Field(None, description="Why; never shown in an exam.")
    difficulty: Difficulty | None = None
    pool: Pool = "exam"
    tags: list[str] = Field(default_factory=list)
    provenance: Provenance | None = None


class GoldInclude(Strict):
    include: str = Field(
        description="Side file of gold items (.yaml, .jsonl or .csv), relative "
        "to the spec."
    )
    optional: bool = Field(
        False, description="A missing file is a warning, not an error."
    )


class Quiz(Strict):
    questions: int = Field(20, ge=1)
    pass_: float = Field(0.8, alias="pass", ge=0, le=1)
    stratify: list[Stratum] = Field(default_factory=lambda: list(DEFAULT_STRATA))
    seed: int = 0


class Thresholds(Strict):
    accuracy: float | None = Field(None, ge=0, le=1)
    kappa: float | None = Field(None, ge=-1, le=1)


class Scoring(Strict):
    pass_: Thresholds = Field(default_factory=Thresholds, alias="pass")
    min_gold: int = Field(10, ge=1, description="Fewer answered: no verdict.")
    min_gold_per_label: int = Field(
        5, ge=1,
        description="Fewer gold items for a label: a gold-coverage warning.",
    )


class ChangelogEntry(Strict):
    version: str
    date: str | None = None
    changes: list[str] = Field(default_factory=list)


class Spec(Strict):
    """A whole guideline, with the gold side files already read in."""

    spec: Literal["guidekit/v1"] = Field(description="Format of this file.")
    id: str = Field(description="Stable slug of the guideline.")
    title: str
    version: str = Field(description="The guideline's own semver, as a string.")
    summary: str | None = Field(None, description="Markdown, top of the guide.")
    task: Task
    labels: list[Label] = Field(
        default_factory=list,
        description="The labels, at least one; rating tasks use scale instead.",
    )
    sections: list[Section] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)
    gold: list[GoldItem] = Field(default_factory=list)
    quiz: Quiz = Field(default_factory=Quiz)
    scoring: Scoring = Field(default_factory=Scoring)
    changelog: list[ChangelogEntry] = Field(default_factory=list)
    lint: dict[str, LintLevel] = Field(
        default_factory=dict,
        description="Check code to level (error, warning, off); "
        "see `guidekit checks`.",
        # YAML 1.1 tools read an unquoted `off` as false; it means off there too.
        json_schema_extra={"additionalProperties": {"anyOf": [
            {"enum": ["error", "warning", "off"]}, {"const": False}]}},
    )

    def label_values(self) -> list[str]:
        return [label.value for label in self.labels]

    def label(self, value: str) -> Label | None:
        return next((lb for lb in self.labels if lb.value == value), None)

    def field_names(self) -> list[str]:
        return [f.name for f in self.task.fields]

    def choice_range(self) -> tuple[int, int]:
        """A multi_label answer's fewest and most labels."""
        task = self.task
        most = len(self.labels) if task.max_choices is None else task.max_choices
        return task.min_choices, most


class SpecFile(Spec):
    """The file as written: gold entries may be side-file includes."""

    # The file's gold is wider than the loaded one; pydantic allows the
    # override, mypy cannot know it is only used for the exported schema.
    gold: list[GoldItem | GoldInclude] = Field(  # type: ignore[assignment]
        default_factory=list,
        description="Gold items, or {include: path} entries for side files.",
    )
