"""Text tokenizers for the text side of hybrid sequences.

The pipeline cuts every document into *pieces*: the text between domain spans (and the text of
spans that fell back to text). A text tokenizer turns a list of pieces into token ids plus each
token's character offsets inside its piece, in one call. Three kinds plug in:

- :class:`ByteTokenizer` (the default): one token per UTF-8 byte, vectorised with numpy, no
  download, no vocabulary file.
- :class:`HFTokenizer`: any HF ``tokenizers.Tokenizer``, or a transformers *fast* tokenizer
  (``PreTrainedTokenizerFast``; its ``backend_tokenizer`` does the work). Pieces go through
  ``encode_batch`` in one call.
- Anything that implements :class:`TextTokenizer`.

Pieces are tokenized independently, so a tokenizer never merges text across a domain span.
Tokenizers that mark word starts (SentencePiece's ``▁`` with ``prepend_scheme="always"``) add
that mark at the start of every piece; byte-level BPE (GPT-2, Llama 3) does not.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

__all__ = [
    "ByteTokenizer",
    "HFTokenizer",
    "TextTokenizer",
    "TokenizedPieces",
    "as_text_tokenizer",
    "load_text_tokenizer",
    "save_text_tokenizer",
]


class TokenizedPieces:
    """Token ids of many pieces, flat (CSR): piece ``i`` owns ``ids[offsets[i]:offsets[i+1]]``.

    ``start``/``end`` are each token's character (``str`` index) offsets inside its piece.
    """

    __slots__ = ("end", "ids", "offsets", "start")

    def __init__(
        self, ids: np.ndarray, offsets: np.ndarray, start: np.ndarray, end: np.ndarray
    ) -> None:
        self.ids = np.ascontiguousarray(ids, dtype=np.int64)
        self.offsets = np.ascontiguousarray(offsets, dtype=np.int64)
        self.start = np.ascontiguousarray(start, dtype=np.int64)
        self.end = np.ascontiguousarray(end, dtype=np.int64)
        n = len(self.ids)
        if self.offsets[-1] != n or len(self.start) != n or len(self.end) != n:
            raise ValueError("inconsistent tokenizer output: ids, offsets and spans disagree")

    @property
    def counts(self) -> np.ndarray:
        return np.diff(self.offsets)


@runtime_checkable
class TextTokenizer(Protocol):
    """What the pipeline needs from a text tokenizer.

    ``pad_id`` must be a valid row of the text embedding (it fills padding and the token-id
    slot of domain positions); ``bos_id``/``eos_id`` may be ``None``.
    """

    @property
    def vocab_size(self) -> int: ...

    @property
    def pad_id(self) -> int: ...

    @property
    def bos_id(self) -> int | None: ...

    @property
    def eos_id(self) -> int | None: ...

    def tokenize_pieces(self, pieces: Sequence[str]) -> TokenizedPieces: ...

    def decode(self, ids: Sequence[int]) -> str: ...


class ByteTokenizer:
    """One token per UTF-8 byte (ids 0..255) plus ``<pad>`` 256, ``<bos>`` 257, ``<eos>`` 258.

    Every byte of a multi-byte character is its own token, and each of them carries that
    character's offsets. The whole batch is tokenized with a handful of numpy operations over
    the concatenated bytes (no Python loop per piece or per byte). Lone surrogates are
    encoded with ``surrogatepass`` so offsets stay consistent.
    """

    PAD = 256
    BOS = 257
    EOS = 258

    def __repr__(self) -> str:
        return "ByteTokenizer()"

    def __eq__(self, other: object) -> bool:
        return type(other) is ByteTokenizer

    def __hash__(self) -> int:
        return hash(ByteTokenizer)

    @property
    def vocab_size(self) -> int:
        return 259

    @property
    def pad_id(self) -> int:
        return self.PAD

    @property
    def bos_id(self) -> int | None:
        return self.BOS

    @property
    def eos_id(self) -> int | None:
        return self.EOS

    def tokenize_pieces(self, pieces: Sequence[str]) -> TokenizedPieces:
        n = len(pieces)
        buf = np.frombuffer("".join(pieces).encode("utf-8", "surrogatepass"), dtype=np.uint8)
        lead = (buf & 0xC0) != 0x80  # first byte of a character
        char_of_byte = np.cumsum(lead, dtype=np.int64) - 1
        byte_of_char = np.append(np.flatnonzero(lead), len(buf))
        char_bounds = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=n), out=char_bounds[1:])
        offsets = byte_of_char[char_bounds]
        piece_of_byte = np.repeat(np.arange(n, dtype=np.int64), np.diff(offsets))
        start = char_of_byte - char_bounds[piece_of_byte]
        return TokenizedPieces(buf.astype(np.int64), offsets, start, start + 1)

    def decode(self, ids: Sequence[int]) -> str:
        arr = np.asarray(ids, dtype=np.int64)
        return arr[(arr >= 0) & (arr < 256)].astype(np.uint8).tobytes().decode("utf-8", "replace")


class HFTokenizer:
    """Adapter for an HF ``tokenizers.Tokenizer`` or a transformers fast tokenizer.

    Pieces are encoded with ``encode_batch(pieces, add_special_tokens=False)`` (Rust, threaded);
    offsets are the tokenizer's character offsets. ``pad_id``/``bos_id``/``eos_id`` default to
    the transformers tokenizer's special tokens, else to common names in the vocabulary
    (``<pad>``, ``<s>``, ``</s>``, ``<|endoftext|>``); ``pad_id`` falls back to ``eos_id``, then 0.
    """

    def __init__(
        self,
        tokenizer: Any,
        *,
        pad_id: int | None = None,
        bos_id: int | None = None,
        eos_id: int | None = None,
    ) -> None:
        backend = getattr(tokenizer, "backend_tokenizer", None)
        # the transformers tokenizer, kept for save_pretrained (its own files and settings)
        self._source: Any = tokenizer if backend is not None else None
        if backend is not None:  # transformers PreTrainedTokenizerFast
            bos_id = _first_id(bos_id, getattr(tokenizer, "bos_token_id", None))
            eos_id = _first_id(eos_id, getattr(tokenizer, "eos_token_id", None))
            pad_id = _first_id(pad_id, getattr(tokenizer, "pad_token_id", None))
            tokenizer = backend
        if not (hasattr(tokenizer, "encode_batch") and hasattr(tokenizer, "token_to_id")):
            raise TypeError(
                "expected a tokenizers.Tokenizer or a transformers fast tokenizer "
                f"(PreTrainedTokenizerFast), got {type(tokenizer).__name__}; slow (Python) "
                "tokenizers are not supported: load the fast one (use_fast=True)"
            )
        # a private copy without padding or truncation: a transformers tokenizer turns them on
        # in its backend for a call with padding=/truncation= and leaves them on, which
        # would pad or cut every piece here
        self._tok = _plain_copy(tokenizer)
        lookup = tokenizer.token_to_id
        self._bos = _first_id(bos_id, lookup("<s>"), lookup("<|begin_of_text|>"), lookup("<bos>"))
        self._eos = _first_id(
            eos_id,
            lookup("</s>"),
            lookup("<|endoftext|>"),
            lookup("<|end_of_text|>"),
            lookup("<eos>"),
        )
        found_pad = _first_id(pad_id, lookup("<pad>"), lookup("[PAD]"), lookup("<|pad|>"))
        self._pad = _first_id(found_pad, self._eos, 0)
        assert self._pad is not None

    def __repr__(self) -> str:
        return f"HFTokenizer(vocab_size={self.vocab_size}, pad_id={self._pad})"

    @property
    def tokenizer(self) -> Any:
        """The ``tokenizers.Tokenizer`` in use: a copy of the one given (padding and truncation
        off), so that settings changed on the original do not reach the pipeline."""
        return self._tok

    @property
    def vocab_size(self) -> int:
        return int(self._tok.get_vocab_size(with_added_tokens=True))

    @property
    def pad_id(self) -> int:
        return int(self._pad)  # type: ignore[arg-type]

    @property
    def bos_id(self) -> int | None:
        return self._bos

    @property
    def eos_id(self) -> int | None:
        return self._eos

    def tokenize_pieces(self, pieces: Sequence[str]) -> TokenizedPieces:
        n = len(pieces)
        if n == 0:
            empty = np.zeros(0, dtype=np.int64)
            return TokenizedPieces(empty, np.zeros(1, dtype=np.int64), empty, empty)
        encodings = self._tok.encode_batch(list(pieces), add_special_tokens=False)
        ids = list(map(attrgetter("ids"), encodings))
        counts = np.fromiter(map(len, ids), dtype=np.int64, count=n)
        total = int(counts.sum())
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        flat_ids = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=total)
        spans = itertools.chain.from_iterable(map(attrgetter("offsets"), encodings))
        flat_spans = np.fromiter(
            itertools.chain.from_iterable(spans), dtype=np.int64, count=2 * total
        ).reshape(total, 2)
        return TokenizedPieces(flat_ids, offsets, flat_spans[:, 0], flat_spans[:, 1])

    def decode(self, ids: Sequence[int]) -> str:
        return str(self._tok.decode([int(i) for i in ids], skip_special_tokens=False))

    def __getstate__(self) -> dict[str, Any]:
        return {"json": self._tok.to_str(), "pad": self._pad, "bos": self._bos, "eos": self._eos}

    def __setstate__(self, state: dict[str, Any]) -> None:
        from tokenizers import Tokenizer

        self._tok = _plain_copy(Tokenizer.from_str(state["json"]))
        self._pad, self._bos, self._eos = state["pad"], state["bos"], state["eos"]
        self._source = None

    def save_pretrained(self, directory: str | Path) -> dict[str, Any]:
        """Writes the tokenizer into ``directory`` (a transformers tokenizer with its own
        ``save_pretrained``, so ``AutoTokenizer.from_pretrained(directory)`` loads it; a
        ``tokenizers.Tokenizer`` as ``tokenizer.json``); returns what :func:`load_text_tokenizer`
        needs."""
        path = Path(directory)
        if self._source is not None:
            self._source.save_pretrained(str(path))
        else:
            self._tok.save(str(path / "tokenizer.json"))
        return {
            "type": "hf",
            "transformers": self._source is not None,
            "pad_id": self._pad,
            "bos_id": self._bos,
            "eos_id": self._eos,
        }


def _plain_copy(tokenizer: Any) -> Any:
    """A copy of a ``tokenizers.Tokenizer`` with padding and truncation off (other objects
    with the same methods are used as they are)."""
    to_str = getattr(tokenizer, "to_str", None)
    if to_str is None:
        return tokenizer
    copy = type(tokenizer).from_str(to_str())
    copy.no_padding()
    copy.no_truncation()
    return copy


def _first_id(*candidates: int | None) -> int | None:
    return next((int(c) for c in candidates if c is not None), None)


def as_text_tokenizer(tokenizer: Any = None) -> TextTokenizer:
    """``None`` -> :class:`ByteTokenizer`; HF tokenizers -> :class:`HFTokenizer`; a
    :class:`TextTokenizer` is returned as is."""
    if tokenizer is None:
        return ByteTokenizer()
    if isinstance(tokenizer, ByteTokenizer | HFTokenizer):
        return tokenizer
    if hasattr(tokenizer, "backend_tokenizer") or (
        hasattr(tokenizer, "encode_batch") and hasattr(tokenizer, "token_to_id")
    ):
        return HFTokenizer(tokenizer)
    if isinstance(tokenizer, TextTokenizer):
        return tokenizer
    raise TypeError(
        f"{type(tokenizer).__name__} is not a text tokenizer: pass None (byte-level), a "
        "tokenizers.Tokenizer, a transformers fast tokenizer, or an object implementing "
        "fluxem.integration.text_tokenizer.TextTokenizer"
    )


def save_text_tokenizer(tokenizer: TextTokenizer, directory: str | Path) -> dict[str, Any]:
    """Saves a pipeline's text tokenizer next to its weights; returns its ``config.json``
    entry. A user-defined :class:`TextTokenizer` is recorded by class name only (it must be
    passed again to ``from_pretrained``)."""
    if isinstance(tokenizer, ByteTokenizer):
        return {"type": "byte"}
    if isinstance(tokenizer, HFTokenizer):
        return tokenizer.save_pretrained(directory)
    cls = type(tokenizer)
    return {"type": "custom", "class": f"{cls.__module__}.{cls.__qualname__}"}


def load_text_tokenizer(entry: dict[str, Any], directory: str | Path) -> TextTokenizer:
    """The text tokenizer that :func:`save_text_tokenizer` wrote."""
    from fluxem.errors import ConfigError

    kind = entry.get("type")
    if kind == "byte":
        return ByteTokenizer()
    if kind == "hf":
        ids = {k: entry[k] for k in ("pad_id", "bos_id", "eos_id")}
        if entry.get("transformers"):
            from transformers import AutoTokenizer

            return HFTokenizer(AutoTokenizer.from_pretrained(str(directory)), **ids)
        from tokenizers import Tokenizer

        return HFTokenizer(Tokenizer.from_file(str(Path(directory) / "tokenizer.json")), **ids)
    raise ConfigError(
        f"{directory} was saved with a user-defined text tokenizer ({entry.get('class')}): "
        "pass it again as text_tokenizer="
    )
