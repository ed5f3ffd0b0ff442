//! `cargo fuzz run decode`: the invariants of `fluxem_core::fuzzing::check_decode` on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| fluxem_core::fuzzing::check_decode(data));
