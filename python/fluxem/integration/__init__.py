"""Hybrid-training integration: text in, mixed streams of text tokens and domain embeddings out.

One module per stage, in the order a batch goes through them:

1. ``segmenter``: :class:`MultiDomainTokenizer` finds typed spans (one native call per batch,
   which also embeds them) and returns a :class:`SegmentBatch`.
2. ``registry``: :class:`DomainEncoderRegistry`, which encoder embeds each domain's spans.
3. ``resolve``: applies the registry to a ``SegmentBatch``: re-encodes spans of user encoders,
   adds user domains' spans over the built-in ones they overlap, counts fallbacks by reason.
4. ``text_tokenizer``: the text between spans becomes token ids (:class:`ByteTokenizer`,
   :class:`HFTokenizer` or any :class:`TextTokenizer`).
5. ``packing``: spans and tokens become padded rows under one ``SequencePolicy`` (length,
   truncation, padding, BOS/EOS); numpy only.
6. ``batch``: the batch types (``SegmentBatch``, :class:`HybridBatch`, :class:`PipelineResult`).
7. ``collator``: :class:`HybridCollator` runs stages 1-5 on a list of texts (DataLoader's
   ``collate_fn``; torch only to build the tensors of a ``HybridBatch``).
8. ``pipeline``: :class:`TrainingPipeline`, the ``nn.Module`` holding a collator and the
   learned parts (``heads``: projections, type embeddings, output head); ``hf`` plugs it into
   transformers models.

``tokenizer`` re-exports the segmenter under the seed's import path
(``from fluxem.integration.tokenizer import MultiDomainTokenizer``). Importing this package
does not import torch: names of the torch-based modules are served lazily.
"""

from __future__ import annotations

import importlib
from typing import Any

from fluxem.integration.batch import SegmentBatch as SegmentBatch
from fluxem.integration.segmenter import DocumentTokens as DocumentTokens
from fluxem.integration.segmenter import DomainToken as DomainToken
from fluxem.integration.segmenter import DomainType as DomainType
from fluxem.integration.segmenter import MultiDomainTokenizer as MultiDomainTokenizer

# Names served lazily (PEP 562), so that importing fluxem.integration (e.g. for the segmenter)
# does not import torch; only the torch-based modules need it. One entry per line.
_LAZY: dict[str, str] = {}
_LAZY["DomainEncoderRegistry"] = "fluxem.integration.registry"
_LAZY["EncoderFailedError"] = "fluxem.integration.registry"
_LAZY["EncoderOutputError"] = "fluxem.integration.registry"
_LAZY["ByteTokenizer"] = "fluxem.integration.text_tokenizer"
_LAZY["HFTokenizer"] = "fluxem.integration.text_tokenizer"
_LAZY["TextTokenizer"] = "fluxem.integration.text_tokenizer"
_LAZY["SequencePolicy"] = "fluxem.integration.packing"
_LAZY["TrainingPipeline"] = "fluxem.integration.pipeline"
_LAZY["PipelineResult"] = "fluxem.integration.batch"
_LAZY["HybridBatch"] = "fluxem.integration.batch"
_LAZY["HybridCollator"] = "fluxem.integration.collator"
_LAZY["DomainProjection"] = "fluxem.integration.heads"
_LAZY["TypeEmbedding"] = "fluxem.integration.heads"
_LAZY["HybridEmbedder"] = "fluxem.integration.heads"
_LAZY["DomainOutputHead"] = "fluxem.integration.heads"
_LAZY["HybridCausalLM"] = "fluxem.integration.hf"
_LAZY["pipeline_for_model"] = "fluxem.integration.hf"


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fluxem.integration' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
