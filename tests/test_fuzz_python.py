"""Hypothesis harness over the Python API (issue 11, item 5): mixed good and bad items in every
batch path and single call; only typed errors escape, batches keep one status per item with
rows aligned, nothing lost. Short in CI; ``FLUXEM_FUZZ_EXAMPLES=N`` (scripts/fuzz.sh) runs N
examples and prints how many API calls they made.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("hypothesis")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fluxem
from fluxem.integration import MultiDomainTokenizer

EXAMPLES = int(os.environ.get("FLUXEM_FUZZ_EXAMPLES", "60"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TOK = MultiDomainTokenizer()
ENCODERS = [
    fluxem.ArithmeticEncoder(),
    fluxem.DimensionalQuantity(),
    fluxem.VectorEncoder(),
    fluxem.ComplexEncoder(),
    fluxem.MoleculeEncoder(),
    fluxem.DNAEncoder(),
    fluxem.PitchEncoder(),
]
HOSTILE = st.sampled_from(
    ["1e99999", "1e-999", "\ud800", "\udfff x", "1" + "+1" * 50, "(" * 300, "3 × 10^999 m"]
)
ITEMS = st.lists(st.one_of(st.text(max_size=60), HOSTILE), max_size=12)
CALLS = [0]  # public API calls made, for the campaign's record in docs/RELIABILITY.md


@pytest.fixture(scope="module", autouse=True)
def _report_calls():
    yield
    if EXAMPLES > 60:
        print(f"\nfuzz_python: {CALLS[0]} API calls, no failure")


@SETTINGS
@given(ITEMS)
def test_batches_keep_one_row_per_item(items: list[str]) -> None:
    for enc in ENCODERS:
        emb, status = enc.encode_batch(items, parallel=False)
        assert emb.shape == (len(items), 128) and status.shape == (len(items),)
        for i, t in enumerate(items):
            try:
                single = enc.encode(t)
            except ValueError:
                assert status[i] != 0 and not emb[i].any()
            else:
                assert status[i] == 0 and (emb[i] == single).all()
    batch = TOK.segment_batch(items, encode=True, parallel=False)
    assert len(batch.doc_status) == len(items)
    toks = TOK.tokenize_batch(items, parallel=False)
    assert ["".join(t.text for t in doc) for doc in toks] == items  # nothing lost
    CALLS[0] += len(ENCODERS) * (1 + len(items)) + 2
