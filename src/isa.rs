//! The Cranelift target ISA for the session's target.

use std::sync::Arc;

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use rustc_session::Session;
use rustc_session::config::OptLevel;
use rustc_target::spec::{Arch, Os};

/// Stops compilation early for targets we do not generate code for.
pub(crate) fn check_target(sess: &Session) {
    let supported =
        matches!(sess.target.arch, Arch::X86_64 | Arch::AArch64) && sess.target.os == Os::Linux;
    if !supported {
        sess.dcx().fatal(format!(
            "target `{}` is not yet supported by the Cranelift backend \
             (supported: x86_64 and aarch64 Linux)",
            sess.opts.target_triple
        ));
    }
}

/// Builds the ISA once per module; cheap compared to compiling a CGU.
pub(crate) fn build_isa(sess: &Session) -> Arc<dyn TargetIsa> {
    let triple: target_lexicon::Triple = match sess.target.llvm_target.parse() {
        Ok(triple) => triple,
        Err(err) => sess.dcx().fatal(format!("target triple not understood by Cranelift: {err}")),
    };

    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, name: &str, value: &str| {
        if let Err(err) = flags.set(name, value) {
            sess.dcx().fatal(format!("Cranelift setting `{name}={value}`: {err}"));
        }
    };
    set(&mut flags, "is_pic", "true");
    set(
        &mut flags,
        "enable_verifier",
        if crate::config::verifier_enabled() { "true" } else { "false" },
    );
    // i128 arguments and returns follow the SysV/AAPCS conventions only with this on.
    set(&mut flags, "enable_llvm_abi_extensions", "true");
    set(&mut flags, "preserve_frame_pointers", "true");
    set(&mut flags, "unwind_info", "true");
    set(&mut flags, "tls_model", "elf_gd");
    // Libcalls (`fmaf`, `ceil` without SSE4.1, ...) as `call sym@PLT`: see `base::import_callee`.
    set(&mut flags, "use_colocated_libcalls", "true");
    set(&mut flags, "enable_probestack", "true");
    set(&mut flags, "probestack_strategy", "inline");
    let opt = match sess.opts.optimize {
        OptLevel::No => "none",
        _ => "speed",
    };
    set(&mut flags, "opt_level", opt);

    let isa_builder = match cranelift_codegen::isa::lookup(triple.clone()) {
        Ok(builder) => builder,
        Err(err) => sess.dcx().fatal(format!(
            "target `{triple}` is not yet supported by the Cranelift backend: {err}"
        )),
    };
    match isa_builder.finish(settings::Flags::new(flags)) {
        Ok(isa) => isa,
        Err(err) => sess.dcx().fatal(format!("failed to build the Cranelift target ISA: {err}")),
    }
}
