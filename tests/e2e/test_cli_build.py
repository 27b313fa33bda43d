"""End to end through the CLI on the shipped corpora (real default model, offline)."""

import json
import shutil

import pytest

from argmap.cli import main
from argmap.model import claim_id
from tests.e2e.conftest import BAD


def export_json(root, capsys) -> dict:
    capsys.readouterr()
    assert main(["export", str(root), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_build_then_export_follows_the_contract(quickstart, capsys):
    assert main(["build", str(quickstart), "--quiet"]) == 0
    summary = capsys.readouterr().out
    assert "documents" in summary and "citations" in summary and "resolved" in summary
    data = export_json(quickstart, capsys)
    assert data["schema"] == "argmap/1"
    assert data["corpus"]["model"] == "use-multilingual-v3" and data["corpus"]["seed"] == 0
    assert data["documents"] and data["claims"]
    texts = {d["id"]: (quickstart / d["id"]).read_text(encoding="utf-8") for d in data["documents"]
             if d["id"].endswith((".md", ".txt"))}
    for claim in data["claims"]:
        assert claim["id"] == claim_id(claim["document"], claim["text"])
        assert claim["source"] in ("machine", "reader")
        if claim["debate"] is None:
            assert claim["stance"] is None
        for other in claim["counters"]:
            peer = next(c for c in data["claims"] if c["id"] == other)
            assert peer["debate"] == claim["debate"] and {peer["stance"], claim["stance"]} == {"pro", "con"}
        if claim["document"] in texts:
            assert " ".join(claim["text"].split()) in " ".join(texts[claim["document"]].split())
    assert any(c["citations"] for c in data["claims"])
    assert {d["id"] for d in data["debates"]} == {"platform-value"}


def test_rebuild_reads_and_embeds_nothing_new(quickstart, capsys):
    from argmap.pipeline import build

    first = build(quickstart)
    again = build(quickstart)
    assert again.stats.documents_cached == again.stats.documents == first.stats.documents
    assert again.stats.embedded == 0 and first.stats.embedded > 0


def test_same_corpus_same_export_apart_from_timestamp(quickstart, tmp_path, capsys):
    twin = tmp_path / "twin"
    shutil.copytree(quickstart, twin)
    main(["build", str(quickstart), "--quiet"])
    main(["build", str(twin), "--quiet"])
    a, b = export_json(quickstart, capsys), export_json(twin, capsys)
    a["corpus"].pop("built"), b["corpus"].pop("built")
    assert a == b


def test_a_markdown_export_saved_in_the_corpus_is_not_read_back(quickstart, capsys):
    """A reader who writes the Markdown map into the corpus folder gets the same map on the next build, and a
    warning naming the file, not every claim a second time as a reading."""
    from argmap.pipeline import build

    first = build(quickstart)
    assert main(["export", str(quickstart), "--format", "markdown", "-o", str(quickstart / "map.md")]) == 0
    assert main(["build", str(quickstart), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "map.md: is a map that argmap exported, not a reading; skipped" in out
    data = export_json(quickstart, capsys)
    assert "map.md" not in {d["id"] for d in data["documents"]}
    assert len(data["claims"]) == first.stats.sentences
    assert (quickstart / "map.md").read_text(encoding="utf-8").startswith("<!-- argmap export:")


def test_bad_files_are_warnings_and_the_rest_still_maps(quickstart, capsys):
    for name in sorted(p.name for p in BAD.iterdir() if p.suffix in (".pdf", ".txt", ".md", ".bib", ".json")):
        shutil.copy(BAD / name, quickstart / f"bad-{name}")
    assert main(["build", str(quickstart), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Warnings" in out and "Traceback" not in out
    for name in ("bad-corrupt.pdf", "bad-junk.txt", "bad-empty.md", "bad-scanned.pdf", "bad-broken.bib"):
        if (quickstart / name).exists():
            assert name in out, f"no warning names {name}"
    assert main(["build", str(quickstart), "--quiet", "--strict"]) == 3
    data = export_json(quickstart, capsys)
    docs = {d["id"] for d in data["documents"]}
    assert any(not d.startswith("bad-") for d in docs)
    if (quickstart / "bad-gbk.txt").exists():
        assert "bad-gbk.txt" in docs


def test_missing_and_empty_folders(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope")]) == 1
    assert "nope" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["build", str(tmp_path / "empty")]) == 2
    assert "no documents" in capsys.readouterr().err


def test_bad_settings_exit_1_naming_key(quickstart, capsys):
    toml = quickstart / "argmap.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[corpus]", "[corpus]\nmodle = 'x'"), encoding="utf-8")
    assert main(["build", str(quickstart), "--quiet"]) == 1
    assert "corpus.modle" in capsys.readouterr().err


def test_stance_correction_survives_everything(quickstart, capsys):
    assert main(["build", str(quickstart), "--quiet"]) == 0
    data = export_json(quickstart, capsys)
    target = next(c for c in data["claims"] if c["debate"])
    new = "con" if target["stance"] == "pro" else "pro"
    assert main(["annotate", str(quickstart), target["id"], "--stance", new]) == 0

    def stance_now():
        claims = {c["id"]: c for c in export_json(quickstart, capsys)["claims"]}
        return claims[target["id"]]["stance"], claims[target["id"]]["source"]

    assert stance_now() == (new, "reader")
    main(["build", str(quickstart), "--quiet"])
    assert stance_now() == (new, "reader")
    shutil.rmtree(quickstart / ".argmap")
    assert stance_now() == (new, "reader")
    (quickstart / "added-note.md").write_text("# Added\n\nPlatforms sell data about users to advertisers.\n",
                                             encoding="utf-8")
    assert stance_now() == (new, "reader")
    with (quickstart / "argmap-annotations.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"kind": "stance", "claim": "c-')
    assert stance_now() == (new, "reader")
    assert main(["build", str(quickstart), "--quiet"]) == 0
    assert "torn" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["markdown", "csv", "bibtex", "graphml", "argdown"])
def test_every_format_exports(quickstart, capsys, fmt, tmp_path):
    main(["build", str(quickstart), "--quiet"])
    out = tmp_path / f"map.{fmt}"
    assert main(["export", str(quickstart), "--format", fmt, "-o", str(out)]) == 0
    assert out.stat().st_size > 0


def test_eval_runs_on_quickstart_gold(quickstart, capsys):
    assert main(["eval", str(quickstart), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["all"]["sentences"] >= 10
    assert result["all"]["matched"] == result["all"]["sentences"]


def test_discovery_proposes_debates_on_every_build(quickstart, capsys, tmp_path):
    from argmap.config import parse_settings

    (quickstart / "argmap.toml").write_text('[corpus]\ntitle = "undeclared"\nexclude = ["README.md"]\n',
                                           encoding="utf-8")
    for _ in range(2):  # the second build reuses the map and must still show the proposal
        assert main(["build", str(quickstart), "--quiet"]) == 0
        out = capsys.readouterr().out
        assert "Proposed, ready to edit and paste" in out
        fragment = out[out.index("[[debate]]"):]
        path = tmp_path / "argmap.toml"
        path.write_text(fragment, encoding="utf-8")
        proposed = parse_settings(path).debates
        assert proposed and all(d.question.endswith(("?", "？")) and d.pro and d.con for d in proposed)


def test_the_command_flushes_its_output_and_keeps_its_exit_code(tmp_path):
    """``argmap`` ends with os._exit (no interpreter teardown): what it printed still arrives, and a
    failure's exit status is kept."""
    import subprocess
    import sys

    def run(*args):
        return subprocess.run([sys.executable, "-c", "from argmap.cli import run; run()", *args],
                              capture_output=True, text=True, timeout=120)

    empty = run("build", str(tmp_path))
    assert empty.returncode != 0 and "no documents" in empty.stdout + empty.stderr
    (tmp_path / "a.md").write_text("# A\n\nUnpaid users create value for platforms.\n", encoding="utf-8")
    built = run("build", str(tmp_path), "--model", "fake:16")
    assert built.returncode == 0 and "sentences" in built.stdout
