"""GraphML export (networkx) for Gephi, yEd or Cytoscape.

Nodes (``type`` attribute says which, ``label`` is what Gephi and yEd show):

- ``debate:<id>``; ``p-…`` positions; ``c-…`` claims; ``ref:<key>`` references; ``doc:<id>`` documents.

Edges (``kind`` attribute):

- ``supports``: claim -> its position (a claim backs the position it belongs to; claims off every
  position support or attack the debate node directly, by stance);
- ``pro`` / ``con``: position -> its debate, by side;
- ``attacks``: claim -> claim for every counter link, in both directions, since counters are
  symmetric (a DiGraph has no undirected edges);
- ``cites``: claim -> reference (``attributed`` is True when the claim reports that author's view);
- ``in``: claim -> document it comes from; ``is``: document -> reference that is this work.

GraphML has no null: missing values are written as "" (and 0.0 for numbers), and every node
carries every attribute of its type so that each key has one declared type.
"""

from __future__ import annotations

import io

import networkx as nx

from argmap.export.common import SIDES, cited_keys, live_claims
from argmap.model import ArgumentMap


def _ref_node(key: str) -> str:
    return f"ref:{key}"


def _doc_node(doc_id: str) -> str:
    return f"doc:{doc_id}"


def to_graph(amap: ArgumentMap) -> nx.DiGraph:
    """The map as a networkx DiGraph (node and edge layout in the module docstring)."""
    graph = nx.DiGraph(name=amap.title, built=amap.built, model=amap.model)
    claims = live_claims(amap)
    positions = amap.position_index()
    live_ids = {c.id for c in claims}
    members = {p.id: set(p.claims) for p in positions.values()}

    for debate in amap.debates:
        graph.add_node(f"debate:{debate.id}", type="debate", label=debate.question or debate.id,
                       debate=debate.id, text=debate.question)
        for position in sorted(debate.positions, key=lambda p: p.id):
            graph.add_node(position.id, type="position", label=position.label, debate=debate.id,
                           side=position.side, keywords="; ".join(position.keywords),
                           central=position.central or "", size=len(position.claims))
            graph.add_edge(position.id, f"debate:{debate.id}", kind=position.side)

    for doc in sorted(amap.documents, key=lambda d: d.id):
        graph.add_node(_doc_node(doc.id), type="document", label=doc.title or doc.id, document=doc.id,
                       format=doc.kind, language=doc.language)

    for ref in sorted(amap.references, key=lambda r: r.key):
        graph.add_node(_ref_node(ref.key), type="reference", label=ref.key, key=ref.key,
                       authors="; ".join(ref.authors), year=ref.year or 0, title=ref.title,
                       container=ref.container, entry_type=ref.kind, document=ref.document or "",
                       in_corpus=ref.document is not None)
        if ref.document and graph.has_node(_doc_node(ref.document)):
            graph.add_edge(_doc_node(ref.document), _ref_node(ref.key), kind="is")

    for claim in claims:
        position = positions.get(claim.position or "")
        side = position.side if position is not None else (claim.stance or "")
        graph.add_node(claim.id, type="claim", label=claim.text[:60], text=claim.text,
                       debate=claim.debate or "", side=side, stance=claim.stance or "",
                       position=claim.position or "", confidence=float(claim.confidence),
                       document=claim.document, language=claim.language, source=claim.source,
                       attributed_to=claim.attributed_to or "")
        if position is not None and claim.id in members.get(position.id, ()):
            graph.add_edge(claim.id, position.id, kind="supports")
        elif claim.debate and claim.stance in SIDES and graph.has_node(f"debate:{claim.debate}"):
            graph.add_edge(claim.id, f"debate:{claim.debate}",
                           kind="supports" if claim.stance == "pro" else "attacks")
        if not graph.has_node(_doc_node(claim.document)):
            graph.add_node(_doc_node(claim.document), type="document", label=claim.document,
                           document=claim.document, format="", language=claim.language)
        graph.add_edge(claim.id, _doc_node(claim.document), kind="in")
        for key in cited_keys(claim):
            if not graph.has_node(_ref_node(key)):
                # Cited but absent from the references: still a node, so the edge is not lost.
                graph.add_node(_ref_node(key), type="reference", label=key, key=key, authors="", year=0,
                               title="", container="", entry_type="", document="", in_corpus=False)
            graph.add_edge(claim.id, _ref_node(key), kind="cites", attributed=key == claim.attributed_to)

    for claim in claims:
        for other in sorted(set(claim.counters)):
            if other in live_ids and other != claim.id:
                graph.add_edge(claim.id, other, kind="attacks")
                graph.add_edge(other, claim.id, kind="attacks")
    _fill_edge_defaults(graph)
    return graph


def _fill_edge_defaults(graph: nx.DiGraph) -> None:
    # Every edge gets `attributed` so the key has one type and no edge lacks it.
    for _, _, data in graph.edges(data=True):
        data.setdefault("attributed", False)


def render(amap: ArgumentMap) -> str:
    """GraphML text (UTF-8 XML) of ``to_graph(amap)``."""
    # write_graphml (not generate_graphml) so that non-ASCII text is written as UTF-8, not &#…; refs.
    buffer = io.BytesIO()
    nx.write_graphml(to_graph(amap), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")
