//! The thread pool behind every batch call.
//!
//! One rayon pool, built lazily on first parallel use with `FLUXEM_NUM_THREADS` threads (default:
//! all cores). Its creator's pid is remembered: in a process forked after the pool existed (a
//! DataLoader worker, a `multiprocessing` fork) the pool's threads do not exist, so batches run
//! sequentially there instead of waiting forever on a dead pool. Results never depend on the
//! thread count: each item is computed on its own, with no parallel reductions.

use std::sync::OnceLock;

static POOL: OnceLock<Option<(u32, rayon::ThreadPool)>> = OnceLock::new();

/// Most threads per available core `FLUXEM_NUM_THREADS` may ask for: more only costs thread
/// start-up (100,000 threads took minutes before the first batch ran).
pub const MAX_THREADS_PER_CORE: usize = 4;

fn available_cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// `FLUXEM_NUM_THREADS` as written (>= 1), before the cap; None when unset or not a count.
pub fn requested_threads() -> Option<usize> {
    std::env::var("FLUXEM_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n >= 1)
}

/// Threads to use, from `FLUXEM_NUM_THREADS` (>= 1, capped at `MAX_THREADS_PER_CORE` times
/// the available cores; the Python package warns when it caps), else the available cores.
pub fn configured_threads() -> usize {
    let cap = MAX_THREADS_PER_CORE * available_cores();
    requested_threads().map_or_else(available_cores, |n| n.min(cap))
}

fn pool() -> Option<&'static rayon::ThreadPool> {
    let entry = POOL.get_or_init(|| {
        let n = configured_threads();
        if n <= 1 {
            return None;
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .thread_name(|i| format!("fluxem-{i}"))
            .build()
            .ok()
            .map(|p| (std::process::id(), p))
    });
    match entry {
        Some((pid, p)) if *pid == std::process::id() => Some(p),
        _ => None, // single-threaded by configuration, or a forked child
    }
}

/// Whether a batch call would run in parallel right now (for tests and diagnostics).
pub fn is_parallel_available() -> bool {
    pool().is_some()
}

/// Runs `f` inside the pool when `parallel` is requested and available, else on this thread.
/// Inside `f`, rayon parallel iterators use the pool; outside it they would use rayon's global
/// pool, which fluxem never starts.
pub fn run<R: Send>(parallel: bool, f: impl FnOnce(bool) -> R + Send) -> R {
    match (parallel, pool()) {
        (true, Some(p)) => p.install(|| f(true)),
        _ => f(false),
    }
}
