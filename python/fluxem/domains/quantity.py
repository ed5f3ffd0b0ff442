"""QUANTITY encoder (not implemented yet)."""

from __future__ import annotations

from fluxem.domain_type import DomainType
from fluxem.domains._base import DomainEncoderBase


class DimensionalQuantity(DomainEncoderBase):
    DOMAIN = DomainType.QUANTITY
    __slots__ = ()


__all__ = ["DimensionalQuantity"]
