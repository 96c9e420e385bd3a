"""`guidekit score --check`: exit codes a CI job can gate on, report still written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.scoring import score
from guidekit.scoring.check import check_problems
from guidekit.spec.loader import LoadedSpec

WriteCsv = Callable[..., Path]
MakeSpec = Callable[..., LoadedSpec]
GOOD = ("ann,g1,pos", "ann,g2,pos", "ann,g3,neg", "ann,g4,neg", "ann,g5,neg",
        "ann,é1,café")
BAD = ("bad,g1,neg", "bad,g2,neg", "bad,g3,pos", "bad,g4,pos", "bad,é1,pos")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["score", *map(str, args)])


def test_all_pass_exits_0(make_spec: MakeSpec, write_csv: WriteCsv) -> None:
    spec = make_spec(pass_="{kappa: 0.5}")
    result = run(spec.path, write_csv("a.csv", *GOOD), "--check")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "pass" in result.stdout


def test_a_failing_annotator_exits_1_and_the_report_is_printed(
        make_spec: MakeSpec, write_csv: WriteCsv) -> None:
    spec = make_spec(pass_="{kappa: 0.5}")
    answers = write_csv("a.csv", *GOOD, *BAD, *(r.replace("ann", "ok2") for r in GOOD))
    result = run(spec.path, answers, "--check", "--format", "json")
    assert result.exit_code == 1
    verdicts = {a["annotator"]: a["verdict"]
                for a in json.loads(result.stdout)["annotators"]}
    assert verdicts == {"ann": "pass", "ok2": "pass", "bad": "fail"}
    assert "check failed: 1 of 3 annotator(s) fail: 'bad'" in result.stderr


def test_without_check_a_failing_report_exits_0(make_spec: MakeSpec,
                                                 write_csv: WriteCsv) -> None:
    spec = make_spec(pass_="{kappa: 0.5}")
    result = run(spec.path, write_csv("a.csv", *GOOD, *BAD))
    assert (result.exit_code, result.stderr) == (0, "")


def test_check_with_output_file_still_writes_it(make_spec: MakeSpec,
                                                write_csv: WriteCsv,
                                                tmp_path: Path) -> None:
    spec = make_spec(pass_="{kappa: 0.5}")
    out = tmp_path / "report.html"
    result = run(spec.path, write_csv("a.csv", *BAD), "--check", "--format", "html",
                 "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    assert ">bad</text>" in out.read_text(encoding="utf-8")


def test_borderline_alone_does_not_fail(make_spec: MakeSpec,
                                        write_csv: WriteCsv) -> None:
    spec = make_spec(pass_="{accuracy: 0.8}")
    path = write_csv("a.csv", *GOOD)
    # 6 of 6 right: Wilson low end 0.61 < 0.8 <= high end, so borderline
    assert [a.verdict for a in score(spec, [path]).annotators] == ["borderline"]
    assert run(spec.path, path, "--check").exit_code == 0


def test_nobody_judged_fails(make_spec: MakeSpec, write_csv: WriteCsv) -> None:
    spec = make_spec(min_gold=10, pass_="{kappa: 0.5}")
    result = run(spec.path, write_csv("a.csv", *GOOD), "--check")
    assert result.exit_code == 1
    assert "nothing was checked" in result.stderr


def test_pooled_kappa_below_threshold_is_a_problem(make_spec: MakeSpec,
                                                   write_csv: WriteCsv) -> None:
    spec = make_spec(min_gold=10, pass_="{kappa: 0.5}")
    report = score(spec, [write_csv("a.csv", *GOOD, *BAD)])
    # pooled: 6 right of 11 over labels pos/neg/café; kappa far below 0.5
    kappa = report.overall.kappa.value
    assert kappa is not None and kappa < 0.5
    problems = check_problems(report)
    assert problems[0].startswith(f"pooled kappa {kappa:.3f} < 0.5")
    assert problems[-1].startswith("no annotator answered the 10 gold item(s)")


def test_a_usage_error_is_still_2(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    result = run(spec.path, write_csv("a.csv", *GOOD), "--check=yes")
    assert result.exit_code == 2
