"""quiz.html: self-contained, spec text escaped, the form embedded."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guidekit.quiz import build_quiz
from guidekit.spec.loader import LoadedSpec, load_spec

Variant = Callable[[Callable[[dict[str, Any]], None]], Path]
EVIL = "</script><script>alert(1)</script> <b>bold</b>"
EMBEDDED = re.compile(
    r'<script type="application/json" id="quiz-data">(.*?)</script>', re.S)


def evil_everywhere(data: dict[str, Any]) -> None:
    data["title"] = "Title " + EVIL
    data["task"]["question"] = "Question " + EVIL
    data["task"]["fields"][0]["title"] = "Field " + EVIL
    data["labels"][0]["title"] = "Label " + EVIL
    data["labels"][0]["definition"] = "Definition " + EVIL
    data["gold"][0]["item"]["text"] = "Item " + EVIL


def test_embedded_form_is_quiz_json(small: LoadedSpec) -> None:
    quiz = build_quiz(small)
    found = EMBEDDED.findall(quiz.quiz_html)
    assert len(found) == 1
    assert json.loads(found[0]) == json.loads(quiz.quiz_json)


def test_spec_text_cannot_inject_script(variant: Variant) -> None:
    page = build_quiz(load_spec(variant(evil_everywhere)), questions=50).quiz_html
    lowered = page.lower()
    # only the page's own two script elements
    assert lowered.count("<script") == 2
    assert lowered.count("</script") == 2
    assert "<script>alert" not in lowered
    assert "<b>" not in lowered
    # shown escaped in the markup, and as \u003c escapes in the embedded JSON
    assert html.escape(EVIL, quote=False) in page
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in page
    assert json.loads(EMBEDDED.findall(page)[0])["spec"]["title"] == "Title " + EVIL


def test_script_sets_text_only_with_text_content(small: LoadedSpec) -> None:
    page = build_quiz(small).quiz_html
    assert "textContent" in page
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                 "eval("):
        assert sink not in page


def test_page_needs_no_network(small: LoadedSpec) -> None:
    page = build_quiz(small).quiz_html
    assert "http://" not in page
    assert "https://" not in page
    assert "//cdn" not in page
    assert re.findall(r"<[^>]*\s(?:src|href)\s*=", page) == []
    assert "@import" not in page
    assert "url(" not in page
    assert "default-src 'none'" in page


def test_page_saves_answers_in_the_score_format(small: LoadedSpec) -> None:
    page = build_quiz(small).quiz_html
    row_keys = re.search(r"JSON\.stringify\(\{(.*?)\}\)", page, re.S)
    assert row_keys is not None
    keys = re.findall(r"(\w+):", row_keys.group(1))
    assert keys == ["annotator", "item", "label", "quiz", "guideline_version",
                    "submitted_at"]
    assert '"answers-"' in page
    assert "localStorage" in page
