"""COMPLEX encoder (not implemented yet)."""

from __future__ import annotations

from fluxem.domain_type import DomainType
from fluxem.domains._base import DomainEncoderBase


class ComplexEncoder(DomainEncoderBase):
    DOMAIN = DomainType.COMPLEX
    __slots__ = ()


__all__ = ["ComplexEncoder"]
