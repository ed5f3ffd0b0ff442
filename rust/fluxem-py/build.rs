//! Records whether this build was profile-guided (`scripts/build_pgo.sh` passes
//! `-Cprofile-use` in RUSTFLAGS), so `fluxem._native.BUILD_PGO` and the benches can say which
//! build they measure.
fn main() {
    println!("cargo:rerun-if-env-changed=CARGO_ENCODED_RUSTFLAGS");
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    if flags.split('\x1f').any(|f| f.contains("profile-use")) {
        println!("cargo:rustc-env=FLUXEM_BUILD_PGO=1");
    }
}
