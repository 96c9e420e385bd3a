"""Gold sets from tables: import rows as gold items, write a side file.

>>> from guidekit.gold import import_gold, write_gold
"""

from guidekit.gold.filters import Filtered, filter_rows, where_pairs
from guidekit.gold.importer import (
    GoldImport,
    gold_from_table,
    import_gold,
    import_gold_counted,
)
from guidekit.gold.labels import LabelMapper, LabelProblem
from guidekit.gold.options import GoldColumns, GoldMeta, check_fields
from guidekit.gold.table import Row, Table, read_table
from guidekit.gold.writer import gold_jsonl, gold_line, write_gold

__all__ = [
    "Filtered",
    "GoldColumns",
    "GoldImport",
    "GoldMeta",
    "LabelMapper",
    "LabelProblem",
    "Row",
    "Table",
    "check_fields",
    "filter_rows",
    "gold_from_table",
    "gold_jsonl",
    "gold_line",
    "import_gold",
    "import_gold_counted",
    "read_table",
    "where_pairs",
    "write_gold",
]
