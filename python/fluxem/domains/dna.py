"""DNA: a nucleotide sequence of any length (ACGT, U, N, IUPAC codes; either case).

The embedding stores the length, the count of each of the 15 symbols, the number of
lower-case symbols, the 2-mer counts over A C G T/U (all exact, below 2^36 each), the GC
fraction, an RNA flag and the first and last 10 bases exactly; see docs/FORMAL_DEFINITION.md.
Reverse, complement and reverse complement are signed permutations of the embedding;
concatenation adds counts and splices the stored ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fluxem import _native
from fluxem.domain_type import DomainType
from fluxem.domains._base import Array, DomainEncoderBase, as_embedding, float64_out
from fluxem.errors import EncodeError

#: Symbols in the embedding's counter order (the T slot holds U in RNA).
SYMBOLS: str = _native.DNA_SYMBOLS
#: Bases stored exactly at each end; sequences up to twice this decode in full.
BOUNDARY: int = _native.DNA_OFFSETS["BOUNDARY"]
#: Every count (and the length) must stay below this.
CAPACITY: int = _native.DNA_CAPACITY


@dataclass(frozen=True)
class DNASequence:
    """What a DNA embedding holds. ``sequence`` is the whole (upper-cased) sequence after
    ``parse``, and after ``decode`` when ``length <= 20``; otherwise None (only the ends,
    counts and 2-mer profile are stored). Letter case is only counted (``lowercase``)."""

    length: int
    #: Count of every symbol, keyed by letter (U instead of T for RNA).
    counts: dict[str, int]
    lowercase: int
    #: Count of every adjacent pair over A C G T (or U), e.g. "AC"; pairs with an ambiguous
    #: symbol are not counted.
    dimers: dict[str, int]
    is_rna: bool
    gc_fraction: float
    first: str
    last: str
    sequence: str | None


def _sequence(p: _native.DnaProfile) -> DNASequence:
    letters = SYMBOLS.replace("T", "U") if p.is_rna else SYMBOLS
    bases = letters[:4]
    dimers = p.dimers
    return DNASequence(
        length=p.length,
        counts=dict(zip(letters, p.counts, strict=True)),
        lowercase=p.lowercase,
        dimers={x + y: dimers[4 * i + j] for i, x in enumerate(bases) for j, y in enumerate(bases)},
        is_rna=p.is_rna,
        gc_fraction=p.gc_fraction,
        first=p.first,
        last=p.last,
        sequence=p.sequence,
    )


class DNAEncoder(DomainEncoderBase):
    """Encodes nucleotide sequences such as ``"ATGCCGTAGC"``, ``"acgun"``, ``"RYKMSWN"``.

    Accepts A C G T U N and the IUPAC codes R Y S W K M B D H V in either case (a sequence may
    not mix T and U); anything else is a ``ParseError`` with its position. N stays N.
    """

    DOMAIN = DomainType.DNA
    __slots__ = ()
    _impl: _native.DnaEncoder

    def __init__(self) -> None:
        super().__init__()

    def _to_text(self, value: Any) -> str:
        if isinstance(value, DNASequence):
            if value.sequence is None:
                raise EncodeError("this DNASequence holds no full sequence (it was decoded)")
            return value.sequence
        if isinstance(value, bytes | bytearray):
            return value.decode("ascii", errors="replace")
        if type(value).__name__ in ("Seq", "MutableSeq"):  # Biopython
            return str(value)
        raise TypeError(f"DNAEncoder.encode expects str, got {type(value).__name__}")

    def parse(self, text: str) -> DNASequence:
        """The profile of ``text`` with its full upper-cased sequence (``ParseError`` with
        ``.position`` on bad input)."""
        return _sequence(self._impl.parse(text))

    def decode(self, emb: Any) -> DNASequence:
        """Everything the embedding stores; ``sequence`` when ``length <= 20``."""
        return _sequence(self._impl.decode(as_embedding(emb)))

    def _transform(self, emb: Any, reverse: bool, complement: bool) -> Array:
        return self._impl.transform(as_embedding(emb), reverse, complement, float64_out(emb))

    def reverse_complement(self, emb: Any) -> Array:
        """The reverse complement, as a signed permutation of the embedding's dims."""
        return self._transform(emb, True, True)

    def complement(self, emb: Any) -> Array:
        return self._transform(emb, False, True)

    def reverse(self, emb: Any) -> Array:
        return self._transform(emb, True, False)

    def concat(self, a: Any, b: Any) -> Array:
        """The embedding of sequence ``a`` followed by ``b``, from the two embeddings."""
        return self._impl.concat(as_embedding(a), as_embedding(b), float64_out(a, b))


__all__ = ["BOUNDARY", "CAPACITY", "SYMBOLS", "DNAEncoder", "DNASequence"]
