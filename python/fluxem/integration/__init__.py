"""Hybrid-training integration: segmentation, registry, pipeline, torch heads."""

from fluxem.integration.tokenizer import DomainToken as DomainToken
from fluxem.integration.tokenizer import DomainType as DomainType
from fluxem.integration.tokenizer import MultiDomainTokenizer as MultiDomainTokenizer
from fluxem.integration.tokenizer import SegmentBatch as SegmentBatch
