//! The test suites, in the order they run, and how each finds its tests on
//! disk: adding a file (or directory) adds a test.

use std::path::PathBuf;

use super::context::Context;
use super::single::Mode;
use super::{Verdict, abi_fuzz, cargo, crates, incremental, multicrate, reject, single, stdlib};
use crate::crate_sources;
use crate::dirs::Dirs;
use crate::stdlib_sources::CRATES;
use crate::utils::{Result, sorted_entries};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Suite {
    /// example/*.rs: programs compared with LLVM.
    Examples,
    /// tests/run/*.rs: programs compared with LLVM.
    Run,
    /// tests/run/*.rs again, both backends optimizing (`-Copt-level=2`): our inlining and
    /// Cranelift's optimizer must not change what a program does.
    RunOpt,
    /// tests/debuginfo/*.rs: programs built with `-g`; backtraces and the `.gdb` script beside
    /// each compared with LLVM.
    Debuginfo,
    /// tests/incremental/*.rs: two compiles into one incremental directory; rustc checks which
    /// CGUs were reused.
    Incremental,
    /// tests/reject/*.rs: programs our backend must refuse cleanly.
    Reject,
    /// tests/multicrate/<case>/{lib.rs,main.rs}: mixed-backend linking.
    Multicrate,
    /// Generated multicrate cases with random signatures (`abi_fuzz`).
    AbiFuzz,
    /// tests/harness/*.rs: `#[test]` harnesses compared with LLVM.
    Harness,
    /// tests/cargo/<project>/: cargo projects compared with LLVM.
    Cargo,
    /// Crates of tests/crates/crates.txt not marked `full-only`: their own
    /// test suites compared with LLVM.
    Crates,
    /// The standard library's test crates (coretests, alloctests,
    /// portable-simd, std's tests) from rust-src, compared with LLVM.
    Stdlib,
    /// All crates of tests/crates/crates.txt; too slow for every run.
    CratesFull,
}

impl Suite {
    /// The suites of a plain `./y.sh test`, in order.
    pub const ALL: [Suite; 12] = [
        Suite::Examples,
        Suite::Run,
        Suite::RunOpt,
        Suite::Debuginfo,
        Suite::Incremental,
        Suite::Reject,
        Suite::Multicrate,
        Suite::AbiFuzz,
        Suite::Harness,
        Suite::Cargo,
        Suite::Crates,
        Suite::Stdlib,
    ];

    /// Suites that run only when named, after those of [`Suite::ALL`].
    pub const EXTRA: [Suite; 1] = [Suite::CratesFull];

    /// Every suite, in the order they run.
    pub fn every() -> impl Iterator<Item = Suite> {
        Suite::ALL.into_iter().chain(Suite::EXTRA)
    }

    pub fn name(self) -> &'static str {
        match self {
            Suite::Examples => "examples",
            Suite::Run => "run",
            Suite::RunOpt => "run-opt",
            Suite::Debuginfo => "debuginfo",
            Suite::Incremental => "incremental",
            Suite::Reject => "reject",
            Suite::Multicrate => "multicrate",
            Suite::AbiFuzz => "abi-fuzz",
            Suite::Harness => "harness",
            Suite::Cargo => "cargo",
            Suite::Crates => "crates",
            Suite::Stdlib => "stdlib",
            Suite::CratesFull => "crates-full",
        }
    }

    pub fn from_name(name: &str) -> Option<Suite> {
        Suite::every().find(|suite| suite.name() == name)
    }

    /// The suite's tests, sorted by name.
    pub fn discover(self, dirs: &Dirs) -> Result<Vec<Job>> {
        let tests = dirs.tests();
        let inputs = match self {
            Suite::Examples => rust_files(dirs.examples())?,
            Suite::Run | Suite::RunOpt => rust_files(tests.join("run"))?,
            Suite::Debuginfo => rust_files(tests.join("debuginfo"))?,
            Suite::Incremental => rust_files(tests.join("incremental"))?,
            Suite::Reject => rust_files(tests.join("reject"))?,
            Suite::Harness => rust_files(tests.join("harness"))?,
            Suite::Multicrate => sorted_entries(&tests.join("multicrate"))?
                .into_iter()
                .filter(|p| p.is_dir())
                .collect(),
            Suite::Cargo => cargo::projects(dirs)?,
            Suite::Crates | Suite::CratesFull => return crate_jobs(self, dirs),
            Suite::Stdlib => return Ok(stdlib_jobs(dirs)),
            Suite::AbiFuzz => return abi_fuzz_jobs(),
        };
        Ok(inputs
            .into_iter()
            .map(|input| {
                let stem = if input.is_dir() { input.file_name() } else { input.file_stem() };
                let base =
                    format!("{}/{}", self.name(), stem.unwrap_or_default().to_string_lossy());
                let names = match self {
                    Suite::Multicrate => multicrate::names(&base),
                    _ => vec![base.clone()],
                };
                Job { suite: self, base, names, input }
            })
            .collect())
    }
}

