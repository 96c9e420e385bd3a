"""Filters for the Markdown guide: spec text that cannot break the page.

Markdown viewers render raw HTML, so nothing from a spec may reach the
.md file as a tag. Plain text (titles, values, item fields) is escaped
so that it shows as written. Markdown fields (definitions, rules, ...)
pass as they are, unless they hold raw HTML: then every '<' that could
open a tag becomes '&lt;' in that field. A field with a link to a
`javascript:` (or vbscript, data, file) address has every '[' and '<'
escaped, so no link is made. The cost is that a code span in such a
field shows the escape too; a field without either is untouched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

_SPECIAL = re.compile(r"([\\`*_\[\]<>&#|~])")
_LIST_START = re.compile(r"^(\s*)([-+=])")
_NUMBER_START = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_UNSAFE_SCHEME = re.compile(r"^[\s\x00-\x1f]*(javascript|vbscript|data|file):", re.I)


def md_text(value: object) -> str:
    r"""Plain text as one line of Markdown that shows exactly as written.

    >>> print(md_text("<b>A & B</b>\n* no list"))
    \<b\>A \& B\</b\> \* no list
    """
    return _escape_line(" ".join(str(value).split()))


def md_quote(value: object) -> str:
    r"""Plain text, line breaks kept, as a Markdown block quote.

    >>> print(md_quote("1. first\n\n- second"))
    > 1\. first
    >
    > \- second
    """
    lines = str(value).strip("\n").splitlines() or [""]
    return "\n".join(f"> {_escape_line(line.strip())}".rstrip() for line in lines)


def md_source(value: object) -> str:
    """A Markdown field as it is, with '<' escaped if it holds raw HTML.

    >>> md_source("use `<tag>` here"), md_source("<script>x</script> `<b>`")
    ('use `<tag>` here', '&lt;script>x&lt;/script> `&lt;b>`')
    """
    text = "" if value is None else str(value).strip("\n").rstrip()
    if _has_unsafe_link(text):
        text = text.replace("[", "\\[").replace("<", "&lt;")
    return _TAG_START.sub("&lt;", text) if _has_raw_html(text) else text


def _escape_line(line: str) -> str:
    line = _SPECIAL.sub(r"\\\1", line)
    line = _LIST_START.sub(r"\1\\\2", line)
    return _NUMBER_START.sub(r"\1\\\2", line)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True})


@lru_cache(maxsize=1)
def _any_link_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True})
    # accept every address, to find the links a lax viewer would make
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


def _has_unsafe_link(text: str) -> bool:
    for token in _any_link_parser().parse(text):
        for child in token.children or ():
            href = str(child.attrs.get("href", child.attrs.get("src", "")))
            if child.type in ("link_open", "image") and _UNSAFE_SCHEME.match(href):
                return True
    return False


def _has_raw_html(text: str) -> bool:
    for token in _parser().parse(text):
        if token.type == "html_block":
            return True
        if any(child.type == "html_inline" for child in token.children or ()):
            return True
    return False


FILTERS = {"md_text": md_text, "md_quote": md_quote, "md_source": md_source}
