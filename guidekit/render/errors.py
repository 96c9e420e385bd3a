"""Render failures as typed errors that say which template and line."""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError

from guidekit.errors import GuidekitError


class RenderError(GuidekitError):
    """A guide could not be rendered: a bad template or templates folder."""


def template_failure(exc: Exception, folders: Sequence[str]) -> RenderError:
    """A RenderError naming the template (and line) behind `exc`."""
    if isinstance(exc, jinja2.TemplateNotFound):
        searched = ", ".join(folders)
        return RenderError(f"template '{exc.name}' not found (searched: {searched})")
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        return RenderError(f"{where}: template syntax error: {exc.message}")
    where = _template_line(exc, folders) or "template"
    if isinstance(exc, SecurityError):
        return RenderError(f"{where}: blocked by the template sandbox: {exc}")
    if isinstance(exc, UnicodeDecodeError):
        return RenderError(f"{where}: template is not UTF-8 text")
    if isinstance(exc, RecursionError):
        return RenderError(f"{where}: template recurses without end "
                           "(does it extend or include itself?)")
    if not isinstance(exc, jinja2.TemplateError):
        return RenderError(f"{where}: template failed: "
                           f"{type(exc).__name__}: {exc}")
    return RenderError(f"{where}: template error: {exc}")


def _template_line(exc: BaseException, folders: Sequence[str]) -> str | None:
    """'path:line' of the innermost template frame in the traceback."""
    roots = [Path(folder).resolve() for folder in folders]
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        path = Path(frame.filename).resolve()
        if any(path.is_relative_to(root) for root in roots):
            found = f"{frame.filename}:{frame.lineno}"
    return found
