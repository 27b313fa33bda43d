"""Time to first paint of the app on a synthetic 10,000-claim map (headless), printed.

    python benchmarks/bench_tui.py [N_CLAIMS]

"First paint" is: app started, map indexed, tree and detail pane composed and rendered once.
Also prints the time to reveal a claim deep in the map (expanding its position lazily) and to
apply one stance edit (FakeSession re-applies decisions to a deep copy, as the real Session does).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.tui.app import make_app  # noqa: E402
from tests.functional.fakes import FakeSession, synthetic_map  # noqa: E402


class TimedSession(FakeSession):
    """Records the time spent in the session (deep copy + re-applying decisions, like the real Session)."""

    session_s = 0.0

    def _reapply(self):  # type: ignore[override]
        t = time.perf_counter()
        try:
            return super()._reapply()
        finally:
            self.session_s += time.perf_counter() - t


async def main(n: int) -> None:
    t0 = time.perf_counter()
    amap = synthetic_map(n)
    t_map = time.perf_counter() - t0
    session = TimedSession(amap)
    app = make_app(session)
    start = time.perf_counter()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()  # mount, first layout and render are done when the queue is idle
        first_paint = time.perf_counter() - start
        load_s, session.session_s = session.session_s, 0.0
        nodes = len(app.screen.map_tree._by_key)
        target = amap.claims[n - 7]
        t1 = time.perf_counter()
        app.screen.reveal_claim(target.id)
        await pilot.pause()
        reveal = time.perf_counter() - t1
        t2 = time.perf_counter()
        await pilot.press("c")
        await pilot.pause()
        edit = time.perf_counter() - t2
        edit_session_s = session.session_s
    print(f"claims: {n}  (synthetic map built in {t_map:.2f}s)")
    print(
        f"first paint: {first_paint:.3f}s  (of which session.load: {load_s:.3f}s)  tree nodes created: {nodes}"
    )
    print(f"reveal a claim (lazy expand): {reveal:.3f}s")
    print(f"one stance edit: {edit:.3f}s  (of which session.annotate: {edit_session_s:.3f}s)")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
