"""Practice feedback, answers absent from a qualification page's DOM, and
the guide and quiz pages at phone and desktop widths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml


def practice_spec(kit: Any, tmp_path: Path) -> Path:
    data = yaml.safe_load(kit.small.read_text(encoding="utf-8"))
    for item in data["gold"]:
        if item["id"] == "g-11":
            item["rules"] = ["R-YES-SECRET"]
    path = tmp_path / "practice.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_practice_says_right_or_wrong_why_and_which_rule(
        open_page: Any, kit: Any, tmp_path: Path) -> None:
    spec = practice_spec(kit, tmp_path)
    key = kit.build(spec, tmp_path / "quiz", "--practice")
    assert {q["gold_id"] for q in key["questions"]} == {"g-11", "g-12"}
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.fill("#annotator", "p")
    at = {q["gold_id"]: q["position"] for q in key["questions"]}
    page.click(f"#q-{at['g-11']} input[value='yes'] + span")
    panel = page.inner_text(f"#q-{at['g-11']} .feedback")
    assert panel.startswith("Right.")
    assert "RATIONALE-SECRET-p1" in panel
    assert "R-YES-SECRET Every part of the claim is stated or implied." in panel
    page.click(f"#q-{at['g-12']} input[value='unknown'] + span")
    wrong = page.inner_text(f"#q-{at['g-12']} .feedback")
    assert wrong.startswith("Not right.")
    assert "The answer: Refuted" in wrong
    page.reload()
    assert page.locator(".feedback").count() == 2


def test_multi_label_practice_checks_on_request(open_page: Any, kit: Any,
                                                tmp_path: Path) -> None:
    data = yaml.safe_load((kit.cases / "kind-multi-label-clean.yaml").read_text(
        encoding="utf-8"))
    data["gold"][1]["pool"] = "practice"  # g2: power and money, sport optional
    data["lint"] = {"gold-coverage": "off"}  # YAML 1.1 read `off` as false
    spec = tmp_path / "multi.yaml"
    spec.write_text(yaml.safe_dump(data), encoding="utf-8")
    kit.build(spec, tmp_path / "quiz", "--practice")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.click("#q-1 input[value='power'] + span")
    assert page.locator("#q-1 .feedback").count() == 0
    page.click("#q-1 button.check")
    assert page.inner_text("#q-1 .feedback").startswith("Not right.")
    page.click("#q-1 input[value='money'] + span")
    page.click("#q-1 button.check")
    assert page.inner_text("#q-1 .feedback").startswith("Right.")


def test_qualification_dom_holds_no_answers(open_page: Any, kit: Any,
                                            tmp_path: Path) -> None:
    key = kit.build(kit.small, tmp_path / "quiz", "--questions", "50")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.click("#q-1 input[value='yes'] + span")
    dom = page.content()
    for q in key["questions"]:
        if q["rationale"]:
            assert q["rationale"] not in dom
    assert "SECRET" not in dom
    assert page.locator(".feedback, button.check").count() == 0
    assert page.evaluate("JSON.parse(document.getElementById('quiz-data')"
                         ".textContent).questions.some(q => 'feedback' in q)") is False


PAGES = ["guide", "single", "multi-label", "span", "rating", "practice"]


@pytest.mark.parametrize("name", PAGES)
def test_pages_fit_phone_and_desktop(name: str, open_page: Any, kit: Any,
                                     tmp_path: Path) -> None:
    path = tmp_path / name
    if name == "guide":
        kit.cli("render", kit.small, "-o", path)
        page_file = path / "guide.html"
    else:
        spec = {"single": kit.small, "practice": kit.small}.get(
            name, kit.cases / f"kind-{name}-clean.yaml")
        kit.build(spec, path, *(["--practice"] if name == "practice" else []))
        page_file = path / "quiz.html"
    for width, viewport in (("phone", kit.phone), ("desktop", kit.desktop)):
        page = open_page(page_file, viewport)
        if name != "guide":
            page.fill("#annotator", "a-very-long-annotator-id-" * 3)
            page.click("#q-1 .options > *")
        shot = tmp_path / f"{name}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 1000
        assert kit.overflow(page) <= 0, f"{name} overflows at {width} width"
