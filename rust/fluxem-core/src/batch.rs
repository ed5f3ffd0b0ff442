//! Batch engine: one call encodes many texts, in parallel over items, into a flat row-major
//! buffer plus one status code per item. A failing item leaves a zero row and its status; a
//! panic inside an encoder is caught per item and reported as `Status::InternalError`.

use crate::layout::{Embedding, EMBED_DIM};
use crate::{parallel, FluxemError, Result, Status};
use std::mem::MaybeUninit;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Output element type of a batch: f32 (default) or f64.
pub trait Float: Copy + Send + Sync + Default + 'static {
    /// The nearest value of this type (f32: rounded to nearest; f64: unchanged).
    fn from_f64(v: f64) -> Self;

    /// Writes `from_f64` of each value of `src` into `dst` (same length).
    fn write_row(src: &[f64], dst: &mut [MaybeUninit<Self>]) {
        for (o, x) in dst.iter_mut().zip(src) {
            o.write(Self::from_f64(*x));
        }
    }
}
impl Float for f32 {
    fn from_f64(v: f64) -> Self {
        v as f32
    }

    /// Four values per instruction where the CPU has AVX (the wheel targets baseline x86-64,
    /// whose SSE2 converts two): the same IEEE rounding either way, so the same bits.
    fn write_row(src: &[f64], dst: &mut [MaybeUninit<Self>]) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx") {
            // SAFETY: the CPU has AVX (checked just above).
            unsafe { write_row_avx(src, dst) };
            return;
        }
        for (o, x) in dst.iter_mut().zip(src) {
            o.write(*x as f32);
        }
    }
}
impl Float for f64 {
    fn from_f64(v: f64) -> Self {
        v
    }
}

/// `Float::write_row` for f32, compiled for AVX (the loop vectorises to `vcvtpd2ps`).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn write_row_avx(src: &[f64], dst: &mut [MaybeUninit<f32>]) {
    for (o, x) in dst.iter_mut().zip(src) {
        o.write(*x as f32);
    }
}

/// Calls `f`, turning a panic into `FluxemError::Internal` so it never unwinds further.
pub fn guarded<R>(f: impl FnOnce() -> Result<R>) -> Result<R> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(FluxemError::Internal {
                message: format!("internal error (please report): {what}"),
            })
        }
    }
}

/// Encodes every item with `encode_one`; returns (n * 128 values, n status codes).
///
/// `encode_one(item, buf)` writes item's embedding into `buf` (a buffer per thread, reused).
/// Row i holds item i's embedding, or zeros when it failed; status i is `Status::Ok` or the
/// error's status. A panic in `encode_one` is caught and reported as `InternalError`.
///
/// ```
/// use fluxem_core::batch::encode_rows;
/// use fluxem_core::domains::default_encoder;
/// use fluxem_core::{Domain, Status, EMBED_DIM};
///
/// let encoder = default_encoder(Domain::Arithmetic).unwrap();
/// let items = ["1 + 2", "2 *", "10 / 4"];
/// let (rows, status) = encode_rows::<_, f32>(&items, true, |t, buf| encoder.encode_into(t, buf));
/// assert_eq!(rows.len(), items.len() * EMBED_DIM);
/// assert_eq!(status, [Status::Ok as u8, Status::ParseError as u8, Status::Ok as u8]);
/// assert!(rows[EMBED_DIM..2 * EMBED_DIM].iter().all(|&v| v == 0.0)); // the failed row
/// ```
pub fn encode_rows<T: Sync, F: Float>(
    items: &[T],
    parallel: bool,
    encode_one: impl Fn(&T, &mut Embedding) -> Result<()> + Sync + Send,
) -> (Vec<F>, Vec<u8>) {
    // one embedding buffer per thread (task), reused; a failed item's row is zeros
    let work = |buf: &mut Embedding, i: usize| -> (u8, bool) {
        match guarded(|| encode_one(&items[i], buf)) {
            Ok(()) => (Status::Ok as u8, true),
            Err(e) => (e.status() as u8, false),
        }
    };
    parallel::run(parallel, |par| {
        crate::output_buffer::fill_rows(items.len(), EMBED_DIM, par, || [0.0; EMBED_DIM], work)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f32_rows_round_as_a_scalar_cast_does() {
        // halfway cases, subnormals, values beyond f32, signed zeros; odd lengths for the tail
        let mut src: Vec<f64> = vec![
            0.0,
            -0.0,
            1.0 + f64::EPSILON,
            1.0 + 2f64.powi(-24), // halfway between two f32: ties to even
            1.0 + 3.0 * 2f64.powi(-24),
            1e-40,
            -1e-45,
            3.5e38,
            -1e300,
            f64::MIN_POSITIVE,
            0.1,
        ];
        let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
        for _ in 0..500 {
            src.push(f64::from_bits(rng.next_u64() >> 2)); // finite values of every magnitude
        }
        for len in [0, 1, 3, 4, 5, 128, src.len()] {
            let mut dst = vec![MaybeUninit::<f32>::uninit(); len];
            f32::write_row(&src[..len], &mut dst);
            for (o, x) in dst.iter().zip(&src) {
                // SAFETY: write_row wrote every element of dst (dst and src[..len] have len)
                let got = unsafe { o.assume_init() };
                assert_eq!(got.to_bits(), (*x as f32).to_bits(), "{x:e}");
            }
        }
    }
}
