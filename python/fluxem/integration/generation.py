"""Generation with a hybrid causal LM: whole domain values, batched, with a KV cache.

Each step, the output head decides whether the next position is a text token or a domain
span. A span's value is decoded from the predicted embedding, appended as text (``6912``) and
fed back as the span it is (its fluxem embedding through the projection head), so the model
sees its own outputs exactly as in training. The prompt is encoded once, without the EOS
token a training pipeline may add (``add_eos=True``); later steps feed only the new position
(``past_key_values``).

**Undecodable predictions.** When the head predicts a domain but no value can be read from
the predicted embedding (or the value does not encode again), the position falls back to the
text head's token for that same position (greedy or sampled like any other). Every such
event is recorded on the result (:attr:`Generated.undecodable`) and one
:class:`UndecodableSpanWarning` per call says how many there were.
"""

from __future__ import annotations

import inspect
import warnings
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import torch

from fluxem.integration.heads import DecodedSpan

if TYPE_CHECKING:
    from fluxem.integration.hf import HybridCausalLM


class UndecodableSpanWarning(UserWarning):
    """The output head predicted a domain span whose value could not be decoded."""


@dataclass(frozen=True)
class Undecodable:
    """One position where a predicted span could not be decoded (``step`` counts from 0)."""

    step: int
    domain: int
    error: str | None


class Generated(str):
    """The generated text (prompt included) — a ``str`` — with what happened on the way:
    ``undecodable`` lists the positions where a predicted span fell back to text."""

    undecodable: tuple[Undecodable, ...]

    def __new__(cls, text: str, undecodable: tuple[Undecodable, ...] = ()) -> Generated:
        obj = super().__new__(cls, text)
        obj.undecodable = undecodable
        return obj

    @property
    def has_undecodable(self) -> bool:
        return bool(self.undecodable)


@dataclass
class _Rows:
    """Per-row state of a batched generation."""

    texts: list[str]
    pending: list[list[int]]  # text tokens not yet turned into text (decoded together)
    done: list[bool]
    undecodable: list[list[Undecodable]]

    def flush(self, r: int, tokenizer: Any) -> None:
        if self.pending[r]:
            self.texts[r] += tokenizer.decode(self.pending[r])
            self.pending[r] = []


def _choose(
    logits: torch.Tensor,
    do_sample: bool,
    temperature: float,
    top_k: int | None,
    generator: torch.Generator | None,
) -> torch.Tensor:
    """Greedy (argmax) or sampled ids from ``(N, V)`` logits."""
    if not do_sample:
        return logits.argmax(-1)
    scaled = logits.float() / temperature
    if top_k is not None and top_k < scaled.shape[-1]:
        kth = scaled.topk(top_k, dim=-1).values[..., -1:]
        scaled = scaled.masked_fill(scaled < kth, float("-inf"))
    probs = torch.softmax(scaled, dim=-1)
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)


def _forward_parameters(model: Any) -> set[str]:
    try:
        return set(inspect.signature(model.forward).parameters)
    except (TypeError, ValueError):
        return set()


