"""DNA bench cases: a primer, a 100-mer, a 1 kb sequence (the predecessor's 174 µs case) and
soft-masked / ambiguous text. The predecessor rejects IUPAC codes other than N and U, so the
cases use A C G T N only and both sides get the same sequences."""

DOMAIN = "DNA"

_KB = ("ATGCCGTAGCTTAGGCNATCGGATCCAAGT" * 34)[:1000]


def cases() -> list[str]:
    return ["ATGCCGTAGC", "GATTACAGATTACAGATTAC", ("ACGTTGCA" * 13)[:100], _KB, "acgtnnacgt"]


PREDECESSOR = """
from fluxem.domains.biology import DNAEncoder
_enc = DNAEncoder()
def encode_one(text):
    return _enc.encode(text)
"""
