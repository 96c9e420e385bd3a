"""The three diff formats, byte for byte, and Markdown that stays inert."""

from __future__ import annotations

import json

from guidekit.spec.changes import Change
from guidekit.spec.diff import Side, SpecDiff
from guidekit.spec.diff_formats import format_json, format_markdown, format_text

OLD = Side("HEAD~1:s.yaml", "mini", "Mini", "1.0.0")
NEW = Side("s.yaml", "mini", "Mini", "1.0.1")
CHANGES = (
    Change("definition-changed", "patch", "label 'yes' definition changed",
           ("labels", 0, "definition"), old="It is.", new="It is so.\nReally."),
    Change("gold-answer-changed", "major", "gold 'g1' answer changed 'yes' -> 'no'",
           ("gold", 0, "label")),
    Change("gold-removed", "minor", "gold 'g2' removed", ("gold", 1), "old"),
)
DIFF = SpecDiff(OLD, NEW, CHANGES)


def test_text_lists_largest_bump_first_with_wording_shown() -> None:
    assert format_text(DIFF) == (
        "HEAD~1:s.yaml -> s.yaml\n"
        "needs a major bump; version 1.0.0 -> 1.0.1 (patch): not enough\n"
        "major: gold 'g1' answer changed 'yes' -> 'no' (gold-answer-changed)\n"
        "minor: gold 'g2' removed (gold-removed)\n"
        "patch: label 'yes' definition changed (definition-changed)\n"
        "    - It is.\n"
        "    + It is so.\n"
        "    + Really.\n")


def test_text_without_changes() -> None:
    same = SpecDiff(OLD, OLD, ())
    assert format_text(same) == (
        "HEAD~1:s.yaml -> HEAD~1:s.yaml\nno changes; version 1.0.0 -> 1.0.0 (none)\n")


def test_markdown_is_headed_by_the_bump_and_the_version_change() -> None:
    text = format_markdown(DIFF)
    assert text.splitlines()[:3] == [
        "### Guideline mini: needs a **major** bump", "",
        "Version 1.0.0 → 1.0.1: patch, not enough: use 2.0.0 or later."]
    assert "#### Major (1)\n\n- gold 'g1' answer changed 'yes' -\\> 'no' " \
           "(gold-answer-changed)\n" in text
    assert "  ```diff\n  - It is.\n  + It is so.\n  + Really.\n  ```\n" in text
    assert text.index("#### Major") < text.index("#### Minor") < text.index(
        "#### Patch")


def test_markdown_escapes_spec_text() -> None:
    nasty = Change("label-added", "minor", "label '<img src=x>|`x`' added",
                   ("labels", 2))
    wording = Change("summary-changed", "patch", "summary changed", ("summary",),
                     old="``` run", new="ok")
    text = format_markdown(SpecDiff(OLD, NEW, (nasty, wording)))
    assert "- label '\\<img src=x\\>\\|\\`x\\`' added (label-added)" in text
    assert "'<img" not in text
    assert "  ````diff\n  - ``` run\n  + ok\n  ````" in text


def test_json_shape() -> None:
    data = json.loads(format_json(DIFF))
    assert data["format"] == "guidekit.diff/v1"
    assert data["old"] == {"source": "HEAD~1:s.yaml", "id": "mini", "title": "Mini",
                           "version": "1.0.0"}
    assert (data["required"], data["step"], data["enough"], data["suggested"]) == (
        "major", "patch", False, "2.0.0")
    assert data["counts"] == {"major": 1, "minor": 1, "patch": 1}
    assert data["changes"][0] == {
        "code": "definition-changed", "bump": "patch",
        "message": "label 'yes' definition changed", "side": "new",
        "path": "$.labels[0].definition", "old": "It is.", "new": "It is so.\nReally."}
    assert data["changes"][2]["side"] == "old"


def test_version_that_is_not_semver_cannot_be_judged() -> None:
    odd = SpecDiff(OLD, Side("s.yaml", "mini", "Mini", "next"), CHANGES)
    assert (odd.step, odd.enough) == (None, None)
    assert "version 1.0.0 -> next (not semver): cannot tell" in format_text(odd)
    assert json.loads(format_json(odd))["step"] is None


def test_long_runs_of_one_code_are_counted_not_listed() -> None:
    many = tuple(Change("gold-added", "minor", f"gold 'n{i}' added", ("gold", i))
                 for i in range(13))
    result = SpecDiff(OLD, NEW, (*many, CHANGES[1]))
    lines = format_text(result).splitlines()
    assert lines[2] == ("major: gold 'g1' answer changed 'yes' -> 'no' "
                        "(gold-answer-changed)")
    assert lines[3:] == [f"minor: gold 'n{i}' added (gold-added)" for i in range(10)
                         ] + ["minor: 3 more like this (gold-added)"]
    markdown = format_markdown(result)
    assert "- gold 'n9' added (gold-added)\n- 3 more like this (gold-added)\n" in (
        markdown)
    assert "'n10'" not in markdown
    assert len(json.loads(format_json(result))["changes"]) == 14
