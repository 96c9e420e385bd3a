"""The guide's content: what it shows, what it never shows, and its links."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from guidekit import LoadedSpec, SpecError
from guidekit.render import render_guide, write_guide


def test_write_guide_writes_both_files(claims: LoadedSpec, tmp_path: Path) -> None:
    written = write_guide(claims, tmp_path / "out")

    assert sorted(p.name for p in written) == ["guide.html", "guide.md"]
    assert all(p.read_text(encoding="utf-8").strip() for p in written)
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def gold_strings(loaded: LoadedSpec) -> list[str]:
    found = []
    for gold in loaded.spec.gold:
        found += [gold.id, *gold.item.values()]
        found += [gold.rationale] if gold.rationale else []
    return found


def test_no_gold_id_item_or_rationale_in_either_file(claims: LoadedSpec) -> None:
    secrets = gold_strings(claims)
    assert len(secrets) == 3 * 4  # id, two fields and a rationale per item

    for name, text in render_guide(claims).items():
        for secret in secrets:
            assert secret not in text, f"{name} shows gold text {secret!r}"
        assert "RATIONALE-MARKER" not in text and "GOLD" not in text


def test_an_example_that_is_a_gold_item_is_refused(claims: LoadedSpec) -> None:
    spec = claims.spec
    leaked = spec.examples[0].model_copy(update={"item": dict(spec.gold[1].item)})
    loaded = LoadedSpec(spec.model_copy(update={"examples": [leaked]}),
                        claims.path, claims.where)

    with pytest.raises(SpecError) as caught:
        render_guide(loaded)
    assert [p.code for p in caught.value.problems] == ["gold-leak"]


def test_every_label_has_a_card_with_anchor_and_toc_link(claims: LoadedSpec,
                                                         scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    cards = page.by_class("label-card")
    toc = page.inside(page.find("nav", id="contents")[0], "a")

    assert len(cards) == len(claims.spec.labels) == 3
    for card, label in zip(cards, claims.spec.labels, strict=True):
        anchor = card.attrs["id"]
        assert anchor and re.fullmatch(r"[a-z0-9-]+", anchor)
        assert [h.text for h in page.inside(card, "h3")] == [label.title]
        assert [a.text for a in toc if a.attrs["href"] == f"#{anchor}"] == \
            [label.title]


def test_anchors_are_unique_and_every_link_lands(claims: LoadedSpec, scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    ids = [e.attrs["id"] for e in page.elements if "id" in e.attrs]
    hrefs = [e.attrs["href"] for e in page.elements if e.tag == "a"]

    assert len(ids) == len(set(ids))
    assert hrefs and all(h and h.startswith("#") for h in hrefs)
    assert {h[1:] for h in hrefs} <= set(ids)


def test_confused_with_links_to_the_other_card(claims: LoadedSpec, scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    card = page.find("article", id="label-not-backed")[0]
    related = page.by_class("related")
    related = [r for r in related if any(p is card for p in r.parents)]

    links = [(a.text, a.attrs["href"]) for a in page.inside(related[0], "a")]
    assert "Often confused with" in related[0].text
    assert links[:2] == [("Backed", "#label-backed"),
                         ("Can't tell", "#label-can-t-tell-garbled")]
    assert page.find("article", id="label-can-t-tell-garbled")


def test_card_shows_rules_with_ids_not_entries_and_aliases(claims: LoadedSpec,
                                                           scan) -> None:
    page = scan(render_guide(claims)["guide.html"])
    backed = page.find("article", id="label-backed")[0]

    for text in ("B1", "A paraphrase of the source", "B3", "Background knowledge",
                 "Do not choose it when", "1, TRUE, yes", "value: backed"):
        assert text in backed.text
    assert page.find("li", id="rule-b1") and page.find("a", href="#rule-b3")


def test_example_fields_follow_the_task_order(claims: LoadedSpec, scan) -> None:
    files = render_guide(claims)
    example = scan(files["guide.html"]).find("article", id="example-ex-1")[0]

    source = example.text.index("Work on the bridge ended in 1932")
    claim = example.text.index("The bridge opened in 1932.")
    assert example.text.index("Source") < source < example.text.index("Claim") < claim
    md = files["guide.md"]
    assert md.index("> Work on the bridge") < md.index("> The bridge opened")


def test_header_names_the_version_and_sections_and_changelog_show(
        claims: LoadedSpec, scan) -> None:
    html = render_guide(claims)["guide.html"]
    page = scan(html)

    assert page.find("span", **{"class": "version"})[0].text == "2.1.0"
    assert "2.1.0" in page.find("title")[0].text
    assert page.find("article", id="section-edge-cases-numbers")
    assert "Edge cases &amp; numbers" in html
    assert "Added the &lt;can&#39;t tell&gt; label." in html


def test_page_is_self_contained_with_viewport_and_print_styles(
        claims: LoadedSpec, scan) -> None:
    html = render_guide(claims)["guide.html"]
    page = scan(html)

    assert page.find("meta", name="viewport")
    assert "@media print" in page.find("style")[0].text
    assert not page.find("link")
    assert [s.attrs.get("type") for s in page.find("script")] == \
        ["application/json", None]
    assert not re.search(r"url\(|@import", page.find("style")[0].text)


def test_markdown_has_the_same_content(claims: LoadedSpec) -> None:
    md = render_guide(claims)["guide.md"]

    assert md.startswith("# Does the source back the claim?\n")
    assert "guideline version **2.1.0**" in md
    for label in claims.spec.labels:
        assert f"\n### {label.title}\n" in md.replace("\\'", "'")
    assert "- **B1** A paraphrase of the source counts as backed." in md
    assert "Often confused with: [Backed](#label-backed)" in md
    assert '<a id="label-can-t-tell-garbled"></a>' in md
    assert "\n\n\n" not in md


def test_markdown_rule_of_two_paragraphs_stays_in_its_list_item(
        claims: LoadedSpec, write_spec, scan) -> None:
    data = claims.spec.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["labels"][0]["rules"][0]["text"] = "First part.\n\nSecond *part*."
    md = render_guide(write_spec(data))["guide.md"]
    page = scan(MarkdownIt("commonmark").render(md))

    items = [li.text for li in page.find("li") if "First part." in li.text]
    # once in the label's card, once where it sits beside 'not backed'
    assert len(items) == 2 and all("Second part." in item for item in items)
