//! The `crates` and `crates-full` suites: crates from crates.io run their own
//! `cargo test`, once with the LLVM toolchain's cargo (the oracle) and once
//! with dist/bin/cargo-clif. Every test that passes under LLVM must pass
//! under ours; tests that fail under LLVM too say nothing about our backend.
//! The `stdlib` suite compares the standard library's tests the same way,
//! through [`CargoTests`].

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::cargo::discard_if_stale;
use super::context::{Backend, Context};
use super::libtest::Results;
use super::{Verdict, compare};
use crate::crate_sources;
use crate::utils::{Outcome, Result, ResultExt, run_with_timeout};

/// Limit for each cargo invocation; a crate's build with its
/// dev-dependencies, or its whole test run, may be long.
const CARGO_TIMEOUT: Duration = Duration::from_secs(30 * 60);

const STDERR_LINES: usize = 40;
/// Tests listed by name when they passed under LLVM only.
const LOST_SHOWN: usize = 20;
/// Lines of cargo's stderr that say how a test binary ended, when it failed.
const EXITS_SHOWN: usize = 10;

/// Tests the crate prepared in `source`; `name` is `crates/NAME`.
pub fn run(ctx: &Context, name: &str, source: &Path) -> Result<Verdict> {
    let crate_name = name.rsplit('/').next().unwrap_or(name);
    check_prepared(ctx, &crate_sources::lockfile(ctx.dirs, crate_name), source)?;
    let tests = CargoTests {
        crate_name,
        source,
        target_dirs: "crates",
        targets: &[],
        test_args: &[],
        test_env: &[],
        lost_shown: LOST_SHOWN,
    };
    tests.compare(ctx, &ctx.scratch(name)?)
}

/// One crate's own `cargo test`, run under both backends and compared.
pub struct CargoTests<'a> {
    pub crate_name: &'a str,
    /// The prepared copy to build in.
    pub source: &'a Path,
    /// Names the target directories, target/tests/<this>-<backend>/<crate>/.
    pub target_dirs: &'a str,
    /// Cargo's choice of test targets; empty for its default.
    pub targets: &'a [&'a str],
    /// Arguments for the test binaries, besides `--test-threads=2`.
    pub test_args: &'a [String],
    /// Environment of the test binaries.
    pub test_env: &'a [(&'a str, &'a str)],
    /// Tests listed by name when they passed under LLVM only.
    pub lost_shown: usize,
}

