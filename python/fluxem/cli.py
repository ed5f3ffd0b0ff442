"""The ``fluxem`` command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fluxem._distribution import version_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fluxem", description=__doc__)
    parser.add_argument("--version", action="version", version=version_text())
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="encode and decode a built-in set of values")
    render = sub.add_parser(
        "render",
        help="write an HTML page showing the spans found in a text file",
        description="Documents: the paragraphs (blank-line separated) of a text file, or the "
        "rows of a .jsonl file; '-' reads standard input.",
    )
    render.add_argument("input", help="a .txt or .jsonl file, or - for stdin")
    render.add_argument("-o", "--output", required=True, type=Path, help="the HTML page to write")
    render.add_argument("--text-field", default="text", help="JSONL field holding the text")
    render.add_argument("--limit", type=int, default=500, help="render at most this many docs")
    prep = sub.add_parser(
        "preprocess",
        help="segment (and encode) a corpus of JSONL or Parquet files into Parquet shards",
        description="Resumable: rerun the same command after a crash to continue. Exit codes: "
        "0 done, 2 bad options or unreadable input, 3 bad record under --strict, 4 the output "
        "directory holds a run with other options or inputs. See docs/PREPROCESSING.md.",
    )
    prep.add_argument("inputs", nargs="+", type=Path, help=".jsonl[.gz|.zst] or .parquet files")
    prep.add_argument("-o", "--output", required=True, type=Path, help="output directory")
    prep.add_argument("--text-field", default="text", help="field or column holding the text")
    prep.add_argument("--id-field", default="id", help="field used as document id, if present")
    prep.add_argument(
        "--embeddings",
        choices=["compact", "materialised"],
        default="compact",
        help="compact: each span's text (rebuilt bit for bit on load); materialised: 128 floats",
    )
    prep.add_argument("--no-text", action="store_true", help="do not copy documents into shards")
    prep.add_argument("--chunk-size", type=int, default=10_000, help="records per shard")
    prep.add_argument("--max-doc-mb", type=float, default=16.0, help="skip larger documents")
    prep.add_argument("--threads", type=int, default=None, help="native threads (default: all)")
    prep.add_argument("--strict", action="store_true", help="stop at the first bad record")
    args = parser.parse_args(argv)
    if args.command == "preprocess":
        from fluxem.preprocess.cli import run_preprocess

        return run_preprocess(args)
    if args.command == "demo":
        from fluxem.demo import run

        return run()
    if args.command == "render":
        from fluxem.render_cli import run_render

        return run_render(args.input, args.output, args.text_field, args.limit)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
