"""Scoring for the task kinds beyond single_label: multi_label, span, rating.

`guidekit.scoring.kinds.api.score_kind` reads the same files as
single_label scoring, reads each label cell as an answer of the spec's
kind (answers.py, against the gold of key.py), reduces the rows to small
count tables (tally.py, counts.py) and turns them into figures: label
sets (sets.py), spans (spans.py), ratings (ratings.py), P/R/F1 (prf.py),
gathered in a TaskFigures (figures.py) beside the usual report columns
(annotator.py) and shown by fmt.py. Nothing is imported here, so that
report.py can import figures.py without a cycle.
"""
