"""Problem codes that are not meaning checks: loader, schema, lint, version.

Their levels are fixed; a spec's `lint:` table cannot change them. The
meaning checks, whose levels it can change, are the registry in
`guidekit.spec.checks`. Every code a module here reports must be listed
(tests/spec/test_codes.py reads the source to make sure).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Stage = Literal["loader", "schema", "lint", "version"]


@dataclass(frozen=True)
class Code:
    """A fixed problem code: the stage that reports it, its level, a doc line."""

    code: str
    stage: Stage
    level: str
    doc: str


def _codes(*codes: Code) -> dict[str, Code]:
    return {c.code: c for c in codes}


FIXED_CODES: dict[str, Code] = _codes(
    Code("unreadable", "loader", "error", "The spec file cannot be read."),
    Code("file-too-large", "loader", "error",
         "The file is larger than the loader reads; move gold to side files."),
    Code("not-utf8", "loader", "error",
         "The spec or a side file is not UTF-8 text (UTF-16, Latin-1...)."),
    Code("byte-order-mark", "loader", "warning",
         "The file starts with a UTF-8 byte-order mark."),
    Code("binary-file", "loader", "error", "The file holds a NUL byte."),
    Code("unicode-line-break", "loader", "warning",
         "The text holds U+0085, U+2028 or U+2029, line breaks to YAML 1.1 "
         "tools but not to editors; read as ordinary characters."),
    Code("empty-file", "loader", "error", "The file holds no YAML document."),
    Code("multiple-documents", "loader", "error",
         "The file holds more than one YAML document."),
    Code("tab-indent", "loader", "error", "A tab where YAML wants spaces."),
    Code("yaml-syntax", "loader", "error", "The file is not well-formed YAML."),
    Code("recursive-alias", "loader", "error",
         "An anchored node holds an alias to itself."),
    Code("alias-bomb", "loader", "error",
         "Aliases expand to more nodes than the loader accepts."),
    Code("too-deep", "loader", "error",
         "Values nest deeper than the loader accepts."),
    Code("yaml-tag", "loader", "warning",
         "A custom tag such as !!python/object is ignored; the value is text."),
    Code("duplicate-key", "loader", "error",
         "A mapping has the same key twice (in the spec or a JSONL row)."),
    Code("include-missing", "loader", "error or warning",
         "An included side file does not exist (a warning when optional)."),
    Code("include-path", "loader", "error",
         "An include path is absolute, uses '..', leaves the spec's folder, "
         "names a folder or has an unknown suffix."),
    Code("include-shape", "loader", "error",
         "A YAML side file is not a list of gold items."),
    Code("json-syntax", "loader", "error", "A JSONL side file row is not JSON."),
    Code("csv-header", "loader", "error",
         "A CSV side file's header has an unknown, empty or repeated column."),
    Code("csv-row", "loader", "error",
         "A CSV side file row has more or fewer cells than the header."),
    Code("csv-syntax", "loader", "error",
         "A CSV side file row cannot be read, such as an unclosed quote."),
    Code("missing-key", "schema", "error", "A required key is missing."),
    Code("unknown-key", "schema", "error",
         "A key the format does not know (often a typo)."),
    Code("wrong-type", "schema", "error",
         "A value of the wrong type, such as a list where text is wanted."),
    Code("bad-value", "schema", "error",
         "A value outside what the format allows, such as an unknown kind."),
    Code("schema", "schema", "error", "Any other schema problem."),
    Code("unknown-check", "lint", "error",
         "The lint table names a code that is not a check."),
    Code("fixed-level", "lint", "error",
         "The lint table names a loader, schema or lint code; their levels "
         "cannot be changed."),
    Code("version-bump", "version", "error",
         "With --against REV: the version was not bumped as far as the "
         "changes require, or the changelog lacks the new version."),
)
