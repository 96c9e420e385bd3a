"""import_gold: columns, value mapping, entity decoding, errors, output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.gold import GoldMeta, gold_jsonl, import_gold, write_gold
from guidekit.spec.loader import load_spec
from guidekit.spec.models import Spec

SPEC = """\
spec: guidekit/v1
id: mini
title: Mini
version: "1.0.0"
task:
  fields: [{name: text}, {name: hypothesis}]
labels:
  - {value: "yes", aliases: ["1", "TRUE"]}
  - {value: "no", aliases: ["0", "FALSE"]}
gold:
  - {include: gold/g.jsonl, optional: true}
"""

PAIRS = ("id\tgold\tkind\ttext\thyp\n"
         "a1\tTRUE\tCD\tTom &amp; Ann&apos;s &quot;farm&quot;\tA farm\n"
         "a2\tFALSE\tIE\tIt cost &#163;5\tIt was free\n")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def spec_in(folder: Path) -> Path:
    return write(folder, "guideline.yaml", SPEC)


def mini_spec(folder: Path) -> Spec:
    return load_spec(spec_in(folder)).spec


def test_tsv_import_with_map_tags_and_entities(tmp_path: Path) -> None:
    items = import_gold(write(tmp_path, "p.tsv", PAIRS), id_col="id",
                        label_col="gold", fields=["text", ("hyp", "hypothesis")],
                        tag_cols=["kind"], label_map={"TRUE": "yes", "FALSE": "no"},
                        meta=GoldMeta(unescape_html=True))
    assert [(g.id, g.label, g.tags) for g in items] == [
        ("a1", "yes", ["CD"]), ("a2", "no", ["IE"])]
    assert items[0].item == {"text": "Tom & Ann's \"farm\"", "hypothesis": "A farm"}
    assert items[1].item["text"] == "It cost £5"


def test_entities_stay_without_unescape(tmp_path: Path) -> None:
    items = import_gold(write(tmp_path, "p.tsv", PAIRS), id_col="id",
                        label_col="gold", fields={"text": "text"})
    assert items[0].item["text"] == "Tom &amp; Ann&apos;s &quot;farm&quot;"
    assert [g.label for g in items] == ["TRUE", "FALSE"]


def test_spec_aliases_apply_and_fields_default_to_task(tmp_path: Path) -> None:
    table = write(tmp_path, "p.csv", "id,label,text,hypothesis\n"
                  "x,1,t,h\ny,FALSE,t2,h2\nz,no,t3,h3\n")
    items = import_gold(table, id_col="id", label_col="label",
                        spec=mini_spec(tmp_path))
    assert [g.label for g in items] == ["yes", "no", "no"]
    assert items[0].item == {"text": "t", "hypothesis": "h"}


def test_csv_with_bom_quotes_rationale_difficulty_and_provenance(
        tmp_path: Path) -> None:
    table = write(tmp_path, "p.csv", '\ufeffid,label,text,why,level\n'
                  'q1,yes,"one, two",because,Hard\nq2,no,x,,\n')
    meta = GoldMeta(pool="practice", source="human", author="kim")
    items = import_gold(table, id_col="id", label_col="label", fields=["text"],
                        rationale_col="why", difficulty_col="level", meta=meta)
    first, second = items
    assert (first.item["text"], first.rationale, first.difficulty) == (
        "one, two", "because", "hard")
    assert (second.rationale, second.difficulty) == (None, None)
    assert first.pool == "practice"
    assert first.provenance is not None
    assert (first.provenance.source, first.provenance.author) == ("human", "kim")


def test_jsonl_import_accepts_integer_ids(tmp_path: Path) -> None:
    table = write(tmp_path, "p.jsonl", '{"n": 5, "y": "no", "text": "t"}\n')
    items = import_gold(table, id_col="n", label_col="y", fields=["text"])
    assert (items[0].id, items[0].label) == ("5", "no")


@pytest.mark.parametrize(("text", "options", "row", "words"), [
    ("id,label\n1,yes\n", {}, None, "no column 'text'; columns: id, label"),
    ("id,label,text\n1,yes,a\n,no,b\n", {}, 3, "empty id in column 'id'"),
    ("id,label,text\n1, ,a\n", {}, 2, "empty label in column 'label'"),
    ("id,label,text\n1,yes,a\n2,no,b\n1,no,c\n", {}, 4,
     "duplicate id '1' (first on row 2)"),
    ("id,label,text\n1,maybe,a\n", {"label_map": {"m": "no"}, "strict_map": True},
     2, "label 'maybe' is not in the value mapping"),
    ("id,label,text,d\n1,yes,a,tough\n", {"difficulty_col": "d"}, 2,
     "difficulty 'tough' in column 'd' is not one of easy, medium, hard"),
    ("id,label,text\n", {}, None, "table has no data rows"),
])
def test_errors_name_file_and_row(tmp_path: Path, text: str,
                                  options: dict[str, object], row: int | None,
                                  words: str) -> None:
    table = write(tmp_path, "p.csv", text)
    with pytest.raises(InputError) as caught:
        import_gold(table, id_col="id", label_col="label", fields=["text"],
                    **options)  # type: ignore[arg-type]
    assert (caught.value.path, caught.value.row) == (str(table), row)
    assert words in caught.value.message


def test_jsonl_row_without_a_column_names_the_row(tmp_path: Path) -> None:
    table = write(tmp_path, "p.jsonl", '{"id": "a", "label": "x", "text": "t"}\n'
                  '{"id": "b", "text": "t"}\n')
    with pytest.raises(InputError) as caught:
        import_gold(table, id_col="id", label_col="label", fields=["text"])
    assert caught.value.row == 2
    assert "no column 'label'; columns: id, text" in caught.value.message


def test_label_outside_the_spec_is_an_error(tmp_path: Path) -> None:
    table = write(tmp_path, "p.csv", "id,label,text,hypothesis\n1,yes,a,b\n"
                  "2,ys,a,b\n")
    with pytest.raises(InputError) as caught:
        import_gold(table, id_col="id", label_col="label",
                    spec=mini_spec(tmp_path))
    assert caught.value.row == 3
    assert "label 'ys' is neither a label of spec 'mini'" in caught.value.message


def test_mapped_value_must_still_be_a_spec_label(tmp_path: Path) -> None:
    table = write(tmp_path, "p.csv", "id,label,text,hypothesis\n1,Y,a,b\n")
    with pytest.raises(InputError, match="label 'yse' is neither"):
        import_gold(table, id_col="id", label_col="label", label_map={"Y": "yse"},
                    spec=mini_spec(tmp_path))


@pytest.mark.parametrize(("fields", "words"), [
    (["text"], "missing 'hypothesis'"),
    (["text", "hypothesis", "extra"], "not task fields: 'extra'"),
])
def test_fields_must_match_the_spec(tmp_path: Path, fields: list[str],
                                    words: str) -> None:
    with pytest.raises(ValueError, match=words):
        import_gold(tmp_path / "never-read.csv", id_col="id", label_col="label",
                    fields=fields, spec=mini_spec(tmp_path))


def test_field_names_must_be_unique(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'text' given twice"):
        import_gold(tmp_path / "x.csv", id_col="id", label_col="l",
                    fields=[("a", "text"), ("b", "text")])


def test_output_is_sorted_utf8_jsonl_that_the_spec_loads(tmp_path: Path) -> None:
    items = import_gold(write(tmp_path, "p.tsv", PAIRS), id_col="id",
                        label_col="gold", fields=["text", ("hyp", "hypothesis")],
                        label_map={"TRUE": "yes", "FALSE": "no"},
                        meta=GoldMeta(unescape_html=True, source="human"))
    write_gold(tmp_path / "gold" / "g.jsonl", items)
    lines = (tmp_path / "gold" / "g.jsonl").read_text(encoding="utf-8").splitlines()
    assert "£5" in lines[1]
    assert list(json.loads(lines[0])) == sorted(json.loads(lines[0]))
    assert json.loads(lines[0])["provenance"] == {"source": "human"}
    loaded = load_spec(spec_in(tmp_path)).spec
    assert [g.model_dump() for g in loaded.gold] == [g.model_dump() for g in items]


def test_two_imports_write_identical_bytes(tmp_path: Path) -> None:
    table = write(tmp_path, "p.tsv", PAIRS)
    runs = [gold_jsonl(import_gold(table, id_col="id", label_col="gold",
                                   fields=["text", "hyp"])) for _ in range(2)]
    assert runs[0] == runs[1]
    assert runs[0].count("\n") == 2
