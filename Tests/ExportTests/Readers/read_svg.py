"""Parses an SVG file as XML and prints how many circles, squares, lines and labels it draws,
and the text of its labels, as JSON (for ExportTests)."""
import json
import sys
import xml.etree.ElementTree as tree

NS = "{http://www.w3.org/2000/svg}"
root = tree.parse(sys.argv[1]).getroot()
print(json.dumps({
    "root": root.tag,
    "circles": len(root.findall(f".//{NS}circle")),
    "rects": len(root.findall(f".//{NS}rect")),
    "lines": len(root.findall(f".//{NS}line")),
    "texts": [text.text for text in root.findall(f".//{NS}text")],
    "graphviz_nodes": len([g for g in root.iter(f"{NS}g") if g.get("class") == "node"]),
    "graphviz_edges": len([g for g in root.iter(f"{NS}g") if g.get("class") == "edge"]),
}, ensure_ascii=False))
