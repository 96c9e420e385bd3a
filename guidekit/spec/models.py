"""Spec format guidekit/v1 as pydantic models: the one data model.

The JSON Schema that `guidekit schema` prints is made from these classes,
so a field's description here is what an author sees in the editor.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TaskKind = Literal["single_label", "multi_label", "span", "rating"]
Difficulty = Literal["easy", "medium", "hard"]
Pool = Literal["exam", "practice", "honeypot"]
Source = Literal["human", "model", "llm", "rule", "synthetic"]
Stratum = Literal["label", "difficulty"]
DEFAULT_STRATA: tuple[Stratum, ...] = ("label",)
SPEC_FORMAT = "guidekit/v1"


class Strict(BaseModel):
    """Base: unknown keys are errors, so a typo never goes unnoticed."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class ItemField(Strict):
    name: str = Field(description="Key of this field in every item.")
    title: str | None = Field(None, description="Heading shown to annotators.")
    help: str | None = Field(None, description="A line of help under the heading.")


class Task(Strict):
    kind: TaskKind = Field(
        "single_label",
        description="single_label now; multi_label, span and rating are reserved.",
    )
    fields: list[ItemField] = Field(
        min_length=1, description="What one item shows the annotator, in order."
    )
    question: str | None = Field(None, description="The question asked per item.")


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


class Example(Strict):
    id: str
    item: dict[str, str] = Field(description="Field name to text, as in task.fields.")
    label: str
    why: str | None = Field(None, description="Why this label (Markdown).")


class Provenance(Strict):
    source: Source = "human"
    author: str | None = None
    agent: str | None = Field(None, description="Model or rule that made it.")
    agent_version: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    created: str | None = None
    confidence: float | None = Field(None, ge=0, le=1)


class GoldItem(Strict):
    id: str = Field(description="Stable id; submissions name items by it.")
    item: dict[str, str] = Field(description="Field name to text, as in task.fields.")
    label: str = Field(description="The right answer: a label value.")
    also: list[str] = Field(
        default_factory=list, description="Other label values that are also right."
    )
    rules: list[str] = Field(default_factory=list, description="Rule ids it tests.")
    rationale: str | None = Field(None, description="Why; never shown in an exam.")
    difficulty: Difficulty | None = None
    pool: Pool = "exam"
    tags: list[str] = Field(default_factory=list)
    provenance: Provenance | None = None


class GoldInclude(Strict):
    include: str = Field(
        description="Side file of gold items (.jsonl, .yaml), relative to the spec."
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
    labels: list[Label] = Field(min_length=1)
    sections: list[Section] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)
    gold: list[GoldItem] = Field(default_factory=list)
    quiz: Quiz = Field(default_factory=Quiz)
    scoring: Scoring = Field(default_factory=Scoring)
    changelog: list[ChangelogEntry] = Field(default_factory=list)

    def label_values(self) -> list[str]:
        return [label.value for label in self.labels]

    def label(self, value: str) -> Label | None:
        return next((lb for lb in self.labels if lb.value == value), None)

    def field_names(self) -> list[str]:
        return [f.name for f in self.task.fields]


class SpecFile(Spec):
    """The file as written: gold entries may be side-file includes."""

    # The file's gold is wider than the loaded one; pydantic allows the
    # override, mypy cannot know it is only used for the exported schema.
    gold: list[GoldItem | GoldInclude] = Field(  # type: ignore[assignment]
        default_factory=list,
        description="Gold items, or {include: path} entries for side files.",
    )
