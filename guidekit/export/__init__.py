"""Exports to where annotators work: Label Studio and Mechanical Turk.

>>> from guidekit.export import labelstudio_project, mturk_files
"""

from guidekit.export.labelstudio import labelstudio_project, write_labelstudio
from guidekit.export.labelstudio_config import labeling_config
from guidekit.export.labelstudio_tasks import gold_tasks
from guidekit.export.mturk import answer_key, mturk_files, question_form

__all__ = [
    "answer_key",
    "gold_tasks",
    "labeling_config",
    "labelstudio_project",
    "mturk_files",
    "question_form",
    "write_labelstudio",
]
