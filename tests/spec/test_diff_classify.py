"""The classifier on pairs of small specs: each edit gives exactly its changes."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

import guidekit.spec.diff as diff_module
from guidekit.spec.diff import diff_specs
from guidekit.spec.models import Spec

Edit = Callable[[dict[str, Any]], None]

BASE: dict[str, Any] = {
    "spec": "guidekit/v1", "id": "mini", "title": "Mini", "version": "1.0.0",
    "summary": "Say whether it is.",
    "task": {"fields": [{"name": "text", "title": "Text", "help": "Read it."}],
             "question": "Is it?"},
    "labels": [
        {"value": "yes", "title": "Yes", "definition": "The thing is the case.",
         "aliases": ["y"], "rules": [{"id": "R1", "text": "Say yes when it is."}],
         "not": [{"id": "R2", "text": "Not when unsure."}],
         "confused_with": ["no"]},
        {"value": "no", "title": "No",
         "definition": "The thing is plainly not the case, as far as one can tell.",
         "rules": [{"text": "Say no when it is not."}]},
    ],
    "sections": [{"title": "Reading", "body": "Read it all."},
                 {"title": "Doubt", "body": "Ask."}],
    "examples": [{"id": "ex1", "item": {"text": "z"}, "label": "yes", "why": "It is."}],
    "gold": [{"id": "g1", "item": {"text": "a"}, "label": "yes", "rules": ["R1"]},
             {"id": "g2", "item": {"text": "b"}, "label": "no"},
             {"id": "g3", "item": {"text": "c"}, "label": "no", "also": ["yes"]}],
    "quiz": {"questions": 2, "pass": 0.5},
    "scoring": {"pass": {"accuracy": 0.8}, "min_gold": 2},
    "changelog": [{"version": "1.0.0", "changes": ["First."]}],
}


def spec(data: dict[str, Any]) -> Spec:
    return Spec.model_validate(data)


def changes(edit: Edit, base: dict[str, Any] = BASE) -> list[tuple[str, str]]:
    new = copy.deepcopy(base)
    edit(new)
    return [(c.bump, c.code) for c in diff_specs(spec(base), spec(new)).changes]


def put(*path_and_value: Any) -> Edit:
    """An edit setting data[path...] = value (the last argument)."""
    *path, value = path_and_value

    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        if isinstance(target, list) and path[-1] == len(target):
            target.append(value)
        else:
            target[path[-1]] = value
    return edit


def drop(*path: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return edit


def both(*edits: Edit) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        for one in edits:
            one(data)
    return edit


NEW_LABEL = {"value": "maybe", "definition": "Cannot tell."}
CASES: list[tuple[str, Edit, list[tuple[str, str]]]] = [
    ("nothing", both(), []),
    ("version and changelog only", both(
        put("version", "2.0.0"), put("changelog", [{"version": "2.0.0"}])), []),
    ("definition re-flowed", put("labels", 0, "definition",
                                 "The thing\n  is the   case.\n"), []),
    # labels
    ("label added", put("labels", 2, NEW_LABEL), [("minor", "label-added")]),
    ("label removed", drop("labels", 1), [
        ("major", "label-removed"), ("minor", "rule-removed")]),
    ("renamed, declared by alias", both(
        put("labels", 1, "value", "nope"), put("labels", 1, "title", "Nope"),
        put("labels", 1, "aliases", ["no"]), put("gold", 1, "label", "nope"),
        put("gold", 2, "label", "nope"), put("labels", 0, "confused_with", ["nope"])),
     [("major", "label-renamed"), ("patch", "label-title-changed")]),
    ("renamed, same title", both(put("labels", 1, "value", "not"),
                                 put("labels", 1, "title", " no "),
                                 put("labels", 0, "confused_with", ["not"])),
     [("major", "label-renamed"), ("patch", "label-title-changed"),
      ("major", "gold-answer-changed"), ("major", "gold-answer-changed")]),
    ("renamed, definition alike", both(
        put("labels", 1, "value", "nah"), put("labels", 1, "title", "Nah"),
        put("labels", 1, "definition",
            "The thing is plainly not the case, as far as anyone can tell."),
        put("gold", 1, "label", "nah"), put("gold", 2, "label", "nah"),
        put("labels", 0, "confused_with", ["nah"])),
     [("major", "label-renamed"), ("patch", "label-title-changed"),
      ("patch", "definition-changed")]),
    ("not alike: removed and added", both(
        put("labels", 1, "value", "nah"), put("labels", 1, "title", "Nah"),
        put("labels", 1, "definition", "Something else entirely.")),
     [("major", "label-removed"), ("minor", "label-added"),
      ("minor", "rule-removed"), ("minor", "rule-added")]),
    ("label title", put("labels", 0, "title", "Yes!"),
     [("patch", "label-title-changed")]),
    ("definition", put("labels", 0, "definition", "It is."),
     [("patch", "definition-changed")]),
    ("confused_with", put("labels", 0, "confused_with", []),
     [("patch", "confused-with-changed")]),
    ("labels reordered", put("labels", list(reversed(BASE["labels"]))),
     [("patch", "labels-reordered")]),
    ("alias added", put("labels", 1, "aliases", ["n"]), [("minor", "alias-added")]),
    ("alias removed", put("labels", 0, "aliases", []), [("major", "alias-removed")]),
    ("alias moved", both(put("labels", 0, "aliases", []),
                         put("labels", 1, "aliases", ["y"])),
     [("major", "alias-removed"), ("minor", "alias-added")]),
    # rules
    ("rule added", put("labels", 0, "rules", 1, {"id": "R3", "text": "More."}),
     [("minor", "rule-added")]),
    ("rule removed", put("labels", 0, "not", []), [("minor", "rule-removed")]),
    ("rule reworded", put("labels", 0, "rules", 0, "text", "Say yes if it is."),
     [("patch", "rule-text-changed")]),
    ("rule moved to the other label", both(
        put("labels", 0, "not", []),
        put("labels", 1, "rules", 1, {"id": "R2", "text": "Not when unsure."})),
     [("minor", "rule-moved")]),
    ("rule moved from not to rules", both(
        put("labels", 0, "not", []),
        put("labels", 0, "rules", 1, {"id": "R2", "text": "Not when unsure!"})),
     [("minor", "rule-moved"), ("patch", "rule-text-changed")]),
    ("unnamed rule reworded", put("labels", 1, "rules", 0, "text", "Say no."),
     [("patch", "rule-text-changed")]),
    ("unnamed rule added before", put("labels", 1, "rules",
                                      [{"text": "First."}, {"text": "Say no when "
                                                            "it is not."}]),
     [("minor", "rule-added")]),
    # gold
    ("gold added", put("gold", 3, {"id": "g4", "item": {"text": "d"}, "label": "no"}),
     [("minor", "gold-added")]),
    ("gold removed", drop("gold", 0), [("minor", "gold-removed")]),
    ("gold answer changed", put("gold", 0, "label", "no"),
     [("major", "gold-answer-changed")]),
    ("gold answer widened", put("gold", 0, "also", ["no"]),
     [("minor", "gold-answer-widened")]),
    ("gold main answer swapped", both(put("gold", 2, "label", "yes"),
                                      put("gold", 2, "also", ["no"])),
     [("minor", "gold-answer-widened")]),
    ("gold answer narrowed", put("gold", 2, "also", []),
     [("major", "gold-answer-changed")]),
    ("gold old answer kept in also", both(put("gold", 1, "label", "yes"),
                                          put("gold", 1, "also", ["no"])),
     [("minor", "gold-answer-widened")]),
    ("gold item text", put("gold", 1, "item", "text", "B"),
     [("minor", "gold-item-changed")]),
    ("gold pool", put("gold", 1, "pool", "practice"), [("minor", "gold-pool-changed")]),
    ("gold details", both(put("gold", 1, "rationale", "Because."),
                          put("gold", 1, "difficulty", "hard")),
     [("patch", "gold-details-changed")]),
    ("gold order", put("gold", list(reversed(BASE["gold"]))), []),
    # task
    ("task kind", put("task", "kind", "multi_label"), [("major", "task-kind-changed")]),
    ("task field added", put("task", "fields", 1, {"name": "title"}),
     [("major", "task-field-added")]),
    ("task field removed", put("task", "fields", [{"name": "body"}]),
     [("major", "task-field-removed"), ("major", "task-field-added")]),
    ("task field help", put("task", "fields", 0, "help", "Read it twice."),
     [("patch", "task-field-wording")]),
    ("task question", put("task", "question", "Is it so?"),
     [("patch", "task-question-changed")]),
    # the rest
    ("guideline id", put("id", "mini2"), [("major", "spec-id-changed")]),
    ("title", put("title", "Mini guide"), [("patch", "title-changed")]),
    ("summary", put("summary", "Say it."), [("patch", "summary-changed")]),
    ("section rewritten", put("sections", 0, "body", "Read."),
     [("patch", "section-changed")]),
    ("section added", put("sections", 2, {"title": "More", "body": "x"}),
     [("patch", "section-added")]),
    ("section removed", drop("sections", 1), [("patch", "section-removed")]),
    ("sections reordered", put("sections", list(reversed(BASE["sections"]))),
     [("patch", "sections-reordered")]),
    ("example why", put("examples", 0, "why", "As it says."),
     [("patch", "example-changed")]),
    ("example answer", put("examples", 0, "label", "no"),
     [("patch", "example-changed")]),
    ("example added", put("examples", 1, {"id": "ex2", "item": {"text": "y"},
                                          "label": "no"}),
     [("patch", "example-added")]),
    ("quiz pass", put("quiz", "pass", 0.6), [("minor", "quiz-changed")]),
    ("scoring threshold", put("scoring", "pass", "kappa", 0.5),
     [("minor", "scoring-changed")]),
    ("scoring min_gold", put("scoring", "min_gold", 3), [("minor", "scoring-changed")]),
    ("lint table", put("lint", {"rule-untested": "off"}),
     [("patch", "setting-changed")]),
]


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_each_edit_gives_exactly_its_changes(edit: Edit,
                                             expected: list[tuple[str, str]]) -> None:
    assert sorted(changes(edit)) == sorted(expected)


def messages(edit: Edit, base: dict[str, Any] = BASE) -> list[str]:
    new = copy.deepcopy(base)
    edit(new)
    return [c.message for c in diff_specs(spec(base), spec(new)).changes]


def test_messages_name_the_thing_and_the_values() -> None:
    assert messages(put("gold", 0, "label", "no")) == [
        "gold 'g1' answer changed 'yes' -> 'no'"]
    assert messages(put("gold", 0, "also", ["no"])) == [
        "gold 'g1' answer changed 'yes' -> 'yes' (also 'no') (more answers accepted)"]
    assert messages(put("labels", 0, "aliases", [])) == [
        "alias 'y' of label 'yes' removed: answers spelt so no longer count"]
    assert messages(drop("labels", 0, "not")) == [
        "rule 'R2' removed from label 'yes' (not)"]
    assert messages(put("quiz", "pass", 0.6)) == ["quiz pass changed '0.5' -> '0.6'"]


def test_rename_reasons_say_how_it_was_found() -> None:
    by_alias = both(put("labels", 1, "value", "nope"), put("labels", 1, "aliases",
                                                           ["no"]))
    assert messages(by_alias)[0] == (
        "label 'no' renamed to 'nope' (its old value is an alias)")
    by_title = put("labels", 1, "value", "not")
    assert messages(by_title)[0] == "label 'no' renamed to 'not' (same title 'No')"


def test_wording_changes_carry_both_texts() -> None:
    new = copy.deepcopy(BASE)
    new["labels"][0]["definition"] = "It is."
    (change,) = diff_specs(spec(BASE), spec(new)).changes
    assert (change.old, change.new, change.at) == (
        "The thing is the case.", "It is.", ("labels", 0, "definition"))


def test_removed_things_point_into_the_old_spec() -> None:
    new = copy.deepcopy(BASE)
    del new["gold"][0]
    (change,) = diff_specs(spec(BASE), spec(new)).changes
    assert (change.side, change.at) == ("old", ("gold", 0))


MULTI = {**copy.deepcopy(BASE), "task": {"kind": "multi_label",
                                         "fields": [{"name": "text"}],
                                         "max_choices": 2},
         "examples": [],
         "gold": [{"id": "g1", "item": {"text": "a"}, "labels": ["yes", "no"]}]}


MULTI_CASES: list[tuple[Edit, list[tuple[str, str]]]] = [
    (put("gold", 0, "also", ["no"]), [("minor", "gold-answer-widened")]),
    (put("gold", 0, "labels", ["yes"]), [("major", "gold-answer-changed")]),
    (both(put("gold", 0, "labels", ["yes"]), put("gold", 0, "also", ["no"])),
     [("minor", "gold-answer-widened")]),
    (put("task", "max_choices", None), []),  # two labels: the same range
    (put("task", "min_choices", 0), [("minor", "task-choices-changed")]),
    (put("task", "max_choices", 1), [("major", "task-choices-changed")]),
]


@pytest.mark.parametrize(("edit", "expected"), MULTI_CASES, ids=[
    "also-widens", "label-dropped", "label-made-optional", "same-range",
    "range-widened", "range-narrowed"])
def test_multi_label(edit: Edit, expected: list[tuple[str, str]]) -> None:
    assert sorted(changes(edit, MULTI)) == sorted(expected)


RATING = {**copy.deepcopy(BASE), "labels": [], "examples": [],
          "task": {"kind": "rating", "fields": [{"name": "text"}],
                   "scale": {"min": 1, "max": 3,
                             "anchors": {1: "bad", 2: "fair", 3: "good"}}},
          "gold": [{"id": "g1", "item": {"text": "a"}, "rating": 2}]}


RATING_CASES: list[tuple[Edit, list[tuple[str, str]]]] = [
    (put("gold", 0, "rating", 3), [("major", "gold-answer-changed")]),
    (put("task", "scale", "anchors", 2, "middling"), [("patch", "task-scale-wording")]),
    (put("task", "scale", "max", 4), [("major", "task-scale-changed")]),
]


@pytest.mark.parametrize(("edit", "expected"), RATING_CASES, ids=[
    "rating-changed", "anchor-reworded", "scale-grown"])
def test_rating(edit: Edit, expected: list[tuple[str, str]]) -> None:
    assert sorted(changes(edit, RATING)) == sorted(expected)


SPAN = {**copy.deepcopy(BASE), "examples": [],
        "task": {"kind": "span", "fields": [{"name": "text"}], "text_field": "text",
                 "overlap": "nested"},
        "gold": [{"id": "g1", "item": {"text": "abc def"},
                  "spans": [{"start": 0, "end": 3, "label": "yes"}]}]}


SPAN_CASES: list[tuple[Edit, list[tuple[str, str]]]] = [
    (put("gold", 0, "spans", 0, "end", 2), [("major", "gold-answer-changed")]),
    (put("gold", 0, "spans", 0, "text", "abc"), []),
    (put("task", "overlap", "allow"), [("minor", "task-overlap-changed")]),
    (put("task", "overlap", "forbid"), [("major", "task-overlap-changed")]),
    (both(put("labels", 0, "value", "si"), put("labels", 0, "aliases", ["y", "yes"]),
          put("gold", 0, "spans", 0, "label", "si")), [("major", "label-renamed")]),
]


@pytest.mark.parametrize(("edit", "expected"), SPAN_CASES, ids=[
    "span-moved", "quote-added", "overlap-widened", "overlap-narrowed",
    "span-follows-rename"])
def test_span(edit: Edit, expected: list[tuple[str, str]]) -> None:
    assert sorted(changes(edit, SPAN)) == sorted(expected)


def documented() -> dict[str, set[str]]:
    """Code -> classes, from the table in guidekit.spec.diff's docstring."""
    table: dict[str, set[str]] = {}
    for line in (diff_module.__doc__ or "").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 3 and cells[0] in {"major", "minor", "patch"}:
            for code in cells[1].split(","):
                table.setdefault(code.strip(), set()).add(cells[0])
    return table


def test_every_change_seen_is_documented_with_its_class() -> None:
    table = documented()
    seen = {pair for _, _, expected in CASES for pair in expected}
    for kind in (MULTI_CASES, RATING_CASES, SPAN_CASES):
        seen |= {pair for _, expected in kind for pair in expected}
    assert len(seen) > 40
    for bump, code in seen:
        assert bump in table.get(code, set()), (bump, code)
