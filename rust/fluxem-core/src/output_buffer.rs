//! Fresh output buffers for the batch paths (embedding rows). A batch writes n × 128 floats
//! into new memory, and on Linux every 4 KiB page costs a fault and a clear the first time it is
//! written: one fault per 8 f32 rows, about a fifth of a cheap encoder's time. Buffers of
//! 4 MiB or more ask for transparent huge pages (`madvise(MADV_HUGEPAGE)`, as numpy does for its
//! own large arrays), so one fault maps 2 MiB. A hint only: where THP is off, or the call fails,
//! nothing changes, and the values are the same either way. Only for buffers allocated once
//! at their final size: given to a buffer that grows, the hint cost more than it saved (58 ->
//! 47 MB/s on 10 MB, the kernel compacting memory for each grown region).
//!
//! The buffer is not zeroed: every value is written exactly once (the embedding, or zeros for
//! a failed item). Zeroing first cost a memset of the whole output whenever the allocator reused
//! memory (after one large batch freed its output, glibc serves the next from its heap): 50 ns
//! a span, an eighth of a QUANTITY encode.

use crate::batch::Float;

/// Buffers at least this large get the huge-page hint (numpy's threshold).
const HUGE_FROM_BYTES: usize = 4 << 20;

/// `rows` rows of `width` values: for row i, `make_row(scratch, i)` returns its tag (a status)
/// and whether `scratch` holds the row (f64 values, converted on the way in) or the row is
/// zeros. `scratch` is state made by `init`, one per thread (per rayon task). Each value is
/// written exactly once, straight into the new buffer. In parallel over rows (at least 64 per
/// task) when `par`, inside the caller's pool.
pub fn fill_rows<F: Float, S: Copy + Default + Send, W: AsRef<[f64]>>(
    rows: usize,
    width: usize,
    par: bool,
    init: impl Fn() -> W + Sync + Send,
    make_row: impl Fn(&mut W, usize) -> (S, bool) + Sync + Send,
) -> (Vec<F>, Vec<S>) {
    use rayon::prelude::*;
    use std::mem::MaybeUninit;
    assert!(width > 0, "rows of width 0");
    let len = rows * width;
    let mut v: Vec<F> = Vec::with_capacity(len);
    let mut tags = vec![S::default(); rows];
    let spare = &mut v.spare_capacity_mut()[..len];
    advise_huge(spare.as_mut_ptr().cast(), std::mem::size_of_val(spare));
    let fill = |w: &mut W, (i, (row, tag)): (usize, (&mut [MaybeUninit<F>], &mut S))| {
        let (t, filled) = make_row(w, i);
        *tag = t;
        let src = w.as_ref();
        assert_eq!(src.len(), width, "scratch rows have the output's width");
        if filled {
            F::write_row(src, row);
        } else {
            for o in row.iter_mut() {
                o.write(F::default());
            }
        }
    };
    if par {
        spare
            .par_chunks_mut(width)
            .zip(tags.par_iter_mut())
            .enumerate()
            .with_min_len(64)
            .for_each_init(init, fill);
    } else {
        let mut w = init();
        spare
            .chunks_mut(width)
            .zip(tags.iter_mut())
            .enumerate()
            .for_each(|x| fill(&mut w, x));
    }
    // SAFETY: each row above wrote all of its `width` values (the source has exactly `width`,
    // asserted), so all `len` elements are initialised.
    unsafe { v.set_len(len) };
    (v, tags)
}

#[cfg(target_os = "linux")]
fn advise_huge(ptr: *mut u8, bytes: usize) {
    if bytes < HUGE_FROM_BYTES {
        return;
    }
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    let page = if page > 0 { page as usize } else { 4096 };
    // madvise wants a page-aligned start: advise the whole pages inside the allocation
    let start = (ptr as usize).div_ceil(page) * page;
    let end = (ptr as usize + bytes) / page * page;
    if end > start {
        // SAFETY: [start, end) lies inside one live allocation of ours; MADV_HUGEPAGE changes
        // only how the kernel backs those pages, never their contents. Failure is ignored.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_ptr: *mut u8, _bytes: usize) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_holds_what_was_written() {
        let rows_cases = [
            (0, false),
            (1, false),
            (1000, true),
            (HUGE_FROM_BYTES / 512 + 3, true),
        ];
        for (rows, par) in rows_cases {
            let (v, tags): (Vec<f32>, Vec<usize>) = fill_rows(
                rows,
                128,
                par,
                || [0.0f64; 128],
                |w, i| {
                    *w = [0.0; 128];
                    w[i % 128] = i as f64 + 1.0;
                    (i, i % 3 != 2) // every third row is zeros
                },
            );
            assert_eq!(v.len(), rows * 128);
            assert_eq!(tags, (0..rows).collect::<Vec<_>>());
            for (i, row) in v.chunks(128).enumerate() {
                let want = |j: usize| {
                    if j == i % 128 && i % 3 != 2 {
                        i as f32 + 1.0
                    } else {
                        0.0
                    }
                };
                assert!(row.iter().enumerate().all(|(j, &x)| x == want(j)));
            }
        }
    }
}
