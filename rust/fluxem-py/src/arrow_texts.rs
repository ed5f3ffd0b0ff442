//! Zero-copy text input from Arrow: a string column read in place from its buffers through the
//! Arrow C Data Interface (`__arrow_c_array__`, the PyCapsule protocol), with no Python `str`
//! per document. `utf8` (`u`, i32 offsets), `large_utf8` (`U`, i64 offsets) and `utf8_view`
//! (`vu`) are read; each value is checked to be UTF-8 (an invalid one is that item's
//! `ParseError` status, as a lone surrogate is for a `str`); nulls are a `TypeError`.

use fluxem_core::FluxemError;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};
use std::ffi::{c_char, c_void, CStr};

/// `struct ArrowSchema` of the C Data Interface.
#[repr(C)]
struct ArrowSchema {
    format: *const c_char,
    name: *const c_char,
    metadata: *const c_char,
    flags: i64,
    n_children: i64,
    children: *mut *mut ArrowSchema,
    dictionary: *mut ArrowSchema,
    release: Option<unsafe extern "C" fn(*mut ArrowSchema)>,
    private_data: *mut c_void,
}

/// `struct ArrowArray` of the C Data Interface.
#[repr(C)]
struct ArrowArray {
    length: i64,
    null_count: i64,
    offset: i64,
    n_buffers: i64,
    n_children: i64,
    buffers: *mut *const c_void,
    children: *mut *mut ArrowArray,
    dictionary: *mut ArrowArray,
    release: Option<unsafe extern "C" fn(*mut ArrowArray)>,
    private_data: *mut c_void,
}

/// One document of an Arrow column: its text, or the error its status reports.
pub struct ArrowText<'a>(pub Result<&'a str, FluxemError>);

impl AsRef<str> for ArrowText<'_> {
    fn as_ref(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }
}

/// An exported Arrow string array: the capsules keep its buffers alive (their destructors
/// call the producer's release callbacks) while the texts borrow them.
pub struct ArrowStrings<'py> {
    _schema: Bound<'py, PyCapsule>,
    array: Bound<'py, PyCapsule>,
    kind: Kind,
}

#[derive(Clone, Copy)]
enum Kind {
    Utf8,
    LargeUtf8,
    Utf8View,
}

fn bad(what: String) -> PyErr {
    PyTypeError::new_err(what)
}

impl<'py> ArrowStrings<'py> {
    /// The string array behind `obj`'s `__arrow_c_array__`, None when `obj` has none.
    pub fn of(obj: &Bound<'py, PyAny>) -> PyResult<Option<Self>> {
        let Ok(export) = obj.getattr("__arrow_c_array__") else {
            return Ok(None);
        };
        let pair = export.call0()?;
        let pair = pair.cast::<PyTuple>()?;
        let schema = pair.get_item(0)?.cast_into::<PyCapsule>()?;
        let array = pair.get_item(1)?.cast_into::<PyCapsule>()?;
        // SAFETY: a capsule named "arrow_schema" holds an ArrowSchema (the protocol's contract)
        let s = unsafe { &*(capsule_pointer(&schema, c"arrow_schema")? as *const ArrowSchema) };
        if s.release.is_none() || s.format.is_null() {
            return Err(bad("the Arrow schema was already released".into()));
        }
        // SAFETY: format is a NUL-terminated string owned by the live schema
        let format = unsafe { CStr::from_ptr(s.format) }.to_bytes();
        let kind = match format {
            b"u" => Kind::Utf8,
            b"U" => Kind::LargeUtf8,
            b"vu" => Kind::Utf8View,
            other => {
                return Err(bad(format!(
                    "expected an Arrow array of strings, got format {:?}",
                    String::from_utf8_lossy(other)
                )))
            }
        };
        let me = ArrowStrings {
            _schema: schema,
            array,
            kind,
        };
        let a = me.raw()?;
        if a.null_count != 0 {
            return Err(bad(
                "the arrow array has null entries; fill or drop them first".into(),
            ));
        }
        // utf8: validity, offsets, data; utf8_view: validity, views, data..., variadic sizes
        if a.length < 0 || a.offset < 0 || a.n_buffers < 3 || a.buffers.is_null() {
            return Err(bad("malformed Arrow string array".into()));
        }
        Ok(Some(me))
    }

