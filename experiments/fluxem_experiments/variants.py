"""Per-variant data preparation, loss and prediction (training and evaluation share these).

Every ``predict`` returns the answer *text* each model emits; evaluation scores that text the
same way for every model.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from fluxem.errors import ConfigError
from fluxem_experiments import vocab
from fluxem_experiments.baselines import ARITHMETIC_OPS, Lookup, Tool, evaluate_arithmetic
from fluxem_experiments.models import ANSWER_KINDS, BINARY, DECISIONS, LOG_K_SCALE
from fluxem_experiments.numfmt import format_float, format_value, parse_exact
from fluxem_experiments.scratchpad import (
    ITEM_OFFSET,
    Answer,
    Entry,
    Item,
    StepError,
    apply_step,
    collate,
    decision_sequence,
    execute_program,
    initial_items,
    sequence,
    teacher_states,
)
from fluxem_experiments.spans import SpanFinder

IGNORE = -100


def _t(x: np.ndarray, device: torch.device) -> torch.Tensor:
    return torch.from_numpy(x).to(device)


@dataclass
class Prepared:
    """What a variant trains on: opaque examples plus a collate function."""

    examples: list[Any]
    collate: Callable[[list[Any]], dict[str, Any]]


# ----------------------------------------------------------------------------- token-only


def _lm_example(prompt: list[int], answer: str) -> tuple[list[int], int]:
    ids = prompt + vocab.encode_chars(answer) + [vocab.EOS]
    return ids, len(prompt)


def _lm_collate(examples: list[tuple[list[int], int]]) -> dict[str, Any]:
    n = max(len(ids) for ids, _ in examples) - 1
    b = len(examples)
    inp = np.full((b, n), vocab.PAD, dtype=np.int64)
    tgt = np.full((b, n), IGNORE, dtype=np.int64)
    pad = np.ones((b, n), dtype=bool)
    for r, (ids, p) in enumerate(examples):
        m = len(ids) - 1
        inp[r, :m] = ids[:-1]
        pad[r, :m] = False
        # position t predicts ids[t + 1]; only answer tokens (and EOS) are scored
        tgt[r, p - 1 : m] = ids[p:]
    return {"ids": inp, "targets": tgt, "pad": pad}


def _token_prompt(sample: dict[str, Any]) -> list[int]:
    return [vocab.BOS, *vocab.encode_chars(sample["text"]), vocab.SEP]


class TokenOnly:
    kind = "token_only"

    def __init__(self, task: str, finder: SpanFinder | None = None) -> None:
        self.task = task

    def prompt(self, sample: dict[str, Any]) -> list[int]:
        """The ids the model reads before it writes (``<bos> question <sep>``)."""
        return _token_prompt(sample)

    def target(self, sample: dict[str, Any]) -> str:
        """The text the model learns to write after the prompt (the answer)."""
        return str(sample["target_text"])

    def prepare(self, samples: list[dict[str, Any]]) -> Prepared:
        ex = [_lm_example(self.prompt(s), self.target(s)) for s in samples]
        return Prepared(ex, _lm_collate)

    def loss(
        self, model: nn.Module, batch: dict[str, Any], device: torch.device, train: bool
    ) -> torch.Tensor:
        logits = model(_t(batch["ids"], device), _t(batch["pad"], device))
        return F.cross_entropy(
            logits.flatten(0, 1), _t(batch["targets"], device).flatten(), ignore_index=IGNORE
        )

    def predict(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, max_len: int
    ) -> list[Answer]:
        return [Answer(t) for t in self.generate(model, samples, device, max_len)]

    def generate(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, limit: int
    ) -> list[str]:
        """The text the model writes after each question (greedy, at most ``limit`` tokens)."""
        prompts: list[tuple[list[int], list[Entry | None]]] = []
        for s in samples:
            ids = self.prompt(s)
            prompts.append((ids, [None] * len(ids)))
        return _greedy(lambda ids, pad, _b: model(ids, pad), prompts, device, limit)


#: token_program's step symbols: a binary step ``<sym><i>,<j>``, an answer ``=<i>``, a boolean
#: ``T<i>,<j>`` / ``F<i>,<j>``; steps are separated by spaces (``*1,2 +0,1 =0``).
_STEP_SYMBOLS = {
    "add": "+",
    "sub": "-",
    "mul": "*",
    "div": "/",
    "answer": "=",
    "true": "T",
    "false": "F",
}
_STEP_NAMES = {v: k for k, v in _STEP_SYMBOLS.items()}


def program_text(program: list[list[Any]]) -> str:
    """The teacher program written as characters."""
    return " ".join(_STEP_SYMBOLS[s[0]] + ",".join(str(i) for i in s[1:]) for s in program)


def parse_program(text: str) -> list[list[Any]] | None:
    """The program a text writes (None when it is not one)."""
    out: list[list[Any]] = []
    for word in text.split():
        name = _STEP_NAMES.get(word[0])
        args = word[1:].split(",")
        if name is None or not all(a.isdigit() for a in args):
            return None
        out.append([name, *(int(a) for a in args)])
    return out or None


class TokenProgram(TokenOnly):
    """Baseline: characters in, the teacher program out as characters, run by the hybrid's
    executor over the segmenter's spans (the same tool as the hybrid, text inputs)."""

    kind = "token_program"

    def __init__(self, task: str, finder: SpanFinder) -> None:
        super().__init__(task)
        self.finder = finder
        self.algebra = finder.algebra

    def target(self, sample: dict[str, Any]) -> str:
        return program_text(sample["program"])

    def predict(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, max_len: int
    ) -> list[Answer]:
        # a program is longer than an answer: 5 characters a step
        limit = max(max_len, 64)
        texts = self.generate(model, samples, device, limit)
        out = []
        for s, t in zip(samples, texts, strict=True):
            program = parse_program(t)
            if program is None:
                out.append(Answer("", f"not a program: {t!r}"))
                continue
            items = initial_items(s["text"], self.finder.spans(s), self.algebra)
            out.append(execute_program(items, program, self.algebra))
        return out


