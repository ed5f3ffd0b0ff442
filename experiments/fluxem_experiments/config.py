"""Experiment configs: YAML -> validated, frozen dataclasses with clear errors.

A config file names the task, the data sizes and ranges, the shared transformer trunk, the
training schedule and which model variants to train. Unknown keys are errors (a typo must not
silently fall back to a default). Paths are resolved against the ``experiments/`` folder that
holds ``configs/``, so the commands work from any working directory.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

# a config file that is missing, malformed or out of range is a bad configuration value
from fluxem.errors import ConfigError

TASKS = ("arithmetic", "units", "formula")
#: Model variants: the baseline, the main hybrid, three hybrid ablations, and two non-learned
#: baselines (fluxem_experiments.baselines).
MODEL_KINDS = (
    "token_only",
    "token_program",
    "token_scratchpad",
    "token_abacus",
    "hybrid",
    "hybrid_blind",
    "hybrid_local",
    "hybrid_text",
    "hybrid_regress",
    "lookup",
    "tool",
)
OPERATORS = ("+", "-", "*", "/")
UNIT_CATEGORIES = ("convert", "can_add", "derived", "compare", "largest")
FORMULA_CATEGORIES = ("atoms", "mass")
#: The configs beside this package (experiments/configs): the package is used from its folder
#: (an editable install, or the scripts' sys.path), never from a wheel.
CONFIGS = Path(__file__).resolve().parent.parent / "configs"


@dataclass(frozen=True)
class ArithmeticData:
    """Integer operands joined by + - * / (standard precedence, exact rational targets)."""

    id_range: tuple[int, int] = (0, 999)
    id_ops: tuple[int, int] = (1, 3)
    ood_magnitude_range: tuple[int, int] = (1_000_000, 1_000_000_000)
    ood_length_ops: tuple[int, int] = (5, 7)
    operators: tuple[str, ...] = OPERATORS


@dataclass(frozen=True)
class UnitsData:
    """Conversions, can-these-be-added checks and derived quantities."""

    #: Magnitudes of the question's numbers (temperatures included) in the training range.
    id_range: tuple[float, float] = (0.01, 1000.0)
    ood_magnitude_range: tuple[float, float] = (1e6, 1e9)
    #: Share of each category in every split (normalised).
    categories: dict[str, float] = field(
        default_factory=lambda: {"convert": 0.4, "can_add": 0.3, "derived": 0.3}
    )
    #: Share of unit pairs / combinations held out of training for test_ood_types.
    ood_types_fraction: float = 0.2


@dataclass(frozen=True)
class FormulaData:
    """Which-formula questions: more atoms of an element, larger molar mass."""

    #: Atom counts of each element of a formula in the training range.
    count_range: tuple[int, int] = (1, 9)
    ood_count_range: tuple[int, int] = (10, 40)
    #: Share of each category in every split (normalised).
    categories: dict[str, float] = field(default_factory=lambda: {"atoms": 0.5, "mass": 0.5})


@dataclass(frozen=True)
class DataConfig:
    train_size: int = 2000
    val_size: int = 200
    test_size: int = 200
    arithmetic: ArithmeticData = ArithmeticData()
    units: UnitsData = UnitsData()
    formula: FormulaData = FormulaData()


@dataclass(frozen=True)
class ModelConfig:
    """The transformer trunk every variant shares (same sizes, same code)."""

    d_model: int = 64
    n_layers: int = 2
    n_heads: int = 4
    d_ff: int = 256
    dropout: float = 0.0
    max_len: int = 256
    #: Width of the pointer keys/queries of the hybrid's combination head.
    pointer_dim: int = 32


@dataclass(frozen=True)
class TrainingConfig:
    epochs: int = 10
    batch_size: int = 64
    lr: float = 1e-3
    weight_decay: float = 0.01
    warmup_steps: int = 50
    grad_clip: float = 1.0
    checkpoint_every: int = 200
    #: "auto" (cuda when available), "cpu" or "cuda".
    device: str = "auto"
    #: CPU threads for torch (0 = torch's default).
    num_threads: int = 2
    #: Probability of replacing a hybrid input entry's projected embedding with zeros during
    #: training (0 disables; see docs/EXPERIMENTS.md).
    entry_dropout: float = 0.0
    #: Early stopping on the validation loss (measured at every epoch end): stop after this
    #: many epochs without a new lowest, and keep the weights of the lowest (0: train every
    #: epoch, keep the last weights).
    patience: int = 0


@dataclass(frozen=True)
class EvalConfig:
    batch_size: int = 256
    max_answer_len: int = 40
    #: Upper bound on scratchpad steps of the hybrid, per input entry.
    max_steps_per_entry: int = 2


@dataclass(frozen=True)
class ExperimentConfig:
    name: str
    task: str
    seed: int = 42
    seeds: tuple[int, ...] = (42, 43, 44)
    models: tuple[str, ...] = ("token_only", "hybrid")
    data: DataConfig = DataConfig()
    model: ModelConfig = ModelConfig()
    training: TrainingConfig = TrainingConfig()
    eval: EvalConfig = EvalConfig()
    #: The config file and the experiments/ folder it lives in (set by load_config).
    path: Path | None = None
    root: Path = Path("experiments")

    @property
    def stem(self) -> str:
        return self.path.stem if self.path is not None else self.name

    def data_dir(self, seed: int) -> Path:
        return self.root / "data" / self.stem / f"seed{seed}"

    def results_dir(self) -> Path:
        return self.root / "results" / self.stem

    def run_dir(self, seed: int, kind: str) -> Path:
        return self.results_dir() / f"seed{seed}" / kind

    def splits(self) -> tuple[str, ...]:
        if self.task == "arithmetic":
            return ("test_id", "test_ood_magnitude", "test_ood_length")
        return ("test_id", "test_ood_magnitude", "test_ood_types")

    def replace(self, **changes: Any) -> ExperimentConfig:
        return dataclasses.replace(self, **changes)

    def with_training(self, **changes: Any) -> ExperimentConfig:
        return dataclasses.replace(self, training=dataclasses.replace(self.training, **changes))


T = TypeVar("T")


def _build(cls: type[T], raw: Any, where: str) -> T:
    """Builds dataclass ``cls`` from a mapping, checking keys and value types."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping, got {type(raw).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}  # type: ignore[arg-type]
    unknown = sorted(set(raw) - set(fields) - {"path", "root"})
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {unknown}; allowed: {sorted(fields)}")
    kwargs: dict[str, Any] = {}
    for name, value in raw.items():
        kwargs[name] = _coerce(fields[name].type, value, f"{where}.{name}")
    return cls(**kwargs)


