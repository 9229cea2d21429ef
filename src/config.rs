//! Options of the backend: environment variables and session settings we react to.

use std::path::PathBuf;

use rustc_middle::ty::TyCtxt;
use rustc_session::config::{
    CFProtection, FunctionReturn, InstrumentMcount, OutputFilenames, OutputType,
};
use rustc_target::spec::{SanitizerSet, StackProtector};

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

/// Refuses outputs this backend cannot produce and warns about instrumentation it does not add,
/// once per crate, before any code is generated: a build that silently lacks the coverage
/// counters or sanitizer checks asked for would look like a clean run.
pub(crate) fn check_session_options(tcx: TyCtxt<'_>) {
    let sess = tcx.sess;
    for (output, flag) in [(OutputType::LlvmAssembly, "llvm-ir"), (OutputType::Bitcode, "llvm-bc")]
    {
        if sess.opts.output_types.contains_key(&output) {
            crate::unsupported::unsupported_here(tcx, format!("`--emit={flag}` (LLVM IR)"));
        }
    }
    let mut ignored = Vec::new();
    if sess.instrument_coverage() {
        ignored.push("`-Cinstrument-coverage`".to_owned());
    }
    if sess.opts.cg.profile_generate.enabled() {
        ignored.push("`-Cprofile-generate`".to_owned());
    }
    // LeakSanitizer needs only its runtime, which rustc links; the others instrument code.
    let sanitizers = sess.sanitizers() - SanitizerSet::LEAK;
    if !sanitizers.is_empty() {
        ignored.push(format!("`-Zsanitizer={sanitizers}`"));
    }
    let unstable = &sess.opts.unstable_opts;
    if unstable.instrument_mcount != InstrumentMcount::Disabled {
        ignored.push("`-Zinstrument-mcount`".to_owned());
    }
    if unstable.instrument_xray.is_some() {
        ignored.push("`-Zinstrument-xray`".to_owned());
    }
    if sess.stack_protector() != StackProtector::None {
        ignored.push(format!("`-Zstack-protector={}`", sess.stack_protector()));
    }
    if unstable.cf_protection != CFProtection::None {
        ignored.push("`-Zcf-protection`".to_owned());
    }
    if unstable.function_return != FunctionReturn::Keep {
        ignored.push("`-Zfunction-return`".to_owned());
    }
    if unstable.retpoline || unstable.retpoline_external_thunk {
        ignored.push("`-Zretpoline`".to_owned());
    }
    if unstable.branch_protection.is_some() {
        ignored.push("`-Zbranch-protection`".to_owned());
    }
    for option in ignored {
        sess.dcx().warn(format!(
            "{option} is not supported by the Cranelift backend: the code is built without that \
             instrumentation"
        ));
    }
}
