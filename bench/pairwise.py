"""Time the pairwise kappa table from codes beside the dict reference, in one run.

    python bench/pairwise.py                       # 9,000 annotators x 30 rows
    python bench/pairwise.py --annotators 20000 --team 20

The answers are made in memory: every annotator gives --rows answers,
items are rated by 5 to 10 annotators each (drawn from everyone, or
from teams of --team annotators, which makes many pairs share enough
items to get a kappa), and an annotator gives the item's own label 7
times in 10, else any of --labels. Each way then runs in its own
process, made the same way:

- reference: the per-item dicts agreement.py gathered before, then
  pairwise.pair_table (a Counter per annotator pair);
- columnar: pair_tally.pair_table_of on the first answers' code arrays.

It prints each way's seconds, the peak resident memory of its process
and that peak less the peak of a process that only makes the answers,
and whether the two tables are the same (their repr, floats included).
guidekit's bytecode is compiled first, so no run pays for compiling it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import compile_guidekit  # noqa: E402

from guidekit.scoring.first import FirstAnswers  # noqa: E402
from guidekit.scoring.pair_tally import pair_table_of  # noqa: E402
from guidekit.scoring.pairwise import PairTable, pair_table  # noqa: E402

WAYS = ("answers only", "reference", "columnar")


def make_answers(args: argparse.Namespace) -> FirstAnswers:
    """The generated first answers; see the module text."""
    rng = np.random.default_rng(args.seed)
    slots = np.repeat(np.arange(args.annotators), args.rows)
    team = slots // max(1, args.team or args.annotators)
    slots = slots[np.lexsort((rng.random(len(slots)), team))]
    ends = np.cumsum(rng.integers(5, 11, size=len(slots) // 5 + 1))
    item = np.searchsorted(ends, np.arange(len(slots)), side="right")
    truth = rng.integers(args.labels, size=int(item[-1]) + 1)[item]
    label = np.where(rng.random(len(slots)) < 0.7, truth,
                     rng.integers(args.labels, size=len(slots)))

    first = FirstAnswers(args.labels)
    for n in rng.permutation(args.annotators).tolist():
        first.annotator(f"annotator-{n}")
    for n in range(int(item[-1]) + 1):
        first.item(f"item-{n}")
    first.claim_many(slots, item, label)
    return first


def reference(first: FirstAnswers, min_shared: int) -> PairTable:
    """What agreement.py did before pair_tally: dicts per item, then pair_table."""
    names, item_names = first.annotators, first.items
    items: dict[str, dict[str, int]] = {}
    for a, i, y in first.chunks():
        for annotator, item, label in zip(a.tolist(), i.tolist(), y.tolist(),
                                          strict=True):
            items.setdefault(item_names[item], {})[names[annotator]] = label
    return pair_table(items, first.labels, min_shared=min_shared)


def child(args: argparse.Namespace) -> None:
    """Make the answers, run one way, print its seconds and the table's digest."""
    first = make_answers(args)
    start = time.perf_counter()
    table = None
    if args.way == "reference":
        table = reference(first, args.min_shared)
    elif args.way == "columnar":
        table = pair_table_of(first, min_shared=args.min_shared)
    seconds = time.perf_counter() - start
    digest = hashlib.sha256(repr(table).encode("utf-8")).hexdigest()[:16]
    print(json.dumps({"seconds": seconds, "digest": digest,
                      "overlapping": table.overlapping if table else 0,
                      "qualifying": table.qualifying if table else 0}))


def run(way: str) -> tuple[dict[str, float | str], float]:
    """One way in its own process: what it printed, and its peak RSS in MB."""
    command = [sys.executable, __file__, "--way", way, *sys.argv[1:]]
    child_process = subprocess.Popen(command, stdout=subprocess.PIPE)
    assert child_process.stdout is not None
    out = child_process.stdout.read()
    _, status, usage = os.wait4(child_process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the {way} run failed")
    return json.loads(out), usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotators", type=int, default=9000)
    parser.add_argument("--rows", type=int, default=30, help="answers each")
    parser.add_argument("--labels", type=int, default=8)
    parser.add_argument("--team", type=int, default=0,
                        help="annotators per team sharing items (0: everyone)")
    parser.add_argument("--min-shared", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--way", choices=WAYS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.way:
        child(args)
        return 0
    compile_guidekit()
    found = {way: run(way) for way in WAYS}
    base = found["answers only"][1]
    print(f"{args.annotators:,} annotators x {args.rows} answers, "
          f"{args.labels} labels, team {args.team or 'everyone'}; "
          f"{found['columnar'][0]['overlapping']:,} overlapping pairs, "
          f"{found['columnar'][0]['qualifying']:,} share >= {args.min_shared}")
    print(f"{'':16}{'seconds':>9}{'peak MB':>10}{'over answers':>14}")
    for way, (out, peak) in found.items():
        print(f"{way:16}{out['seconds']:9.2f}{peak:10.0f}{peak - base:14.0f}")
    same = found["reference"][0]["digest"] == found["columnar"][0]["digest"]
    print(f"same table: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
