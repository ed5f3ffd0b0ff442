"""One error for every bad option: ``ConfigError`` (a ``FluxemError``, so a ``ValueError``) from
the segmenter, the registry, the sequence policy, the collator and the pipeline; an argument of
the wrong Python type stays a ``TypeError``."""

from __future__ import annotations

import numpy as np
import pytest

from fluxem import ArithmeticEncoder, DomainType
from fluxem.errors import ConfigError, FluxemError
from fluxem.integration import DomainEncoderRegistry, MultiDomainTokenizer
from fluxem.integration.collator import HybridCollator
from fluxem.integration.packing import SequencePolicy
from fluxem.integration.text_tokenizer import ByteTokenizer


def test_config_error_is_a_fluxem_value_error() -> None:
    assert issubclass(ConfigError, FluxemError) and issubclass(ConfigError, ValueError)


@pytest.mark.parametrize(
    "options",
    [
        {"domains": ["CHORD"]},
        {"domains": ["TEXT"]},
        {"domains": [42]},
        {"priority": ["DNA", DomainType.DNA]},
        {"arithmetic_granularity": "digits"},
    ],
)
def test_segmenter_options(options: dict) -> None:
    with pytest.raises(ConfigError):
        MultiDomainTokenizer(**options)


def test_segmenter_accepts_domains_as_types_names_and_ids() -> None:
    tok = MultiDomainTokenizer(domains=[DomainType.FORMULA, "dna", 7])
    assert tok.domains == (DomainType.FORMULA, DomainType.DNA, DomainType.PITCH)
    with pytest.raises(ConfigError, match="unit"):
        tok.spans("H2O", unit="word")
    with pytest.raises(TypeError):
        MultiDomainTokenizer(domains="FORMULA")
    with pytest.raises(TypeError):
        MultiDomainTokenizer(domains=[1.5])  # type: ignore[list-item]


def test_registry_options() -> None:
    for bad in ({"on_error": "ignore"}, {"domains": ["TEXT"]}, {"domains": ["CHORD"]}):
        with pytest.raises(ConfigError):
            DomainEncoderRegistry(**bad)
    with pytest.raises(ConfigError):
        DomainEncoderRegistry(domains=[99])
    reg = DomainEncoderRegistry()
    with pytest.raises(ConfigError, match="unknown domain"):
        reg.domain_id("chord")
    with pytest.raises(ConfigError, match="TEXT has no encoder"):
        reg.register(DomainType.TEXT, ArithmeticEncoder())
    with pytest.raises(ConfigError, match="register_domain first"):
        reg.register(9, lambda t: np.zeros(128))
    with pytest.raises(ConfigError, match="encodes ARITHMETIC, not QUANTITY"):
        reg.register(DomainType.QUANTITY, ArithmeticEncoder())
    with pytest.raises(ConfigError, match="identifier"):
        reg.register_domain("two words", lambda t: None, pattern="x")
    with pytest.raises(ConfigError, match="already exists"):
        reg.register_domain("pitch", lambda t: None, pattern="x")
    with pytest.raises(TypeError, match="callable"):
        reg.register(DomainType.ARITHMETIC, 42)
    with pytest.raises(TypeError):
        reg.domain_id(1.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [
        {"truncation": "middle"},
        {"padding": "both"},
        {"max_length": 0},
        {"max_length": None, "padding": "max_length"},
    ],
)
def test_sequence_policy_values(options: dict) -> None:
    with pytest.raises(ConfigError):
        SequencePolicy(**options)


def test_sequence_policy_is_a_frozen_checked_value() -> None:
    policy = SequencePolicy()
    assert (policy.max_length, policy.truncation, policy.padding) == (4096, "end", "longest")
    with pytest.raises(AttributeError):
        policy.max_length = 8  # type: ignore[misc]
    assert policy.replace(max_length=None).max_length is None
    assert policy.replace(truncation="split") == SequencePolicy(truncation="split")
    with pytest.raises(ConfigError):
        policy.replace(truncation="middle")
    with pytest.raises(TypeError):
        SequencePolicy(max_length="8")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SequencePolicy(max_length=True)


class _NoSpecials(ByteTokenizer):
    @property
    def bos_id(self) -> int | None:
        return None


def test_collator_options_and_per_call_overrides() -> None:
    collator = HybridCollator(policy=SequencePolicy(max_length=4))
    _, packed = collator.encode_arrays(["abcdefgh"], max_length=None)
    assert int(packed.lengths[0]) == 8
    _, packed = collator.encode_arrays(["abcdefgh"])
    assert int(packed.lengths[0]) == 4 and bool(packed.truncated[0])
    with pytest.raises(ConfigError, match="truncation"):
        collator.encode_arrays(["1 + 1"], truncation="middle")
    with pytest.raises(ConfigError, match="padding"):
        collator.encode_arrays(["1 + 1"], padding="both")
    no_bos = HybridCollator(text_tokenizer=_NoSpecials(), policy=SequencePolicy(add_bos=True))
    with pytest.raises(ConfigError, match="no BOS"):
        no_bos.encode_arrays(["1 + 1"])


def test_pipeline_options() -> None:
    pytest.importorskip("torch")
    from fluxem.integration import TrainingPipeline
    from fluxem.integration.heads import DomainProjection

    for bad in (
        {"llm_hidden_dim": 0},
        {"truncation": "middle"},
        {"padding": "max_length", "max_length": None},
        {"domains": ["CHORD"]},
        {"arithmetic_granularity": "digits"},
        {"head": "tree"},
        {"head_layers": 0},
    ):
        with pytest.raises(ConfigError):
            TrainingPipeline(**{"llm_hidden_dim": 8, **bad})
    with pytest.raises(TypeError):
        TrainingPipeline(llm_hidden_dim=8.0)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="mode"):
        DomainProjection(8, mode="both")
