"""The domain encoders, one class per domain."""

import functools

from fluxem.domain_type import DomainType
from fluxem.domains._base import STATUS_NAMES, DomainEncoderBase
from fluxem.domains.arithmetic import ArithmeticEncoder
from fluxem.domains.complex import ComplexEncoder
from fluxem.domains.dna import DNAEncoder
from fluxem.domains.formula import MoleculeEncoder
from fluxem.domains.pitch import PitchEncoder
from fluxem.domains.quantity import DimensionalQuantity
from fluxem.domains.vector import VectorEncoder

#: The encoder class of each built-in domain.
BUILTIN_ENCODERS: dict[DomainType, type[DomainEncoderBase]] = {
    cls.DOMAIN: cls
    for cls in (
        ArithmeticEncoder,
        DimensionalQuantity,
        MoleculeEncoder,
        ComplexEncoder,
        VectorEncoder,
        DNAEncoder,
        PitchEncoder,
    )
}


@functools.cache
def encoder_for(domain: int) -> DomainEncoderBase:
    """The default encoder of a built-in domain (one shared instance: encoders are immutable
    and thread-safe); ``KeyError`` for TEXT and user-registered ids."""
    return BUILTIN_ENCODERS[DomainType(domain)]()


__all__ = [
    "BUILTIN_ENCODERS",
    "STATUS_NAMES",
    "ArithmeticEncoder",
    "ComplexEncoder",
    "DNAEncoder",
    "DimensionalQuantity",
    "DomainEncoderBase",
    "MoleculeEncoder",
    "PitchEncoder",
    "VectorEncoder",
    "encoder_for",
]
