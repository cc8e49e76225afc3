"""Reads an exported stance table with Python's csv module and prints the header, the number of
rows and the rows themselves as JSON, for ExportTests to compare exactly."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle, strict=True))
print(json.dumps({"header": rows[0], "count": len(rows) - 1, "rows": rows[1:]}, ensure_ascii=False))
