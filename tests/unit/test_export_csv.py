"""CSV export: read back with csv.DictReader (and pandas when installed)."""

from __future__ import annotations

import csv
import io

import pytest

from argmap.export import render
from argmap.export.csv_export import HEADER
from tests.fixtures.export.small_map import small_map


def test_round_trip_through_dictreader():
    amap = small_map()
    text = render(amap, "csv")
    assert not text.startswith("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames) == HEADER
    rows = {row["id"]: row for row in reader}
    live = {c.id: c for c in amap.claims if c.is_claim}
    assert set(rows) == set(live)
    for cid, claim in live.items():
        row = rows[cid]
        assert row["text"] == claim.text  # commas, quotes, <>, Chinese all survive
        assert row["citations"].split(";") == (claim.citations or [""])
        assert float(row["confidence"]) == pytest.approx(claim.confidence, abs=1e-3)
        assert set(filter(None, row["counters"].split(";"))) == set(claim.counters) & set(live)
    murdock = next(c for c in live.values() if c.attributed_to == "murdock1978")
    assert rows[murdock.id]["side"] == "con" and rows[murdock.id]["position_label"] == "audiences do not work"
    outside = next(c for c in live.values() if c.debate is None)
    assert rows[outside.id]["debate"] == "" and rows[outside.id]["side"] == ""


def test_pandas_reads_it_when_installed():
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(render(small_map(), "csv")), keep_default_na=False)
    assert list(frame.columns) == list(HEADER)
    assert len(frame) == 12
