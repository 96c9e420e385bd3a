"""The guide's offline search: an index of its cards, and the page's assets.

The index lists every card (label, confusable pair, example, section) by
its element id with the words it holds; a label card lists its rules too,
so the page's script can show only the rules that match. The script and
the style are rendered apart so their sha256 can go in the page's
Content-Security-Policy: the browser runs that one script and nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup

from guidekit.render.errors import RenderError
from guidekit.render.views import GuideView, LabelView

SCRIPT, STYLE = "guide/search.js", "guide/style.css.j2"
_CLOSES = {SCRIPT: re.compile(r"<(/?script|!--)", re.I),
           STYLE: re.compile(r"</style", re.I)}


@dataclass(frozen=True)
class Assets:
    """The inline script and style, and a CSP that allows only them."""

    script: Markup
    style: Markup
    csp: str


def search_index(guide: GuideView) -> list[dict[str, Any]]:
    """Cards by element id, each with its text and (labels) its rules."""
    cards = [_label(label) for label in guide.labels]
    cards += [_card(p.anchor, [*_words(p.left), *_words(p.right)])
              for p in guide.pairs]
    cards += [_card(ex.anchor, [ex.id, ex.why or "", *(f.text for f in ex.fields),
                                *(link.text for link in ex.labels)])
              for ex in guide.examples]
    cards += [_card(s.anchor, [s.title, s.body]) for s in guide.sections]
    return cards


def _words(label: LabelView) -> list[str]:
    rules = [*label.rules, *label.not_rules]
    return [label.title, label.value, *label.aliases, label.definition or "",
            *(f"{r.id or ''} {r.text}" for r in rules)]


def _label(label: LabelView) -> dict[str, Any]:
    own = [label.title, label.value, *label.aliases, label.definition or ""]
    rules = [{"id": r.anchor, "text": f"{r.id or ''} {r.text}"}
             for r in (*label.rules, *label.not_rules) if r.anchor]
    return {**_card(label.anchor, own), "rules": rules}


def _card(anchor: str, texts: list[str]) -> dict[str, Any]:
    return {"id": anchor, "text": " ".join(" ".join(texts).split()), "rules": []}


def page_assets(env: jinja2.Environment, context: dict[str, Any]) -> Assets:
    """Render the script and style; RenderError if one could leave its tag."""
    script, style = (_inline(env, name, context) for name in (SCRIPT, STYLE))
    csp = (f"default-src 'none'; script-src '{_hash(script)}'; "
           f"style-src '{_hash(style)}'; base-uri 'none'; form-action 'none'")
    return Assets(Markup(script), Markup(style), csp)


def _inline(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    text = env.get_template(name).render(context)
    if _CLOSES[name].search(text):
        raise RenderError(f"template '{name}' holds a closing tag or '<!--': "
                          "it cannot be put inline in the page")
    return text


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
