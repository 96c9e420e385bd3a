"""The Jinja2 environment shared by the guide and the quiz pages.

Templates run sandboxed and autoescape HTML: text from a spec is data.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markdown_it import MarkdownIt
from markupsafe import Markup

PACKAGE_DIR = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """The shipped templates: inside the wheel, or the checkout's top level."""
    for candidate in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("guidekit's templates folder is missing")


def environment(template_dir: str | Path | None = None) -> jinja2.Environment:
    """A sandboxed environment; a team's own folder is searched first."""
    folders = [str(template_dir)] if template_dir else []
    folders.append(str(templates_dir()))
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=jinja2.select_autoescape(["html", "html.j2"]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = markdown_html
    env.filters["script_json"] = script_json
    return env


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # raw HTML off (a spec's <script> is shown, not run) and no images:
    # the page must load nothing from outside
    return MarkdownIt("commonmark", {"html": False}).disable("image")


def markdown_html(text: str | None) -> Markup:
    """Markdown from a spec as safe HTML (raw HTML in it is escaped)."""
    return Markup(_markdown().render(text or ""))


def script_json(value: Any) -> Markup:
    """JSON that is safe inside <script type="application/json">."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for raw, safe in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                      ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, safe)
    return Markup(text)
