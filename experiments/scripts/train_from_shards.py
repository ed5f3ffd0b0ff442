r"""Trains a tiny GPT-2 (2 layers, 32 wide, byte vocabulary: the tests' config) on hybrid
batches read from `fluxem preprocess` shards: no document is segmented again, the domain
embeddings come from the shards (rebuilt from compact values). Prints the loss every
--log-every steps and a last line `final loss L after N steps (first F)`.

    fluxem preprocess corpus.jsonl -o shards/
    python experiments/scripts/train_from_shards.py shards/ --steps 200 --workers 2
    python experiments/scripts/train_from_shards.py shards/ --device cuda --workers 4

On several processes (torchrun), each rank reads its own documents: ShardDataset takes the
rank and world size from torch.distributed.
"""

from __future__ import annotations

import argparse
import itertools

import torch
from torch.utils.data import DataLoader

from fluxem.integration.hf import HybridCausalLM, pipeline_for_model
from fluxem.preprocess.loader import ShardDataset
from fluxem_experiments.models import byte_gpt2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shards", help="a `fluxem preprocess` output directory")
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--workers", type=int, default=0, help="DataLoader worker processes")
    ap.add_argument("--context", type=int, default=128, help="positions per row")
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--log-every", type=int, default=10)
    ap.add_argument("--device", default="cpu", help="cpu, cuda, cuda:1, ... (the model's device)")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    device = torch.device(args.device)
    model = byte_gpt2(args.context).to(device)
    # long documents become several rows: nothing of the corpus is cut away
    pipeline = pipeline_for_model(model, add_eos=True, truncation="split")
    hybrid = HybridCausalLM(model, pipeline)
    opt = torch.optim.AdamW(hybrid.parameters(), lr=args.lr)
    data = ShardDataset(args.shards, pipeline, batch_size=args.batch_size)
    # workers build batches on the CPU (numpy, no CUDA in them); pinned pages copy faster
    loader = DataLoader(
        data, batch_size=None, num_workers=args.workers, pin_memory=device.type == "cuda"
    )

    def batches():  # epochs over the shards until --steps
        while True:
            empty = True
            for batch in loader:
                empty = False
                yield batch
            if empty:
                raise SystemExit(f"{args.shards} holds no documents")

    first = last = float("nan")
    for step, batch in enumerate(itertools.islice(batches(), args.steps), 1):
        loss = hybrid(batch.to(device, non_blocking=True)).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        last = loss.item()
        first = last if step == 1 else first
        if step % args.log_every == 0:
            print(f"step {step}: loss {last:.4f} ({len(batch)} rows)", flush=True)
    print(f"final loss {last:.4f} after {args.steps} steps (first {first:.4f})")


if __name__ == "__main__":
    main()
