"""CSV export: one row per claim, for spreadsheets and pandas.

Plain UTF-8 without a byte-order mark and ``\\n`` line ends (stdlib ``csv`` quoting handles commas,
quotes and newlines inside fields). Excel users open it through Data > From Text/CSV and pick UTF-8;
a BOM would help Excel's double-click but breaks tools that read the first header as "\\ufeffid".
Lists (citations, counters) are joined with ";", which never occurs in keys or claim ids.
"""

from __future__ import annotations

import csv
import io

from argmap.export.common import live_claims
from argmap.model import ArgumentMap

HEADER = ("id", "document", "debate", "side", "position", "position_label", "stance", "confidence",
          "citations", "counters", "language", "text", "source")


def rows(amap: ArgumentMap) -> list[dict[str, str]]:
    """One dict per live claim, keyed by ``HEADER``, every value a string ("" for none)."""
    positions = amap.position_index()
    claims = live_claims(amap)
    live = {c.id for c in claims}
    out = []
    for claim in claims:
        position = positions.get(claim.position or "")
        out.append({
            "id": claim.id,
            "document": claim.document,
            "debate": claim.debate or "",
            "side": position.side if position is not None else (claim.stance or ""),
            "position": claim.position or "",
            "position_label": position.label if position is not None else "",
            "stance": claim.stance or "",
            "confidence": f"{claim.confidence:.3f}",
            "citations": ";".join(dict.fromkeys(claim.citations)),
            "counters": ";".join(sorted(set(claim.counters) & live)),
            "language": claim.language,
            "text": " ".join(claim.text.split()),
            "source": claim.source,
        })
    return out


def render(amap: ArgumentMap) -> str:
    """The claims table as CSV text (header ``HEADER``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(amap))
    return buffer.getvalue()
