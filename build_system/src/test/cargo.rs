//! The `cargo` suite: whole cargo projects under tests/cargo/, built, run and
//! tested (`cargo test`) with the LLVM toolchain's cargo and with
//! dist/bin/cargo-clif.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::compare::{self, Labels};
use super::context::{Backend, CARGO_BUILD_TIMEOUT, Context, RUN_TIMEOUT};
use super::{Verdict, installed};
use crate::dirs::Dirs;
use crate::utils::{Outcome, Result, ResultExt, fresh_dir, run_with_timeout, sorted_entries};

const STDERR_LINES: usize = 40;

/// `cargo run` checks freshness before running; allow for that on top of
/// the program's own limit.
const CARGO_RUN_TIMEOUT: Duration = RUN_TIMEOUT.saturating_add(Duration::from_secs(60));

/// Project directories: every tests/cargo/<name>/ with a Cargo.toml.
pub fn projects(dirs: &Dirs) -> Result<Vec<PathBuf>> {
    Ok(sorted_entries(&dirs.tests().join("cargo"))?
        .into_iter()
        .filter(|dir| dir.join("Cargo.toml").is_file())
        .collect())
}

/// Marks a project that links the toolchain's `libstd.so` (`-Cprefer-dynamic`): the sysroots
/// built here for cross targets and by our backend hold rlibs only.
const HOST_STD_MARKER: &str = "needs-host-std";

pub fn run(ctx: &Context, name: &str, project: &Path) -> Result<Verdict> {
    if project.join(HOST_STD_MARKER).is_file() && (ctx.cross.is_some() || ctx.clif_sysroot) {
        return Ok(Verdict::Skip(
            "links the standard library's shared object, which only the \
            toolchain's own std for the host has"
                .into(),
        ));
    }
    // The project's own directory is used in place so path dependencies
    // work; the scratch directory is the programs' working directory.
    let cwd = ctx.scratch(name)?;
    let project_name = project.file_name().unwrap_or_default();
    for (round, args) in profiles(project)?.into_iter().enumerate() {
        let shown = if args.is_empty() { String::new() } else { format!(" {}", args.join(" ")) };
        let expected = build_and_run(ctx, Backend::Llvm, project, project_name, &cwd, &args)
            .map_err(|e| format!("oracle{shown}: {e}"))?;
        let actual = build_and_run(ctx, Backend::Clif, project, project_name, &cwd, &args)
            .map_err(|e| format!("cargo{shown}: {e}"))?;
        compare_stdout(&expected.run, &actual.run, false, &format!("run{shown}"))?;
        compare_stdout(&expected.test, &actual.test, true, &format!("test{shown}"))?;
        // The installed backend serves the host only, from the toolchain's own std.
        if round == 0
            && project.join(installed::MARKER).is_file()
            && ctx.cross.is_none()
            && !ctx.clif_sysroot
        {
            let name = project_name.to_string_lossy();
            let (run, test) = installed::build_and_run(ctx, project, &name, &cwd)?;
            compare_stdout(&expected.run, &run, false, "run with the installed backend")?;
            compare_stdout(&expected.test, &test, true, "test with the installed backend")?;
        }
    }
    Ok(Verdict::Pass)
}

/// The cargo arguments each round of build, run and test uses: none, then each line of the
/// project's optional `extra-runs` file (e.g. `--release`).
fn profiles(project: &Path) -> Result<Vec<Vec<String>>> {
    let mut rounds = vec![Vec::new()];
    let extra = project.join("extra-runs");
    if extra.is_file() {
        let text =
            fs::read_to_string(&extra).context(|| format!("cannot read {}", extra.display()))?;
        rounds.extend(
            text.lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| line.split_whitespace().map(str::to_owned).collect()),
        );
    }
    Ok(rounds)
}

/// Program stderr is mixed with cargo's own messages; compare stdout and
/// exit status only.
fn compare_stdout(expected: &Outcome, actual: &Outcome, harness: bool, what: &str) -> Result<()> {
    let labels = Labels { expected: "llvm", actual: "clif" };
    let stdout_only = |o: &Outcome| {
        let mut o = Outcome { stderr: Vec::new(), ..o.clone() };
        compare::normalize(&mut o, harness);
        o
    };
    let (old, new) = (stdout_only(expected), stdout_only(actual));
    let problems = compare::differences(&old, &new, &labels, CARGO_RUN_TIMEOUT);
    if problems.is_empty() {
        return Ok(());
    }
    let stderr = compare::head(&actual.stderr, STDERR_LINES);
    Err(format!("cargo {what}: {}\nstderr of clif {what}:\n{stderr}", problems.join("\n")))
}

/// What `cargo run` and `cargo test` did for one backend.
struct Runs {
    run: Outcome,
    test: Outcome,
}

/// `cargo build`, then `cargo run -q`, then `cargo test -q` on one thread:
/// building first keeps a compile error from being mistaken for a program's
/// exit code 101.
fn build_and_run(
    ctx: &Context,
    backend: Backend,
    project: &Path,
    project_name: &OsStr,
    cwd: &Path,
    args: &[String],
) -> Result<Runs> {
    let target_dir =
        ctx.scratch_root().join(format!("cargo-{}", backend.name())).join(project_name);
    let manifest = project.join("Cargo.toml");
    // With a lockfile, dependencies were fetched by `prepare`: stay offline
    // and never rewrite the lockfile in tests/.
    let lock_flags: &[&str] =
        if project.join("Cargo.lock").is_file() { &["--locked", "--offline"] } else { &[] };

    if backend == Backend::Clif {
        discard_if_stale(ctx, &target_dir)?;
    }

    let mut build = ctx.cargo(backend, &target_dir, cwd);
    build.arg("build").args(args).arg("--manifest-path").arg(&manifest).args(lock_flags);
    let built = run_with_timeout(&mut build, CARGO_BUILD_TIMEOUT)?;
    if !built.success() {
        return Err(format!(
            "cargo build with {} failed ({}):\n{}",
            backend.name(),
            built.show_status(CARGO_BUILD_TIMEOUT),
            compare::head(&built.stderr, STDERR_LINES)
        ));
    }

    let mut run = ctx.cargo(backend, &target_dir, cwd);
    run.args(["run", "-q"]).args(args).arg("--manifest-path").arg(&manifest).args(lock_flags);
    let run = run_with_timeout(&mut run, CARGO_RUN_TIMEOUT)?;

    let mut test = ctx.cargo(backend, &target_dir, cwd);
    test.args(["test", "-q"]).args(args).arg("--manifest-path").arg(&manifest).args(lock_flags);
    test.args(["--", "--test-threads=1"]);
    let test = run_with_timeout(&mut test, CARGO_BUILD_TIMEOUT)?;
    Ok(Runs { run, test })
}

/// Empties `target_dir` when it was built by another version of the backend.
/// Cargo cannot tell: it identifies the compiler by `rustc -vV` only, which
/// does not change when the backend does, so it would reuse stale artifacts.
pub fn discard_if_stale(ctx: &Context, target_dir: &Path) -> Result<()> {
    let identity = ctx.dirs.backend_identity()?;
    let stamp = target_dir.join(".backend-stamp");
    if fs::read_to_string(&stamp).is_ok_and(|old| old == identity) {
        return Ok(());
    }
    fresh_dir(target_dir)?;
    fs::write(&stamp, identity).context(|| format!("failed to write {}", stamp.display()))
}
