"""Small causal LMs for the transformers tests, built from configs (no download)."""

from __future__ import annotations

from typing import Any

from fluxem.integration.text_tokenizer import ByteTokenizer


def byte_gpt2(n_positions: int) -> Any:
    """A 2-layer, 32-wide GPT-2 whose vocabulary is the byte tokenizer's ids."""
    import transformers

    tok = ByteTokenizer()
    config = transformers.GPT2Config(
        vocab_size=tok.vocab_size,
        n_embd=32,
        n_layer=2,
        n_head=2,
        n_positions=n_positions,
        bos_token_id=tok.BOS,
        eos_token_id=tok.EOS,
        pad_token_id=tok.PAD,
    )
    return transformers.GPT2LMHeadModel(config)
