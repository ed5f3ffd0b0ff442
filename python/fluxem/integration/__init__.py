"""Hybrid-training integration: segmentation, registry, pipeline, torch heads."""

from __future__ import annotations

import importlib
from typing import Any

from fluxem.integration.tokenizer import DomainToken as DomainToken
from fluxem.integration.tokenizer import DomainType as DomainType
from fluxem.integration.tokenizer import MultiDomainTokenizer as MultiDomainTokenizer
from fluxem.integration.tokenizer import SegmentBatch as SegmentBatch

# Names served lazily (PEP 562), so that importing fluxem.integration (e.g. for the segmenter)
# does not import torch; only the torch-based modules need it. One entry per line.
_LAZY: dict[str, str] = {}
_LAZY["DomainEncoderRegistry"] = "fluxem.integration.registry"
_LAZY["EncoderFailedError"] = "fluxem.integration.registry"
_LAZY["EncoderOutputError"] = "fluxem.integration.registry"
_LAZY["ByteTokenizer"] = "fluxem.integration.text_tokenizer"
_LAZY["HFTokenizer"] = "fluxem.integration.text_tokenizer"
_LAZY["TextTokenizer"] = "fluxem.integration.text_tokenizer"
_LAZY["TrainingPipeline"] = "fluxem.integration.pipeline"
_LAZY["PipelineResult"] = "fluxem.integration.pipeline"
_LAZY["HybridBatch"] = "fluxem.integration.pipeline"
_LAZY["HybridCollator"] = "fluxem.integration.pipeline"
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
