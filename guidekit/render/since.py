"""The guide's "what changed since version X" section, from `guidekit diff`.

Only changes an annotator acts on are shown, each in plain words made
from the two specs: labels, rules, definitions, the task, examples and
sections. Gold, quiz, scoring and lint changes are left out by design
(an allow-list, so a new kind of change stays hidden until it has words).
"""

from __future__ import annotations

from pathlib import Path

from guidekit.errors import GuidekitError
from guidekit.render.since_labels import LABEL_WORDS, Sides
from guidekit.render.since_parts import PART_WORDS
from guidekit.render.views import GuideView, SinceView
from guidekit.spec.diff import diff_specs
from guidekit.spec.models import Spec
from guidekit.spec.revisions import AtRevision, load_source, parse_source

WORDS = {**LABEL_WORDS, **PART_WORDS}


def since_source(since: str, spec_path: str | Path) -> str:
    """What `--since` names, as a `guidekit diff` source.

    A spec file or `REV:path` is used as it is; a bare revision means the
    same spec file as it was at that revision.

    >>> since_source("v1.0", "specs/a.yaml")
    'v1.0:specs/a.yaml'
    >>> since_source("HEAD~2:old.yaml", "specs/a.yaml")
    'HEAD~2:old.yaml'
    """
    named_file = Path(since).suffix in (".yaml", ".yml") or Path(since).exists()
    if named_file or isinstance(parse_source(since), AtRevision):
        return since
    return f"{since}:{Path(spec_path).as_posix()}"


def load_since(since: str, spec_path: str | Path) -> tuple[Spec, str]:
    """The older spec and its source; raises SpecError or RevisionError."""
    source = since_source(since, spec_path)
    return load_source(source), source


def since_view(old: Spec, new: Spec, guide: GuideView, source: str) -> SinceView:
    """The changes from `old` to `new` that an annotator needs to know.

    Raises GuidekitError when `old` is another guideline (another spec id):
    what changed between two different guidelines means nothing to an
    annotator.
    """
    if old.id != new.id:
        raise GuidekitError(f"--since {source} is guideline '{old.id}', not "
                            f"'{new.id}'; name an older version of this spec")
    sides = Sides(old, new, guide)
    changes = diff_specs(old, new).changes
    lines = (WORDS[c.code](c, sides) for c in changes if c.code in WORDS)
    return SinceView(old.version, source, tuple(ln for ln in lines if ln))
