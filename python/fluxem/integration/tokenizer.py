"""The seed's import path of the segmenter: ``fluxem.integration.tokenizer.MultiDomainTokenizer``.

The segmenter lives in :mod:`fluxem.integration.segmenter`; this module only re-exports it.
"""

from fluxem.integration.batch import SegmentBatch as SegmentBatch
from fluxem.integration.segmenter import DomainToken as DomainToken
from fluxem.integration.segmenter import DomainType as DomainType
from fluxem.integration.segmenter import MultiDomainTokenizer as MultiDomainTokenizer

__all__ = ["DomainToken", "DomainType", "MultiDomainTokenizer", "SegmentBatch"]
