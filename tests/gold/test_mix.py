"""`guidekit gold mix` on CSV and JSONL batches, and `score --honeypots`."""

from __future__ import annotations

import csv
import io
import json
import random
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from guidekit.cli import main

LABELS = ("pos", "neg", "neu")
SPEC_HEAD = """spec: guidekit/v1
id: toy
title: Toy
version: "1.0.0"
task:
  kind: single_label
  fields:
    - name: text
    - name: title
labels:
  - value: pos
  - value: neg
  - value: neu
gold:
  - {id: e1, item: {text: "exam item", title: "t"}, label: pos}
"""


def write_spec(folder: Path, honeypots: int = 30) -> str:
    lines = [SPEC_HEAD]
    for n in range(honeypots):
        lines.append(f"  - {{id: hp{n:03d}, item: {{text: \"honey {n}\", title: "
                     f"\"ht{n}\"}}, label: {LABELS[n % 3]}, pool: honeypot}}\n")
    path = folder / "spec.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def write_batch(folder: Path, ids: list[str], prelabel: bool = True,
                name: str = "batch.csv") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "text", "title", "source"] + (["prelabel"] * prelabel))
    for n, item in enumerate(ids):
        writer.writerow([item, f"real {n}", f"rt{n}", "web"] + (["pos"] * prelabel))
    path = folder / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return str(path)


def random_ids(count: int, seed: int = 1) -> list[str]:
    return [str(n) for n in random.Random(seed).sample(range(10000, 99999), count)]


def mix(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["gold", "mix", *args])
    return result.exit_code, result.stdout, result.stderr


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def mapping_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture()
def mixed(tmp_path: Path) -> tuple[Path, Path, str]:
    spec = write_spec(tmp_path)
    batch = write_batch(tmp_path, random_ids(200))
    out = tmp_path / "out.csv"
    code, _, stderr = mix(spec, batch, "-o", str(out), "--rate", "0.1",
                          "--seed", "11", "--traps", "4")
    assert (code, stderr) == (0, "")
    return out, Path(str(out) + ".honeypots.json"), spec


def test_rate_is_the_share_of_output_rows(mixed: tuple[Path, Path, str]) -> None:
    out, mapping_path, _ = mixed
    rows, mapping = rows_of(out), mapping_of(mapping_path)
    # 200 batch rows at 0.1: round(0.1 * 200 / 0.9) = round(22.2) = 22
    assert len(mapping["honeypots"]) == 22
    assert len(rows) == 222
    planted = [r for r in rows if r["id"] in mapping["honeypots"]]
    assert len(planted) / len(rows) == pytest.approx(0.1, abs=0.005)
    assert sorted(r["text"] for r in rows if r["text"].startswith("real")) == sorted(
        f"real {n}" for n in range(200))


def test_planted_rows_carry_the_gold_fields(mixed: tuple[Path, Path, str]) -> None:
    out, mapping_path, _ = mixed
    honeypots = mapping_of(mapping_path)["honeypots"]
    for row in rows_of(out):
        if row["id"] in honeypots:
            n = int(honeypots[row["id"]][2:])
            assert (row["text"], row["title"], row["source"]) == (
                f"honey {n}", f"ht{n}", "")


def test_same_seed_same_output_other_seed_other(tmp_path: Path) -> None:
    spec, batch = write_spec(tmp_path), write_batch(tmp_path, random_ids(100))
    texts = []
    for name, seed in (("a.csv", "5"), ("b.csv", "5"), ("c.csv", "6")):
        assert mix(spec, batch, "-o", str(tmp_path / name), "--seed", seed)[0] == 0
        texts.append((tmp_path / name).read_text(encoding="utf-8"))
    assert texts[0] == texts[1]
    assert texts[0] != texts[2]


def test_ids_do_not_give_planted_rows_away(mixed: tuple[Path, Path, str]) -> None:
    out, mapping_path, _ = mixed
    mapping = mapping_of(mapping_path)
    assert mapping["id_scheme"] == "shape"
    batch_ids = [r["id"] for r in rows_of(out) if r["id"] not in mapping["honeypots"]]
    low, high = min(map(int, batch_ids)), max(map(int, batch_ids))
    for new, gold in mapping["honeypots"].items():
        assert gold not in new and "hp" not in new
        assert len(new) == 5 and new.isdigit() and low <= int(new) <= high
    assert not set(mapping["honeypots"]) & set(batch_ids)


