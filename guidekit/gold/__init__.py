"""Gold sets from tables: import rows as gold items, write a side file.

>>> from guidekit.gold import import_gold, write_gold
"""

from guidekit.gold.importer import gold_from_table, import_gold
from guidekit.gold.labels import LabelMapper, LabelProblem
from guidekit.gold.options import GoldColumns, GoldMeta, check_fields
from guidekit.gold.table import Row, Table, read_table
from guidekit.gold.writer import gold_jsonl, gold_line, write_gold

__all__ = [
    "GoldColumns",
    "GoldMeta",
    "LabelMapper",
    "LabelProblem",
    "Row",
    "Table",
    "check_fields",
    "gold_from_table",
    "gold_jsonl",
    "gold_line",
    "import_gold",
    "read_table",
    "write_gold",
]
