"""DNA: profiles against a plain-Python oracle, exact reverse complement and concatenation on
embeddings, round trips, capacity, bad input."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("hypothesis")

from hypothesis import given
from hypothesis import strategies as st

import fluxem
from fluxem import DecodeError, DNAEncoder, DomainType, EncodeError, ParseError, domain_of
from fluxem.domains import DNAEncoder as FromDomains
from fluxem.domains.dna import BOUNDARY, CAPACITY, SYMBOLS, DNASequence

ENC = DNAEncoder()
OFF = fluxem._native.DNA_OFFSETS
COMPLEMENT = dict(zip("ACGTURYKMBVDHSWN", "TGCAAYRMKVBHDSWN", strict=True))
DNA_ALPHABET = "ACGTNRYSWKMBDHVacgtnryswkmbdhv"


# ---------------------------------------------------------------- oracle (plain Python)


def oracle(text: str) -> dict[str, object]:
    seq = text.strip()
    up = seq.upper()
    is_rna = "U" in up
    letters = SYMBOLS.replace("T", "U") if is_rna else SYMBOLS
    bases = letters[:4]
    counts = {s: up.count(s) for s in letters}
    strong = up.count("G") + up.count("C") + up.count("S")
    known = strong + sum(up.count(s) for s in "ATUW")
    pairs = [up[i : i + 2] for i in range(len(up) - 1)]
    return {
        "length": len(up),
        "counts": counts,
        "lowercase": sum(c.islower() for c in seq),
        "dimers": {x + y: pairs.count(x + y) for x in bases for y in bases},
        "is_rna": is_rna,
        "gc_fraction": strong / known if known else 0.0,
        "first": up[:BOUNDARY],
        "last": up[-BOUNDARY:],
    }


def reverse_complement(seq: str) -> str:
    rna = "U" in seq.upper()
    out = []
    for c in reversed(seq):
        comp = COMPLEMENT[c.upper()]
        if rna and comp == "T":
            comp = "U"
        out.append(comp.lower() if c.islower() else comp)
    return "".join(out)


def complement(seq: str) -> str:
    return reverse_complement(seq)[::-1]


def profile(s: DNASequence) -> dict[str, object]:
    return {k: getattr(s, k) for k in oracle("A")}


# ---------------------------------------------------------------- strategies

dna_text = st.text(alphabet=DNA_ALPHABET, min_size=1, max_size=60)


@st.composite
def sequences(draw: st.DrawFn) -> str:
    """DNA or RNA (T -> U), with lengths around the 20-base exact-storage limit and beyond."""
    seq = draw(dna_text)
    if draw(st.booleans()):
        seq = seq.replace("T", "U").replace("t", "u")
    return seq


def f32_bytes(a: np.ndarray) -> bytes:
    return a.astype(np.float32).tobytes()


# ---------------------------------------------------------------- tests


def test_exported_in_both_places() -> None:
    assert FromDomains is fluxem.DNAEncoder
    assert domain_of(ENC.encode("ACGT")) == DomainType.DNA


@given(sequences())
def test_parse_and_decode_match_the_oracle(seq: str) -> None:
    expected = oracle(seq)
    parsed = ENC.parse(seq)
    assert profile(parsed) == expected
    assert parsed.sequence == seq.upper()
    emb = ENC.encode(seq)
    assert emb.shape == (128,) and emb.dtype == np.float32
    decoded = ENC.decode(emb)
    assert profile(decoded) == expected
    assert decoded.sequence == (seq.upper() if len(seq) <= 2 * BOUNDARY else None)
    # the readable fields hold what the layout says
    assert emb[OFF["LO"] + OFF["LENGTH"]] * 4096 == len(seq)
    assert emb[OFF["GC"]] == np.float32(expected["gc_fraction"])
    assert emb[OFF["RNA"]] == float(expected["is_rna"])


def expected_transform(emb: np.ndarray, result: str) -> bytes:
    """The encoding of the transformed text, except the RNA flag: the molecule stays RNA even
    when its complement has no U left (rc("UUA") is "UAA", rc("U") is RNA "A")."""
    out = ENC.encode(result)
    out[OFF["RNA"]] = emb[OFF["RNA"]]
    return f32_bytes(out)


@given(sequences())
def test_reverse_complement_is_a_signed_permutation(seq: str) -> None:
    emb = ENC.encode(seq)
    for op, oracle_op in (
        (ENC.reverse_complement, reverse_complement),
        (ENC.complement, complement),
        (ENC.reverse, lambda s: s[::-1]),
    ):
        out = op(emb)
        assert f32_bytes(out) == expected_transform(emb, oracle_op(seq))
        assert f32_bytes(op(out)) == f32_bytes(emb)  # an involution
    assert ENC.decode(ENC.reverse_complement(emb)).is_rna == ("U" in seq.upper())


def rc_matrix() -> np.ndarray:
    """The reverse complement as a signed permutation matrix, built from the documented layout
    alone (docs/FORMAL_DEFINITION.md, DNA)."""
    dest = list(range(128))
    sign = [1.0] * 128
    comp = {i: SYMBOLS.index(COMPLEMENT[s]) for i, s in enumerate(SYMBOLS)}
    for part in (OFF["LO"], OFF["HI"]):
        for i, j in comp.items():
            dest[part + OFF["SYMBOL_COUNTS"] + i] = part + OFF["SYMBOL_COUNTS"] + j
        for x in range(4):
            for y in range(4):
                dest[part + OFF["DIMERS"] + 4 * x + y] = part + OFF["DIMERS"] + 4 * (3 - y) + 3 - x
    for src, dst in ((OFF["FIRST"], OFF["LAST"]), (OFF["LAST"], OFF["FIRST"])):
        for slot in range(BOUNDARY):
            to = dst + 2 * (BOUNDARY - 1 - slot)
            dest[src + 2 * slot], sign[src + 2 * slot] = to, -1.0
            dest[src + 2 * slot + 1] = to + 1
    p = np.zeros((128, 128))
    for i in range(128):
        p[dest[i], i] = sign[i]
    return p


RC = rc_matrix()


@given(sequences())
def test_reverse_complement_is_one_fixed_matrix(seq: str) -> None:
    e = ENC.encode(seq, dtype=np.float64)
    assert sorted(RC.sum(axis=0) ** 2) == [1.0] * 128  # a signed permutation
    assert np.array_equal(ENC.reverse_complement(e), RC @ e + 0.0)


@given(sequences(), sequences())
def test_concatenation_on_embeddings_is_exact(a: str, b: str) -> None:
    ea, eb = ENC.encode(a), ENC.encode(b)
    mixed = ("U" in (a + b).upper()) and ("T" in (a + b).upper())
    if mixed:
        with pytest.raises(EncodeError):
            ENC.concat(ea, eb)
        return
    out = ENC.concat(ea, eb)
    assert f32_bytes(out) == f32_bytes(ENC.encode(a + b))
    assert profile(ENC.decode(out)) == oracle(a + b)


def test_concatenation_adds_counts_of_long_sequences() -> None:
    rng = np.random.default_rng(7)
    a = "".join(rng.choice(list("ACGT"), 5000))
    b = "".join(rng.choice(list("ACGTN"), 7000))
    out = ENC.concat(ENC.encode(a), ENC.encode(b))
    assert f32_bytes(out) == f32_bytes(ENC.encode(a + b))
    d = ENC.decode(out)
    assert d.length == 12_000 and d.counts["N"] == b.count("N")
    assert d.first == a[:BOUNDARY] and d.last == b[-BOUNDARY:]


def test_n_is_not_a() -> None:
    assert ENC.decode(ENC.encode("NNNN")).sequence == "NNNN"
    assert ENC.decode(ENC.encode("ANNA")).counts["A"] == 2
    assert ENC.decode(ENC.encode("n" * 30)).first == "N" * BOUNDARY


def test_kilobase_sequence_is_counted_exactly() -> None:
    rng = np.random.default_rng(1)
    seq = "".join(rng.choice(list("ACGTN"), 1000))
    d = ENC.decode(ENC.encode(seq))
    assert profile(d) == oracle(seq)
    assert d.sequence is None


def test_megabase_sequence_and_error_position() -> None:
    seq = "ACGT" * 250_000
    d = ENC.decode(ENC.encode(seq))
    assert d.length == 1_000_000 and d.counts["G"] == 250_000
    assert d.dimers["CG"] == 250_000 and d.dimers["TA"] == 249_999
    with pytest.raises(ParseError) as info:
        ENC.encode(seq + "X")
    assert info.value.position == 1_000_000


def test_capacity_is_flagged_not_wrapped() -> None:
    emb = ENC.encode("A" * 30).astype(np.float64)
    top = (2**24 - 1) / 4096  # high limb holding 2^24 - 1: exact in float32
    for counter in (OFF["LENGTH"], OFF["SYMBOL_COUNTS"]):
        emb[OFF["HI"] + counter] = top
    d = ENC.decode(emb)
    assert d.length == (2**24 - 1) * 4096 + 30 < CAPACITY
    with pytest.raises(EncodeError):
        ENC.concat(emb, emb)


BAD = {
    "": 0, "  ": 2, "ACGTX": 4, "ACG T": 3, "AC\nGT": 2, "AC-GT": 2, "AC.GT": 2, "ACGTU": 4,
    "UUAT": 3, "12": 0, "inf": 0, "-inf": 0, "ACАT": 2, "ACGＴ": 3, "ACGT\u200b": 4,
    "ΑCGT": 0, "acgt*": 4, "ACGTE": 4,
}  # fmt: skip


@pytest.mark.parametrize("text", list(BAD))
def test_bad_input_is_a_parse_error_with_position(text: str) -> None:
    with pytest.raises(ParseError) as info:
        ENC.encode(text)
    assert info.value.position == BAD[text]
    with pytest.raises(ParseError):
        ENC.parse(text)


def test_nan_is_a_sequence_and_whitespace_is_trimmed() -> None:
    assert ENC.parse("NaN").sequence == "NAN"  # N, A, N: valid IUPAC symbols
    assert ENC.parse("  acgt\n").sequence == "ACGT"
    assert np.array_equal(ENC.encode("  acgt\n"), ENC.encode("acgt"))


def test_other_input_types() -> None:
    assert np.array_equal(ENC.encode(b"ACGT"), ENC.encode("ACGT"))
    assert np.array_equal(ENC.encode(ENC.parse("ACGT")), ENC.encode("ACGT"))
    with pytest.raises(ValueError):
        ENC.encode(ENC.decode(ENC.encode("A" * 40)))
    for bad in (None, 12, float("nan")):
        with pytest.raises(TypeError):
            ENC.encode(bad)


def test_decode_rejects_vectors_that_are_not_sequences() -> None:
    a = ENC.encode("ACGTACGT")
    bent = a.copy()
    bent[OFF["FIRST"]] += 0.25  # A -> a code that disagrees with the counts
    gc = a.copy()
    gc[OFF["GC"]] += 0.01
    nan = a.copy()
    nan[OFF["LO"]] = np.nan
    for bad in (a + a, bent, gc, nan, fluxem.PitchEncoder().encode("A4"), np.zeros(128)):
        with pytest.raises(DecodeError):
            ENC.decode(bad)
        with pytest.raises(DecodeError):
            ENC.reverse_complement(bad)


def test_batch_matches_single_and_reports_status() -> None:
    texts = ["ACGT", "xx", "", "A" * 5000, "acgu", "ACGTU"]
    batch, status = ENC.encode_batch(texts)
    assert list(status) == [0, 1, 1, 0, 0, 1]
    for text, row, s in zip(texts, batch, status, strict=True):
        if s == 0:
            assert np.array_equal(row, ENC.encode(text))
        else:
            assert not row.any()


def test_float64_ops_keep_float64() -> None:
    e = ENC.encode("GATTACA", dtype=np.float64)
    assert ENC.reverse_complement(e).dtype == np.float64
    assert ENC.concat(e, e).dtype == np.float64
    assert ENC.decode(ENC.concat(e, e)).sequence == "GATTACAGATTACA"


@given(st.text(max_size=30) | st.text(alphabet=DNA_ALPHABET + "UuXx- \n.Аα٣", max_size=30))
def test_any_text_either_encodes_or_raises_a_typed_error(text: str) -> None:
    try:
        parsed = ENC.parse(text)
    except ParseError as err:
        assert err.position is not None and 0 <= err.position <= len(text)
        _, status = ENC.encode_batch([text])
        assert status[0] == 1
        return
    assert profile(ENC.decode(ENC.encode(text))) == profile(parsed) == oracle(text)
