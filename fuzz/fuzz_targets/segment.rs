//! `cargo fuzz run segment`: the invariants of `fluxem_core::fuzzing::check_segment` on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| fluxem_core::fuzzing::check_segment(data));