impl CargoTests<'_> {
    /// Every test `ok` under LLVM must be `ok` under ours; the note on the
    /// result line gives both counts. All output is kept in `logs`.
    pub fn compare(&self, ctx: &Context, logs: &Path) -> Result<Verdict> {
        let verdict = self.compare_builds(ctx, logs);
        if ctx.discard_builds {
            for backend in [Backend::Llvm, Backend::Clif] {
                let dir = self.target_dir(ctx, backend);
                if dir.exists() {
                    fs::remove_dir_all(&dir)
                        .context(|| format!("cannot remove {}", dir.display()))?;
                }
            }
        }
        verdict
    }

    fn target_dir(&self, ctx: &Context, backend: Backend) -> PathBuf {
        ctx.scratch_root()
            .join(format!("{}-{}", self.target_dirs, backend.name()))
            .join(self.crate_name)
    }

    fn compare_builds(&self, ctx: &Context, logs: &Path) -> Result<Verdict> {
        let oracle = self
            .cargo_test(ctx, Backend::Llvm, logs)
            .map_err(|e| format!("oracle did not build: {e}"))?;
        if oracle.status.is_none() {
            return Err(format!("the oracle's tests timed out after {}s", CARGO_TIMEOUT.as_secs()));
        }
        let expected = Results::parse(&String::from_utf8_lossy(&oracle.stdout));
        let ours = match self.cargo_test(ctx, Backend::Clif, logs) {
            Ok(ours) => ours,
            Err(e) => {
                let note = format!("llvm: {}; clif: did not build", expected.summary());
                return Ok(Verdict::Noted { note, failure: Some(e) });
            }
        };
        let actual = Results::parse(&String::from_utf8_lossy(&ours.stdout));

        let note = format!("llvm: {}; clif: {}", expected.summary(), actual.summary());
        let lost = expected.lost_in(&actual);
        if lost.is_empty() {
            return Ok(Verdict::Noted { note, failure: None });
        }
        let mut failure = format!("{} tests passed under llvm but not under clif:", lost.len());
        for (test, instead) in lost.iter().take(self.lost_shown) {
            failure.push_str(&format!("\n  {test}: {instead}"));
        }
        if lost.len() > self.lost_shown {
            failure.push_str(&format!("\n  ... ({} more)", lost.len() - self.lost_shown));
        }
        failure.push_str(&format!(
            "\nclif `cargo test` ended with {}",
            ours.show_status(CARGO_TIMEOUT)
        ));
        let stderr = String::from_utf8_lossy(&ours.stderr);
        let exits = stderr.lines().filter(|l| l.contains("process didn't exit successfully"));
        for line in exits.take(EXITS_SHOWN) {
            failure.push_str(&format!("\n  {}", line.trim()));
        }
        Ok(Verdict::Noted { note, failure: Some(failure) })
    }

    /// `cargo test --no-run`, then the tests on two threads: building first
    /// tells a compile error from failing tests, which is what an error means.
    fn cargo_test(&self, ctx: &Context, backend: Backend, logs: &Path) -> Result<Outcome> {
        let target_dir = self.target_dir(ctx, backend);
        if backend == Backend::Clif {
            discard_if_stale(ctx, &target_dir)?;
        }
        let cargo = |args: &[&str]| {
            let mut cmd = ctx.cargo(backend, &target_dir, self.source);
            cmd.args(["test", "--locked", "--offline"]).args(self.targets).args(args);
            cmd
        };

        let built = run_with_timeout(&mut cargo(&["--no-run"]), CARGO_TIMEOUT)?;
        save(logs, &format!("{}-build.stderr", backend.name()), &built.stderr)?;
        if !built.success() {
            return Err(format!(
                "`cargo test --no-run` with {} failed ({}):\n{}",
                backend.name(),
                built.show_status(CARGO_TIMEOUT),
                compare::head(&built.stderr, STDERR_LINES)
            ));
        }

        let mut test = cargo(&["--no-fail-fast", "--", "--test-threads=2"]);
        test.args(self.test_args).envs(self.test_env.iter().copied());
        let outcome = run_with_timeout(&mut test, CARGO_TIMEOUT)?;
        save(logs, &format!("{}-test.stdout", backend.name()), &outcome.stdout)?;
        save(logs, &format!("{}-test.stderr", backend.name()), &outcome.stderr)?;
        Ok(outcome)
    }
}

/// The copy must exist and carry the checked-in `lockfile`: an edited
/// lockfile takes effect only once `prepare` has fetched what it pins.
pub fn check_prepared(ctx: &Context, lockfile: &Path, source: &Path) -> Result<()> {
    let wanted = fs::read(lockfile).context(|| format!("cannot read {}", lockfile.display()))?;
    match fs::read(source.join("Cargo.lock")) {
        Ok(used) if used == wanted => Ok(()),
        Ok(_) => Err(format!(
            "{} differs from the lockfile in {}; run `./y.sh prepare`",
            ctx.dirs.show(lockfile),
            ctx.dirs.show(source)
        )),
        Err(_) => Err(format!("{} is not prepared; run `./y.sh prepare`", ctx.dirs.show(source))),
    }
}

fn save(dir: &Path, file: &str, contents: &[u8]) -> Result<()> {
    let path = dir.join(file);
    fs::write(&path, contents).context(|| format!("failed to write {}", path.display()))
}
