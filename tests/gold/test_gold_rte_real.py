"""The real RTE-1 pairs through the importer and the shipped RTE spec.

Runs wherever ../shared/data/snow2008-rte/ sits next to the repository (CI
does); skipped, with the reason, where it does not.
"""

from __future__ import annotations

import csv
import html
import shutil
from collections import Counter
from pathlib import Path

import pytest

from guidekit.gold import GoldMeta, import_gold, write_gold
from guidekit.spec.loader import load_spec
from guidekit.spec.models import GoldItem
from guidekit.spec.validate import validate_spec

ROOT = Path(__file__).parents[2]
DATA = ROOT.parent / "shared" / "data" / "snow2008-rte"
RTE1 = DATA / "rte1.tsv"

pytestmark = pytest.mark.skipif(
    not RTE1.is_file(), reason=f"shared RTE data not present at {RTE1}")


def raw_rows() -> dict[str, dict[str, str]]:
    with open(RTE1, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["id"]: row for row in reader}


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rte")
    shutil.copy(ROOT / "specs" / "rte" / "guideline.yaml", folder / "guideline.yaml")
    spec = load_spec(folder / "guideline.yaml").spec
    items = import_gold(RTE1, id_col="id", label_col="value",
                        fields=["text", "hypothesis"], tag_cols=["task"],
                        label_map={"TRUE": "yes", "FALSE": "no"}, spec=spec,
                        meta=GoldMeta(unescape_html=True, source="human"))
    write_gold(folder / "gold" / "rte1.jsonl", items)
    return folder


@pytest.fixture(scope="module")
def gold(spec_dir: Path) -> dict[str, GoldItem]:
    loaded = load_spec(spec_dir / "guideline.yaml").spec.gold
    return {item.id: item for item in loaded}


def test_800_balanced_gold_items_load_through_the_spec(
        gold: dict[str, GoldItem]) -> None:
    assert len(gold) == 800
    assert Counter(g.label for g in gold.values()) == {"yes": 400, "no": 400}
    expected = {i: ("yes" if r["value"] == "TRUE" else "no")
                for i, r in raw_rows().items()}
    assert {i: g.label for i, g in gold.items()} == expected


def test_entities_are_decoded(gold: dict[str, GoldItem]) -> None:
    texts = [text for g in gold.values() for text in g.item.values()]
    for entity in ("&quot;", "&amp;", "&apos;", "&#163;"):
        assert not any(entity in text for text in texts), entity
    raw = "\n".join(r["text"] + r["hypothesis"] for r in raw_rows().values())
    assert "&apos;" in raw  # the file does hold entities to decode


def test_one_pair_matches_a_direct_read(gold: dict[str, GoldItem]) -> None:
    row = raw_rows()["731"]
    assert "&apos;" in row["text"]
    assert gold["731"].item == {"text": html.unescape(row["text"]),
                                "hypothesis": html.unescape(row["hypothesis"])}
    assert gold["731"].tags == [row["task"]]
    assert gold["731"].label == "no"


def test_subtask_tags_follow_the_file(gold: dict[str, GoldItem]) -> None:
    tags = Counter(tag for g in gold.values() for tag in g.tags)
    assert tags == Counter(r["task"] for r in raw_rows().values())


def test_spec_with_real_gold_validates_clean(spec_dir: Path) -> None:
    assert validate_spec(spec_dir / "guideline.yaml") == []
