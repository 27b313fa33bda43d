"""The saved map's claims as rows: read back as they were written, and older layouts still read."""

from __future__ import annotations

import orjson
import pytest

from argmap.export.json_export import ROW_FIELDS_KEY, from_json_dict, to_json_dict
from argmap.model import ArgumentMap, Claim


def _map() -> ArgumentMap:
    return ArgumentMap(title="t", claims=[
        Claim(id="c-1", document="a.md", text="Fuchs (2014) argues …", start=0, end=20, debate="d", stance="pro",
              confidence=0.5, citations=["fuchs2014"], counters=["c-2"], reasons=["one", "two"],
              attributed_to="fuchs2014"),
        Claim(id="c-2", document="zh/b.md", text="福克斯指出", start=3, end=8, language="zh", page=2, debate="d",
              stance="con", counters=["c-1"], is_claim=False),
    ])


def _through_json(payload: dict) -> dict:
    return orjson.loads(orjson.dumps(payload))


def test_rows_read_back_as_written():
    amap = _map()
    payload = _through_json(to_json_dict(amap, include_non_claims=True, rows=True))
    assert isinstance(payload["claims"][0], list)
    assert from_json_dict(payload).claims == amap.claims


def test_the_contract_layout_and_rows_of_other_fields_still_read():
    amap = _map()
    by_name = _through_json(to_json_dict(amap, include_non_claims=True))
    assert ROW_FIELDS_KEY not in by_name and isinstance(by_name["claims"][0], dict)
    assert from_json_dict(by_name).claims == amap.claims
    # Rows written when Claim had its fields in another order (and one field fewer) read by name.
    rows = _through_json(to_json_dict(amap, include_non_claims=True, rows=True))
    names = rows[ROW_FIELDS_KEY]
    order = [*reversed([n for n in names if n != "is_claim"])]
    older = {**rows, ROW_FIELDS_KEY: order,
             "claims": [[row[names.index(n)] for n in order] for row in rows["claims"]]}
    claims = from_json_dict(older).claims
    assert [(c.id, c.reasons, c.page) for c in claims] == [(c.id, c.reasons, c.page) for c in amap.claims]
    assert all(c.is_claim for c in claims)  # the default for the field the rows lack


def test_a_row_of_another_length_is_an_error_not_a_wrong_claim():
    payload = _through_json(to_json_dict(_map(), include_non_claims=True, rows=True))
    payload["claims"][1] = payload["claims"][1][:-1]
    with pytest.raises((ValueError, TypeError)):
        from_json_dict(payload)
