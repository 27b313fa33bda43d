"""GraphML export: read back with networkx and checked as plain XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

from argmap.export import render
from tests.fixtures.export.small_map import small_map

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _read(tmp_path, amap):
    path = tmp_path / "map.graphml"
    path.write_text(render(amap, "graphml"), encoding="utf-8")
    return nx.read_graphml(path), path


def test_reads_back_with_nodes_of_every_kind(tmp_path):
    amap = small_map()
    graph, _ = _read(tmp_path, amap)
    types = nx.get_node_attributes(graph, "type")
    live = [c for c in amap.claims if c.is_claim]
    assert sorted(n for n, t in types.items() if t == "claim") == sorted(c.id for c in live)
    assert sum(t == "position" for t in types.values()) == 6
    assert sum(t == "debate" for t in types.values()) == 2
    assert sum(t == "document" for t in types.values()) == len(amap.documents)
    assert sum(t == "reference" for t in types.values()) == len(amap.references)
    chinese = next(c for c in live if c.language == "zh")
    assert graph.nodes[chinese.id]["text"] == chinese.text
    assert graph.nodes[chinese.id]["confidence"] == chinese.confidence
    # no None anywhere: missing values are ""
    outside = next(c for c in live if c.debate is None)
    assert graph.nodes[outside.id]["debate"] == "" and graph.nodes[outside.id]["stance"] == ""


def test_edges_supports_attacks_cites_in(tmp_path):
    amap = small_map()
    graph, _ = _read(tmp_path, amap)
    kinds = nx.get_edge_attributes(graph, "kind")
    live = {c.id: c for c in amap.claims if c.is_claim}
    for claim in live.values():
        assert kinds[(claim.id, f"doc:{claim.document}")] == "in"
        if claim.position:
            assert kinds[(claim.id, claim.position)] == "supports"
        for key in claim.citations:
            assert kinds[(claim.id, f"ref:{key}")] == "cites"
        for other in claim.counters:
            if other in live:
                assert kinds[(claim.id, other)] == "attacks" and kinds[(other, claim.id)] == "attacks"
    murdock = next(c for c in live.values() if c.attributed_to == "murdock1978")
    assert graph.edges[murdock.id, "ref:murdock1978"]["attributed"] is True
    # the non-claim's reference is a node with no edge at all
    assert graph.degree("ref:secret2020") == 0


def test_every_data_key_is_declared_with_a_type(tmp_path):
    """yEd and Gephi need each attribute declared as a <key> with attr.name and attr.type."""
    _, path = _read(tmp_path, small_map())
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k for k in root.findall("g:key", NS)}
    assert all(k.get("attr.name") and k.get("attr.type") for k in keys.values())
    node_keys = {k.get("attr.name") for k in keys.values() if k.get("for") == "node"}
    assert {"label", "type", "text", "debate", "side", "stance", "position", "confidence", "document",
            "language"} <= node_keys
    for element in root.iter(f"{{{NS['g']}}}data"):
        assert element.get("key") in keys
    for node in root.iter(f"{{{NS['g']}}}node"):
        used = {keys[d.get("key")].get("for") for d in node.findall("g:data", NS)}
        assert used == {"node"}
