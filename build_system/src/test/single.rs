//! Suites of single-file programs (`examples`, `run`, `run-opt`, `harness`, `debuginfo`):
//! compile with both backends, run both, and require identical behaviour.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use super::Verdict;
use super::compare::{self, Labels};
use super::context::{Backend, COMPILE_TIMEOUT, Context, RUN_TIMEOUT};
use super::directives::Directives;
use crate::utils::{Outcome, Result, ResultExt, fresh_dir};

/// Compiler stderr lines shown when a compile fails.
const STDERR_LINES: usize = 40;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A program with `main`.
    Program,
    /// A program with `main`, built with `-Copt-level=2`.
    Optimized,
    /// A libtest harness (`--test`), run on one thread for stable output.
    Harness,
    /// A program built with `-g`, run with `RUST_BACKTRACE=1` so backtraces are compared, and
    /// debugged by the `gdb` script of the same name if there is one.
    Debug,
}

pub fn run(ctx: &Context, name: &str, source: &Path, mode: Mode) -> Result<Verdict> {
    let directives = Directives::load(source)?;
    directives.allow_only(&[
        "compile-flags",
        "clif-env",
        "run-args",
        "skip",
        "skip-opt",
        "only-arch",
        "reproducible",
    ])?;
    if let Some(reason) = directives.skip_reason(ctx.arch()) {
        return Ok(Verdict::Skip(reason));
    }
    if let (Mode::Optimized, Some(reason)) = (mode, &directives.skip_opt) {
        return Ok(Verdict::Skip(reason.clone()));
    }

    let dir = ctx.scratch(name)?;
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    let compile_in = |out_dir: &Path, backend: Backend| -> Result<(PathBuf, Outcome)> {
        let exe = out_dir.join(format!("{stem}.{}", backend.name()));
        let mut args: Vec<OsString> = vec![source.into()];
        args.extend(directives.compile_flags.iter().map(OsString::from));
        match mode {
            Mode::Harness => args.push("--test".into()),
            Mode::Debug => args.push("-g".into()),
            Mode::Optimized => args.push("-Copt-level=2".into()),
            Mode::Program => {}
        }
        args.extend(["-o".into(), exe.clone().into()]);
        Ok((exe, ctx.compile_with_env(backend, &dir, args, &directives.clif_env)?))
    };
    let compile = |backend: Backend| compile_in(&dir, backend);

    let (llvm_exe, llvm) = compile(Backend::Llvm)?;
    if !llvm.success() {
        return Err(format!(
            "oracle did not compile ({}):\n{}",
            llvm.show_status(COMPILE_TIMEOUT),
            compare::head(&llvm.stderr, STDERR_LINES)
        ));
    }
    let (clif_exe, clif) = compile(Backend::Clif)?;
    if !clif.success() {
        return Err(format!(
            "compile failed ({}):\n{}",
            clif.show_status(COMPILE_TIMEOUT),
            compare::head(&clif.stderr, STDERR_LINES)
        ));
    }
    if directives.reproducible {
        // The same file name and working directory: only the compile may differ.
        let again = dir.join("again");
        fresh_dir(&again)?;
        let (second_exe, second) = compile_in(&again, Backend::Clif)?;
        if !second.success() {
            return Err(format!(
                "the second compile failed ({})",
                second.show_status(COMPILE_TIMEOUT)
            ));
        }
        let read =
            |path: &Path| fs::read(path).context(|| format!("cannot read {}", path.display()));
        let (first, second) = (read(&clif_exe)?, read(&second_exe)?);
        if first != second {
            let differing = first.iter().zip(&second).filter(|(a, b)| a != b).count();
            return Err(format!(
                "compiling twice gave different programs: {} and {} bytes, {differing} differing",
                first.len(),
                second.len()
            ));
        }
    }

    let mut args = directives.run_args.clone();
    if mode == Mode::Harness {
        args.insert(0, "--test-threads=1".into());
    }
    let backtrace = mode == Mode::Debug;
    let mut expected = ctx.run_program(&llvm_exe, &args, &dir, backtrace)?;
    if expected.status.is_none() {
        return Err(format!("oracle timed out after {}s", RUN_TIMEOUT.as_secs()));
    }
    let mut actual = ctx.run_program(&clif_exe, &args, &dir, backtrace)?;
    for outcome in [&mut expected, &mut actual] {
        compare::normalize(outcome, mode == Mode::Harness);
    }

    let labels = Labels { expected: "llvm", actual: "clif" };
    let mut problems = compare::differences(&expected, &actual, &labels, RUN_TIMEOUT);
    let script = source.with_extension("gdb");
    if mode == Mode::Debug && problems.is_empty() && script.is_file() {
        let session = |exe: &Path| -> Result<Outcome> {
            let mut outcome = ctx.debug_program(exe, &script, &dir)?;
            let name = exe.file_name().unwrap_or_default().to_string_lossy();
            outcome.stdout = compare::normalize_debugger(&outcome.stdout, &name);
            outcome.stderr = compare::normalize_debugger(&outcome.stderr, &name);
            Ok(outcome)
        };
        let (expected, actual) = (session(&llvm_exe)?, session(&clif_exe)?);
        let labels = Labels { expected: "llvm gdb", actual: "clif gdb" };
        problems = compare::differences(&expected, &actual, &labels, RUN_TIMEOUT);
    }
    if problems.is_empty() { Ok(Verdict::Pass) } else { Err(problems.join("\n")) }
}
