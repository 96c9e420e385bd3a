"""The RTE quiz (real data, ../shared/data/snow2008-rte) in Chromium: every
item's text and hypothesis shows as decoded text, nothing unescaped, and
the saved answers score as a submission."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any


def test_rte_quiz_renders_decoded_text_and_scores(
        rte_spec: Path, rte_table: Any, open_page: Any, kit: Any,
        tmp_path: Path) -> None:
    key = kit.build(rte_spec, tmp_path / "quiz", "--questions", "20")
    pairs = {row["id"]: row for row in rte_table("rte1.tsv")}
    page = open_page(tmp_path / "quiz" / "quiz.html", kit.phone)
    form = json.loads((tmp_path / "quiz" / "quiz.json").read_text(encoding="utf-8"))
    gold_of = {q["id"]: q["gold_id"] for q in key["questions"]}
    assert page.locator("fieldset.question p.text").count() == 2 * 20
    for question in form["questions"]:
        shown = page.locator(f"#q-{question['position']} p.text").all_inner_texts()
        pair = pairs[gold_of[question["id"]]]
        assert shown == [html.unescape(pair["text"]).strip(),
                         html.unescape(pair["hypothesis"]).strip()]
    assert page.locator("fieldset.question b, fieldset.question script").count() == 0
    assert kit.overflow(page) <= 0
    page.fill("#annotator", "rte-1")
    for q in key["questions"]:
        page.click(f"#q-{q['position']} input[value='{q['label']}'] + span")
    [annotator] = kit.score_json(rte_spec, kit.save_answers(page, tmp_path),
                                 tmp_path / "quiz" / "key.json")["annotators"]
    assert (annotator["gold_answered"], annotator["correct"]) == (20, 20)
