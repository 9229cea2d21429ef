//! Options of the backend: environment variables and session settings we react to.

use std::path::PathBuf;

use rustc_session::config::OutputFilenames;

/// `CG_CLIF_DUMP=1` writes every function's CLIF into `<out-dir>/<crate>.clif-dump/<symbol>.clif`
/// (not `<crate>.clif`: that may be the output itself, as in `-o prog.clif`).
pub(crate) fn clif_dump_dir(outputs: &OutputFilenames) -> Option<PathBuf> {
    match std::env::var("CG_CLIF_DUMP").as_deref() {
        Ok("1") => Some(outputs.with_extension("clif-dump")),
        _ => None,
    }
}

/// The Cranelift verifier runs in debug builds of the backend or with `CG_CLIF_VERIFY=1`.
pub(crate) fn verifier_enabled() -> bool {
    cfg!(debug_assertions) || std::env::var("CG_CLIF_VERIFY").as_deref() == Ok("1")
}
