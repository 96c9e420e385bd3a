"""Find the guideline specs under a folder, for `guidekit validate --all`.

A spec is found by its conventional name, `guideline.yaml` or
`guideline.yml` (the name the pre-commit hooks match). Folders whose name
starts with a dot (.git, .venv, .tox...) are not searched.
"""

from __future__ import annotations

import os
from pathlib import Path

SPEC_NAMES = frozenset({"guideline.yaml", "guideline.yml"})


def find_specs(root: str | Path) -> list[Path]:
    """Every spec under `root`, sorted; [] when there is none.

    >>> find_specs("specs")[0].as_posix()
    'specs/rte/guideline.yaml'
    """
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found += [Path(folder, name) for name in names if name in SPEC_NAMES]
    return sorted(found)
