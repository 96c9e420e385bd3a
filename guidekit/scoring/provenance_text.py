"""Provenance by agent, by reviewer and calibration per group, as text tables.

Each entry is (title, header, body rows of text cells); the text and
Markdown reports cut them (provenance_format), the HTML page shows more.
A group whose rows name no agent shows its agent as "-".
"""

from __future__ import annotations

from guidekit.scoring.provenance_report import Provenance

Table = tuple[str, tuple[str, ...], list[list[str]]]
AGENT_HEAD = ("agent", "answers", "gold", "correct", "accuracy", "95% interval")
REVIEWER_HEAD = ("reviewer", "reviewed", "gold", "correct", "accuracy",
                 "95% interval", "prelabelled", "kept", "wrong on gold",
                 "kept wrong", "rubber-stamp")
GROUP_HEAD = ("source", "agent", "gold answers with a confidence", "ECE")


def group_sections(p: Provenance) -> list[Table]:
    """Agents, reviewers and calibration per (source, agent)."""
    return [
        ("provenance: accuracy per agent, against gold", AGENT_HEAD,
         [[a.agent, str(a.answers), str(a.gold_answered), str(a.correct),
           a.accuracy.text(), a.interval.text()] for a in p.agents]),
        ("provenance: reviewers, the reviewed label against gold, lowest "
         "accuracy first", REVIEWER_HEAD,
         [[r.reviewer, str(r.reviewed), str(r.gold_reviewed), str(r.correct),
           r.accuracy.text(), r.interval.text(), str(r.prelabelled), str(r.kept),
           str(r.wrong_prelabels), str(r.stamped), r.rubber_stamp.text()]
          for r in p.reviewers]),
        ("provenance: calibration per source and agent (10 bins)", GROUP_HEAD,
         [[g.source, g.agent or "-", str(g.calibrated), g.ece.text()]
          for g in p.calibration_groups]),
    ]
