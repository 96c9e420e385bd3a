"""Time `guidekit score` beside a pandas/scikit-learn reference and a
columnar count-table floor, on generated submissions, in one run.

    pip install -e '.[bench]'
    python bench/score.py                  # 1M rows, then 10M rows
    python bench/score.py --sizes 1000000 --keep /tmp/gk-bench

Each tool runs as its own process; wall time and that process's peak
resident memory (from wait4) are printed side by side, with the ratios
the targets are stated in (issue 4): at 1M rows guidekit at least 30x
faster than the reference and within 1.5x of the floor; at 10M rows
guidekit's peak memory at most 1.5x its 1M figure. At the first size it
also prints a lower bound (score_bound.py): what any guidekit run must
spend however fast the rest were made, from the imports of the libraries
it is built on, the floor's own read and the report's seeded bootstraps.
guidekit and the floor run --runs times each (default 3, alternating) and the median run
is shown; the reference runs once, at the first size only: it is the
slow one. guidekit's bytecode is compiled first, as pip does on install,
so that no run pays for compiling it (PYTHONDONTWRITEBYTECODE would
otherwise make every run compile an editable install afresh).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_data import Size, write_inputs  # noqa: E402

HERE = Path(__file__).resolve().parent
IMPORTS = {
    "floor": "import numpy, pyarrow.csv",
    # what guidekit is built on: the spec is YAML checked by pydantic models,
    # the command line is Click
    "required": "import numpy, pyarrow.csv, click, yaml; "
                "from pydantic import BaseModel",
}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    ok: bool


def timed(command: list[str]) -> Run:
    """Wall time and peak RSS of one child process."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            errors.seek(0)
            sys.stderr.write(errors.read().decode("utf-8", "replace")[-2000:])
    return Run(seconds, usage.ru_maxrss / 1024, code == 0)


def guidekit_command(spec: Path, rows: Path) -> list[str]:
    """The console script of this Python's environment, else the one on PATH."""
    beside = Path(sys.executable).parent / "guidekit"
    script = str(beside) if beside.exists() else shutil.which("guidekit") or "guidekit"
    return [script, "score", str(spec), str(rows), "--format", "json"]


def compile_guidekit() -> None:
    """Write guidekit's bytecode where an editable install has none."""
    found = importlib.util.find_spec("guidekit")
    for folder in (found.submodule_search_locations or []) if found else []:
        compileall.compile_dir(folder, quiet=1)


def median_run(commands: dict[str, list[str]], runs: int) -> dict[str, Run]:
    """Each command `runs` times, in turns; the run of median wall time."""
    found: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            found[name].append(timed(command))
    return {name: sorted(done, key=lambda r: r.seconds)[len(done) // 2]
            for name, done in found.items()}


def printed_seconds(command: list[str], runs: int) -> float:
    """The median of the seconds a command prints, over `runs` runs."""
    found = sorted(float(subprocess.run(command, capture_output=True, text=True,
                                        check=True).stdout)
                   for _ in range(runs))
    return found[len(found) // 2]


def bound(folder: Path, rows: Path, floor: Run, runs: int) -> dict[str, float]:
    """The parts of the least time a guidekit run could take on `rows`."""
    imports = median_run({name: [sys.executable, "-c", code]
                          for name, code in IMPORTS.items()}, runs)
    gold = str(folder / "gold" / "gold.jsonl")
    return {
        "imports": imports["required"].seconds,
        "read": floor.seconds - imports["floor"].seconds,
        "bootstraps": printed_seconds(
            [sys.executable, str(HERE / "score_bound.py"), gold, str(rows)], runs)}


def measure(folder: Path, size: Size, with_reference: bool,
            runs: int) -> dict[str, Run]:
    spec, rows = write_inputs(folder, size)
    gold = str(folder / "gold" / "gold.jsonl")
    found = median_run({
        "guidekit score": guidekit_command(spec, rows),
        "floor (pyarrow + numpy)": [sys.executable, str(HERE / "score_floor.py"),
                                    gold, str(rows)]}, runs)
    if with_reference:
        found["reference (pandas, sklearn, krippendorff)"] = timed(
            [sys.executable, str(HERE / "score_reference.py"), gold, str(rows)])
    return found


def report_bound(parts: dict[str, float], floor: float) -> None:
    print("least time any guidekit run could take here (score_bound.py):")
    print(f"{'  python, numpy, pyarrow, Click, PyYAML, pydantic':44}"
          f"{parts['imports']:8.2f}s")
    print(f"{'  + the floor without its imports':44}{parts['read']:8.2f}s")
    print(f"{'  + the seeded bootstraps (kappa/F1, alpha)':44}"
          f"{parts['bootstraps']:8.2f}s")
    total = sum(parts.values())
    print(f"{'  = bound':44}{total:8.2f}s   bound / floor {total / floor:.2f}x")


def report(size: Size, runs: dict[str, Run]) -> None:
    print(f"\n{size.rows:,} rows ({size.annotators:,} annotators, "
          f"{size.gold:,} gold items, 8 labels)")
    print(f"{'':44}{'wall':>9}{'peak MB':>10}")
    for name, run in runs.items():
        mark = "" if run.ok else "  FAILED"
        print(f"{name:44}{run.seconds:8.2f}s{run.peak_mb:10.0f}{mark}")
    ours = runs["guidekit score"].seconds
    floor = runs["floor (pyarrow + numpy)"].seconds
    print(f"{'guidekit / floor':44}{ours / floor:8.2f}x   (target <= 1.5x)")
    reference = runs.get("reference (pandas, sklearn, krippendorff)")
    if reference is not None:
        print(f"{'reference / guidekit':44}{reference.seconds / ours:8.2f}x"
              "   (target >= 30x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[1_000_000, 10_000_000])
    parser.add_argument("--keep", type=Path, help="keep the generated files here")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of guidekit and the floor per size (median shown)")
    args = parser.parse_args()
    compile_guidekit()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="gk-score-bench-"))
    peaks = []
    try:
        for n, rows in enumerate(args.sizes):
            size = Size(rows)
            runs = measure(folder, size, n == 0, max(1, args.runs))
            report(size, runs)
            if n == 0:
                floor = runs["floor (pyarrow + numpy)"]
                report_bound(bound(folder, write_inputs(folder, size)[1],
                                   floor, max(1, args.runs)), floor.seconds)
            peaks.append(runs["guidekit score"].peak_mb)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    if len(peaks) > 1:
        print(f"\npeak memory, largest / first size: {peaks[-1] / peaks[0]:.2f}x"
              "   (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