@torch.no_grad()
def generate(
    lm: HybridCausalLM,
    prompts: list[str],
    *,
    max_new_tokens: int = 32,
    do_sample: bool = False,
    temperature: float = 1.0,
    top_k: int | None = None,
    generator: torch.Generator | None = None,
) -> list[Generated]:
    """Generates a continuation of every prompt (see the module docstring)."""
    if max_new_tokens < 0:
        raise ValueError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
    if do_sample and temperature <= 0:
        raise ValueError(f"temperature must be > 0 when sampling, got {temperature}")
    pipeline, model, head = lm.pipeline, lm.model, lm.output_head
    tok = pipeline.text_tokenizer
    device = next(model.parameters()).device
    batch = pipeline.encode_batch(prompts, padding_side="right").to(device)
    embeds = pipeline(batch)
    lengths = batch.lengths.tolist()
    if pipeline.collator.policy.add_eos and tok.eos_id is not None:
        for r, n in enumerate(lengths):  # the prompt goes on: no EOS after it
            if n and batch.span_index[r, n - 1] < 0 and batch.input_ids[r, n - 1] == tok.eos_id:
                lengths[r] = n - 1
    rows, width = len(prompts), max(lengths, default=0)
    # left-pad so that every row's last prompt position is the last column
    x = embeds.new_zeros((rows, max(width, 1), embeds.shape[-1]))
    mask = torch.zeros((rows, max(width, 1)), dtype=torch.long, device=device)
    for r, n in enumerate(lengths):
        if n:
            x[r, width - n :] = embeds[r, :n]
            mask[r, width - n :] = 1
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    params = _forward_parameters(model)
    with_positions = "position_ids" in params
    # transformers >= 5.2x names the KV cache `cache`; older versions `past_key_values`
    cache_name = "cache" if "cache" in params else "past_key_values"
    state = _Rows(list(prompts), [[] for _ in prompts], [False] * rows, [[] for _ in prompts])
    past = None
    for step in range(max_new_tokens):
        kwargs: dict[str, Any] = {"inputs_embeds": x, "attention_mask": mask, "use_cache": True}
        if with_positions:
            kwargs["position_ids"] = positions
        if past is not None:
            kwargs[cache_name] = past
        out = model(**kwargs, output_hidden_states=head is not None)
        past = getattr(out, cache_name)
        logits = out.logits[:, -1]
        token_ids = _choose(logits, do_sample, temperature, top_k, generator).tolist()
        spans: list[DecodedSpan | None] = [None] * rows
        if head is not None:
            hidden = out.hidden_states[-1][:, -1]
            domains = _choose(head(hidden), do_sample, temperature, None, generator)
            spans = head.decode_as(hidden, domains)
        step_ids, step_span_rows, span_embs, span_domains = [], [], [], []
        for r in range(rows):
            if state.done[r]:
                step_ids.append(tok.pad_id)
                continue
            span = spans[r]
            if span is not None:
                emb = None
                if span.value is not None:
                    emb = pipeline.registry.encode(span.domain, format_value(span.value))
                if emb is not None:
                    state.flush(r, tok)
                    state.texts[r] += format_value(span.value)
                    step_span_rows.append(r)
                    span_embs.append(torch.as_tensor(emb, dtype=torch.float32))
                    span_domains.append(int(span.domain))
                    step_ids.append(tok.pad_id)
                    continue
                state.undecodable[r].append(Undecodable(step, int(span.domain), span.error))
            if token_ids[r] == tok.eos_id:
                state.done[r] = True
                step_ids.append(tok.pad_id)
                continue
            state.pending[r].append(token_ids[r])
            step_ids.append(token_ids[r])
        if all(state.done):
            break
        x = _step_embeddings(pipeline, step_ids, step_span_rows, span_embs, span_domains, device)
        mask = torch.cat([mask, mask.new_ones((rows, 1))], dim=1)
        positions = positions[:, -1:] + 1
    for r in range(rows):
        state.flush(r, tok)
    events = sum(len(u) for u in state.undecodable)
    if events:
        warnings.warn(
            f"{events} predicted span(s) could not be decoded; each fell back to the text "
            "head's token at its position (see Generated.undecodable)",
            UndecodableSpanWarning,
            stacklevel=3,
        )
    return [Generated(t, tuple(u)) for t, u in zip(state.texts, state.undecodable, strict=True)]


def _step_embeddings(
    pipeline: Any,
    ids: list[int],
    span_rows: list[int],
    span_embs: list[torch.Tensor],
    span_domains: list[int],
    device: torch.device,
) -> torch.Tensor:
    """``inputs_embeds`` ``(R, 1, H)`` of one new position per row, built by the pipeline's
    own embedder (text rows: the token's embedding; span rows: projection + type)."""
    rows = len(ids)
    input_ids = torch.tensor(ids, dtype=torch.long, device=device).unsqueeze(1)
    span_index = torch.full((rows, 1), -1, dtype=torch.long, device=device)
    domain_types = torch.zeros((rows, 1), dtype=torch.long, device=device)
    for i, (r, d) in enumerate(zip(span_rows, span_domains, strict=True)):
        span_index[r, 0] = i
        domain_types[r, 0] = d
    embs = (
        torch.stack(span_embs).to(device)
        if span_embs
        else torch.zeros((0, 128), dtype=torch.float32, device=device)
    )
    domains = torch.tensor(span_domains, dtype=torch.long, device=device)
    out: torch.Tensor = pipeline.embedder(input_ids, span_index, embs, domains, domain_types)
    return out


def format_value(value: Any) -> str:
    """Text form of a decoded value (what generation appends): ints and Fractions exactly,
    floats by ``repr``, other value objects by ``str``."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Fraction) and value.denominator == 1:
        return str(value.numerator)
    return str(value)


__all__ = ["Generated", "Undecodable", "UndecodableSpanWarning", "format_value", "generate"]
