"""fluxem: deterministic algebraic embeddings of typed spans in text, for hybrid LM training."""

from fluxem.domain_type import DomainType
from fluxem.domains import (
    ArithmeticEncoder,
    ComplexEncoder,
    DimensionalQuantity,
    DNAEncoder,
    MoleculeEncoder,
    PitchEncoder,
    VectorEncoder,
)
from fluxem.errors import (
    ConfigError,
    DecodeError,
    DimensionError,
    EncodeError,
    FluxemError,
    ParseError,
)
from fluxem.layout import EMBED_DIM, LAYOUT_VERSION, domain_of

__version__ = "0.1.0"

__all__ = [
    "EMBED_DIM",
    "LAYOUT_VERSION",
    "ArithmeticEncoder",
    "ComplexEncoder",
    "ConfigError",
    "DNAEncoder",
    "DecodeError",
    "DimensionError",
    "DimensionalQuantity",
    "DomainType",
    "EncodeError",
    "FluxemError",
    "MoleculeEncoder",
    "ParseError",
    "PitchEncoder",
    "VectorEncoder",
    "__version__",
    "domain_of",
]
