"""A spec cannot inject markup: not into the HTML page, not into the Markdown."""

from __future__ import annotations

import re
from typing import Any

import pytest
from markdown_it import MarkdownIt

from guidekit.render import render_guide

XSS = "<script>alert(1)</script>"
BREAKOUT = "\"><img src=x onerror=alert(1)>"
EXTERNAL = re.compile(r"^\s*(https?:|//|javascript:|data:)", re.IGNORECASE)
OUR_ANCHOR = re.compile(r'<a id="[\w-]+">|</a>')


def hostile_data() -> dict[str, Any]:
    """A spec whose every shown text tries to inject markup."""
    bad = f"{XSS} {BREAKOUT}"
    item = {"text": f"{bad}\nsecond line {bad}", "note": bad}
    return {
        "spec": "guidekit/v1", "id": f"id-{BREAKOUT}", "title": f"Title {bad}",
        "version": f"1.0.0{BREAKOUT}", "summary": f"Summary {bad}\n\n<!-- hide -->",
        "task": {"question": f"Q {bad}", "fields": [
            {"name": "text", "title": f"Text {bad}", "help": f"help {bad}"},
            {"name": "note", "title": BREAKOUT}]},
        "labels": [
            {"value": XSS, "title": f"L1 {bad}", "aliases": [f"a-{BREAKOUT}"],
             "definition": f"Def {bad}", "confused_with": [BREAKOUT],
             "rules": [{"id": BREAKOUT, "text": f"Rule {bad}"}],
             "not": [{"id": f"n-{XSS}", "text": f"Not {bad}"}]},
            {"value": BREAKOUT, "confused_with": [XSS]},
        ],
        "sections": [{"title": f"Sec {bad}",
                      "body": f"Body {bad}\n\n<div>{XSS}</div>"}],
        "examples": [{"id": f"ex-{BREAKOUT}", "item": item, "label": XSS,
                      "why": f"Why {bad}"}],
        "gold": [{"id": "g1", "item": {"text": "gold only", "note": "n"},
                  "label": BREAKOUT}],
        "changelog": [{"version": f"1.0.0{BREAKOUT}", "date": BREAKOUT,
                       "changes": [f"change {bad}"]}],
        "lint": {"version-semver": "off"},  # the version is hostile on purpose
    }


@pytest.fixture
def hostile(write_spec):
    return render_guide(write_spec(hostile_data()))


def test_html_has_no_script_element_and_no_event_attribute(hostile, scan) -> None:
    page = scan(hostile["guide.html"])

    assert not page.find("script")
    assert not page.find("img")
    handlers = [(e.tag, name) for e in page.elements for name in e.attrs
                if name.lower().startswith("on")]
    assert handlers == []


def test_html_shows_the_hostile_text_as_text(hostile, scan) -> None:
    page = scan(hostile["guide.html"])
    body = page.find("body")[0].text

    assert body.count(XSS) >= 10 and body.count(BREAKOUT) >= 10
    assert f"Title {XSS} {BREAKOUT}" in page.find("title")[0].text
    assert f"Title {XSS} {BREAKOUT}" == page.find("h1")[0].text


def test_html_has_no_external_reference(hostile, scan, claims) -> None:
    for files in (hostile, render_guide(claims)):
        page = scan(files["guide.html"])
        refs = [v for e in page.elements for k, v in e.attrs.items()
                if k in ("src", "href", "action", "srcset") and v is not None]
        assert refs and not [r for r in refs if EXTERNAL.match(r)]


def test_html_anchors_from_hostile_values_are_safe(hostile, scan) -> None:
    page = scan(hostile["guide.html"])
    ids = [e.attrs["id"] for e in page.elements if "id" in e.attrs]

    assert "label-script-alert-1-script" in ids
    assert all(re.fullmatch(r"[\w-]+", i or "") for i in ids)
    assert len(ids) == len(set(ids))
    targets = {e.attrs["href"][1:] for e in page.find("a")}
    assert targets <= set(ids)


def md_html_tokens(text: str) -> list[str]:
    tokens = MarkdownIt("commonmark", {"html": True}).parse(text)
    found = [t.content for t in tokens if t.type == "html_block"]
    for token in tokens:
        found += [c.content for c in token.children or () if c.type == "html_inline"]
    return found


def test_markdown_holds_no_raw_html_but_our_anchors(hostile) -> None:
    md = hostile["guide.md"]
    raw = md_html_tokens(md)

    assert raw and all(OUR_ANCHOR.fullmatch(t) for t in raw)
    rendered = MarkdownIt("commonmark", {"html": True}).render(md)
    assert "<script" not in rendered and "<img" not in rendered
    assert "<div>" not in rendered and "<!--" not in rendered


def test_markdown_shows_hostile_plain_text_as_written(hostile, scan) -> None:
    rendered = MarkdownIt("commonmark", {"html": True}).render(hostile["guide.md"])
    page = scan(rendered)

    assert page.find("h1")[0].text == f"Title {XSS} {BREAKOUT}"
    quotes = [q.text.strip() for q in page.find("blockquote")]
    assert f"{XSS} {BREAKOUT}\nsecond line {XSS} {BREAKOUT}" in quotes


def test_markdown_image_in_a_spec_loads_nothing_from_outside(write_spec,
                                                             scan) -> None:
    data = hostile_data()
    data["labels"][0]["definition"] = "See ![tracker](https://example.org/t.png)"
    page = scan(render_guide(write_spec(data))["guide.html"])

    assert not [e for e in page.elements if EXTERNAL.match(e.attrs.get("src") or "")]
