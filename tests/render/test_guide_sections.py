"""Confusable pairs, examples under their label, search and print rules."""

from __future__ import annotations

import json
import re

from guidekit import LoadedSpec
from guidekit.render import render_guide


def test_each_confusable_pair_is_shown_once_with_both_rules(claims: LoadedSpec,
                                                           scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    pairs = page.by_class("pair-card")

    # backed<->not backed is named from both sides: still one pair
    assert [p.attrs["id"] for p in pairs] == ["pair-backed-not-backed",
                                             "pair-not-backed-can-t-tell-garbled"]
    first = pairs[0]
    assert [h.text for h in page.inside(first, "h4")] == ["Backed", "Not backed"]
    ids = [a.text for a in page.inside(first, "a") if "rule-id" in
           (a.attrs.get("class") or "")]
    assert ids == ["B1", "B2", "B3", "N1"]
    assert "If you cannot tell because the source is garbled" in first.text


def test_a_pair_needs_two_known_labels(write_spec, claims: LoadedSpec,
                                       scan) -> None:
    data = claims.spec.model_dump(mode="json", by_alias=True, exclude_none=True)
    for label in data["labels"]:
        label["confused_with"] = [label["value"]]
    data["lint"] = {"unknown-label": "off"}
    page = scan(render_guide(write_spec(data))["guide.html"])

    assert page.by_class("pair-card") == [] and not page.find("section", id="pairs")


def test_examples_sit_under_their_label(claims: LoadedSpec, scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    groups = page.by_class("example-group")

    titles = [page.inside(g, "h3")[0].text for g in groups]
    assert titles == ["Examples of Backed", "Examples of Not backed"]
    assert [[a.attrs["id"] for a in page.inside(g, "article")] for g in groups] == \
        [["example-ex-1"], ["example-ex-2"]]
    md = render_guide(claims)["guide.md"]
    assert md.index("### Examples of [Backed]") < md.index("#### Example ex-1") \
        < md.index("### Examples of [Not backed]") < md.index("#### Example ex-2")


def test_search_box_is_hidden_until_the_script_runs(claims: LoadedSpec,
                                                     scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    form = page.find("form", id="search")[0]

    assert "hidden" in form.attrs and page.find("input", id="search-box")
    index = json.loads(page.find("script", id="search-data")[0].text)
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    assert {card["id"] for card in index} <= ids
    assert {r["id"] for card in index for r in card["rules"]} <= ids
    backed = next(c for c in index if c["id"] == "label-backed")
    assert [r["id"] for r in backed["rules"]] == ["rule-b1", "rule-b2", "rule-b3"]


def test_every_rule_has_an_element_id(claims: LoadedSpec, scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    card = page.find("article", id="label-not-backed")[0]

    items = [li for li in page.inside(card, "li") if "rules" in
             (li.parents[-1].attrs.get("class") or "")]
    assert [li.attrs.get("id") for li in items] == ["rule-n1",
                                                   "rule-not-backed-not-1"]


def test_search_index_holds_no_gold(claims: LoadedSpec, scan) -> None:
    raw = scan(render_guide(claims)["guide.html"]).find(
        "script", id="search-data")[0].text
    words = json.dumps(json.loads(raw), ensure_ascii=False)
    assert "A paraphrase of the source" in words
    for gold in claims.spec.gold:
        for secret in (gold.id, *gold.item.values(), gold.rationale or gold.id):
            assert secret not in words


def print_rules(css: str) -> str:
    """The body of the `@media print { ... }` block, braces matched."""
    start = css.index("@media print")
    depth = 0
    for at in range(start, len(css)):
        depth += {"{": 1, "}": -1}.get(css[at], 0)
        if css[at] == "}" and depth == 0:
            return css[start:at]
    raise AssertionError("unclosed @media print")


def test_print_hides_search_keeps_cards_whole_and_shows_links(
        claims: LoadedSpec, scan) -> None:
    css = scan(render_guide(claims)["guide.html"]).find("style")[0].text
    rules = print_rules(css)

    assert re.search(r"\.search[^{]*\{[^}]*display:\s*none", rules)
    assert re.search(r"\.card[^{]*\{[^}]*break-inside:\s*avoid", rules)
    assert 'attr(href)' in rules
