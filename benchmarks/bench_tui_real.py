"""Time to first paint of ``argmap open`` on a stored build of 10,000 claims, with the real Session.

The map is written to ``.argmap/`` of a scratch folder exactly as a build leaves it (map JSON plus the
fingerprint of the folder), so the app finds it current, loads it and paints without rebuilding.

    python benchmarks/bench_tui_real.py [N_CLAIMS]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.config import load_settings  # noqa: E402
from argmap.export.json_export import to_json_dict  # noqa: E402
from argmap.pipeline import fingerprint  # noqa: E402
from argmap.session import Session  # noqa: E402
from argmap.store import Store  # noqa: E402
from argmap.tui.app import make_app  # noqa: E402
from tests.functional.fakes import synthetic_map  # noqa: E402


async def first_paint(root: Path) -> tuple[float, float, int]:
    session = Session(root)
    app = make_app(session)
    start = time.perf_counter()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        painted = time.perf_counter() - start
        claims = len(app.amap.claims) if app.amap else 0
        rebuilding = app.status
    load_start = time.perf_counter()
    Session(root).load()
    return painted, time.perf_counter() - load_start, claims if "stale" not in rebuilding else -1


def main(n: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="argmap-tui-"))
    amap = synthetic_map(n)
    store = Store(root)
    store.save_map(to_json_dict(amap, include_non_claims=True), fingerprint(root, load_settings(root)))
    store.close()
    painted, load_s, claims = asyncio.run(first_paint(root))
    print(f"claims: {n}  loaded: {claims}  first paint: {painted:.3f}s  (Session.load alone: {load_s:.3f}s)")
    print("target: first paint < 1.5 s at 10,000 claims")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
