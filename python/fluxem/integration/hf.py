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

Any model with ``get_input_embeddings()`` and a forward taking
``inputs_embeds``/``attention_mask``/``labels`` (GPT-2, Llama, Qwen, Mistral, ...) works.
transformers itself is needed only for :class:`HybridOutput`'s ``ModelOutput`` base (without
it, a plain dataclass) and :meth:`HybridCausalLM.from_pretrained`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from fluxem.integration.generation import Generated, format_value, generate
from fluxem.integration.heads import DecodedSpan, DomainOutputHead
from fluxem.integration.pipeline import HybridBatch, TrainingPipeline
from fluxem.integration.registry import DomainEncoderRegistry

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


try:  # transformers' output type when it is installed (it usually is: the model is one)
    from transformers.utils import ModelOutput as _OutputBase
except ImportError:  # pragma: no cover - the same fields, attribute access only
    _OutputBase = object  # type: ignore[assignment,misc]


@dataclass
class HybridOutput(_OutputBase):
    """What :class:`HybridCausalLM` returns: a transformers ``ModelOutput`` (attribute, key
    and index access; ``None`` fields are left out of ``keys()`` and ``to_tuple()``).

    ``loss`` = ``lm_loss`` + ``domain_weight`` * (``type_loss`` + ``embedding_loss``), present
    when labels were given. ``logits``: the LM's. ``hidden_states``: the last layer's hidden
    states (the output head's input), when the output head is on."""

    loss: torch.Tensor | None = None
    logits: torch.Tensor | None = None
    lm_loss: torch.Tensor | None = None
    type_loss: torch.Tensor | None = None
    embedding_loss: torch.Tensor | None = None
    hidden_states: torch.Tensor | None = None


