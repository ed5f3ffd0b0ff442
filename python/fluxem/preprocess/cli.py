"""``fluxem preprocess``: options from the command line, errors as exit codes."""

from __future__ import annotations

import argparse
import sys

from fluxem.errors import ConfigError
from fluxem.preprocess.run import (
    EXIT_BAD_INPUT,
    EXIT_CHANGED,
    EXIT_OK,
    EXIT_USAGE,
    BadInputError,
    ChangedRunError,
    PreprocessOptions,
    preprocess,
    set_threads,
)


def run_preprocess(args: argparse.Namespace) -> int:
    options = PreprocessOptions(
        text_field=args.text_field,
        id_field=args.id_field or None,
        chunk_size=args.chunk_size,
        embeddings=args.embeddings,
        keep_text=not args.no_text,
        max_doc_bytes=int(args.max_doc_mb * (1 << 20)),
        strict=args.strict,
    )
    try:
        set_threads(args.threads)
        result = preprocess(list(args.inputs), args.output, options)
    except BadInputError as err:
        print(f"fluxem preprocess: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ChangedRunError as err:
        print(f"fluxem preprocess: {err}", file=sys.stderr)
        return EXIT_CHANGED
    except ConfigError as err:
        print(f"fluxem preprocess: {err}", file=sys.stderr)
        return EXIT_USAGE
    except ImportError as err:  # an optional dependency (pyarrow) is missing
        print(f"fluxem preprocess: {err}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, ValueError) as err:
        print(f"fluxem preprocess: {err}", file=sys.stderr)
        return EXIT_USAGE
    t = result["totals"]
    print(
        f"{t['documents']} documents, {t['spans']} spans in {len(result['shards'])} shards "
        f"({sum(t['bad_records'].values())} records skipped) -> {args.output}"
    )
    return EXIT_OK
