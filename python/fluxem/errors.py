"""Typed errors. Every fluxem error is a ``ValueError``, so ``except ValueError`` catches them."""

from __future__ import annotations


class FluxemError(ValueError):
    """Base class of every error fluxem raises on bad input or a bad embedding."""


class ParseError(FluxemError):
    """The text is not valid for the parser; ``position`` is the ``str`` index of the problem."""

    def __init__(self, message: str, position: int | None = None, reason: str | None = None):
        super().__init__(message)
        self.position = position
        self.reason = reason if reason is not None else message

    def __reduce__(self) -> tuple[type, tuple[str, int | None, str]]:
        return (type(self), (str(self), self.position, self.reason))


class EncodeError(FluxemError):
    """The value parsed but cannot be embedded (out of range, over capacity, division by zero)."""


class DecodeError(FluxemError):
    """The vector is not a valid embedding for the requested decode."""


class DimensionError(FluxemError):
    """Physical dimensions that do not combine (e.g. adding metres to seconds)."""


class ConfigError(FluxemError):
    """A bad option or configuration value (an unknown domain name, policy or encoder option)."""


__all__ = [
    "ConfigError",
    "DecodeError",
    "DimensionError",
    "EncodeError",
    "FluxemError",
    "ParseError",
]
