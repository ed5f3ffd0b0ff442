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

_CLASSES: dict[DomainType, type[DomainEncoderBase]] = {
    DomainType.ARITHMETIC: ArithmeticEncoder,
    DomainType.QUANTITY: DimensionalQuantity,
    DomainType.FORMULA: MoleculeEncoder,
    DomainType.COMPLEX: ComplexEncoder,
    DomainType.VECTOR: VectorEncoder,
    DomainType.DNA: DNAEncoder,
    DomainType.PITCH: PitchEncoder,
}


@functools.cache
def encoder_for(domain: int) -> DomainEncoderBase:
    """The default encoder of a built-in domain (one shared instance: encoders are immutable
    and thread-safe); ``KeyError`` for TEXT and user-registered ids."""
    return _CLASSES[DomainType(domain)]()


__all__ = [
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