def _coerce(annotation: Any, value: Any, where: str) -> Any:
    ann = str(annotation)
    nested = {
        "ArithmeticData": ArithmeticData,
        "UnitsData": UnitsData,
        "FormulaData": FormulaData,
        "DataConfig": DataConfig,
        "ModelConfig": ModelConfig,
        "TrainingConfig": TrainingConfig,
        "EvalConfig": EvalConfig,
    }
    if ann in nested:
        return _build(nested[ann], value, where)
    if ann == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
        return value
    if ann == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if ann == "str":
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {value!r}")
        return value
    if ann.startswith("tuple[int, int]") or ann.startswith("tuple[float, float]"):
        if not isinstance(value, list | tuple) or len(value) != 2:
            raise ConfigError(f"{where}: expected a pair [low, high], got {value!r}")
        elem = "int" if "int" in ann else "float"
        lo, hi = (_coerce(elem, v, where) for v in value)
        if lo > hi:
            raise ConfigError(f"{where}: low {lo} is above high {hi}")
        return (lo, hi)
    if ann.startswith("tuple["):
        if not isinstance(value, list | tuple):
            raise ConfigError(f"{where}: expected a list, got {value!r}")
        elem = "int" if "int" in ann else "str"
        return tuple(_coerce(elem, v, where) for v in value)
    if ann.startswith("dict["):
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a mapping, got {value!r}")
        return {str(k): _coerce("float", v, f"{where}.{k}") for k, v in value.items()}
    raise ConfigError(f"{where}: unsupported field type {ann}")  # pragma: no cover