/// One job per listed crate, named `crates/NAME` in either suite; the input
/// is the crate's prepared source, which may not exist yet.
fn crate_jobs(suite: Suite, dirs: &Dirs) -> Result<Vec<Job>> {
    let mut listed = crate_sources::read(dirs)?;
    listed.retain(|c| suite == Suite::CratesFull || !c.full_only);
    listed.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(listed
        .into_iter()
        .map(|c| {
            let base = format!("crates/{}", c.name);
            Job { suite, names: vec![base.clone()], base, input: c.source(dirs) }
        })
        .collect())
}

/// One job per generated case; it writes its sources when it runs.
fn abi_fuzz_jobs() -> Result<Vec<Job>> {
    Ok(abi_fuzz::bases()?
        .into_iter()
        .map(|base| Job {
            suite: Suite::AbiFuzz,
            names: multicrate::names(&base),
            input: PathBuf::from(&base),
            base,
        })
        .collect())
}

/// One job per test crate of the standard library, named `stdlib/NAME`; the
/// input is its prepared copy, which may not exist yet.
fn stdlib_jobs(dirs: &Dirs) -> Vec<Job> {
    CRATES
        .iter()
        .map(|c| {
            let base = format!("stdlib/{}", c.name);
            Job { suite: Suite::Stdlib, names: vec![base.clone()], base, input: c.source(dirs) }
        })
        .collect()
}

fn rust_files(dir: PathBuf) -> Result<Vec<PathBuf>> {
    Ok(sorted_entries(&dir)?
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "rs"))
        .collect())
}

/// One unit of work for a test worker. Most jobs are one test; a multicrate
/// case is several that share the all-LLVM baseline.
pub struct Job {
    pub suite: Suite,
    /// `suite/stem`: names the scratch directory.
    pub base: String,
    /// Reported test names, known up front so `--list` needs no build.
    pub names: Vec<String>,
    /// The test file, or directory for multicrate, cargo, crates and stdlib; the name of a
    /// generated case.
    pub input: PathBuf,
}

impl Job {
    /// Runs the job; one verdict per name.
    pub fn run(&self, ctx: &Context) -> Vec<Verdict> {
        let single = |result: Result<Verdict>| vec![result.unwrap_or_else(Verdict::Fail)];
        match self.suite {
            Suite::Examples | Suite::Run => {
                single(single::run(ctx, &self.base, &self.input, Mode::Program))
            }
            Suite::RunOpt => single(single::run(ctx, &self.base, &self.input, Mode::Optimized)),
            Suite::Harness => single(single::run(ctx, &self.base, &self.input, Mode::Harness)),
            Suite::Debuginfo => single(single::run(ctx, &self.base, &self.input, Mode::Debug)),
            Suite::Incremental => single(incremental::run(ctx, &self.base, &self.input)),
            Suite::Reject => single(reject::run(ctx, &self.base, &self.input)),
            Suite::Multicrate => multicrate::run(ctx, &self.base, &self.input),
            Suite::AbiFuzz => abi_fuzz::run(ctx, &self.base),
            Suite::Cargo => single(cargo::run(ctx, &self.base, &self.input)),
            Suite::Crates | Suite::CratesFull => single(crates::run(ctx, &self.base, &self.input)),
            Suite::Stdlib => single(stdlib::run(ctx, &self.base, &self.input)),
        }
    }
}
