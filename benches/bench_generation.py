"""Generation speed: the KV-cached, batched `HybridCausalLM.generate` against the loop it
replaced (re-segment and re-encode the whole text, full forward, every step), same model,
same prompts, same run. CPU, one thread, a randomly initialised GPT-2 with the output head.

    .venv/bin/python benches/bench_generation.py --tokens 40 --layers 4 --width 128
"""

from __future__ import annotations

import argparse
import time
import warnings

import torch
import transformers

from fluxem.integration import HybridCausalLM, pipeline_for_model
from fluxem.integration.generation import UndecodableSpanWarning, format_value
from fluxem.integration.heads import DecodedSpan
from fluxem.integration.text_tokenizer import ByteTokenizer

PROMPTS = [
    "In the lab we mixed 12 g of NaCl with 250 mL of water and heated it to 373.15 K. Then ",
    "The sum 1234 + 5678 is computed first, and the vector [1, 2, 3] is scaled by ",
    "A chord of C#5 and E5 over the bass note A3 sounds bright; the primer ATGCCGTAGC ",
    "Compute (3+4j) * (1-2j) and report the real part, which is ",
]


@torch.no_grad()
def old_generate(hybrid: HybridCausalLM, prompt: str, max_new_tokens: int) -> str:
    """The loop `generate` used before the KV cache (kept here as the baseline)."""
    tok = hybrid.pipeline.text_tokenizer
    text, pending = prompt, list[int]()
    for _ in range(max_new_tokens):
        nxt = hybrid.predict_next([text + tok.decode(pending)])[0]
        if isinstance(nxt, DecodedSpan):
            text += tok.decode(pending) + format_value(nxt.value)
            pending = []
            continue
        if nxt == tok.eos_id:
            break
        pending.append(nxt)
    return text + tok.decode(pending)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", type=int, default=40)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--width", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(0)
    tok = ByteTokenizer()
    config = transformers.GPT2Config(
        vocab_size=tok.vocab_size,
        n_embd=args.width,
        n_layer=args.layers,
        n_head=4,
        n_positions=512,
        bos_token_id=tok.BOS,
        eos_token_id=tok.EOS,
        pad_token_id=tok.PAD,
    )
    model = transformers.GPT2LMHeadModel(config).eval()
    with torch.no_grad():  # never stop early: every run makes all its tokens
        model.lm_head.weight[tok.EOS] = -1.0
    hybrid = HybridCausalLM(model, pipeline_for_model(model))
    warnings.simplefilter("ignore", UndecodableSpanWarning)

    def best(fn: object) -> float:
        times = []
        for _ in range(args.repeats):
            t = time.perf_counter()
            fn()  # type: ignore[operator]
            times.append(time.perf_counter() - t)
        return min(times)

    old = best(lambda: [old_generate(hybrid, p, args.tokens) for p in PROMPTS])
    one = best(lambda: [hybrid.generate(p, max_new_tokens=args.tokens) for p in PROMPTS])
    batched = best(lambda: hybrid.generate(PROMPTS, max_new_tokens=args.tokens))
    n = len(PROMPTS)
    print(f"{n} prompts x {args.tokens} new positions, GPT-2 {args.layers}x{args.width}, 1 thread")
    print("| loop | ms per prompt | speed-up |\n|---|---|---|")
    print(f"| re-encode every step (before) | {old / n * 1e3:.1f} | 1.0x |")
    print(f"| KV cache, one prompt per call | {one / n * 1e3:.1f} | {old / one:.1f}x |")
    print(f"| KV cache, {n} prompts batched | {batched / n * 1e3:.1f} | {old / batched:.1f}x |")


if __name__ == "__main__":
    main()
