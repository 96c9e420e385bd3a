"""Every problem code the package reports is listed, once, with a doc.

Codes of meaning checks live in the registry (guidekit.spec.checks.CHECKS);
every other code in guidekit.spec.codes.FIXED_CODES. This reads the source:
each string passed as a Problem's code, and each kebab-case string in a
module that makes problems, must be a known code.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import guidekit
from guidekit.spec.checks import CHECKS
from guidekit.spec.codes import FIXED_CODES

PACKAGE = Path(guidekit.__file__).parent
KEBAB = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)+")
NOT_CODES = {"utf-8", "utf-8-sig"}
KNOWN = set(CHECKS) | set(FIXED_CODES)


def _problem_codes(tree: ast.AST) -> set[str]:
    """Literal codes in Problem(path, line, col, level, code, ...) calls."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem":
            args = node.args[4:5] + [k.value for k in node.keywords if k.arg == "code"]
            found |= {a.value for a in args if isinstance(a, ast.Constant)}
    return found


def _kebab_strings(tree: ast.AST) -> set[str]:
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and KEBAB.fullmatch(node.value)} - NOT_CODES


def _sources() -> dict[str, ast.AST]:
    return {str(path.relative_to(PACKAGE)): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(PACKAGE.rglob("*.py")) if path.name != "codes.py"}


def test_every_problem_code_in_the_package_is_known() -> None:
    unknown = {name: sorted(_problem_codes(tree) - KNOWN)
               for name, tree in _sources().items() if _problem_codes(tree) - KNOWN}
    assert unknown == {}, "list these in guidekit/spec/codes.py"


def test_every_code_in_problem_making_modules_is_known() -> None:
    found: dict[str, set[str]] = {}
    for name, tree in _sources().items():
        if "Problem" in ast.unparse(tree):
            found[name] = _kebab_strings(tree)
    unknown = {name: sorted(codes - KNOWN) for name, codes in found.items()
               if codes - KNOWN}
    assert unknown == {}, "list these in guidekit/spec/codes.py"
    everywhere = set().union(*found.values())
    assert {"duplicate-key", "alias-bomb", "include-path", "version-bump"} <= (
        everywhere)


def test_every_listed_code_is_reported_somewhere() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")
                   if p.name != "codes.py")
    stale = [code for code in FIXED_CODES if f'"{code}"' not in text]
    assert stale == [], "remove these from guidekit/spec/codes.py"


def test_fixed_codes_are_described() -> None:
    for code, entry in FIXED_CODES.items():
        assert entry.code == code and code not in CHECKS
        assert entry.doc and "\n" not in entry.doc
        assert entry.level in ("error", "warning", "error or warning")