def _reversed_number(text: str) -> str:
    """A number's digits least significant first, the sign kept in front (``-123.5`` ->
    ``-5.321``): a model writing a sum or product meets the low digits first, as by hand."""
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    return sign + body[::-1]


def scratchpad_text(expression: str) -> str:
    """The worked solution token_scratchpad learns: every operation in evaluation order (Python's
    precedence, ties to the left), its operands and result with reversed digits, each result
    rounded as an answer is (``format_value``) and used rounded in later steps, then ``#`` and
    the answer in the usual order: ``693 / 265 * 5`` ->
    ``396/562=90516.2 90516.2*5=4570.31 #13.0754``. Arithmetic questions only."""
    steps: list[str] = []

    def step(symbol: str, a: Fraction, b: Fraction) -> Fraction:
        c = Fraction(format_value(ARITHMETIC_OPS_BY_SYMBOL[symbol](a, b)))
        x, y, z = (_reversed_number(format_value(v)) for v in (a, b, c))
        steps.append(f"{x}{symbol}{y}={z}")
        return c

    answer = format_value(evaluate_arithmetic(expression, step))
    return " ".join([*steps, f"#{answer}"])


#: Each operator symbol's exact operation.
ARITHMETIC_OPS_BY_SYMBOL = dict(ARITHMETIC_OPS.values())


def scratchpad_answer(text: str) -> str | None:
    """The answer a worked solution ends with (the text after its last ``#``), or None."""
    return text.rsplit("#", 1)[1].strip() if "#" in text else None


