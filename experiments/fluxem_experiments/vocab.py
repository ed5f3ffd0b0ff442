"""The character vocabulary every model shares (text positions of the hybrids use it too)."""

from __future__ import annotations

PAD, BOS, EOS, SEP, ANS, ENT, UNK = range(7)
SPECIALS = ("<pad>", "<bos>", "<eos>", "<sep>", "<ans>", "<ent>", "<unk>")
#: Printable ASCII plus the degree sign (°C, °F).
CHARS = "".join(chr(c) for c in range(32, 127)) + "°"
_INDEX = {ch: i + len(SPECIALS) for i, ch in enumerate(CHARS)}
VOCAB_SIZE = len(SPECIALS) + len(CHARS)
#: The ids of "0".."9" are consecutive: a digit is an id in ``DIGITS`` (Abacus embeddings).
DIGITS = range(_INDEX["0"], _INDEX["9"] + 1)


def encode_chars(text: str) -> list[int]:
    return [_INDEX.get(ch, UNK) for ch in text]


def decode_ids(ids: list[int]) -> str:
    """Characters up to the first EOS (special tokens other than EOS are dropped)."""
    out = []
    for i in ids:
        if i == EOS:
            break
        if i >= len(SPECIALS):
            out.append(CHARS[i - len(SPECIALS)])
    return "".join(out)


__all__ = [
    "ANS",
    "BOS",
    "CHARS",
    "DIGITS",
    "ENT",
    "EOS",
    "PAD",
    "SEP",
    "UNK",
    "VOCAB_SIZE",
    "decode_ids",
    "encode_chars",
]
