"""Time `guidekit validate` on a large spec beside check-jsonschema.

Builds, in a temporary folder, one spec with 10,000 gold items, 50 labels
and 200 rules (every rule cited by gold), then runs, each as a subprocess:

- `guidekit validate SPEC` (YAML, schema and every meaning check), and
- `check-jsonschema --schemafile specs/guidekit.schema.json SPEC` (the
  schema only),

best wall time of several runs each (after one warm-up run, with the
bytecode cache allowed, as for an installed package), and prints both
times (and CPU times), their ratio and the target: guidekit no slower than
check-jsonschema, and under 1 s.

    python bench/validate.py [--runs 5] [--keep DIR]

check-jsonschema is a bench-only dependency: `pip install -e '.[bench]'`.
Exits 0 when the target is met, 1 when not, 2 when a tool is missing or
a run fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "specs" / "guidekit.schema.json"
GOLD, LABELS, RULES = 10_000, 50, 200
TARGET_SECONDS = 1.0
WORDS = ("invoice", "refund", "login", "crash", "export", "seat", "plan", "card",
         "page", "slow", "team", "email", "code", "reset", "sync", "report",
         "tax", "receipt", "upgrade", "mobile")


def spec_text() -> str:
    """The benchmark spec: every label has gold, every rule is cited."""
    per_label = RULES // LABELS
    out = ["# yaml-language-server: $schema=guidekit.schema.json",
           "spec: guidekit/v1", "id: bench", "title: Benchmark guideline",
           'version: "1.0.0"', "summary: A large generated spec.",
           "task:", "  kind: single_label", "  fields:",
           "    - {name: text, title: Text}", "  question: Which label?",
           "labels:"]
    for n in range(LABELS):
        out += [f'  - value: "label{n}"', f"    title: Label {n}",
                f"    definition: Items of kind {n}.", "    rules:"]
        out += [f"      - {{id: R{n * per_label + r + 1}, text: Rule {r} of {n}.}}"
                for r in range(per_label)]
    out.append("gold:")
    out += _gold_lines(per_label)
    out += ["quiz: {questions: 20, pass: 0.8, seed: 1}",
            "scoring: {pass: {accuracy: 0.8}, min_gold: 10}",
            "changelog:", '  - version: "1.0.0"', '    date: "2024-01-01"',
            "    changes: [First version.]", ""]
    return "\n".join(out)


def _gold_lines(per_label: int) -> list[str]:
    """Gold as a team writes it: id, item, answer, the rule it tests; one in
    four also says how hard it is, and the hard ones say why."""
    lines = []
    for i in range(GOLD):
        label = i % LABELS
        rule = label * per_label + (i // LABELS) % per_label + 1
        text = " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 7))
        lines += [f"  - id: g{i}", f'    item: {{text: "item {i}: {text}"}}',
                  f'    label: "label{label}"', f"    rules: [R{rule}]"]
        if i % 4 == 0:
            hard = i % 12 == 0
            lines.append(f"    difficulty: {'hard' if hard else 'medium'}")
            if hard:
                lines.append(f"    rationale: Rule R{rule} decides item {i}.")
    return lines


def tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def best_time(command: list[str], runs: int) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system) of `runs` runs.

    Exits 2 when a run fails: a benchmark of a broken run means nothing.
    """
    best_wall = best_cpu = float("inf")
    for run in range(runs + 1):  # run 0 warms the caches and is not counted
        before = _child_cpu()
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True,
                              encoding="utf-8", check=False, env=_env())
        wall = time.perf_counter() - start
        if done.returncode != 0:
            print(f"bench: {' '.join(command)} exited {done.returncode}\n"
                  f"{done.stdout[-2000:]}{done.stderr[-2000:]}", file=sys.stderr)
            raise SystemExit(2)
        if run:
            best_wall = min(best_wall, wall)
            best_cpu = min(best_cpu, _child_cpu() - before)
    return best_wall, best_cpu


def _env() -> dict[str, str]:
    """This environment, with Python's bytecode cache allowed.

    An installed package comes with its bytecode compiled; a checkout run
    with PYTHONDONTWRITEBYTECODE would compile every module on every run.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per tool")
    parser.add_argument("--keep", type=Path, help="write the spec here and keep it")
    args = parser.parse_args(argv)
    guidekit, checker = tool("guidekit"), tool("check-jsonschema")
    if guidekit is None:
        print("bench: the guidekit console script is not installed; "
              "run `pip install -e .`", file=sys.stderr)
        return 2
    if checker is None:
        print("bench: check-jsonschema is not installed; run "
              "`pip install -e '.[bench]'` (or `pip install check-jsonschema`)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        spec = folder / "guideline.yaml"
        spec.write_text(spec_text(), encoding="utf-8")
        shutil.copyfile(SCHEMA, folder / "guidekit.schema.json")
        return report(spec, guidekit, checker, args.runs)


def report(spec: Path, guidekit: str, checker: str, runs: int) -> int:
    size = spec.stat().st_size
    print(f"spec: {GOLD} gold items, {LABELS} labels, {RULES} rules "
          f"({size / 1e6:.1f} MB); best of {runs} runs each, after one "
          "warm-up run")
    ours = best_time([guidekit, "validate", str(spec)], runs)
    theirs = best_time([checker, "--schemafile", str(SCHEMA), str(spec)], runs)
    print(f"{'':42} {'wall':>8} {'cpu':>8}")
    print(f"{'guidekit validate (YAML, schema, checks)':42} "
          f"{ours[0]:7.3f}s {ours[1]:7.3f}s")
    print(f"{'check-jsonschema (schema only)':42} "
          f"{theirs[0]:7.3f}s {theirs[1]:7.3f}s")
    print(f"{'ratio guidekit / check-jsonschema':42} "
          f"{ours[0] / theirs[0]:8.2f} {ours[1] / theirs[1]:8.2f}")
    met = ours[0] <= theirs[0] and ours[0] < TARGET_SECONDS
    print(f"target (wall): guidekit <= check-jsonschema and < "
          f"{TARGET_SECONDS:.1f} s: {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
