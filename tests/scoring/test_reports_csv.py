"""CSV reports with provenance, the pooled line, the "2/3" header, and a file
named twice on the command line; on the mini spec (tests/scoring/conftest.py).

Mini gold: g1 pos, g2 pos, g3 neg, g4 neg, g5 neg (also pos), é1 café.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from statsmodels.stats.proportion import proportion_confint  # type: ignore[import-untyped]

from guidekit.cli import main
from guidekit.scoring import FORMATS, score
from guidekit.scoring.diag_sections import share
from guidekit.scoring.fmt_csv import format_csv
from guidekit.scoring.fmt_csv_provenance import HEADER, format_provenance_csv
from guidekit.scoring.fmt_markdown import format_markdown
from guidekit.scoring.fmt_table import format_table
from guidekit.spec.loader import LoadedSpec

WriteCsv = Callable[..., Path]
OLD_HEADER = ("annotator,gold_answered,correct,accuracy,accuracy_low,accuracy_high,"
              "kappa,chance_agreement,macro_f1,verdict,flags,non_gold,unknown_labels,"
              "duplicates,spec_id,guideline_version,gold_fingerprint")
PROV = "annotator,item,label,source,agent,prelabel,confidence,reviewer"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["score", *map(str, args)])


def table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def mixed(write_csv: WriteCsv) -> Path:
    return write_csv(
        "a.csv",
        # a: prelabels on g1 (pos, kept, right), g3 (pos: wrong on gold, kept),
        # g4 (pos: wrong on gold, changed to neg); reviewer r checks a's rows
        "a,g1,pos,human,,pos,,r", "a,g3,pos,human,,pos,,r", "a,g4,neg,human,,pos,,r",
        # m: model clf, right at 0.9 (bin 9) and wrong at 0.7 (bin 7)
        "m,g1,pos,model,clf,,0.9,", "m,g3,pos,model,clf,,0.7,",
        header=PROV)


def test_annotator_csv_keeps_its_columns_and_adds_prelabels(
        spec: LoadedSpec, mixed: Path) -> None:
    text = format_csv(score(spec, [mixed]))
    assert text.splitlines()[0].startswith(OLD_HEADER + ",")
    rows = {r["annotator"]: r for r in table(text)}
    a, m = rows["a"], rows["m"]
    assert (a["prelabelled"], a["prelabels_kept"], a["wrong_prelabels"],
            a["rubber_stamped"]) == ("3", "2", "2", "1")
    assert float(a["prelabel_acceptance"]) == pytest.approx(2 / 3)
    assert float(a["rubber_stamp"]) == pytest.approx(0.5)
    assert (m["prelabelled"], m["prelabel_acceptance"], m["rubber_stamp"]) == (
        "0", "n/a", "n/a")


def test_annotator_csv_without_provenance(spec: LoadedSpec,
                                          write_csv: WriteCsv) -> None:
    (row,) = table(format_csv(score(spec, [write_csv("a.csv", "a,g1,pos")])))
    assert row["accuracy"] == "1.0" and row["prelabelled"] == "0"


def test_provenance_csv_rows(spec: LoadedSpec, mixed: Path) -> None:
    report = score(spec, [mixed])
    text = format_provenance_csv(report)
    assert text.splitlines()[0] == ",".join(HEADER)
    rows = table(text)
    assert {r["spec_id"] for r in rows} == {"mini"}
    by = {(r["section"], r["name"], r["agent"], r["measure"], r["bin_low"]): r
          for r in rows}
    human = by["source", "human", "", "accuracy", ""]
    assert (human["count"], human["total"]) == ("2", "3")  # g1 g4 right, g3 wrong
    low, high = proportion_confint(2, 3, method="wilson")
    assert float(human["low"]) == pytest.approx(low)
    assert float(human["high"]) == pytest.approx(high)
    clf = by["agent", "clf", "", "accuracy", ""]
    assert (clf["count"], clf["total"], float(clf["value"])) == ("1", "2", 0.5)
    stamp = by["reviewer", "r", "", "rubber_stamp", ""]
    assert (stamp["count"], stamp["total"], float(stamp["value"])) == ("1", "2", 0.5)
    assert by["prelabel", "a", "", "acceptance", ""]["count"] == "2"
    pooled = by["calibration", "(all)", "", "ece", ""]
    assert float(pooled["value"]) == pytest.approx((0.1 + 0.7) / 2)
    group = by["calibration", "model", "clf", "ece", ""]
    assert group["total"] == "2"
    b9 = by["reliability", "model", "clf", "accuracy", "0.9"]
    assert (b9["bin_high"], b9["count"], b9["total"]) == ("1.0", "1", "1")
    b7 = by["reliability", "model", "clf", "confidence", "0.7"]
    assert float(b7["value"]) == pytest.approx(0.7)
    assert not [r for r in rows if r["section"] == "reliability"
                and r["bin_low"] == "0.0"]  # empty bins left out


def test_provenance_csv_is_a_format_and_header_only_without(
        spec: LoadedSpec, write_csv: WriteCsv) -> None:
    assert FORMATS["provenance-csv"].__name__ == format_provenance_csv.__name__
    path = write_csv("a.csv", "a,g1,pos")
    result = run(spec.path, path, "--format", "provenance-csv")
    assert (result.exit_code, result.stdout) == (0, ",".join(HEADER) + "\n")


def test_the_same_file_twice_is_a_usage_error(spec: LoadedSpec,
                                              write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "a,g1,pos")
    other = write_csv("b.csv", "b,g1,pos")
    again = f"{path.parent}/./{path.name}"  # the same file, spelled otherwise
    result = run(spec.path, path, other, again)
    assert result.exit_code == 2
    assert f"submission file '{again}' is given more than once" in result.stderr
    assert f"(also as '{path}')" in result.stderr
    same = run(spec.path, path, path)
    assert same.exit_code == 2 and "(also as" not in same.stderr
    assert run(spec.path, path, other).exit_code == 0


def test_pooled_line_in_table_and_markdown(spec: LoadedSpec,
                                           write_csv: WriteCsv) -> None:
    # a: g1 g2 right, g3 wrong; b: g1 right -> 3 of 4 pooled
    report = score(spec, [write_csv("a.csv", "a,g1,pos", "a,g2,pos", "a,g3,pos",
                                    "b,g1,pos")])
    low, high = proportion_confint(3, 4, method="wilson")
    line = (f"pooled, all 4 gold answers: accuracy 0.750 [{low:.3f}, {high:.3f}], "
            f"kappa {report.overall.kappa.text()}, macro-F1 "
            f"{report.overall.macro_f1.text()}")
    assert line in format_table(report).splitlines()
    assert ("Pooled, all 4 gold answers: accuracy 0.750 "
            f"\\[{low:.3f}, {high:.3f}\\]") in format_markdown(report)


def test_suspect_gold_header_says_two_thirds() -> None:
    assert share(2 / 3) == "2/3"
    assert share(0.5) == "1/2"
    assert share(0.6180339) == "62%"
