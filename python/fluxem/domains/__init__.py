"""The domain encoders, one class per domain."""

from fluxem.domains._base import STATUS_NAMES, DomainEncoderBase
from fluxem.domains.arithmetic import ArithmeticEncoder
from fluxem.domains.complex import ComplexEncoder
from fluxem.domains.dna import DNAEncoder
from fluxem.domains.formula import MoleculeEncoder
from fluxem.domains.pitch import PitchEncoder
from fluxem.domains.quantity import DimensionalQuantity
from fluxem.domains.vector import VectorEncoder

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
]