class HybridCausalLM(nn.Module):
    """A causal LM fed by a :class:`TrainingPipeline`, with a :class:`DomainOutputHead`.

    The LM's cross-entropy covers text tokens only (``batch.labels`` is -100 at domain
    positions). The head learns, at every position, the domain of the next position and,
    before a domain span, its 128-d embedding. ``output_head=False`` disables it.

    ``hybrid(batch)`` and ``hybrid(**batch)`` are the same call (a :class:`HybridBatch` is a
    mapping over its model inputs), so ``transformers.Trainer(model=hybrid,
    data_collator=pipeline.collate_fn, ...)`` trains it as it is.
    """

    #: Trainer: the loss is a mean over the batch's own tokens (no ``num_items_in_batch``).
    accepts_loss_kwargs = False

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
        # the private hook exists in every torch >= 2.1 (the public post-hook since 2.5)
        self._register_state_dict_hook(_untie_for_saving)  # type: ignore[no-untyped-call]

    def forward(
        self,
        batch: HybridBatch | None = None,
        *,
        input_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        domain_types: torch.Tensor | None = None,
        span_index: torch.Tensor | None = None,
        domain_embeddings: torch.Tensor | None = None,
        span_domain: torch.Tensor | None = None,
        compute_loss: bool = True,
    ) -> HybridOutput:
        """``hybrid(batch)`` or ``hybrid(**batch)`` (the keys of a :class:`HybridBatch`). The
        loss is computed when labels are given (``batch.labels``; with keywords, ``labels=``)
        and ``compute_loss`` is on."""
        device = next(self.model.parameters()).device
        given = {
            "input_ids": input_ids,
            "attention_mask": attention_mask,
            "labels": labels,
            "domain_types": domain_types,
            "span_index": span_index,
            "domain_embeddings": domain_embeddings,
            "span_domain": span_domain,
        }
        if batch is not None:
            b = {k: batch[k] for k in given}
        else:
            missing = [k for k, v in given.items() if v is None and k != "labels"]
            if missing:
                raise TypeError(f"missing hybrid inputs {missing} (pass a HybridBatch)")
            b = given
        b = {k: (None if v is None else torch.as_tensor(v).to(device)) for k, v in b.items()}
        labels = b["labels"] if compute_loss else None
        out = self.model(
            inputs_embeds=self.pipeline(b),
            attention_mask=b["attention_mask"],
            labels=labels,
            output_hidden_states=self.output_head is not None,
        )
        hidden = out.hidden_states[-1] if self.output_head is not None else None
        lm_loss = out.loss if labels is not None else None
        type_loss = emb_loss = None
        loss = lm_loss
        if lm_loss is not None and self.output_head is not None and hidden is not None:
            head = self.output_head.loss(
                hidden,
                b["domain_types"],
                b["attention_mask"],
                b["span_index"],
                b["domain_embeddings"],
            )
            type_loss, emb_loss = head["type_loss"], head["embedding_loss"]
            loss = lm_loss + self.domain_weight * head["loss"]
        return HybridOutput(
            loss=loss,
            logits=out.logits,
            lm_loss=lm_loss,
            type_loss=type_loss,
            embedding_loss=emb_loss,
            hidden_states=hidden,
        )

    # --- save / load ---------------------------------------------------------------------

    def save_pretrained(self, directory: str | Path) -> Path:
        """Writes the LM (its own ``save_pretrained``) to ``directory/model``, the pipeline
        (with its text tokenizer) to ``directory/pipeline``, the output head to
        ``directory/output_head`` and ``config.json`` (``domain_weight``, versions)."""
        import json

        from fluxem import __version__
        from fluxem.integration.pretrained import CONFIG_NAME
        from fluxem.layout import LAYOUT_VERSION

        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        save = getattr(self.model, "save_pretrained", None)
        if save is None:
            raise TypeError(f"{type(self.model).__name__} has no save_pretrained")
        save(str(path / "model"))
        self.pipeline.save_pretrained(path / "pipeline")
        if self.output_head is not None:
            self.output_head.save_pretrained(path / "output_head")
        config = {
            "fluxem_class": "HybridCausalLM",
            "fluxem_version": __version__,
            "layout_version": LAYOUT_VERSION,
            "domain_weight": self.domain_weight,
            "output_head": self.output_head is not None,
        }
        (path / CONFIG_NAME).write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
        return path

    @classmethod
    def from_pretrained(
        cls,
        directory: str | Path,
        *,
        registry: DomainEncoderRegistry | None = None,
        device: Any = None,
        **model_kwargs: Any,
    ) -> HybridCausalLM:
        """What :meth:`save_pretrained` wrote: the LM through
        ``transformers.AutoModelForCausalLM.from_pretrained(directory/"model", **model_kwargs)``
        (a local directory: nothing is downloaded), the pipeline on the LM's input embeddings
        and the output head. ``registry`` as in :meth:`TrainingPipeline.from_pretrained`."""
        from transformers import AutoModelForCausalLM

        from fluxem.integration.pretrained import read_config

        path = Path(directory)
        config = read_config(path, "HybridCausalLM")
        model = AutoModelForCausalLM.from_pretrained(str(path / "model"), **model_kwargs)
        if device is not None:
            model = model.to(device)
        dev = next(model.parameters()).device
        pipeline = TrainingPipeline.from_pretrained(
            path / "pipeline",
            registry=registry,
            text_embedding=model.get_input_embeddings(),
            device=dev,
        )
        head: DomainOutputHead | bool = False
        if config["output_head"]:
            head = DomainOutputHead.from_pretrained(
                path / "output_head", registry=pipeline.registry, device=dev
            )
        return cls(model, pipeline, output_head=head, domain_weight=config["domain_weight"])

    @torch.no_grad()
    def predict_next(self, texts: list[str]) -> list[int | DecodedSpan]:
        """For each text: the greedy next text token id, or, when the output head predicts a
        domain span, the :class:`DecodedSpan` read from its predicted embedding."""
        batch = self.pipeline.encode_batch(texts, padding_side="right")
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


def _untie_for_saving(module: nn.Module, state: dict[str, Any], prefix: str, meta: Any) -> None:
    """``state_dict()`` hook: an entry sharing storage with an earlier one (a tied LM head)
    becomes a copy, so that safetensors can write it (``Trainer`` checkpoints of a
    ``HybridCausalLM``, which is not a ``PreTrainedModel``, go through
    ``safetensors.torch.save_file``, which refuses shared tensors). Loading copies the same
    values into both, so ties are kept. Parameters (``keep_vars=True``) are left alone."""
    seen: set[tuple[Any, int]] = set()
    for key, value in state.items():
        if not isinstance(value, torch.Tensor) or isinstance(value, nn.Parameter):
            continue
        ptr = (value.device, value.untyped_storage().data_ptr())
        if ptr in seen:
            state[key] = value.clone()
        seen.add(ptr)
