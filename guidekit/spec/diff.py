"""What changed between two versions of a spec, and the bump it needs.

Each change has a stable code and a class, as semver reads a guideline:
major when annotations made under the old version may now be wrong or
unreadable, minor when something was added or widened and old work still
holds, patch when only wording changed.

| class | code | change |
| --- | --- | --- |
| major | label-removed | a label value is gone and nothing renames it |
| major | label-renamed | a gone label maps to a new one (`guidekit.spec.renames`) |
| major | alias-removed | an alias of a kept label no longer names it |
| major | gold-answer-changed | an answer that was right is no longer accepted |
| major | task-kind-changed | the task's kind |
| major | task-field-added, task-field-removed | an item field, by name |
| major | task-scale-changed | a rating scale's min or max |
| major | task-choices-changed | a multi_label choice range that narrows |
| major | task-overlap-changed | a span overlap policy that narrows |
| major | task-setting-changed | a span text_field, or any other task setting |
| major | spec-id-changed | the guideline's id |
| minor | label-added, alias-added | a label, or a spelling of a kept one |
| minor | rule-added, rule-removed | a rule or `not` entry (by id, see diff_rules) |
| minor | rule-moved | a rule id now under another label or list |
| minor | gold-added, gold-removed | a gold item, by id |
| minor | gold-answer-widened | old right answers stay right; more accepted |
| minor | gold-item-changed, gold-pool-changed | a gold item's text or pool |
| minor | task-choices-changed, task-overlap-changed | ones that widen |
| minor | quiz-changed, scoring-changed | a quiz or scoring setting |
| patch | title-changed, summary-changed | the guideline's title, summary |
| patch | label-title-changed, definition-changed | a label's wording |
| patch | confused-with-changed, labels-reordered | hints and order |
| patch | rule-text-changed | a rule's text (same id, or same place) |
| patch | gold-details-changed | rules, rationale, difficulty, tags, provenance |
| patch | task-question-changed, task-field-wording | the task's wording |
| patch | task-fields-reordered, task-scale-wording | order, anchor text |
| patch | example-added, example-removed, example-changed | examples |
| patch | section-added, section-removed, section-changed | sections |
| patch | sections-reordered, setting-changed | order; other keys (lint) |

Text is compared with runs of space ignored, so re-flowing a paragraph is
no change. `version` and `changelog` are never changes. Gold and example
answers are read through label renames, so an item that only follows a
rename has not changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.spec.changes import Change, highest
from guidekit.spec.diff_gold import gold_changes
from guidekit.spec.diff_labels import label_changes
from guidekit.spec.diff_parts import (
    example_changes,
    section_changes,
    setting_changes,
    text_changes,
)
from guidekit.spec.diff_rules import rule_changes
from guidekit.spec.diff_task import task_changes
from guidekit.spec.models import Spec
from guidekit.spec.revisions import load_source
from guidekit.spec.semver import RANK, Bump, Step, covers, parse_version, step

FORMAT = "guidekit.diff/v1"


@dataclass(frozen=True)
class Side:
    """One side of a diff: where it was read from, and its id and version."""

    source: str
    id: str
    title: str
    version: str


@dataclass(frozen=True)
class SpecDiff:
    """The changes from `old` to `new`, in spec order."""

    old: Side
    new: Side
    changes: tuple[Change, ...]

    @property
    def required(self) -> Bump | None:
        """The bump the changes need; None when nothing changed."""
        return highest(self.changes)

    @property
    def step(self) -> Step | None:
        """How far the version moved; None when either is not semver."""
        try:
            was, now = parse_version(self.old.version), parse_version(self.new.version)
        except ValueError:
            return None
        return step(was, now)

    @property
    def enough(self) -> bool | None:
        """Whether the version moved as far as needed; None when unknown."""
        done = self.step
        if done is None:
            return None
        if done == "down":
            return False
        return self.required is None or covers(done, self.required)

    def beyond(self, done: Step) -> list[Change]:
        """The changes that need more than a step of `done`, largest first."""
        late = [c for c in self.changes if RANK[c.bump] > RANK[done]]
        return sorted(late, key=lambda c: -RANK[c.bump])

    def suggested(self) -> str | None:
        """The next version the changes ask for, from the old one."""
        if self.required is None:
            return None
        try:
            return str(parse_version(self.old.version).bumped(self.required))
        except ValueError:
            return None


def diff_specs(old: Spec, new: Spec, *, old_source: str = "old",
               new_source: str = "new") -> SpecDiff:
    """Every change from `old` to `new`, each with its class.

    >>> from guidekit.spec.loader import load_spec
    >>> spec = load_spec("specs/triage/guideline.yaml").spec
    >>> labels = [*spec.labels, spec.labels[0].model_copy(update={"value": "spam"})]
    >>> result = diff_specs(spec, spec.model_copy(update={"labels": labels}))
    >>> [(c.bump, c.message) for c in result.changes], result.required
    ([('minor', "label 'spam' added")], 'minor')
    """
    found = text_changes(old, new) + task_changes(old, new)
    labels, mapping = label_changes(old, new)
    found += labels + rule_changes(old, new, mapping) + gold_changes(old, new, mapping)
    found += list(example_changes(old, new, mapping))
    found += list(section_changes(old, new)) + setting_changes(old, new)
    return SpecDiff(_side(old, old_source), _side(new, new_source), tuple(found))


def diff_sources(old: str, new: str) -> SpecDiff:
    """Diff two sources, each a spec file or `REV:path` (see revisions).

    Raises SpecError when a side does not load, RevisionError when git
    cannot read a revision.

    >>> diff_sources("specs/triage/guideline.yaml",
    ...              "specs/triage/guideline.yaml").required is None
    True
    """
    return diff_specs(load_source(old), load_source(new), old_source=old,
                      new_source=new)


def _side(spec: Spec, source: str) -> Side:
    return Side(source, spec.id, spec.title, spec.version)