class TokenScratchpad(TokenOnly):
    """Baseline: characters in, a worked solution out (every step written with reversed digits,
    ``scratchpad_text``), no executor: the answer is whatever the model writes after ``#``.
    Arithmetic only."""

    kind = "token_scratchpad"

    def __init__(self, task: str, finder: SpanFinder | None = None) -> None:
        if task != "arithmetic":
            raise ConfigError("token_scratchpad is an arithmetic baseline (no units solution)")
        super().__init__(task)

    def target(self, sample: dict[str, Any]) -> str:
        return scratchpad_text(sample["text"])

    def predict(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, max_len: int
    ) -> list[Answer]:
        # about 28 characters a step; 7 operations at the longest test length
        limit = max(max_len, 256)
        texts = self.generate(model, samples, device, limit)
        out = []
        for t in texts:
            answer = scratchpad_answer(t)
            out.append(Answer(answer) if answer else Answer("", f"no answer: {t[:80]!r}"))
        return out


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def reversed_numbers(text: str) -> str:
    """``text`` with every unsigned number's digits least significant first
    (``693 / 265 * 5`` -> ``396 / 562 * 5``)."""
    return _NUMBER.sub(lambda m: _reversed_number(m.group()), text)


class TokenAbacus(TokenOnly):
    """Baseline, a published number encoding that answers in text: Abacus embeddings (McLeish
    et al., NeurIPS 2024; models.TokenAbacusLM). Characters in, the answer out as characters,
    no executor; every number in the question and the answer is written least significant digit
    first (the model adds and carries in the order it writes) and the answer is reversed back
    for scoring. Arithmetic only."""

    kind = "token_abacus"

    def __init__(self, task: str, finder: SpanFinder | None = None) -> None:
        if task != "arithmetic":
            raise ConfigError("token_abacus is an arithmetic baseline (no units encoding)")
        super().__init__(task)

    def prompt(self, sample: dict[str, Any]) -> list[int]:
        return _token_prompt({"text": reversed_numbers(sample["text"])})

    def target(self, sample: dict[str, Any]) -> str:
        return _reversed_number(sample["target_text"])

    def predict(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, max_len: int
    ) -> list[Answer]:
        texts = self.generate(model, samples, device, max_len)
        return [Answer(_reversed_number(t.strip())) for t in texts]


def _greedy(
    forward: Callable[[torch.Tensor, torch.Tensor, Any], torch.Tensor],
    prompts: list[tuple[list[int], list[Entry | None]]],
    device: torch.device,
    max_len: int,
) -> list[str]:
    """Batched greedy decoding on right-padded rows (each row reads its own last position)."""
    rows = [(list(ids), list(ents)) for ids, ents in prompts]
    done = [False] * len(rows)
    out: list[list[int]] = [[] for _ in rows]
    for _ in range(max_len):
        live = [r for r in range(len(rows)) if not done[r]]
        if not live:
            break
        b = collate([rows[r] for r in live], ans_last=True)
        logits = forward(_t(b.ids, device), _t(b.pad, device), b)
        last = logits[torch.arange(len(live), device=device), _t(b.ans_pos, device)]
        nxt = last.argmax(-1).tolist()
        for r, tok in zip(live, nxt, strict=True):
            out[r].append(tok)
            rows[r][0].append(tok)
            rows[r][1].append(None)
            if tok == vocab.EOS:
                done[r] = True
    return [vocab.decode_ids(o) for o in out]


# ----------------------------------------------------------------------------- hybrid inputs


class HybridBase:
    def __init__(self, task: str, finder: SpanFinder) -> None:
        self.task = task
        self.finder = finder
        self.algebra = finder.algebra

    def items(self, sample: dict[str, Any]) -> list[Item]:
        return initial_items(sample["text"], self.finder.spans(sample), self.algebra)

    @staticmethod
    def tensors(b: Any, device: torch.device) -> dict[str, torch.Tensor]:
        return {
            "ids": _t(b.ids, device),
            "emb": _t(b.emb, device),
            "is_entry": _t(b.is_entry, device),
            "domain": _t(b.domain, device),
            "pad": _t(b.pad, device),
        }


