"""Render the annotator guide: one self-contained HTML page and Markdown.

The template names `guide.html.j2` and `guide.md.j2` are the contract: a
team's own templates folder is searched first, so it may replace either,
or only a partial under `guide/`. Templates see one `guide` record
(guidekit.render.views), which holds no gold item and no answer, plus
`search_index` (the cards' words, for the page's search script, to embed
with `script_json`) and `assets` (the inline script, style and the CSP
that allows only them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import jinja2

from guidekit import __version__
from guidekit.errors import SpecError
from guidekit.fileio import write_files_atomic
from guidekit.render.context import guide_view
from guidekit.render.errors import RenderError, template_failure
from guidekit.render.markdown_text import FILTERS
from guidekit.render.search import page_assets, search_index
from guidekit.render.since import load_since, since_view
from guidekit.render.views import GuideView
from guidekit.spec.checks import run_checks
from guidekit.spec.loader import LoadedSpec
from guidekit.templating import environment

T = TypeVar("T")
OUTPUTS = {"guide.html": "guide.html.j2", "guide.md": "guide.md.j2"}


def render_guide(loaded: LoadedSpec, *, template_dir: str | Path | None = None,
                 since: str | None = None) -> dict[str, str]:
    """The guide's files, by name: 'guide.html' and 'guide.md'.

    `since` (a spec file, `REV:path` or a bare git revision of this spec)
    adds a "what changed since" section. Raises SpecError when an example
    is a gold item (the guide would show an answer) or the older spec does
    not load, RevisionError when git cannot read it, and RenderError for a
    bad template or templates folder.

    >>> from guidekit import load_spec
    >>> files = render_guide(load_spec("specs/rte/guideline.yaml"))  # doctest: +SKIP
    >>> sorted(files)  # doctest: +SKIP
    ['guide.html', 'guide.md']
    """
    _refuse_gold_leak(loaded)
    if template_dir is not None:
        check_template_dir(template_dir)
    guide = _with_since(guide_view(loaded.spec), loaded, since)
    env = environment(template_dir)
    env.filters.update(FILTERS)
    context: dict[str, object] = {"guide": guide, "search_index": search_index(guide),
                                  "generator": f"guidekit {__version__}"}
    context["assets"] = _guarded(env, lambda: page_assets(env, context))
    return {name: _render(env, template, context)
            for name, template in OUTPUTS.items()}


def write_guide(loaded: LoadedSpec, out_dir: str | Path, *,
                template_dir: str | Path | None = None,
                since: str | None = None) -> list[Path]:
    """Render the guide and write its files into `out_dir`, atomically."""
    files = render_guide(loaded, template_dir=template_dir, since=since)
    return write_files_atomic(out_dir, files)


def _with_since(guide: GuideView, loaded: LoadedSpec, since: str | None) -> GuideView:
    if since is None:
        return guide
    old, source = load_since(since, loaded.path)
    return replace(guide, since=since_view(old, loaded.spec, guide, source))


def check_template_dir(folder: str | Path) -> None:
    """Raise RenderError unless `folder` holds at least one guide template.

    A folder that overrides nothing is most likely the wrong folder.
    """
    path = Path(folder)
    if not path.is_dir():
        raise RenderError(f"templates folder '{folder}' does not exist "
                          "or is not a folder")
    names = [*OUTPUTS.values(), "guide"]
    if not any((path / name).exists() for name in names):
        wanted = ", ".join(OUTPUTS.values())
        raise RenderError(f"templates folder '{folder}' has no guide template "
                          f"(expected {wanted} or a guide/ folder)")


def _render(env: jinja2.Environment, name: str, context: dict[str, object]) -> str:
    return _guarded(env, lambda: env.get_template(name).render(context))


def _guarded(env: jinja2.Environment, run: Callable[[], T]) -> T:
    """`run()`, with a template's failure turned into a RenderError."""
    folders = list(getattr(env.loader, "searchpath", []))
    try:
        return run()
    except (jinja2.TemplateError, UnicodeDecodeError) as exc:
        raise template_failure(exc, folders) from exc
    except (ArithmeticError, LookupError, TypeError, ValueError,
            RecursionError, AttributeError) as exc:
        # a team's template is code: its runtime failures are its own
        raise template_failure(exc, folders) from exc


def _refuse_gold_leak(loaded: LoadedSpec) -> None:
    leaks = [p for p in run_checks(loaded) if p.code == "gold-leak"]
    if leaks:
        raise SpecError(leaks)
