"""The thin command line (DESIGN.md, CLI contract). Heavy imports stay inside the commands."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path

from argmap import __version__
from argmap.errors import ArgmapError, UsageError

STRICT_EXIT = 3


def _console(stderr: bool = True):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


class _Bars:
    """One rich progress bar per stage, on stderr so stdout stays clean for exports."""

    LABELS = {"read": "Reading documents", "cite": "Resolving citations", "embed": "Embedding sentences",
              "map": "Mapping debates"}

    def __init__(self, console):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=False)
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        self.progress.__exit__(*exc)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(self.LABELS.get(stage, stage), total=total or 1)
        self.progress.update(self.tasks[stage], completed=done, total=total or 1)


def _build(root: Path, model: str | None, quiet: bool = False, full: bool = False):
    from argmap.pipeline import build

    console = _console()
    if quiet or not console.is_terminal:
        return build(root, model, full=full)
    with _Bars(console) as bars:
        return build(root, model, bars, full=full)


def _load_map(root: Path, model: str | None = None):
    """The last build if it is current, else a fresh build (progress on stderr)."""
    from argmap.session import Session

    session = Session(root, model)
    if not session.is_stale():
        amap = session.load()
        if amap is not None:
            return session, amap
    _build(root, model)
    return session, session.load()


def cmd_build(args: argparse.Namespace) -> int:
    result = _build(args.dir, args.model, quiet=args.quiet, full=args.full)
    console = _console(stderr=False)
    s = result.stats
    unresolved = len(s.unresolved)
    from rich.table import Table

    table = Table(title=f"argmap build: {result.map.title}", show_header=False, box=None, pad_edge=False)
    table.add_row("documents", f"{s.documents} ({s.documents_cached} unchanged, read from cache)")
    table.add_row("sentences", f"{s.sentences} ({s.embedded} embedded with {result.map.model})")
    table.add_row("references", str(s.references))
    table.add_row("citations", f"{s.citations}: {s.resolved} resolved, {s.citations - s.resolved} unresolved")
    in_debate = sum(1 for c in result.map.claims if c.debate)
    table.add_row("claims in debates", f"{in_debate} of {len(result.map.claims)}")
    if s.incremental is not None:
        table.add_row("mapped", f"{s.incremental} new sentences against the last map "
                                "(positions kept; --full remaps everything)")
    for debate in result.map.debates:
        pro = sum(len(p.claims) for p in debate.positions if p.side == "pro")
        con = sum(len(p.claims) for p in debate.positions if p.side == "con")
        table.add_row(f"  {debate.id}", f"{pro} pro / {con} con in {len(debate.positions)} positions")
    table.add_row("warnings", str(len(result.warnings)))
    table.add_row("time", "  ".join(f"{k} {v:.1f}s" for k, v in s.seconds.items()))
    console.print(table)
    if unresolved and args.verbose:
        console.print("[bold]Unresolved citations[/] (given generated keys):")
        for item in s.unresolved:
            console.print(f"  {item}", markup=False)
    if result.warnings:
        console.print("[bold yellow]Warnings[/]:")
        for w in result.warnings:
            console.print(f"  {w}", markup=False)
    if result.proposal:
        console.print("\nNo debates are declared in argmap.toml. Proposed, ready to edit and paste:\n")
        console.print(result.proposal, markup=False)
    if args.strict and result.warnings:
        return STRICT_EXIT
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    if not args.dir.is_dir():
        raise UsageError("is not a folder", path=str(args.dir))
    from argmap.tui import run

    gc.enable()  # the app lives on, rebuilding: it needs the cycle collector ``run`` below held off
    run(args.dir, args.model)
    return 0


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from argmap.export import write_atomic

    write_atomic(output, text)
    _console().print(f"wrote {output}", markup=False)


def cmd_export(args: argparse.Namespace) -> int:
    from argmap.export import FORMATS, render

    if args.format not in FORMATS:
        raise UsageError(f"unknown format '{args.format}'; valid formats: {', '.join(FORMATS)}")
    _, amap = _load_map(args.dir, args.model)
    _emit(render(amap, args.format, position=args.position), args.output)
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from argmap.coverage import coverage, render_coverage

    draft = None
    if args.draft is not None:
        try:
            draft = args.draft.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UsageError(f"cannot read the draft ({exc.strerror})", path=str(args.draft)) from None
    _, amap = _load_map(args.dir, args.model)
    _emit(render_coverage(coverage(amap, draft), args.format), args.output)
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    session, amap = _load_map(args.dir)
    claim = amap.claim_index().get(args.claim)
    if claim is None:
        raise UsageError(f"no claim with id '{args.claim}' in the last build",
                         remedy="see ids with 'argmap export DIR --format csv'")
    if args.stance:
        decision = {"kind": "stance", "claim": claim.id, "stance": args.stance}
    elif args.position:
        decision = {"kind": "position", "claim": claim.id, "position": args.position}
    elif args.debate:
        decision = {"kind": "debate", "claim": claim.id, "debate": None if args.debate == "none" else args.debate}
    elif args.not_claim:
        decision = {"kind": "not-claim", "claim": claim.id}
    elif args.counter:
        decision = {"kind": "counter", "claim": claim.id, "other": args.counter, "action": "add"}
    else:
        decision = {"kind": "counter", "claim": claim.id, "other": args.uncounter, "action": "remove"}
    updated = session.annotate(decision)
    after = updated.claim_index()[claim.id]
    _console(stderr=False).print(
        f"{claim.id}: debate {after.debate or '-'}, stance {after.stance or '-'}, position {after.position or '-'}"
        f" (saved to argmap-annotations.jsonl)", markup=False)
    for w in session.warnings:
        _console().print(f"warning: {w}", markup=False)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from argmap.evaluate import GOLD_FILE, evaluate, read_gold, render_text

    gold = read_gold(args.gold or args.dir / GOLD_FILE)
    _, amap = _load_map(args.dir, args.model)
    result = evaluate(amap, gold)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(result) + "\n")
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 1 (DESIGN.md), not argparse's 2
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: error: {message}\n")


def make_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="argmap", description="Map the debates in a folder of readings.")
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    def corpus(p: argparse.ArgumentParser, model: bool = True) -> None:
        p.add_argument("dir", type=Path, metavar="DIR", help="the corpus folder")
        if model:
            p.add_argument("--model", help="embedding model: use-multilingual-v3 (default), a path, or a hub id")

    p = sub.add_parser("build", help="build or update the map (incremental)")
    corpus(p)
    p.add_argument("--strict", action="store_true", help="exit 3 when there are warnings")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--full", action="store_true",
                   help="remap every sentence, even when only a few documents changed since the last build")
    p.add_argument("-v", "--verbose", action="store_true", help="list unresolved citations")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("open", help="explore and correct the map in the terminal app")
    corpus(p)
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("export", help="write the map as json, markdown, argdown, graphml, csv or bibtex")
    corpus(p)
    p.add_argument("--format", "-f", required=True, help="json|markdown|argdown|graphml|csv|bibtex")
    p.add_argument("-o", "--output", type=Path, help="file to write (atomically); stdout if omitted")
    p.add_argument("--position", help="bibtex only: the references of one position")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("coverage", help="reviewer report: sides, positions, sources; with --draft, what it misses")
    corpus(p)
    p.add_argument("--draft", type=Path, help="a Markdown draft with [@key] or author-year citations")
    p.add_argument("--format", default="text", choices=("text", "markdown", "json"))
    p.add_argument("-o", "--output", type=Path)
    p.set_defaults(func=cmd_coverage)

    p = sub.add_parser("annotate", help="record a decision about a claim (kept across rebuilds)")
    corpus(p, model=False)
    p.add_argument("claim", metavar="CLAIM_ID")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--stance", choices=("pro", "con", "none"))
    group.add_argument("--position", metavar="ID")
    group.add_argument("--debate", metavar="ID", help="a debate id, or 'none'")
    group.add_argument("--not-claim", action="store_true")
    group.add_argument("--counter", metavar="OTHER_ID", help="link as counterclaims")
    group.add_argument("--uncounter", metavar="OTHER_ID", help="remove a counterclaim link")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("eval", help="score the map against gold labels",
                       description=_eval_help(argv),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    corpus(p)
    p.add_argument("--gold", type=Path, help="gold file (default: DIR/argmap-gold.jsonl)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=cmd_eval)
    return parser


def _eval_help(argv: list[str] | None) -> str | None:
    """``argmap eval``'s description documents the gold format; reading it costs an import, so only when
    the command line is about eval (or unknown: ``make_parser()`` for documentation tools)."""
    words = sys.argv[1:] if argv is None else argv
    if "eval" not in words[:2] and argv is not None:
        return None
    from argmap import evaluate

    return evaluate.__doc__


def main(argv: list[str] | None = None) -> int:
    parser = make_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ArgmapError as exc:
        _console().print(f"argmap: {exc}", markup=False)
        return exc.exit_code
    except KeyboardInterrupt:
        _console().print("argmap: interrupted", markup=False)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the user gets one line; ARGMAP_DEBUG shows the traceback for a bug report
        if os.environ.get("ARGMAP_DEBUG"):
            raise
        _console().print(f"argmap: internal error: {type(exc).__name__}: {exc} "
                         "(run with ARGMAP_DEBUG=1 for details and report it)", markup=False)
        return 1


def run() -> None:
    """The ``argmap`` command: ``main``, then exit without tearing the interpreter down.

    By the time ``main`` returns, every file is written and closed and the terminal restored; what is
    left is freeing modules and the caches the build filled, object by object (0.2 s of a 2.5 s
    rebuild of a 20,000-sentence corpus). So the output is flushed and the process ends at once.

    The cycle collector is held off for the whole command (``open`` turns it back on): what a command
    builds is acyclic and freed by reference counting or by the exit, and a collection after the build
    would walk every object it made once more (0.1 s after adding a paper to 20,000 sentences)."""
    gc.disable()
    code = main()
    if sys.gettrace() is not None or sys.getprofile() is not None:
        sys.exit(code)  # a profiler or coverage tool writes its report at exit: let it
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(int(code or 0))


if __name__ == "__main__":
    run()