class HybridText(HybridBase):
    """Ablation: hybrid inputs, answer generated as characters."""

    kind = "hybrid_text"

    def prepare(self, samples: list[dict[str, Any]]) -> Prepared:
        ex = []
        for s in samples:
            tail = [*vocab.encode_chars(s["target_text"]), vocab.EOS]
            ids, ents = sequence(self.items(s), tail)
            p = len(ids) - len(s["target_text"]) - 1
            ex.append((ids, ents, p))
        return Prepared(ex, self._collate)

    @staticmethod
    def _collate(examples: list[tuple[list[int], list[Entry | None], int]]) -> dict[str, Any]:
        b = collate([(ids[:-1], ents[:-1]) for ids, ents, _ in examples], ans_last=True)
        tgt = np.full(b.ids.shape, IGNORE, dtype=np.int64)
        for r, (ids, _, p) in enumerate(examples):
            tgt[r, p - 1 : len(ids) - 1] = ids[p:]
        return {"b": b, "targets": tgt}

    def loss(
        self, model: nn.Module, batch: dict[str, Any], device: torch.device, train: bool
    ) -> torch.Tensor:
        logits = model(**self.tensors(batch["b"], device))
        return F.cross_entropy(
            logits.flatten(0, 1), _t(batch["targets"], device).flatten(), ignore_index=IGNORE
        )

    def predict(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, max_len: int
    ) -> list[Answer]:
        prompts = [sequence(self.items(s), []) for s in samples]

        def fwd(_ids: torch.Tensor, _pad: torch.Tensor, b: Any) -> torch.Tensor:
            return model(**self.tensors(b, device))

        return [Answer(t) for t in _greedy(fwd, prompts, device, max_len)]


