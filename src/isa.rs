//! The Cranelift target ISA for the session's target.

use std::sync::Arc;

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use rustc_session::Session;
use rustc_session::config::OptLevel;
use rustc_span::Symbol;
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

/// The crate's x86_64 target features (`-Ctarget-cpu`, `-Ctarget-feature`) that Cranelift can
/// use, so that it picks the instructions LLVM picks: with SSE4.1, `floor` and the other
/// roundings are `roundss` (which quiets a signaling NaN) instead of libm calls (which keep it).
const X86_FEATURES: &[(&str, &str)] = &[
    ("sse3", "has_sse3"),
    ("ssse3", "has_ssse3"),
    ("sse4.1", "has_sse41"),
    ("sse4.2", "has_sse42"),
    ("popcnt", "has_popcnt"),
    ("lzcnt", "has_lzcnt"),
    ("bmi1", "has_bmi1"),
    ("bmi2", "has_bmi2"),
    ("cmpxchg16b", "has_cmpxchg16b"),
    ("avx", "has_avx"),
    ("avx2", "has_avx2"),
    ("fma", "has_fma"),
    ("avx512f", "has_avx512f"),
    ("avx512vl", "has_avx512vl"),
    ("avx512dq", "has_avx512dq"),
    ("avx512bitalg", "has_avx512bitalg"),
    ("avx512vbmi", "has_avx512vbmi"),
];

/// Whether Cranelift rounds floats (`floor`, `nearest`, ...) with an instruction rather than a
/// libm call: everywhere but on x86_64 without SSE4.1.
pub(crate) fn rounds_natively(sess: &Session) -> bool {
    sess.target.arch != Arch::X86_64
        || sess.unstable_target_features.contains(&Symbol::intern("sse4.1"))
}

/// Whether Cranelift lowers 128-bit atomics itself: on x86_64 with `cmpxchg16b`, as a
/// `lock cmpxchg16b` (in a loop for all but compare-and-swap), which is how LLVM accesses
/// such a location too.
pub(crate) fn has_native_atomics_128(sess: &Session) -> bool {
    sess.target.arch == Arch::X86_64
        && sess.unstable_target_features.contains(&Symbol::intern("cmpxchg16b"))
}

/// Builds the ISA once per module; cheap compared to compiling a CGU.
pub(crate) fn build_isa(sess: &Session) -> Arc<dyn TargetIsa> {
    let triple: target_lexicon::Triple = match sess.target.llvm_target.parse() {
        Ok(triple) => triple,
        Err(err) => sess.dcx().fatal(format!("target triple not understood by Cranelift: {err}")),
    };

    let mut flags = settings::builder();
    let set = |flags: &mut dyn Configurable, name: &str, value: &str| {
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
    // `-Zmin-function-alignment`: every function we define, shims included, as under LLVM.
    if let Some(align) = sess.opts.unstable_opts.min_function_alignment {
        set(&mut flags, "log2_min_function_alignment", &align.bytes().ilog2().to_string());
    }
    let opt = match sess.opts.optimize {
        OptLevel::No => "none",
        _ => "speed",
    };
    set(&mut flags, "opt_level", opt);

    let mut isa_builder = match cranelift_codegen::isa::lookup(triple.clone()) {
        Ok(builder) => builder,
        Err(err) => sess.dcx().fatal(format!(
            "target `{triple}` is not yet supported by the Cranelift backend: {err}"
        )),
    };
    if sess.target.arch == Arch::X86_64 {
        for (feature, setting) in X86_FEATURES {
            if sess.unstable_target_features.contains(&Symbol::intern(feature)) {
                set(&mut isa_builder, setting, "true");
            }
        }
    }
    match isa_builder.finish(settings::Flags::new(flags)) {
        Ok(isa) => isa,
        Err(err) => sess.dcx().fatal(format!("failed to build the Cranelift target ISA: {err}")),
    }
}
