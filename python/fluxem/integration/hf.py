"""HF transformers integration: hybrid ``inputs_embeds`` for any causal LM, and the output side.

::

    from transformers import AutoModelForCausalLM, AutoTokenizer
    from fluxem.integration.hf import HybridCausalLM, pipeline_for_model

    model = AutoModelForCausalLM.from_pretrained(...)
    tokenizer = AutoTokenizer.from_pretrained(...)          # a fast tokenizer
    pipeline = pipeline_for_model(model, tokenizer)         # uses model's input embeddings
    hybrid = HybridCausalLM(model, pipeline)                # + DomainOutputHead
    loader = DataLoader(texts, batch_size=8, collate_fn=pipeline.collate_fn, num_workers=2)
    for batch in loader:
        out = hybrid(batch)           # LM loss on text tokens + domain-head losses
        out.loss.backward()

Nothing here imports transformers: any model with ``get_input_embeddings()`` and a forward
taking ``inputs_embeds``/``attention_mask``/``labels`` (GPT-2, Llama, Qwen, Mistral, ...) works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from fluxem.integration.generation import Generated, format_value, generate
from fluxem.integration.heads import DecodedSpan, DomainOutputHead
from fluxem.integration.pipeline import HybridBatch, TrainingPipeline

__all__ = ["HybridCausalLM", "HybridOutput", "format_value", "pipeline_for_model"]


def pipeline_for_model(model: Any, tokenizer: Any = None, **kwargs: Any) -> TrainingPipeline:
    """A :class:`TrainingPipeline` feeding ``model``: its hidden size, its own input embeddings
    for text tokens, and (unless given) ``max_length`` from the model's context size.
    ``tokenizer`` must be the model's tokenizer (fast), or ``None`` for a model whose
    vocabulary is the built-in byte tokenizer's (259 ids)."""
    emb = model.get_input_embeddings()
    config = getattr(model, "config", None)
    context = getattr(config, "max_position_embeddings", None) or getattr(
        config, "n_positions", None
    )
    if context is not None:
        kwargs.setdefault("max_length", int(context))
    p = next(model.parameters())
    kwargs.setdefault("device", p.device)
    return TrainingPipeline(
        int(emb.embedding_dim), text_tokenizer=tokenizer, text_embedding=emb, **kwargs
    )


@dataclass
class HybridOutput:
    """``loss`` = ``lm_loss`` + ``domain_weight`` * (``type_loss`` + ``embedding_loss``)."""

    loss: torch.Tensor | None
    lm_loss: torch.Tensor | None
    type_loss: torch.Tensor | None
    embedding_loss: torch.Tensor | None
    logits: torch.Tensor
    hidden_states: torch.Tensor | None


class HybridCausalLM(nn.Module):
    """A causal LM fed by a :class:`TrainingPipeline`, with a :class:`DomainOutputHead`.

    The LM's cross-entropy covers text tokens only (``batch.labels`` is -100 at domain
    positions). The head learns, at every position, the domain of the next position and,
    before a domain span, its 128-d embedding. ``output_head=False`` disables it.
    """

    def __init__(
        self,
        model: nn.Module,
        pipeline: TrainingPipeline,
        *,
        output_head: DomainOutputHead | bool = True,
        domain_weight: float = 1.0,
    ) -> None:
        super().__init__()
        self.model = model
        self.pipeline = pipeline
        if output_head is True:
            p = next(model.parameters())
            output_head = DomainOutputHead(
                pipeline.hidden_dim,
                pipeline.registry.domains,
                registry=pipeline.registry,
                device=p.device,
            )
        self.output_head = output_head or None
        self.domain_weight = domain_weight

    def forward(self, batch: HybridBatch, *, compute_loss: bool = True) -> HybridOutput:
        device = next(self.model.parameters()).device
        b = batch.to(device)
        out = self.model(
            inputs_embeds=self.pipeline(b),
            attention_mask=b.attention_mask,
            labels=b.labels if compute_loss else None,
            output_hidden_states=self.output_head is not None,
        )
        hidden = out.hidden_states[-1] if self.output_head is not None else None
        lm_loss = out.loss if compute_loss else None
        type_loss = emb_loss = None
        loss = lm_loss
        if lm_loss is not None and self.output_head is not None and hidden is not None:
            head = self.output_head.loss(
                hidden, b.domain_types, b.attention_mask, b.span_index, b.domain_embeddings
            )
            type_loss, emb_loss = head["type_loss"], head["embedding_loss"]
            loss = lm_loss + self.domain_weight * head["loss"]
        return HybridOutput(loss, lm_loss, type_loss, emb_loss, out.logits, hidden)

    @torch.no_grad()
    def predict_next(self, texts: list[str]) -> list[int | DecodedSpan]:
        """For each text: the greedy next text token id, or, when the output head predicts a
        domain span, the :class:`DecodedSpan` read from its predicted embedding."""
        batch = self.pipeline.encode_batch(texts)
        out = self(batch, compute_loss=False)
        last = (batch.lengths - 1).clamp(min=0).to(out.logits.device)
        rows = torch.arange(len(batch), device=out.logits.device)
        tokens: list[int | DecodedSpan] = out.logits[rows, last].argmax(-1).tolist()
        if self.output_head is None or out.hidden_states is None:
            return tokens
        spans = self.output_head.decode(out.hidden_states[rows, last])
        return [
            s if s is not None and s.value is not None else t
            for s, t in zip(spans, tokens, strict=True)
        ]

    def generate(
        self,
        prompt: str | list[str],
        max_new_tokens: int = 32,
        *,
        do_sample: bool = False,
        temperature: float = 1.0,
        top_k: int | None = None,
        generator: torch.Generator | None = None,
    ) -> Generated | list[Generated]:
        """Continues one prompt (returns a :class:`~fluxem.integration.generation.Generated`,
        a ``str``) or a list of prompts (one batched run, a list back). Domain spans are
        emitted as whole values (e.g. ``6912``); greedy unless ``do_sample`` (``temperature``,
        ``top_k``, ``generator`` for reproducible draws); a KV cache makes each step cost one
        position. Undecodable predicted spans fall back to the text token and are reported
        (see :mod:`fluxem.integration.generation`)."""
        prompts = [prompt] if isinstance(prompt, str) else list(prompt)
        out = generate(
            self,
            prompts,
            max_new_tokens=max_new_tokens,
            do_sample=do_sample,
            temperature=temperature,
            top_k=top_k,
            generator=generator,
        )
        return out[0] if isinstance(prompt, str) else out
