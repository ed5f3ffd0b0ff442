"""PITCH bench cases: the spellings the predecessor reads correctly (it ignores ♯ ♭ and
misreads C-1, so those are left out to keep the two sides on the same values)."""

DOMAIN = "PITCH"


def cases() -> list[str]:
    return ["A4", "C#5", "Bb3", "G9", "F#2", "C0"]


PREDECESSOR = """
from fluxem.domains.music import PitchEncoder
_enc = PitchEncoder()
def encode_one(text):
    return _enc.encode(text)
"""