def _validate(cfg: ExperimentConfig) -> None:
    def need(ok: bool, msg: str) -> None:
        if not ok:
            raise ConfigError(f"{cfg.stem}: {msg}")

    need(cfg.task in TASKS, f"task must be one of {TASKS}, got {cfg.task!r}")
    need(len(cfg.models) > 0, "models must name at least one variant")
    for m in cfg.models:
        need(m in MODEL_KINDS, f"unknown model {m!r}; choose from {MODEL_KINDS}")
    need(len(cfg.seeds) > 0, "seeds must not be empty")
    d = cfg.data
    need(d.train_size >= 1 and d.test_size >= 1 and d.val_size >= 1, "split sizes must be >= 1")
    a = d.arithmetic
    need(a.id_range[0] >= 0, "arithmetic.id_range must be non-negative")
    need(a.ood_magnitude_range[0] >= 1, "arithmetic.ood_magnitude_range must be positive")
    need(a.id_ops[0] >= 1 and a.ood_length_ops[0] >= 1, "operation counts must be >= 1")
    need(
        set(a.operators) <= set(OPERATORS) and len(a.operators) > 0,
        f"arithmetic.operators must be a non-empty subset of {OPERATORS}",
    )
    u = d.units
    need(0 < u.id_range[0] and 0 < u.ood_magnitude_range[0], "units ranges must be positive")
    need(
        set(u.categories) <= set(UNIT_CATEGORIES) and sum(u.categories.values()) > 0,
        f"units.categories must weight a subset of {UNIT_CATEGORIES}",
    )
    need(all(v >= 0 for v in u.categories.values()), "units.categories weights must be >= 0")
    need(0.0 < u.ood_types_fraction < 1.0, "units.ood_types_fraction must be in (0, 1)")
    f = d.formula
    need(f.count_range[0] >= 1 and f.ood_count_range[0] >= 1, "formula counts must be >= 1")
    need(
        set(f.categories) <= set(FORMULA_CATEGORIES) and sum(f.categories.values()) > 0,
        f"formula.categories must weight a subset of {FORMULA_CATEGORIES}",
    )
    need(all(v >= 0 for v in f.categories.values()), "formula.categories weights must be >= 0")
    m = cfg.model
    need(m.d_model % m.n_heads == 0, "model.d_model must be divisible by model.n_heads")
    need((m.d_model // m.n_heads) % 2 == 0, "model head width must be even (rotary positions)")
    need(m.n_layers >= 1 and m.d_ff >= 1 and m.pointer_dim >= 1, "model sizes must be >= 1")
    need(0.0 <= m.dropout < 1.0, "model.dropout must be in [0, 1)")
    t = cfg.training
    need(
        t.epochs >= 0 and t.batch_size >= 1 and t.lr > 0,
        "training needs epochs >= 0, batch_size >= 1 and lr > 0",
    )
    need(t.device in ("auto", "cpu", "cuda"), "training.device must be auto, cpu or cuda")
    need(t.checkpoint_every >= 1, "training.checkpoint_every must be >= 1")
    need(0.0 <= t.entry_dropout < 1.0, "training.entry_dropout must be in [0, 1)")
    need(t.patience >= 0, "training.patience must be >= 0")


def find_config(name_or_path: str | Path) -> Path:
    """Resolves ``experiments/configs/X.yaml``, ``X.yaml`` or ``X`` to an existing file."""
    p = Path(name_or_path)
    candidates = [p]
    if not p.suffix:
        candidates.append(p.with_suffix(".yaml"))
    bases = [Path.cwd() / "experiments" / "configs", CONFIGS]
    for base in bases:
        candidates += [base / p.name, base / (p.name if p.suffix else p.name + ".yaml")]
    for c in candidates:
        if c.is_file():
            return c.resolve()
    raise ConfigError(
        f"config {str(name_or_path)!r} not found (looked in the working directory and in "
        f"{', '.join(str(b) for b in bases)})"
    )


def load_config(name_or_path: str | Path) -> ExperimentConfig:
    """Reads and validates a config; raises ConfigError with the offending key."""
    import yaml

    path = find_config(name_or_path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    raw = dict(raw)
    raw.setdefault("name", path.stem)
    if "task" not in raw:
        raise ConfigError(f"{path}: missing required key 'task' (one of {TASKS})")
    cfg = _build(ExperimentConfig, raw, path.stem)
    # experiments/configs/X.yaml -> experiments/
    cfg = dataclasses.replace(cfg, path=path, root=path.parent.parent)
    _validate(cfg)
    return cfg


__all__ = [
    "MODEL_KINDS",
    "TASKS",
    "ConfigError",
    "DataConfig",
    "EvalConfig",
    "ExperimentConfig",
    "ModelConfig",
    "TrainingConfig",
    "find_config",
    "load_config",
]