def test_prefixed_hex_ids_keep_their_prefix_and_alphabet(tmp_path: Path) -> None:
    rng = random.Random(4)
    ids = [f"doc-{rng.getrandbits(24):06x}" for _ in range(300)]
    spec, batch = write_spec(tmp_path), write_batch(tmp_path, ids)
    out = tmp_path / "out.csv"
    assert mix(spec, batch, "-o", str(out), "--seed", "2")[0] == 0
    planted = mapping_of(Path(f"{out}.honeypots.json"))["honeypots"]
    assert len(planted) == 16  # round(0.05 * 300 / 0.95) = round(15.8)
    assert all(re.fullmatch(r"doc-[0-9a-f]{6}", new) for new in planted)


def test_sequential_ids_become_opaque_for_every_row(tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    batch = write_batch(tmp_path, [str(n) for n in range(1, 61)])
    out = tmp_path / "out.csv"
    assert mix(spec, batch, "-o", str(out), "--seed", "9")[0] == 0
    mapping, rows = mapping_of(Path(f"{out}.honeypots.json")), rows_of(out)
    assert mapping["id_scheme"] == "opaque"
    assert all(re.fullmatch(r"[a-z0-9]{12}", row["id"]) for row in rows)
    renamed = mapping["renamed"]
    assert sorted(renamed.values(), key=int) == [str(n) for n in range(1, 61)]
    for row in rows:
        if row["id"] in renamed:
            assert row["text"] == f"real {int(renamed[row['id']]) - 1}"
    assert len(renamed) + len(mapping["honeypots"]) == len(rows)


def test_mapping_is_private(mixed: tuple[Path, Path, str]) -> None:
    _, mapping_path, _ = mixed
    mapping = mapping_of(mapping_path)
    assert mapping["private"] is True and "PRIVATE" in mapping["warning"]
    assert stat.S_IMODE(mapping_path.stat().st_mode) == 0o600
    assert mapping["spec"]["id"] == "toy" and mapping["seed"] == 11
    assert mapping["spec"]["gold_fingerprint"].startswith("sha256:")


def test_traps_always_carry_a_wrong_prelabel(tmp_path: Path) -> None:
    spec, batch = write_spec(tmp_path), write_batch(tmp_path, random_ids(300))
    for seed in range(5):
        out = tmp_path / f"o{seed}.csv"
        assert mix(spec, batch, "-o", str(out), "--rate", "0.08", "--seed",
                   str(seed), "--traps", "10")[0] == 0
        mapping = mapping_of(Path(f"{out}.honeypots.json"))
        assert len(mapping["traps"]) == 10
        for row in rows_of(out):
            gold = mapping["honeypots"].get(row["id"])
            if gold is None:
                continue
            right = LABELS[int(gold[2:]) % 3]
            if row["id"] in mapping["traps"]:
                assert row["prelabel"] != right
                assert row["prelabel"] == mapping["traps"][row["id"]]
            else:  # every batch row is pre-labelled 'pos': so is the honeypot
                assert row["prelabel"] == "pos"
            assert mapping["prelabels"][row["id"]] == {
                "prelabel": row["prelabel"], "right": row["prelabel"] == right}


def answers_for(out: Path, mapping: dict[str, Any], wrong: int,
                stamp: bool) -> str:
    """Annotator 'ann' answers every row; `wrong` honeypots (not traps) get a
    wrong label; on traps the pre-label is kept when `stamp`."""
    lines, missed = ["annotator,item,label,prelabel"], 0
    for row in rows_of(out):
        gold = mapping["honeypots"].get(row["id"])
        label = LABELS[int(gold[2:]) % 3] if gold else "neg"
        if row["id"] in mapping["traps"]:
            label = row["prelabel"] if stamp else label
        elif gold and missed < wrong:
            label, missed = LABELS[(int(gold[2:]) + 1) % 3], missed + 1
        lines.append(f"ann,{row['id']},{label},{row['prelabel']}")
    return "\n".join(lines) + "\n"


def prelabel_counts(answers: str, mapping: dict[str, Any]) -> tuple[int, int]:
    """(honeypot answers with a wrong pre-label, how many of those kept it)."""
    wrong = kept = 0
    for row in csv.DictReader(io.StringIO(answers)):
        gold = mapping["honeypots"].get(row["item"])
        if gold is not None and row["prelabel"] != LABELS[int(gold[2:]) % 3]:
            wrong, kept = wrong + 1, kept + (row["label"] == row["prelabel"])
    return wrong, kept


@pytest.mark.parametrize("stamp", [True, False])
def test_score_with_honeypots_scores_planted_rows_only(
        mixed: tuple[Path, Path, str], tmp_path: Path, stamp: bool) -> None:
    out, mapping_path, spec = mixed
    mapping = mapping_of(mapping_path)
    answers = tmp_path / "answers.csv"
    text = answers_for(out, mapping, 3, stamp)
    answers.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["score", spec, str(answers), "--format",
                                       "json", "--honeypots", str(mapping_path)])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["totals"]["gold"] == 22 and report["totals"]["non_gold"] == 200
    assert report["spec"]["gold_fingerprint"] == mapping["spec"]["gold_fingerprint"]
    wrong = 3 + (4 if stamp else 0)  # 4 traps, each stamped one is wrong
    person = report["annotators"][0]
    assert person["accuracy"]["value"] == pytest.approx((22 - wrong) / 22)
    stamped = report["provenance"]["prelabels"][0]
    wrong_prelabels, kept = prelabel_counts(text, mapping)
    assert wrong_prelabels >= 4  # the traps, and honeypots 'pos' is wrong for
    assert (stamped["wrong_prelabels"], stamped["stamped"]) == (wrong_prelabels,
                                                                kept)
    assert stamped["rubber_stamp"]["value"] == pytest.approx(kept / wrong_prelabels)


