"""A spec cannot inject markup: not into the HTML page, not into the Markdown."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any

import pytest
from markdown_it import MarkdownIt

from guidekit.render import render_guide

XSS = "<script>alert(1)</script>"
BREAKOUT = "\"><img src=x onerror=alert(1)>"
EXTERNAL = re.compile(r"^\s*(https?:|//|javascript:|data:)", re.IGNORECASE)
OUR_ANCHOR = re.compile(r'<a id="[\w-]+">|</a>')
JINJA = "{{ 7*7 }}{% if true %}IF-RAN{% endif %}"
BAD = f"{XSS} {BREAKOUT} {JINJA}"
JS_LINK = "[click](javascript:alert(1)) <javascript:alert(2)> [d](data:text/html,x)"


def hostile_data() -> dict[str, Any]:
    """A spec whose every shown text tries to inject markup."""
    bad = BAD
    item = {"text": f"{bad}\nsecond line {bad}", "note": bad}
    return {
        "spec": "guidekit/v1", "id": f"id-{BREAKOUT}", "title": f"Title {bad}",
        "version": f"1.0.0{BREAKOUT}", "summary": f"Summary {bad}\n\n<!-- hide -->",
        "task": {"question": f"Q {bad}", "fields": [
            {"name": "text", "title": f"Text {bad}", "help": f"help {bad}"},
            {"name": "note", "title": BREAKOUT}]},
        "labels": [
            {"value": XSS, "title": f"L1 {bad}", "aliases": [f"a-{BREAKOUT}"],
             "definition": f"Def {bad} {JS_LINK}", "confused_with": [BREAKOUT],
             "rules": [{"id": BREAKOUT, "text": f"Rule {bad} {JS_LINK}"}],
             "not": [{"id": f"n-{XSS}", "text": f"Not {bad}"}]},
            {"value": BREAKOUT, "confused_with": [XSS]},
        ],
        "sections": [{"title": f"Sec {bad}",
                      "body": f"Body {bad}\n\n<div>{XSS}</div>"}],
        "examples": [{"id": f"ex-{BREAKOUT}", "item": item, "label": XSS,
                      "why": f"Why {bad} {JS_LINK}"}],
        "gold": [{"id": "g1", "item": {"text": "gold only", "note": "n"},
                  "label": BREAKOUT}],
        "changelog": [{"version": f"1.0.0{BREAKOUT}", "date": BREAKOUT,
                       "changes": [f"change {bad}"]}],
        "lint": {"version-semver": "off"},  # the version is hostile on purpose
    }


@pytest.fixture
def hostile(write_spec):
    return render_guide(write_spec(hostile_data()))


def csp_hashes(page) -> dict[str, str]:
    csp = page.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]
    rules = dict(part.strip().split(" ", 1) for part in
                 (csp.attrs["content"] or "").split(";"))
    return {name: value.strip("'") for name, value in rules.items()}


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(
        hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def test_html_runs_only_the_search_script_the_csp_allows(hostile, scan) -> None:
    page = scan(hostile["guide.html"])
    scripts = page.find("script")
    data = [s for s in scripts if s.attrs.get("type") == "application/json"]
    code = [s for s in scripts if s not in data]

    assert len(data) == 1 and len(code) == 1 and code[0].attrs == {}
    policy = csp_hashes(page)
    assert policy["default-src"] == "none"
    assert policy["script-src"] == sha256(code[0].text)
    assert policy["style-src"] == sha256(page.find("style")[0].text)
    assert XSS not in code[0].text and "7*7" not in code[0].text
    assert not page.find("img")
    handlers = [(e.tag, name) for e in page.elements for name in e.attrs
                if name.lower().startswith("on")]
    assert handlers == []


def test_html_shows_the_hostile_text_as_text(hostile, scan) -> None:
    page = scan(hostile["guide.html"])
    main = page.find("main")[0].text

    assert main.count(XSS) >= 10 and main.count(BREAKOUT) >= 10
    rest = main.replace(JINJA, "")
    assert main.count(JINJA) >= 10 and "49" not in rest and "IF-RAN" not in rest
    assert f"Title {BAD}" in page.find("title")[0].text
    assert f"Title {BAD}" == page.find("h1")[0].text


def test_search_data_is_inert_json_holding_the_text(hostile, scan) -> None:
    html = hostile["guide.html"]
    page = scan(html)
    raw = page.find("script", id="search-data")[0].text

    assert "<" not in raw and ">" not in raw and "&" not in raw
    cards = json.loads(raw)
    label = next(c for c in cards if c["id"] == "label-script-alert-1-script")
    assert f"L1 {BAD}" in label["text"]
    assert [r["text"] for r in label["rules"]][0].startswith(f"{BREAKOUT} Rule {BAD}")
    assert "gold only" not in raw


def test_html_has_no_external_reference(hostile, scan, claims) -> None:
    for files in (hostile, render_guide(claims)):
        page = scan(files["guide.html"])
        refs = [v for e in page.elements for k, v in e.attrs.items()
                if k in ("src", "href", "action", "srcset") and v is not None]
        assert refs and not [r for r in refs if EXTERNAL.match(r)]
        assert "javascript:" not in str([e.attrs for e in page.elements])
        assert not page.find("link") and not re.search(
            r"url\(|@import", page.find("style")[0].text)


def test_javascript_links_in_markdown_show_as_text(hostile, scan) -> None:
    page = scan(hostile["guide.html"])
    card = page.find("article", id="label-script-alert-1-script")[0]

    assert "[click](javascript:alert(1))" in card.text
    assert "<javascript:alert(2)>" in card.text
    assert not [a for a in page.inside(card, "a")
                if not (a.attrs.get("href") or "").startswith("#")]


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

    assert page.find("h1")[0].text == f"Title {BAD}"
    quotes = [q.text.strip() for q in page.find("blockquote")]
    assert f"{BAD}\nsecond line {BAD}" in quotes


def test_markdown_makes_no_javascript_link(hostile, scan) -> None:
    md = hostile["guide.md"]
    # a permissive viewer: any link scheme accepted
    viewer = MarkdownIt("commonmark", {"html": True})
    viewer.validateLink = lambda url: True
    page = scan(viewer.render(md))

    hrefs = [a.attrs.get("href") or "" for a in page.find("a")]
    assert hrefs and not [h for h in hrefs if EXTERNAL.match(h)]
    text = "".join(e.text for e in page.elements if not e.parents)
    assert "[click](javascript:alert(1))" in text and "<javascript:alert(2)>" in text
    assert text.count(JINJA) >= 10 and "IF-RAN" not in text.replace(JINJA, "")


def test_markdown_image_in_a_spec_loads_nothing_from_outside(write_spec,
                                                             scan) -> None:
    data = hostile_data()
    data["labels"][0]["definition"] = "See ![tracker](https://example.org/t.png)"
    page = scan(render_guide(write_spec(data))["guide.html"])

    assert not [e for e in page.elements if EXTERNAL.match(e.attrs.get("src") or "")]
