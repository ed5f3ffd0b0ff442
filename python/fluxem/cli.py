"""The ``fluxem`` command."""

from __future__ import annotations

import argparse
import sys

from fluxem._distribution import version_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fluxem", description=__doc__)
    parser.add_argument("--version", action="version", version=version_text())
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="encode and decode a built-in set of values")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from fluxem.demo import run

        return run()
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
