"""Turn a table's label cell into a label value: a mapping, then the spec.

The order is fixed: a value in the mapping becomes its target; then, when
a spec is given, the result must be one of its label values or aliases
(an alias becomes its label's value). Without a spec an unmapped value
passes through, unless the mapping is strict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from guidekit.spec.models import Spec
from guidekit.spec.spellings import label_spellings
from guidekit.spec.spellings import normal as _normal


class LabelProblem(ValueError):
    """A label cell that cannot become a label value."""


@dataclass(frozen=True)
class LabelMapper:
    """Maps raw label cells to label values.

    >>> LabelMapper({"TRUE": "yes"}).value(" TRUE ")
    'yes'
    """

    mapping: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False
    spec: Spec | None = None

    def value(self, raw: str) -> str:
        """The label value for `raw`; raise LabelProblem when there is none."""
        text = _normal(raw)
        if text in self._mapping:
            text = self._mapping[text]
        elif self.strict:
            raise LabelProblem(f"label '{text}' is not in the value mapping; "
                               "add FROM=TO for it")
        return self._in_spec(text)

    @cached_property
    def _mapping(self) -> dict[str, str]:
        return {_normal(raw): target for raw, target in self.mapping.items()}

    @cached_property
    def _spellings(self) -> dict[str, str]:
        return label_spellings(self.spec) if self.spec else {}

    def _in_spec(self, text: str) -> str:
        if self.spec is None:
            return text
        found = self._spellings.get(_normal(text))
        if found is None:
            labels = ", ".join(f"'{v}'" for v in self.spec.label_values())
            raise LabelProblem(f"label '{text}' is neither a label of spec "
                               f"'{self.spec.id}' ({labels}) nor mapped to one; "
                               "add FROM=TO for it")
        return found