    fn raw(&self) -> PyResult<&ArrowArray> {
        let p = capsule_pointer(&self.array, c"arrow_array")? as *const ArrowArray;
        // SAFETY: a capsule named "arrow_array" holds an ArrowArray that lives with it
        let a = unsafe { &*p };
        if a.release.is_none() {
            return Err(bad("the Arrow array was already released".into()));
        }
        Ok(a)
    }

    /// The documents, borrowed from the Arrow buffers (each checked to be UTF-8).
    pub fn texts(&self) -> PyResult<Vec<ArrowText<'_>>> {
        let a = self.raw()?;
        let (n, off) = (a.length as usize, a.offset as usize);
        // SAFETY: n_buffers pointers, as the producer exported them
        let bufs = unsafe { std::slice::from_raw_parts(a.buffers, a.n_buffers as usize) };
        let bytes_of = |lo: usize, hi: usize, data: *const c_void| -> &[u8] {
            if hi <= lo || data.is_null() {
                return &[];
            }
            // SAFETY: lo..hi lies inside the data buffer (offsets index it, checked to ascend)
            unsafe { std::slice::from_raw_parts((data as *const u8).add(lo), hi - lo) }
        };
        let mut out = Vec::with_capacity(n);
        match self.kind {
            Kind::Utf8 | Kind::LargeUtf8 => {
                if n == 0 {
                    return Ok(out);
                }
                if bufs[1].is_null() {
                    return Err(bad("malformed Arrow string array: no offsets".into()));
                }
                let at = |i: usize| -> i64 {
                    // SAFETY: the offsets buffer holds offset + length + 1 entries
                    unsafe {
                        match self.kind {
                            Kind::Utf8 => i64::from(*(bufs[1] as *const i32).add(i)),
                            _ => *(bufs[1] as *const i64).add(i),
                        }
                    }
                };
                let mut lo = at(off);
                for i in 0..n {
                    let hi = at(off + i + 1);
                    if lo < 0 || hi < lo {
                        return Err(bad("malformed Arrow string array: offsets".into()));
                    }
                    out.push(utf8(bytes_of(lo as usize, hi as usize, bufs[2]), i));
                    lo = hi;
                }
            }
            Kind::Utf8View => {
                let data = &bufs[2..bufs.len() - 1];
                // the last buffer holds each data buffer's byte length (int64): views are
                // checked against it, so a malformed producer cannot point past a buffer
                let sizes = bufs[bufs.len() - 1] as *const i64;
                if !data.is_empty() && sizes.is_null() {
                    return Err(bad("malformed Arrow string view: no buffer sizes".into()));
                }
                let size_of = |b: usize| -> usize {
                    // SAFETY: one int64 per data buffer (the C Data Interface's layout)
                    unsafe { *sizes.add(b) }.max(0) as usize
                };
                for i in 0..n {
                    // SAFETY: the views buffer holds offset + length 16-byte views
                    let view = unsafe { *(bufs[1] as *const [u8; 16]).add(off + i) };
                    let len = i32::from_le_bytes(view[0..4].try_into().expect("4 bytes"));
                    let text: &[u8] = if len <= 12 {
                        let len = len.max(0) as usize;
                        let p = (bufs[1] as *const u8).wrapping_add((off + i) * 16 + 4);
                        // SAFETY: inline data lives in the view itself, inside the buffer
                        unsafe { std::slice::from_raw_parts(p, len) }
                    } else {
                        let b = i32::from_le_bytes(view[8..12].try_into().expect("4 bytes"));
                        let o = i32::from_le_bytes(view[12..16].try_into().expect("4 bytes"));
                        let Some(b) = usize::try_from(b).ok().filter(|&b| b < data.len()) else {
                            return Err(bad("malformed Arrow string view".into()));
                        };
                        let (lo, hi) = (o.max(0) as usize, o.max(0) as usize + len as usize);
                        if hi > size_of(b) {
                            return Err(bad("malformed Arrow string view: past its buffer".into()));
                        }
                        bytes_of(lo, hi, data[b])
                    };
                    out.push(utf8(text, i));
                }
            }
        }
        Ok(out)
    }
}

fn utf8(bytes: &[u8], i: usize) -> ArrowText<'_> {
    ArrowText(std::str::from_utf8(bytes).map_err(|e| {
        FluxemError::parse(
            format!(
                "document {i} is not UTF-8 (invalid byte at {})",
                e.valid_up_to()
            ),
            0,
        )
    }))
}

fn capsule_pointer(c: &Bound<'_, PyCapsule>, name: &CStr) -> PyResult<*mut c_void> {
    let p = c.pointer_checked(Some(name))?;
    Ok(p.as_ptr())
}
