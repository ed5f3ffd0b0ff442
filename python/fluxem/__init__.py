"""fluxem: deterministic algebraic embeddings of typed spans in text, for hybrid LM training."""

from fluxem import _native
from fluxem._distribution import check_installation
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

check_installation()
__version__: str = _native.__version__  # Cargo.toml's workspace version

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
