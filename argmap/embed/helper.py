"""A helper process for ``argmap.embed.parallel``: ``python -m argmap.embed.helper module:Class``.

It makes the embedder with one BLAS thread, then answers batches until its input closes. Input:
an 8-byte little-endian length and a JSON list of texts. Output: ``b"V"``, an 8-byte length and
the float32 vectors, or ``b"E"``, a length and the error's text. The replies go over a copy of
the original stdout; ``print`` and library chatter go to stderr, so they cannot corrupt them.
"""

from __future__ import annotations

import importlib
import os
import sys


def _read(stream, size: int) -> bytes | None:
    data = stream.read(size)
    return data if len(data) == size else None


def main(target: str) -> None:
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    import numpy as np
    import orjson

    module, _, name = target.partition(":")
    embedder = getattr(importlib.import_module(module), name)(threads=1)
    if hasattr(embedder, "expect"):  # helpers serve large jobs only: ready the model for one
        embedder.expect(sys.maxsize)
    requests = sys.stdin.buffer
    while (head := _read(requests, 8)) is not None:
        body = _read(requests, int.from_bytes(head, "little"))
        if body is None:
            return
        try:
            vectors = np.ascontiguousarray(embedder.encode(orjson.loads(body)), dtype="<f4")
            kind, payload = b"V", vectors.tobytes()
        except Exception as exc:  # the parent encodes this batch itself and shows the real error
            kind, payload = b"E", repr(exc).encode("utf-8", "replace")
        replies.write(kind + len(payload).to_bytes(8, "little") + payload)
        replies.flush()


if __name__ == "__main__":
    main(sys.argv[1])
