"""The Markdown filters, checked by rendering their output with markdown-it."""

from __future__ import annotations

from html import unescape

import pytest
from markdown_it import MarkdownIt

from guidekit.render.markdown_text import md_quote, md_source, md_text

NASTY = [
    "<b>bold?</b>", "a & b &amp; c", "*not em* and _not em_", "[x](http://e.org)",
    "`code`", "# not a heading", "- not a list", "+ nor this", "1. not a list",
    "2) nor this", "> not a quote", "a | b | c", "back\\slash \\*", "= x",
    "![img](x.png)", "<!-- c -->", "&lt;entity&gt;", "<https://e.org>", "Can't",
]


def commonmark(text: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).render(text)


@pytest.mark.parametrize("plain", NASTY)
def test_md_text_shows_plain_text_exactly(plain: str) -> None:
    html = commonmark(md_text(plain))

    assert html.startswith("<p>") and html.endswith("</p>\n")
    assert html.count("<") == 2
    assert unescape(html[3:-5]) == plain


def test_md_text_keeps_inline_text_on_one_line() -> None:
    assert md_text("two\nlines\n\n# and more") == "two lines \\# and more"


def test_md_quote_keeps_lines_as_one_quote() -> None:
    text = "first <i>line</i>\n- second\n\n1. third\n==="
    html = commonmark(md_quote(text))

    assert html.count("<blockquote>") == 1 and html.count("<p>") == 2
    assert "<i>" not in html and "<ul>" not in html and "<ol>" not in html
    assert "<h1>" not in html and "<h2>" not in html
    assert unescape(html).count("<i>line</i>") == 1


def test_md_source_leaves_markdown_without_raw_html_alone() -> None:
    text = "Use `<PER>` for people, *not* <https://e.org>.\n\n- a\n- b"
    assert md_source(text) == text


@pytest.mark.parametrize("raw", [
    "<script>alert(1)</script>", "x <img src=x onerror=alert(1)> y",
    "<!-- hidden -->", "<div>\nblock\n</div>", "a </p> b", "<?php x ?>",
])
def test_md_source_escapes_raw_html(raw: str) -> None:
    html = commonmark(md_source(f"Text *with* {raw}"))

    assert "<em>with</em>" in html
    assert raw in unescape(html)
    assert html.count("<") == html.count("<p>") + html.count("</p>") + 2


def test_md_source_trims_outer_blank_lines() -> None:
    assert md_source("\n\ntext\n\n") == "text" and md_source(None) == ""
