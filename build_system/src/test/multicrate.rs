//! The `multicrate` suite: a library and a binary crate built by either
//! backend must link and behave like the all-LLVM build, which checks that
//! our object files and symbol names interoperate with LLVM's.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use super::Verdict;
use super::compare::{self, Labels};
use super::context::{Backend, COMPILE_TIMEOUT, Context, RUN_TIMEOUT};
use super::directives::Directives;
use crate::utils::{Outcome, Result};

/// Crate name of every case's `lib.rs`; `main.rs` refers to it as `mylib`.
const LIB_NAME: &str = "mylib";

/// (library, binary) backends checked against the all-LLVM build.
const COMBINATIONS: [(Backend, Backend); 3] = [
    (Backend::Clif, Backend::Llvm),
    (Backend::Llvm, Backend::Clif),
    (Backend::Clif, Backend::Clif),
];

const STDERR_LINES: usize = 40;

fn combination(lib: Backend, bin: Backend) -> String {
    format!("{}-lib+{}-bin", lib.name(), bin.name())
}

/// Test names of one case, in the order [`run`] reports them.
pub fn names(base: &str) -> Vec<String> {
    COMBINATIONS.iter().map(|&(lib, bin)| format!("{base}/{}", combination(lib, bin))).collect()
}

/// Runs all combinations of the case in `case_dir`; one verdict per name.
pub fn run(ctx: &Context, base: &str, case_dir: &Path) -> Vec<Verdict> {
    match prepare(ctx, base, case_dir) {
        Ok(Prepared::Skip(reason)) => vec![Verdict::Skip(reason); COMBINATIONS.len()],
        Ok(Prepared::Ready(case, expected)) => COMBINATIONS
            .iter()
            .map(|&(lib, bin)| {
                if ctx.clif_sysroot && lib != bin {
                    // Each backend's side has its own std then; crates link against one.
                    return Verdict::Skip("mixed backends need one std (--sysroot clif)".into());
                }
                case.check(ctx, &expected, lib, bin).unwrap_or_else(Verdict::Fail)
            })
            .collect(),
        Err(message) => vec![Verdict::Fail(message); COMBINATIONS.len()],
    }
}

enum Prepared {
    Skip(String),
    /// The case and the output of its all-LLVM build, the oracle.
    Ready(Case, Outcome),
}

struct Case {
    dir: PathBuf,
    lib_rs: PathBuf,
    main_rs: PathBuf,
    lib_flags: Vec<String>,
    main_flags: Vec<String>,
    run_args: Vec<String>,
}

/// Reads the directives and builds and runs the all-LLVM baseline.
fn prepare(ctx: &Context, base: &str, case_dir: &Path) -> Result<Prepared> {
    let lib_rs = case_dir.join("lib.rs");
    let main_rs = case_dir.join("main.rs");
    let lib = Directives::load(&lib_rs)?;
    let main = Directives::load(&main_rs)?;
    lib.allow_only(&["compile-flags", "skip", "only-arch"])?;
    main.allow_only(&["compile-flags", "run-args", "skip", "only-arch"])?;
    if let Some(reason) = lib.skip_reason(ctx.arch()).or(main.skip_reason(ctx.arch())) {
        return Ok(Prepared::Skip(reason));
    }

    let case = Case {
        dir: ctx.scratch(base)?,
        lib_rs,
        main_rs,
        lib_flags: lib.compile_flags,
        main_flags: main.compile_flags,
        run_args: main.run_args,
    };
    let exe = case
        .build(ctx, Backend::Llvm, Backend::Llvm)
        .map_err(|e| format!("oracle did not compile: {e}"))?;
    let mut expected = ctx.run_program(&exe, &case.run_args, &case.dir, false)?;
    compare::normalize(&mut expected, false);
    if expected.status.is_none() {
        return Err(format!("oracle timed out after {}s", RUN_TIMEOUT.as_secs()));
    }
    Ok(Prepared::Ready(case, expected))
}

impl Case {
    fn check(
        &self,
        ctx: &Context,
        expected: &Outcome,
        lib: Backend,
        bin: Backend,
    ) -> Result<Verdict> {
        let exe = self.build(ctx, lib, bin)?;
        let mut actual = ctx.run_program(&exe, &self.run_args, &self.dir, false)?;
        compare::normalize(&mut actual, false);
        let name = combination(lib, bin);
        let labels = Labels { expected: "llvm-lib+llvm-bin", actual: &name };
        let problems = compare::differences(expected, &actual, &labels, RUN_TIMEOUT);
        if problems.is_empty() { Ok(Verdict::Pass) } else { Err(problems.join("\n")) }
    }

    /// Builds the library with `lib` (once per backend) and the binary with
    /// `bin` against it; returns the executable.
    fn build(&self, ctx: &Context, lib: Backend, bin: Backend) -> Result<PathBuf> {
        let lib_dir = self.dir.join(format!("lib-{}", lib.name()));
        let rlib = lib_dir.join(format!("lib{LIB_NAME}.rlib"));
        if !rlib.exists() {
            // In its own directory, from a relative path, as cargo compiles a workspace member
            // or `-Zbuild-std` the standard library: the library's files are then relative to
            // a working directory that is not the binary's.
            let (source_dir, file_name) = split_path(&self.lib_rs)?;
            let mut args: Vec<OsString> = vec![file_name.into()];
            args.extend(["--crate-type", "rlib", "--crate-name", LIB_NAME].map(OsString::from));
            args.extend(self.lib_flags.iter().map(OsString::from));
            args.extend(["--out-dir".into(), lib_dir.clone().into()]);
            let outcome = ctx.compile(lib, source_dir, args)?;
            check_compile("lib.rs", lib, &outcome)?;
        }

        let exe = self.dir.join(combination(lib, bin));
        let mut args: Vec<OsString> = vec![self.main_rs.clone().into()];
        args.extend(self.main_flags.iter().map(OsString::from));
        let mut dependency = OsString::from("dependency=");
        dependency.push(&lib_dir);
        let mut extern_arg = OsString::from(format!("{LIB_NAME}="));
        extern_arg.push(&rlib);
        args.extend(["-L".into(), dependency, "--extern".into(), extern_arg]);
        args.extend(["-o".into(), exe.clone().into()]);
        let outcome = ctx.compile(bin, &self.dir, args)?;
        check_compile("main.rs", bin, &outcome)?;
        Ok(exe)
    }
}

fn split_path(path: &Path) -> Result<(&Path, &OsStr)> {
    match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => Ok((dir, name)),
        _ => Err(format!("{} has no directory and file name", path.display())),
    }
}

fn check_compile(file: &str, backend: Backend, outcome: &Outcome) -> Result<()> {
    if outcome.success() {
        return Ok(());
    }
    Err(format!(
        "{file} failed to compile with {} ({}):\n{}",
        backend.name(),
        outcome.show_status(COMPILE_TIMEOUT),
        compare::head(&outcome.stderr, STDERR_LINES)
    ))
}
