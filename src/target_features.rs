//! `cfg(target_feature)`: which target features code may assume. rustc decides it from what the
//! backend says the target CPU has, plus `-Ctarget-feature`; we answer as LLVM would, so that
//! `-Ctarget-cpu` and `-Ctarget-feature` select the same code paths under both backends.
//!
//! SIMD intrinsics are lowered lane by lane whatever the features, so a feature being "on"
//! changes which Rust code is compiled, never what an intrinsic means; Cranelift is told the
//! x86_64 features it can use (`isa.rs`) to pick the instructions LLVM picks.

use std::process::Command;

use rustc_session::Session;
use rustc_span::Symbol;
use rustc_target::spec::Arch;

/// The enabled features, stable and unstable, as `TargetConfig` wants them.
pub(crate) fn cfg_features(sess: &Session) -> (Vec<Symbol>, Vec<Symbol>) {
    let base = cpu_features(sess);
    rustc_codegen_ssa::target_features::cfg_target_feature::<1>(
        sess,
        |feature| smallvec::smallvec![feature],
        |feature| base.iter().any(|f| f == feature),
    )
}

/// The features of the target CPU before `-Ctarget-feature`: the target's baseline, or, for an
/// explicit `-Ctarget-cpu`, what LLVM says that CPU has (the rustc running us links LLVM; we ask
/// it in a child process, once per compilation, only when a CPU is named).
fn cpu_features(sess: &Session) -> Vec<String> {
    let baseline: &[&str] = match sess.target.arch {
        // rustc requires x87; the x86-64 psABI mandates SSE2.
        Arch::X86_64 => &["fxsr", "sse", "sse2", "x87"],
        Arch::AArch64 => &["neon", "outline-atomics"],
        _ => &[],
    };
    let baseline = || baseline.iter().map(|f| (*f).to_owned()).collect();
    let Some(cpu) = &sess.opts.cg.target_cpu else { return baseline() };
    match llvm_cpu_features(sess, cpu) {
        Ok(features) => features,
        Err(err) => {
            sess.dcx().warn(format!(
                "cannot tell the features of target CPU `{cpu}` ({err}); \
                 the Cranelift backend assumes the target's baseline"
            ));
            baseline()
        }
    }
}

fn llvm_cpu_features(sess: &Session, cpu: &str) -> Result<Vec<String>, String> {
    let rustc = std::env::current_exe().map_err(|err| err.to_string())?;
    let output = Command::new(&rustc)
        .args(["--print", "cfg", "--target"])
        .arg(sess.opts.target_triple.tuple())
        .arg(format!("-Ctarget-cpu={cpu}"))
        .env_remove("RUSTC_WRAPPER")
        .output()
        .map_err(|err| format!("cannot run {}: {err}", rustc.display()))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text
        .lines()
        .filter_map(|line| line.strip_prefix("target_feature=\""))
        .filter_map(|rest| rest.strip_suffix('"'))
        .map(str::to_owned)
        .collect())
}
