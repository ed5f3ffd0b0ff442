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


def _warn_if_threads_capped() -> None:
    asked, used = _native.requested_threads(), _native.configured_threads()
    if asked is not None and asked > used:
        import warnings

        warnings.warn(
            f"FLUXEM_NUM_THREADS={asked} is more than 4 threads per core: using {used}",
            RuntimeWarning,
            stacklevel=2,
        )


_warn_if_threads_capped()
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
