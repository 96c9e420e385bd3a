"""multi_label, rating and span quizzes in Chromium: the saved answers file
holds each kind's answer in the shape the scorer reads (a JSON list of
labels, the point as a string, a list of {start, end, label} with
code-point offsets)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SPAN_TEXT = "I \U0001F600 like Python and \U0001D505ern in Z\u00fcrich."


def test_multi_label_honours_max_choices(open_page: Any, kit: Any,
                                         tmp_path: Path) -> None:
    spec = kit.cases / "kind-multi-label-clean.yaml"
    key = kit.build(spec, tmp_path / "quiz")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.fill("#annotator", "m")
    first = key["questions"][0]["id"]
    for value in ("power", "sport", "money"):  # max_choices is 2
        page.click(f"#q-1 input[value='{value}'] + span")
    assert page.inner_text("#q-1 .note") == "Choose at most 2 label(s)."
    assert not page.is_checked("#q-1 input[value='money']")
    page.keyboard.press("n")
    page.keyboard.press("3")  # toggles the third label, power
    page.keyboard.press("3")  # and off again: under min_choices, unanswered
    assert page.inner_text("#progress-text") == "1 of 3 answered"
    page.keyboard.press("2")
    assert page.inner_text("#progress-text") == "2 of 3 answered"
    page.reload()
    assert page.is_checked("#q-1 input[value='sport']")
    page.click("#save")  # one left: the first press warns
    rows = kit.read_rows(kit.save_answers(page, tmp_path))
    assert rows[0]["item"] == first
    # in the spec's label order, whatever order they were ticked in
    assert rows[0]["label"] == ["sport", "power"]
    assert rows[1]["label"] == ["money"]
    assert len(rows) == 2


def test_rating_saves_the_point_as_a_string(open_page: Any, kit: Any,
                                            tmp_path: Path) -> None:
    spec = kit.cases / "kind-rating-clean.yaml"
    key = kit.build(spec, tmp_path / "quiz")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.fill("#annotator", "r")
    assert page.inner_text("#q-1 .options").count("Partly right.") == 1
    page.click("#q-1 input[value='3'] + span")
    page.keyboard.press("n")
    page.keyboard.press("1")
    rows = kit.read_rows(kit.save_answers(page, tmp_path))
    assert [(r["item"], r["label"]) for r in rows] == [
        (key["questions"][0]["id"], "3"), (key["questions"][1]["id"], "1")]


def span_spec(kit: Any, tmp_path: Path) -> Path:
    start = SPAN_TEXT.index("Z")
    return kit.span_spec(tmp_path, "emoji-spans", SPAN_TEXT, start, start + 6)


def select_units(page: Any, box: str, start: int, end: int) -> None:
    """Select text[start:end] in UTF-16 units, as a browser counts them."""
    page.evaluate("""([box, start, end]) => {
        const node = document.querySelector(box + ' .span-text').firstChild;
        window.getSelection().setBaseAndExtent(node, start, node, end);
    }""", [box, start, end])


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_spans_count_code_points_past_astral_characters(
        open_page: Any, kit: Any, tmp_path: Path) -> None:
    spec = span_spec(kit, tmp_path)
    key = kit.build(spec, tmp_path / "quiz", "--seed", "1")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.fill("#annotator", "s")
    n = 1 + [q["gold_id"] for q in key["questions"]].index("g1")
    box = f"#q-{n}"
    page.dblclick(f"{box} .span-text", position=word_position(page, box, "Python"))
    page.click(f"{box} button.mark[data-value='LANG']")
    fraktur = SPAN_TEXT.index("\U0001D505")
    select_units(page, box, units(SPAN_TEXT[:fraktur]),
                 units(SPAN_TEXT[:fraktur + 4]))
    page.keyboard.press("1")  # the number key labels the selection
    select_units(page, box, units(SPAN_TEXT[:fraktur + 1]),
                 units(SPAN_TEXT[:fraktur + 3]))
    page.click(f"{box} button.mark[data-value='LOC']")
    assert "overlaps" in page.inner_text(f"{box} .note")
    assert page.locator(f"{box} ul.spans li").count() == 2
    other = 3 - n
    page.click(f"#q-{other} button.nothing")
    page.reload()
    assert page.inner_text("#progress-text") == "2 of 2 answered"
    gold_of = {q["id"]: q["gold_id"] for q in key["questions"]}
    rows = {gold_of[r["item"]]: r["label"] for r in
            kit.read_rows(kit.save_answers(page, tmp_path))}
    python = SPAN_TEXT.index("Python")
    assert rows == {"g1": [
        {"start": python, "end": python + 6, "label": "LANG"},
        {"start": fraktur, "end": fraktur + 4, "label": "LANG"}], "g2": []}
    assert SPAN_TEXT[fraktur:fraktur + 4] == "\U0001D505ern"


def test_a_span_can_be_removed(open_page: Any, kit: Any, tmp_path: Path) -> None:
    kit.build(span_spec(kit, tmp_path), tmp_path / "quiz")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.fill("#annotator", "s")
    select_units(page, "#q-1", 0, 1)
    page.click("#q-1 button.mark[data-value='LOC']")
    assert page.inner_text("#progress-text") == "1 of 2 answered"
    page.click("#q-1 ul.spans button.remove")
    assert page.locator("#q-1 ul.spans li").count() == 0
    assert page.inner_text("#progress-text") == "0 of 2 answered"


def word_position(page: Any, box: str, word: str) -> dict[str, float]:
    """Where `word` sits inside the box's text, relative to the text element."""
    found: dict[str, float] = page.evaluate("""([box, word]) => {
        const holder = document.querySelector(box + ' .span-text');
        const node = holder.firstChild;
        const at = node.textContent.indexOf(word);
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const rect = range.getBoundingClientRect();
        const outer = holder.getBoundingClientRect();
        const y = rect.top - outer.top + rect.height / 2;
        return {x: rect.left - outer.left + 1, y: y};
    }""", [box, word])
    return found
