"""Corpus preprocessing: documents from JSONL or Parquet files in, Parquet shards of spans out.

``fluxem preprocess INPUT... -o OUTDIR`` (``fluxem.preprocess.run.preprocess`` from Python)
reads documents in fixed chunks, segments each chunk in one native call (threads over
documents, GIL released) and writes one Parquet shard per chunk, atomically, recording it in
``manifest.json`` only once complete, so a rerun after a crash continues where it stopped and
produces the same bytes. See docs/PREPROCESSING.md.

Modules, in the order the data flows: ``readers`` (documents and bad-input events),
``shards`` (the Arrow schema and atomic shard files), ``manifest`` (what is done),
``run`` (the loop and its progress), ``rebuild`` (embeddings back from compact shards).
"""

from fluxem.preprocess.rebuild import rebuild_embeddings
from fluxem.preprocess.run import PreprocessOptions, preprocess

__all__ = ["PreprocessOptions", "preprocess", "rebuild_embeddings"]
