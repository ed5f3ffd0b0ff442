"""Small causal LMs for the transformers tests, built from configs (no download)."""

from __future__ import annotations

from typing import Any

from fluxem_experiments.models import byte_gpt2 as byte_gpt2  # the one tiny GPT-2 config


def bpe_fast_tokenizer(corpus: list[str], vocab_size: int = 320) -> Any:
    """A byte-level BPE transformers fast tokenizer trained on ``corpus`` (no download), with
    ``<s>``, ``</s>``, ``<pad>`` (ids 1, 2, 3) and ``<unk>`` (0)."""
    import transformers
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    raw = Tokenizer(models.BPE(unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    raw.train_from_iterator(
        corpus * 3,
        trainers.BpeTrainer(
            vocab_size=vocab_size,
            special_tokens=["<unk>", "<s>", "</s>", "<pad>"],
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        ),
    )
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=raw,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
    )
