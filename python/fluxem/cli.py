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
    args = parser.parse_args(argv)
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
