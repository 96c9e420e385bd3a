"""A Label Studio project folder made from a spec.

Files, by name:

- `config.xml`: the labeling config (labelstudio_config);
- `instructions.html`: the rendered annotator guide (guidekit render);
- `project.json`: title, description, label_config and the guide as
  `expert_instruction`, ready for Label Studio's create-project API;
- `tasks-exam.json`, `tasks-practice.json`, `tasks-honeypot.json`: each
  non-empty gold pool as tasks with ground-truth annotations
  (labelstudio_tasks). These hold answers: keep them from annotators.
"""

from __future__ import annotations

import json
from pathlib import Path

from guidekit.export.labelstudio_config import labeling_config
from guidekit.export.labelstudio_tasks import gold_tasks, tasks_json
from guidekit.fileio import write_files_atomic
from guidekit.render.guide import render_guide
from guidekit.spec.loader import LoadedSpec

POOLS = ("exam", "practice", "honeypot")


def labelstudio_project(loaded: LoadedSpec, *,
                        template_dir: str | Path | None = None) -> dict[str, str]:
    """The project's files by name (see the module docstring).

    >>> files = labelstudio_project(load_spec("spec.yaml"))  # doctest: +SKIP
    >>> sorted(files)[:2]  # doctest: +SKIP
    ['config.xml', 'instructions.html']
    """
    spec = loaded.spec
    config = labeling_config(spec)
    guide = render_guide(loaded, template_dir=template_dir)["guide.html"]
    project = {"title": f"{spec.title} {spec.version}"[:50],
               "description": f"guidekit spec {spec.id} version {spec.version}",
               "label_config": config, "expert_instruction": guide,
               "show_instruction": True}
    files = {"config.xml": config, "instructions.html": guide,
             "project.json": json.dumps(project, ensure_ascii=False,
                                        indent=2) + "\n"}
    for pool in POOLS:
        items = [item for item in spec.gold if item.pool == pool]
        if items:
            files[f"tasks-{pool}.json"] = tasks_json(gold_tasks(spec, items))
    return files


def write_labelstudio(loaded: LoadedSpec, out_dir: str | Path, *,
                      template_dir: str | Path | None = None) -> list[Path]:
    """Write the project's files into `out_dir`, atomically."""
    return write_files_atomic(out_dir, labelstudio_project(
        loaded, template_dir=template_dir))
