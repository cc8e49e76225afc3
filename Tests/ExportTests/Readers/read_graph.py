"""Reads an exported network with networkx and python-igraph and prints what each saw as JSON:
node and edge counts, direction, and the Python type of every attribute (by name) on the first
node and edge, plus chosen values. Used by ExportTests; exits 3 when a package is missing."""
import json
import sys

try:
    import igraph
    import networkx
    from networkx.readwrite import json_graph
except ImportError as error:
    print(f"missing: {error.name}", file=sys.stderr)
    sys.exit(3)


def types(data):
    return {name: type(value).__name__ for name, value in sorted(data.items())}


def from_networkx(graph):
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(data=True))
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "node_types": types(nodes[0][1]) if nodes else {},
        "edge_types": types(edges[0][2]) if edges else {},
        "node_ids": sorted(node for node, _ in nodes),
        "labels": {node: data.get("label") for node, data in nodes},
        "weights": sorted([min(a, b), max(a, b), data.get("weight")] for a, b, data in edges),
    }


def from_igraph(graph):
    first_node = {name: graph.vs[0][name] for name in graph.vs.attributes()} if graph.vcount() else {}
    first_edge = {name: graph.es[0][name] for name in graph.es.attributes()} if graph.ecount() else {}
    return {
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "directed": graph.is_directed(),
        "node_types": types(first_node),
        "edge_types": types(first_edge),
        "node_ids": sorted(graph.vs["id"]) if graph.vcount() else [],
    }


def main():
    path, kind = sys.argv[1], sys.argv[2]
    if kind == "graphml":
        result = {"networkx": from_networkx(networkx.read_graphml(path)), "igraph": from_igraph(igraph.Graph.Read_GraphML(path))}
    elif kind == "nodelink":
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        result = {"networkx": from_networkx(json_graph.node_link_graph(data, edges="edges"))}
    else:
        raise SystemExit(f"unknown kind {kind}")
    print(json.dumps(result, sort_keys=True))


main()