class Hybrid(HybridBase):
    """The main hybrid: combination head + scratchpad executor."""

    kind = "hybrid"

    def __init__(self, task: str, finder: SpanFinder, entry_dropout: float = 0.0) -> None:
        super().__init__(task, finder)
        self.entry_dropout = entry_dropout

    def prepare(self, samples: list[dict[str, Any]]) -> Prepared:
        """One example per question: all its teacher states (a batch of B questions holds
        every decision of those questions, so each variant takes the same optimizer steps)."""
        ex = []
        for s in samples:
            states = []
            for st in teacher_states(self.items(s), s["program"], self.algebra):
                a1 = st.arg1 + ITEM_OFFSET if st.arg1 >= 0 else IGNORE
                a2 = st.arg2 + ITEM_OFFSET if st.arg2 >= 0 else IGNORE
                states.append((decision_sequence(st.items), st.decision, a1, a2))
            ex.append(states)
        return Prepared(ex, self._collate)

    @staticmethod
    def _collate(questions: list[Any]) -> dict[str, Any]:
        examples = [st for q in questions for st in q]
        b = collate([e[0] for e in examples], ans_last=True)
        return {
            "b": b,
            "decision": np.array([e[1] for e in examples], dtype=np.int64),
            "arg1": np.array([e[2] for e in examples], dtype=np.int64),
            "arg2": np.array([e[3] for e in examples], dtype=np.int64),
        }

    def forward(
        self,
        model: nn.Module,
        b: Any,
        device: torch.device,
        train: bool = False,
        arg1: torch.Tensor | None = None,
        arg2: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        keep = None
        if train and self.entry_dropout > 0:
            keep = (torch.rand(b.ids.shape, device=device) >= self.entry_dropout).float()
        return model(
            **self.tensors(b, device),
            ans_pos=_t(b.ans_pos, device),
            arg1=arg1,
            arg2=arg2,
            entry_keep=keep,
        )

    def loss(
        self, model: nn.Module, batch: dict[str, Any], device: torch.device, train: bool
    ) -> torch.Tensor:
        arg1, arg2 = _t(batch["arg1"], device), _t(batch["arg2"], device)
        dec, p1, p2 = self.forward(model, batch["b"], device, train, arg1, arg2)
        loss = F.cross_entropy(dec, _t(batch["decision"], device))
        for logits, key in ((p1, "arg1"), (p2, "arg2")):
            tgt = _t(batch[key], device)
            if (tgt != IGNORE).any():
                loss = loss + F.cross_entropy(logits, tgt, ignore_index=IGNORE)
        return loss

    def predict(
        self,
        model: nn.Module,
        samples: list[dict[str, Any]],
        device: torch.device,
        max_len: int,
        max_steps_per_entry: int = 2,
    ) -> list[Answer]:
        states = [self.items(s) for s in samples]
        limits = [
            max_steps_per_entry * max(1, sum(isinstance(i, Entry) for i in st)) + 1 for st in states
        ]
        answers: list[Answer | None] = [None] * len(samples)
        logs: list[list[str]] = [[] for _ in samples]
        step = 0
        while True:
            live = [r for r in range(len(samples)) if answers[r] is None]
            if not live:
                break
            for r in [r for r in live if step >= limits[r]]:
                answers[r] = Answer("", "no answer within the step limit", logs[r])
            live = [r for r in live if answers[r] is None]
            if not live:
                break
            b = collate([decision_sequence(states[r]) for r in live], ans_last=True)
            with torch.no_grad():
                dec, p1, p2 = self.forward(model, b, device)
            d_idx = dec.argmax(-1).tolist()
            a1 = (p1.argmax(-1) - ITEM_OFFSET).tolist()
            a2 = (p2.argmax(-1) - ITEM_OFFSET).tolist()
            for k, r in enumerate(live):
                op = DECISIONS[d_idx[k]]
                try:
                    if op in ("true", "false"):
                        answers[r] = Answer(op, None, [*logs[r], op])
                    elif op == "answer":
                        e = states[r][a1[k]]
                        if not isinstance(e, Entry):
                            raise StepError("answer pointer is not an entry")
                        logs[r].append(f"answer {self.algebra.describe(e)}")
                        answers[r] = Answer(self.algebra.answer_text(e), None, logs[r])
                    else:
                        x, y = states[r][a1[k]], states[r][a2[k]]
                        states[r] = apply_step(states[r], op, a1[k], a2[k], self.algebra)
                        logs[r].append(f"{op}({_desc(self.algebra, x)}, {_desc(self.algebra, y)})")
                except StepError as exc:
                    answers[r] = Answer("", str(exc), logs[r])
            step += 1
        return [a for a in answers if a is not None]


def _desc(algebra: Any, it: Item) -> str:
    return algebra.describe(it) if isinstance(it, Entry) else "?"


_PRECEDENCE = {"+": 0, "-": 0, "*": 1, "/": 1}
_OP_OF = {"+": "add", "-": "sub", "*": "mul", "/": "div"}


def local_pairs(items: list[Item]) -> list[tuple[int, int, str]]:
    """(left item, right item, operator character) of each pair of adjacent entries."""
    pos = [k for k, it in enumerate(items) if isinstance(it, Entry)]
    out = []
    for a, b in itertools.pairwise(pos):
        between = vocab.decode_ids([i for i in items[a + 1 : b] if isinstance(i, int)]).strip()
        out.append((a, b, between))
    return out


def reducible(ops: list[str]) -> list[bool]:
    """The local rule: an operator can be reduced now when neither neighbour has higher
    precedence, ties going to the left one. Correct at any length (every operator it marks
    can be reduced first without changing the value)."""
    p = [_PRECEDENCE.get(o, -1) for o in ops]
    return [
        (k == 0 or p[k - 1] < p[k]) and (k == len(p) - 1 or p[k + 1] <= p[k]) for k in range(len(p))
    ]


class HybridLocal(HybridBase):
    """Arithmetic hybrid with a local, per-operator reduction decision (models.HybridLocal);
    the same executor. Trained on the canonical program's states: every pair of adjacent
    entries of a state is labelled reducible or not (the local rule) and with its operation."""

    kind = "hybrid_local"

    def __init__(self, task: str, finder: SpanFinder) -> None:
        if task != "arithmetic":
            raise ValueError("hybrid_local is an arithmetic model")
        super().__init__(task, finder)

    def prepare(self, samples: list[dict[str, Any]]) -> Prepared:
        ex = []
        for s in samples:
            states = []
            for st in teacher_states(self.items(s), s["program"], self.algebra):
                pairs = local_pairs(st.items)
                if not pairs:
                    continue
                ops = [o for _, _, o in pairs]
                labels = [
                    (a + ITEM_OFFSET, b + ITEM_OFFSET, int(r), BINARY.index(_OP_OF[o]))
                    for (a, b, o), r in zip(pairs, reducible(ops), strict=True)
                ]
                states.append((decision_sequence(st.items), labels))
            ex.append(states)
        return Prepared(ex, self._collate)

    @staticmethod
    def _collate(questions: list[Any]) -> dict[str, Any]:
        examples = [st for q in questions for st in q]
        b = collate([e[0] for e in examples], ans_last=True)
        p = max(len(e[1]) for e in examples)
        arr = np.zeros((len(examples), p, 4), dtype=np.int64)
        mask = np.zeros((len(examples), p), dtype=bool)
        for r, (_, labels) in enumerate(examples):
            arr[r, : len(labels)] = labels
            mask[r, : len(labels)] = True
        return {"b": b, "pairs": arr, "mask": mask}

    def loss(
        self, model: nn.Module, batch: dict[str, Any], device: torch.device, train: bool
    ) -> torch.Tensor:
        pairs, mask = _t(batch["pairs"], device), _t(batch["mask"], device)
        out = model(left=pairs[..., 0], right=pairs[..., 1], **self.tensors(batch["b"], device))
        out, pairs = out[mask], pairs[mask]
        return F.binary_cross_entropy_with_logits(out[:, 0], pairs[:, 2].float()) + F.cross_entropy(
            out[:, 1:], pairs[:, 3]
        )

    def predict(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, max_len: int
    ) -> list[Answer]:
        states = [self.items(s) for s in samples]
        answers: list[Answer | None] = [None] * len(samples)
        logs: list[list[str]] = [[] for _ in samples]
        while True:
            for r, st in enumerate(states):
                if answers[r] is not None:
                    continue
                pairs = local_pairs(st)
                if not pairs:  # one entry left: it is the answer
                    ents = [it for it in st if isinstance(it, Entry)]
                    try:
                        answers[r] = Answer(self.algebra.answer_text(ents[0]), None, logs[r])
                    except (StepError, IndexError) as exc:
                        answers[r] = Answer("", str(exc) or "no entry", logs[r])
            live = [r for r in range(len(samples)) if answers[r] is None]
            if not live:
                break
            b = collate([decision_sequence(states[r]) for r in live], ans_last=True)
            all_pairs = [local_pairs(states[r]) for r in live]
            p = max(len(x) for x in all_pairs)
            left = np.zeros((len(live), p), dtype=np.int64)
            right = np.zeros((len(live), p), dtype=np.int64)
            for k, prs in enumerate(all_pairs):
                left[k, : len(prs)] = [a + ITEM_OFFSET for a, _, _ in prs]
                right[k, : len(prs)] = [c + ITEM_OFFSET for _, c, _ in prs]
            with torch.no_grad():
                out = model(
                    left=_t(left, device), right=_t(right, device), **self.tensors(b, device)
                )
            for k, r in enumerate(live):
                n = len(all_pairs[k])
                j = int(out[k, :n, 0].argmax())
                op = BINARY[int(out[k, j, 1:].argmax())]
                a, c, _ = all_pairs[k][j]
                try:
                    states[r] = apply_step(states[r], op, a, c, self.algebra)
                    logs[r].append(f"{op} pair {j}")
                except StepError as exc:
                    answers[r] = Answer("", str(exc), logs[r])
        return [a for a in answers if a is not None]


class HybridRegress(HybridBase):
    """Ablation: hybrid inputs, regression onto the answer's codec log part."""

    kind = "hybrid_regress"

    def prepare(self, samples: list[dict[str, Any]]) -> Prepared:
        ex = []
        for s in samples:
            seq = decision_sequence(self.items(s))
            if s["answer_type"] == "boolean":
                ex.append((seq, ANSWER_KINDS.index(s["target_text"]), 0.0, 0.0, 0.0, 0.0))
                continue
            v = parse_exact(s["target_exact"])
            zero = 1.0 if v == 0 else 0.0
            neg = 1.0 if v < 0 else 0.0
            lg = math.log2(abs(float(v))) / LOG_K_SCALE if v != 0 else 0.0
            ex.append((seq, 0, zero, neg, lg, 1.0))
        return Prepared(ex, self._collate)

    @staticmethod
    def _collate(examples: list[Any]) -> dict[str, Any]:
        b = collate([e[0] for e in examples], ans_last=True)
        arr = np.array([e[2:] for e in examples], dtype=np.float32)
        return {"b": b, "kind": np.array([e[1] for e in examples], dtype=np.int64), "reg": arr}

    def loss(
        self, model: nn.Module, batch: dict[str, Any], device: torch.device, train: bool
    ) -> torch.Tensor:
        b = batch["b"]
        kind, reg = model(**self.tensors(b, device), ans_pos=_t(b.ans_pos, device))
        loss = F.cross_entropy(kind, _t(batch["kind"], device))
        t = _t(batch["reg"], device)
        is_num = t[:, 3] > 0
        if is_num.any():
            zero, neg, lg = t[is_num, 0], t[is_num, 1], t[is_num, 2]
            r = reg[is_num]
            loss = loss + F.binary_cross_entropy_with_logits(r[:, 0], zero)
            nz = zero < 0.5
            if nz.any():
                loss = loss + F.binary_cross_entropy_with_logits(r[nz, 1], neg[nz])
                loss = loss + F.mse_loss(r[nz, 2], lg[nz]) * LOG_K_SCALE
        return loss

    def predict(
        self, model: nn.Module, samples: list[dict[str, Any]], device: torch.device, max_len: int
    ) -> list[Answer]:
        b = collate([decision_sequence(self.items(s)) for s in samples], ans_last=True)
        with torch.no_grad():
            kind, reg = model(**self.tensors(b, device), ans_pos=_t(b.ans_pos, device))
        out = []
        for s, k, r in zip(samples, kind.argmax(-1).tolist(), reg.tolist(), strict=True):
            if ANSWER_KINDS[k] != "number":
                out.append(Answer(ANSWER_KINDS[k]))
                continue
            if r[0] > 0:
                v = 0.0
            else:
                mag = 2.0 ** min(max(r[2] * LOG_K_SCALE, -1000.0), 1000.0)
                v = -mag if r[1] > 0 else mag
            text = format_float(v, sig=6)
            unit = self.finder.target_unit_text(s)
            if unit:
                text += " " + unit
            out.append(Answer(text))
        return out


VARIANTS: dict[str, type] = {
    "token_only": TokenOnly,
    "hybrid": Hybrid,
    "hybrid_text": HybridText,
    "hybrid_regress": HybridRegress,
}


class HybridBlind(Hybrid):
    """The hybrid's training and executor with the blind model (models.HybridBlind)."""

    kind = "hybrid_blind"


VARIANTS["hybrid_blind"] = HybridBlind
VARIANTS["hybrid_local"] = HybridLocal
VARIANTS["token_program"] = TokenProgram
VARIANTS["token_scratchpad"] = TokenScratchpad
VARIANTS["token_abacus"] = TokenAbacus
VARIANTS["lookup"] = Lookup
VARIANTS["tool"] = Tool


def make_variant(
    kind: str, task: str, finder: SpanFinder | None, entry_dropout: float = 0.0
) -> Any:
    if kind in ("token_only", "tool"):
        return VARIANTS[kind](task)
    assert finder is not None
    if kind in ("hybrid", "hybrid_blind"):
        return VARIANTS[kind](task, finder, entry_dropout)
    return VARIANTS[kind](task, finder)


__all__ = [
    "VARIANTS",
    "Hybrid",
    "HybridBlind",
    "HybridLocal",
    "HybridRegress",
    "HybridText",
    "TokenAbacus",
    "TokenOnly",
    "TokenProgram",
    "make_variant",
]