def test_without_honeypots_the_batch_is_not_gold(
        mixed: tuple[Path, Path, str], tmp_path: Path) -> None:
    out, mapping_path, spec = mixed
    answers = tmp_path / "answers.csv"
    answers.write_text(answers_for(out, mapping_of(mapping_path), 0, False),
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["score", spec, str(answers), "--format",
                                       "json"])
    assert json.loads(result.stdout)["totals"]["gold"] == 0


def test_jsonl_batch_keeps_number_ids_and_key_order(tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    ids = random.Random(3).sample(range(1000, 9999), 80)
    batch = tmp_path / "b.jsonl"
    batch.write_text("".join(json.dumps({"id": n, "text": f"r{n}", "title": "t"})
                             + "\n" for n in ids), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert mix(spec, str(batch), "-o", str(out), "--seed", "1")[0] == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 84  # round(0.05 * 80 / 0.95) = round(4.2)
    assert all(list(row) == ["id", "text", "title"] for row in rows)
    assert all(isinstance(row["id"], int) for row in rows)


def test_field_maps_a_task_field_to_another_column(tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    batch = tmp_path / "b.csv"
    batch.write_text("id,body,title\n" + "".join(
        f"{n},x,y\n" for n in random_ids(40)), encoding="utf-8")
    code, _, stderr = mix(spec, str(batch), "-o", str(tmp_path / "o.csv"))
    assert code == 1
    assert stderr == (f"guidekit: error: {batch}: the batch has no column 'text' "
                      "for the task field 'text' (columns: id, body, title); map "
                      "it with --field text=COLUMN\n")
    out = tmp_path / "o.csv"
    assert mix(spec, str(batch), "-o", str(out), "--field", "text=body")[0] == 0
    assert any(row["body"].startswith("honey") for row in rows_of(out))


@pytest.mark.parametrize(("body", "message"), [
    ("id,text,title\n5,a,b\n,c,d\n", ":3: no id in column 'id'"),
    ("id,text,title\n5,a,b\n7,c,d\n5,e,f\n", ":4: id '5' again (first on row 2)"),
    ("id,text,title\n5,a,b\n7,c\n", ":3: row has 2 field(s), the header has 3"),
])
def test_bad_batch_rows_name_file_and_row(tmp_path: Path, body: str,
                                          message: str) -> None:
    spec, batch = write_spec(tmp_path), tmp_path / "b.csv"
    batch.write_text(body, encoding="utf-8")
    code, _, stderr = mix(spec, str(batch), "-o", str(tmp_path / "o.csv"),
                          "--rate", "0.3")
    assert code == 1
    assert stderr.startswith(f"guidekit: error: {batch}{message}")
    assert not (tmp_path / "o.csv").exists()


def test_a_pool_too_small_and_bad_options_are_refused(tmp_path: Path) -> None:
    spec, batch = write_spec(tmp_path, 3), write_batch(tmp_path, random_ids(200))
    out = str(tmp_path / "o.csv")
    code, _, stderr = mix(spec, batch, "-o", out)
    assert code == 1
    assert "needs 11 honeypot(s); the spec's honeypot pool has 3" in stderr
    assert mix(spec, batch, "-o", out, "--rate", "1.5")[0] == 2
    assert mix(spec, batch, "-o", out, "--rate", "0.01", "--traps", "3")[0] == 2
    plain = write_batch(tmp_path, random_ids(20), prelabel=False, name="p.csv")
    code, _, stderr = mix(spec, plain, "-o", out, "--traps", "1")
    assert code == 1 and "--traps needs a batch with pre-labels" in stderr
