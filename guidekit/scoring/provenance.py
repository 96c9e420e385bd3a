"""Provenance counts: who or what made each label, and under which guideline.

Long-format rows may carry optional columns (rows.PROVENANCE): `source`
(human, model, llm, rule), `agent`, `prelabel` (the label a model
suggested to the annotator), `confidence` (0..1, of the row's own label),
`reviewer` and `guideline_version`. Only answers that count are seen
here: the first known label each annotator gave each item (tables.py).

Counted as rows stream by, per source: answers, gold answered, correct
(every answer; one without a source is "unspecified").
Per annotator: answers with a known prelabel and how many kept it
(label == prelabel); on gold items whose prelabel gold does not accept,
how many kept it anyway (rubber-stamped). A prelabel no spelling matches
is counted apart, and the row still counts. Confidence goes into ten
equal-width bins [k/10, (k+1)/10), the last closed at 1, with the share
of those answers gold accepts, pooled and per (source, agent); by
agent and by reviewer see provenance_tally. Guideline versions are
counted as given.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from guidekit.scoring.gold import Answer, GoldKey
from guidekit.scoring.provenance_tally import BINS as BINS
from guidekit.scoring.provenance_tally import Bin as Bin
from guidekit.scoring.provenance_tally import GroupTables, Review, new_bins, put
from guidekit.scoring.rows import Row

EXAMPLES = 5
NO_SOURCE = "unspecified"


@dataclass
class ProvenanceTables:
    """Provenance counts; `rows` counts answers carrying any provenance value.

    Per-source counts cover every answer, so people without a `source`
    are set beside models; they are reported only when `rows` > 0.
    """

    rows: int = 0
    source_answers: Counter[str] = field(default_factory=Counter)
    source_gold: Counter[str] = field(default_factory=Counter)
    source_correct: Counter[str] = field(default_factory=Counter)
    prelabelled: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    wrong_prelabel: Counter[str] = field(default_factory=Counter)
    stamped: Counter[str] = field(default_factory=Counter)
    unknown_prelabels: Counter[str] = field(default_factory=Counter)
    unknown_examples: list[tuple[str, int, str]] = field(default_factory=list)
    bins: list[Bin] = field(default_factory=new_bins)
    versions: Counter[str] = field(default_factory=Counter)
    plain: list[int] = field(default_factory=lambda: [0, 0, 0])
    #: By agent, by reviewer, and confidence bins per (source, agent).
    groups: GroupTables = field(default_factory=GroupTables)

    def sourced(self) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """Answers, gold answered and correct per source, the plain rows
        (no provenance value at all) counted as "unspecified"."""
        answers, gold, correct = (Counter(self.source_answers),
                                  Counter(self.source_gold),
                                  Counter(self.source_correct))
        if self.plain[0]:
            answers[NO_SOURCE] += self.plain[0]
            gold[NO_SOURCE] += self.plain[1]
            correct[NO_SOURCE] += self.plain[2]
        return answers, gold, correct

    def add(self, key: GoldKey, row: Row, given: str, answer: Answer | None) -> None:
        """Count one kept answer: `given` is its label value, `answer` gold's."""
        right = answer is not None and given in answer.accepted
        if not carries(row):
            # the common case, kept cheap: plain counts, "unspecified" later
            self.plain[0] += 1
            self.plain[1] += answer is not None
            self.plain[2] += right
            return
        source = row.source or NO_SOURCE
        self.source_answers[source] += 1
        if answer is not None:
            self.source_gold[source] += 1
            self.source_correct[source] += right
        self.rows += 1
        if row.guideline_version is not None:
            self.versions[row.guideline_version] += 1
        review = self.groups.answer(row.agent, row.reviewer, answer is not None,
                                    right)
        if row.confidence is not None and answer is not None:
            put(self.bins, row.confidence, right)
            self.groups.confidence((source, row.agent or ""), row.confidence, right)
        if row.prelabel is not None:
            self._prelabel(key, row, given, answer, review)

    def _prelabel(self, key: GoldKey, row: Row, given: str,
                  answer: Answer | None, review: Review | None) -> None:
        suggested = key.label_of(row.prelabel or "")
        if suggested is None:
            value = (row.prelabel or "").strip()
            self.unknown_prelabels[value] += 1
            if len(self.unknown_examples) < EXAMPLES:
                self.unknown_examples.append((row.path, row.row,
                                              f"prelabel '{value}'"))
            return
        kept = suggested == given
        wrong = answer is not None and suggested not in answer.accepted
        if review is not None:
            review.prelabel(kept, wrong)
        self.prelabelled[row.annotator] += 1
        self.kept[row.annotator] += kept
        if wrong:
            self.wrong_prelabel[row.annotator] += 1
            self.stamped[row.annotator] += kept


def carries(row: Row) -> bool:
    """Whether the row carries any provenance value at all."""
    return any(value is not None for value in
               (row.source, row.agent, row.prelabel, row.confidence,
                row.reviewer, row.guideline_version))
