"""Span tasks from the keyboard alone, and the annotator id a per-annotator
quiz fills in.

The text puts an emoji and a Fraktur letter (both outside the BMP, two
UTF-16 units each) before and inside the stretches marked, so a caret that
counted UTF-16 units, or split a surrogate pair, would save offsets that
differ from Python's string indices.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

TEXT = "I \U0001F600 like Python and \U0001D505ern in Z\u00fcrich."


def spec_file(kit: Any, tmp_path: Path) -> Path:
    return kit.span_spec(tmp_path, "key-spans", TEXT, 28, 34)


def press(page: Any, key: str, times: int = 1) -> None:
    for _ in range(times):
        page.keyboard.press(key)


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def focus_offset(page: Any) -> int:
    offset: int = page.evaluate("window.getSelection().focusOffset")
    return offset


def caret_gap(page: Any, box: str, point: int) -> float:
    """Pixels between the drawn caret and the left edge of TEXT[point]."""
    at = units(TEXT[:point])
    gap: float = page.evaluate("""([box, at, next]) => {
        const node = document.querySelector(box + ' .span-text').firstChild;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, next);
        const char = range.getClientRects()[0];
        const caret = document.querySelector(box + ' .caret').getBoundingClientRect();
        return Math.abs(caret.left + caret.width / 2 - char.left);
    }""", [box, at, units(TEXT[:point + 1])])
    return gap


def mark_g1(page: Any, box: str) -> None:
    """Three stretches, by characters, by words and from the end."""
    press(page, "ArrowRight", 3)  # past "I", the space and the emoji
    assert focus_offset(page) == units(TEXT[:3]) == 4
    assert page.is_visible(f"{box} .caret")
    press(page, "ArrowRight", 6)
    assert caret_gap(page, box, TEXT.index("Python")) < 2
    press(page, "Shift+ArrowRight", 6)
    assert page.inner_text(f"{box} .caret-info").startswith(
        "Selected \u201cPython\u201d")
    press(page, "1")
    assert page.inner_text(f"{box} .caret-info").startswith("Caret at 15 of 35")
    press(page, "Control+ArrowRight", 2)  # to the end of "and", then of the word
    press(page, "Control+Shift+ArrowLeft")
    assert page.inner_text(f"{box} .caret-info").startswith(
        "Selected \u201c\U0001D505ern\u201d (4 character(s))")
    press(page, "1")
    press(page, "End")
    press(page, "ArrowLeft")
    press(page, "Shift+ArrowLeft", 6)
    press(page, "Shift+ArrowRight")  # a selection shrinks from its moving end
    press(page, "Shift+ArrowLeft")
    press(page, "2")


def test_spans_marked_with_keys_only_save_python_indices(
        open_page: Any, kit: Any, tmp_path: Path) -> None:
    spec = spec_file(kit, tmp_path)
    key = kit.build(spec, tmp_path / "quiz", "--seed", "1")
    order = [q["gold_id"] for q in key["questions"]]
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.keyboard.type("keys")  # the id field has focus on opening
    press(page, "Enter")
    for n, item in enumerate(order, start=1):
        box = f"#q-{n}"
        assert page.evaluate("document.activeElement.className") == "span-text"
        if item == "g2":
            press(page, "Tab", 3)  # past the two label buttons
            assert page.evaluate("document.activeElement.className") == "nothing"
            press(page, "Enter")
        else:
            mark_g1(page, box)
            assert page.locator(f"{box} ul.spans li").count() == 3
            press(page, "Tab", 3)  # past the label buttons to the first Remove
            press(page, "ArrowDown")  # the second: the Fraktur word
            press(page, "Delete")
            assert page.locator(f"{box} ul.spans li").count() == 2
            assert page.evaluate("document.activeElement.className") == "remove"
            press(page, "Shift+Tab", 4)  # back to the text, to mark it again
            press(page, "Home")
            press(page, "Control+ArrowRight", 5)
            press(page, "Control+Shift+ArrowLeft")
            press(page, "1")
        press(page, "n")
    assert page.inner_text("#progress-text") == "2 of 2 answered"
    gold_of = {q["id"]: q["gold_id"] for q in key["questions"]}
    rows = {gold_of[r["item"]]: r["label"] for r in
            kit.read_rows(kit.save_answers(page, tmp_path))}
    python, fraktur, zurich = (TEXT.index(w) for w in ("Python", "\U0001D505", "Z"))
    assert rows == {"g1": [
        {"start": python, "end": python + 6, "label": "LANG"},
        {"start": fraktur, "end": fraktur + 4, "label": "LANG"},
        {"start": zurich, "end": zurich + 6, "label": "LOC"}], "g2": []}
    assert TEXT[zurich:zurich + 6] == "Z\u00fcrich"
    assert (python, fraktur, zurich) == (9, 20, 28)


def test_left_and_right_never_split_an_astral_character(
        open_page: Any, kit: Any, tmp_path: Path) -> None:
    key = kit.build(spec_file(kit, tmp_path), tmp_path / "quiz", "--seed", "1")
    n = 1 + [q["gold_id"] for q in key["questions"]].index("g1")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.fill("#annotator", "k")
    page.focus(f"#q-{n} .span-text")
    seen = []
    for _ in range(len(TEXT) + 2):  # two presses past the end stay there
        press(page, "ArrowRight")
        seen.append(focus_offset(page))
    steps = [units(TEXT[:i]) for i in range(1, len(TEXT) + 1)]
    assert seen == steps + [units(TEXT)] * 2
    back = []
    for _ in range(3):
        press(page, "Shift+ArrowLeft")
        back.append(focus_offset(page))
    assert back == [units(TEXT[:i]) for i in (34, 33, 32)]
    press(page, "Escape")  # drops the selection: a number key marks nothing
    press(page, "2")
    assert page.inner_text(f"#q-{n} .note") == (
        "Select some of the text first, then pick its label.")
    press(page, "Home")
    press(page, "Shift+ArrowRight", 3)  # "I", space, emoji: 4 UTF-16 units
    assert page.inner_text(f"#q-{n} .caret-info").startswith(
        "Selected \u201cI \U0001F600\u201d (3 character(s))")
    press(page, "2")
    assert page.inner_text(f"#q-{n} ul.spans li").startswith("\u201cI \U0001F600\u201d")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_per_annotator_quiz_fills_in_the_id(open_page: Any, kit: Any,
                                            tmp_path: Path, viewport: str) -> None:
    kit.build(kit.small, tmp_path / "mine", "--annotator", "ann lee")
    kit.build(kit.small, tmp_path / "plain")
    page = open_page(tmp_path / "mine" / "quiz.html", getattr(kit, viewport))
    assert page.input_value("#annotator") == "ann lee"
    assert kit.overflow(page) <= 0
    page.fill("#annotator", "ann lee 2")  # still editable, and kept on reload
    page.reload()
    assert page.input_value("#annotator") == "ann lee 2"
    assert page.evaluate("document.activeElement.name") == "q-1"
    page.keyboard.press("1")
    page.click("#save")  # questions left: the first press warns
    rows = kit.read_rows(kit.save_answers(page, tmp_path))
    assert [r["annotator"] for r in rows] == ["ann lee 2"]
    plain = open_page(tmp_path / "plain" / "quiz.html")
    assert plain.input_value("#annotator") == ""
    assert plain.evaluate("document.activeElement.id") == "annotator"
