"""Hostile input costs what prose costs (issue 11, item 6): a corpus of the worst inputs found
(the issue's rows, huge exponents in every position the grammar allows, long sums, values at
the edge of the codec's range) costs at most BUDGET times prose per MB through every encoder's
``encode_batch``, and SEGMENT_BUDGET times through ``segment_batch(encode=True)`` and
``tokenize`` (whose prose baseline is a single cheap native pass).

CPU time of this thread (the calls run on it: ``parallel=False``), minimum of three runs
taken in alternation with the prose reference (so a change of load on a shared machine
moves both alike); no wall-clock limits. A regression to big-rational work on a
hostile literal costs 10-1000x prose, far beyond the bound.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

import fluxem
from fluxem.integration import MultiDomainTokenizer

TOK = MultiDomainTokenizer()
SIZE = 60_000  # characters per shape
#: Most CPU time per MB a hostile shape may cost, as a multiple of prose's.
BUDGET = 5.0
#: The same bound through segment_batch(encode=True) and tokenize, whose prose baseline is a
#: single cheap native pass (~0.025 and ~0.02 s/MB); measured worst: 3.9x (the fuzz finding of
#: long quotients) and 3.3x (`v 3e-306 km/h`), see docs/RELIABILITY.md.
SEGMENT_BUDGET = BUDGET

PROSE = (
    "Water (H2O) boils at 373.15 K. Compute 1234 + 5678 and v = [1, 2, 3]. "
    "The soprano sang a C#5, z = 3 + 4i, primer ATGCGTACGTTAGC, 2 mol NaCl; "
    "see pp. 113-127 [3, 4], version 3.11.2, A4 paper, vitamin B12, COVID-19.\n"
)


def _fuzz_text(name: str) -> str:
    """A domain fuzz target's input (a selector byte, then the text) as a repeated unit."""
    path = Path(__file__).parents[1] / "fuzz/corpus/regressions/domain" / name
    return path.read_bytes()[1:].decode() + " "


#: Repeated units of the worst inputs found (by the issue, the fuzzer and the cost survey).
HOSTILE = [
    "1e99999 + 1e-99999 ",
    "speed 1e-99995 km/h, ",
    "[" + ", ".join(["1e-99999"] * 50) + "] ",
    "*".join(["1e99999"] * 16) + " ",
    "1+1+1+1+1+1+1+1+",
    "x = 1e999 + 1e-999, ",
    "1e-999+1e999+",
    "x 1e300 + 1e-300, ",
    "v 3e-306 km/h, ",
    "v 7e307 mi/h, ",
    "speed 1e-320 km/h, ",
    "3 × 10^999 m, ",
    "z = 1e999+1e-999i, ",
    "v = [1e-999, 1e999], ",
    "(1e999)^16 ",
    "(1/3)^999 ",
    "7e-999 ^ -16 ",
    "1e999/7*1e-999/11 ",
    "1/3+1/7+1/11+1/13+",
    "9" * 999 + "e999 + 1e-999 ",
    "2^1000 ",
    "1.5e308 kJ/mol ",
    "1/" + "7" * 48 + "**91" + "+1" * 64 + " ",  # fuzz: a sum reduced a 14k-bit gcd per '+1'
    # fuzz: a chain of products of huge quotients (19 ms for 3.5 KB before the work budget)
    _fuzz_text("arith-chain-of-huge-quotients-work"),
    # fuzz: unit factors multiplied with num-rational's binary gcd (1 ms per 180 bytes)
    "9 " + "MM^24 " * 30 + ", ",
    # fuzz: long quotients of negative powers asked for a binary gcd of ~7k bits per operator
    # (the file is the domain target's input: a selector byte, then the text)
    _fuzz_text("arith-gcd-of-big-quotients"),
]

ENCODERS = [
    fluxem.ArithmeticEncoder(),
    fluxem.DimensionalQuantity(),
    fluxem.VectorEncoder(),
    fluxem.ComplexEncoder(),
    fluxem.MoleculeEncoder(),
    fluxem.DNAEncoder(),
    fluxem.PitchEncoder(),
]


def _fill(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def _paired_per_mb(
    fn: Callable[[], object], nbytes: int, ref: Callable[[], object], ref_bytes: int
) -> tuple[float, float]:
    """CPU time per MB of ``fn`` and of the reference ``ref``, each the minimum of three runs
    taken in alternation: a machine whose load changes between the two (another process on a
    shared core slows both alike) cannot skew their ratio."""
    best, best_ref = float("inf"), float("inf")
    for _ in range(3):
        t0 = time.thread_time()
        ref()
        t1 = time.thread_time()
        fn()
        t2 = time.thread_time()
        best_ref, best = min(best_ref, t1 - t0), min(best, t2 - t1)
    return best / (nbytes / 1e6), best_ref / (ref_bytes / 1e6)


def _chunks(text: str) -> list[str]:
    return [text[i : i + 2000] for i in range(0, len(text), 2000)]


PROSE_DOC = _fill(PROSE)
PROSE_MB = len(PROSE_DOC.encode())


@pytest.mark.parametrize("unit", HOSTILE, ids=[u[:24] for u in HOSTILE])
def test_hostile_text_costs_what_prose_costs(unit: str) -> None:
    doc = _fill(unit)
    nbytes = len(doc.encode())

    def segment(text: str) -> Callable[[], object]:
        return lambda: TOK.segment_batch(_chunks(text), encode=True, parallel=False)

    seg, prose_seg = _paired_per_mb(segment(doc), nbytes, segment(PROSE_DOC), PROSE_MB)
    tok, prose_tok = _paired_per_mb(
        lambda: TOK.tokenize(doc), nbytes, lambda: TOK.tokenize(PROSE_DOC), PROSE_MB
    )
    assert tok <= SEGMENT_BUDGET * prose_tok, f"tokenize: {tok:.3f} s/MB vs prose {prose_tok:.3f}"
    assert seg <= SEGMENT_BUDGET * prose_seg, (
        f"segment_batch: {seg:.3f} s/MB vs prose {prose_seg:.3f}"
    )


@pytest.mark.parametrize("enc", ENCODERS, ids=[type(e).__name__ for e in ENCODERS])
def test_every_encode_batch_stays_in_budget(enc: fluxem.ArithmeticEncoder) -> None:
    items = [u.strip(" ,") for u in HOSTILE] * 20
    items += [w for u in HOSTILE for w in u.replace(",", " ").split() if w]  # each word alone
    nbytes = sum(len(t.encode()) for t in items)
    # the reference: this encoder on the spans of its domain that prose holds
    prose = [t.text for t in TOK.tokenize(PROSE_DOC) if t.domain == enc.domain] * 3
    assert len(prose) > 100
    cost, ref = _paired_per_mb(
        lambda: enc.encode_batch(items, parallel=False),
        nbytes,
        lambda: enc.encode_batch(prose, parallel=False),
        len("".join(prose).encode()),
    )
    assert cost <= BUDGET * ref, f"{cost:.3f} s/MB vs prose spans {ref:.3f}"
