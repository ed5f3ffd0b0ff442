//! Fresh output buffers for the batch paths (embedding rows). A batch writes n × 128 floats
//! into new memory, and on Linux every 4 KiB page costs a fault and a clear the first time it is
//! written: one fault per 8 f32 rows, about a fifth of a cheap encoder's time. Buffers of
//! 4 MiB or more ask for transparent huge pages (`madvise(MADV_HUGEPAGE)`, as numpy does for its
//! own large arrays), so one fault maps 2 MiB. A hint only: where THP is off, or the call fails,
//! nothing changes, and the values are the same either way. Only for buffers allocated once
//! at their final size: given to a buffer that grows (`segment_batch`'s one-thread rows), the
//! hint cost more than it saved (58 -> 47 MB/s on 10 MB, the kernel compacting memory for
//! each grown region).

use crate::batch::Float;

/// Buffers at least this large get the huge-page hint (numpy's threshold).
const HUGE_FROM_BYTES: usize = 4 << 20;

/// `len` zeros, for rows written once each.
pub fn zeroed<F: Float>(len: usize) -> Vec<F> {
    let mut v = vec![F::default(); len];
    advise_huge(v.as_mut_ptr().cast(), std::mem::size_of_val(v.as_slice()));
    v
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
    fn buffers_are_zeroed() {
        for len in [0, 1, 1000, (HUGE_FROM_BYTES / 4) + 3] {
            let z: Vec<f32> = zeroed(len);
            assert_eq!(z.len(), len);
            assert!(z.iter().all(|&v| v == 0.0));
        }
    }
}
