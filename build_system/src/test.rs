//! `test`: builds the backend, then runs the suites in parallel and reports
//! in a fixed order, ending with one `N passed, N failed` line.

mod abi_fuzz;
mod cargo;
mod compare;
mod context;
mod crates;
mod diff;
mod directives;
mod incremental;
mod installed;
mod libtest;
mod multicrate;
mod reject;
mod single;
mod skip_list;
mod stdlib;
mod suite;

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

pub use self::cargo::projects as cargo_projects;
use self::context::{Context, Cross};
use self::suite::{Job, Suite};
use crate::build;
use crate::dirs::Dirs;
use crate::sysroot::{self, SysrootKind};
use crate::target::CrossTarget;
use crate::toolchain::Toolchain;
use crate::utils::Result;

pub const HELP: &str = "\
Usage: ./y.sh test [options] [FILTER]...

Builds the backend (as `./y.sh build`), then runs the test suites. Programs are
compiled both by rustc's LLVM backend (the oracle) and by ours, and must behave
identically: same stdout, stderr and exit status. Failures do not stop the run;
the exit status is 1 if any test failed.

Suites, in order:
  examples     example/*.rs
  run          tests/run/*.rs
  run-opt      tests/run/*.rs again, both backends with -Copt-level=2
  reject       tests/reject/*.rs: must fail to compile with exit code 1 and
               \"is not yet supported by the Cranelift backend\", without an ICE
               and without leaving files behind
  multicrate   tests/multicrate/<case>/{lib.rs,main.rs}: lib (crate `mylib`)
               and bin from either backend, against the all-LLVM build
  abi-fuzz     generated multicrate cases: functions with random signatures
               called across the two crates, directly, through pointers and
               `dyn Fn`, some panicking; 12 seeds at -Copt-level=0 and 2
               (Y_ABI_FUZZ_SEEDS=FROM..TO picks others)
  harness      tests/harness/*.rs compiled with --test, run with --test-threads=1
  cargo        tests/cargo/<project>/: `cargo run` against `cargo-clif run`;
               with an `installed-backend` file also against plain cargo with
               the backend installed into the toolchain for the test (as
               `./y.sh install`) and chosen by the dev profile's codegen-backend
  crates       the crates.io crates of tests/crates/crates.txt not marked
               full-only (`./y.sh prepare` fetches them): every test of their
               own `cargo test` that passes with LLVM must pass with cargo-clif
  stdlib       the standard library's coretests, alloctests, portable-simd
               (std::simd) and std's integration tests from rust-src (`./y.sh prepare` copies them),
               compared like crates; tests in tests/stdlib/skip.txt are
               skipped under both backends

Only when named with --suite:
  crates-full  crates, plus those marked full-only

Directives in test sources, one per line anywhere in the file:
  //@ compile-flags: ARGS    extra rustc arguments (both backends)
  //@ clif-env: NAME=VALUE   environment of our backend's compile only (run,
                             harness, debuginfo: e.g. CG_CLIF_DUMP=1)
  //@ run-args: ARGS         arguments for the compiled program
  //@ skip: REASON           report the test as skipped
  //@ skip-opt: REASON       skip in run-opt only (output Rust leaves unspecified,
                             e.g. NaN payloads, that LLVM's optimizer changes)
  //@ only-arch: ARCH...     skip unless compiling for one of these target_arch
  //@ reproducible: WHY      run, run-opt, harness, debuginfo: compile our side
                             twice; the two programs must be byte-identical
  //@ error: TEXT            reject: stderr must also contain TEXT (repeatable)
  //@ error-pattern: TEXT    reject: expect TEXT instead of the default message

Options:
  --suite NAME   run only this suite (repeatable)
  --list         print the selected test names and exit, without building
  --no-build     use the existing dist/ instead of building first
  --discard-builds
                 remove a crate's cargo target directories (crates, stdlib)
                 once it is compared, instead of keeping them for the next
                 run: CI does, to keep its disk use small
  --debug        build the backend with the dev profile
  --jobs N       tests run in parallel (default 2)
  --sysroot clif compile our side against a std built by our backend
                 (`./y.sh build --sysroot clif`, done first), the LLVM side
                 against LLVM's as always
  --target T     cross-compile the programs of both backends to T
                 (aarch64-unknown-linux-gnu) and run them under qemu; builds
                 T's std first (as `./y.sh build --target T`). The debuginfo
                 suite needs gdb on the host and is left out
  --keep-going   run all tests after a failure (the default)
  FILTER         run only tests whose name contains one of these texts

Scratch files go to target/tests/<suite>/<name>/ and are kept for failed tests.";

/// The result of one test.
#[derive(Clone, Debug)]
pub enum Verdict {
    Pass,
    Skip(String),
    Fail(String),
    /// A pass (no `failure`) or a failure with a note on the PASS/FAIL line,
    /// for tests made of many tests whose counts are worth seeing either way.
    Noted {
        note: String,
        failure: Option<String>,
    },
}

impl Verdict {
    fn failed(&self) -> bool {
        matches!(self, Verdict::Fail(_) | Verdict::Noted { failure: Some(_), .. })
    }
}

struct Options {
    suites: Vec<Suite>,
    filters: Vec<String>,
    list: bool,
    build: bool,
    discard_builds: bool,
    debug: bool,
    jobs: usize,
    target: Option<String>,
    clif_sysroot: bool,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options {
            suites: vec![],
            filters: vec![],
            list: false,
            build: true,
            discard_builds: false,
            debug: false,
            jobs: 2,
            target: None,
            clif_sysroot: false,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value =
                |flag: &str| args.next().ok_or_else(|| format!("`{flag}` needs a value\n\n{HELP}"));
            match arg.as_str() {
                "--suite" => {
                    let name = value("--suite")?;
                    let suite = Suite::from_name(name).ok_or_else(|| {
                        let known: Vec<_> = Suite::every().map(|s| s.name()).collect();
                        format!("unknown suite `{name}`; suites are: {}", known.join(", "))
                    })?;
                    if !options.suites.contains(&suite) {
                        options.suites.push(suite);
                    }
                }
                "--jobs" => {
                    let n = value("--jobs")?;
                    options.jobs =
                        n.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                            format!("`--jobs` needs a positive number, not `{n}`")
                        })?;
                }
                "--target" => options.target = Some(value("--target")?.clone()),
                "--sysroot" => {
                    options.clif_sysroot =
                        SysrootKind::from_name(value("--sysroot")?)? == SysrootKind::Clif;
                }
                "--list" => options.list = true,
                "--no-build" => options.build = false,
                "--discard-builds" => options.discard_builds = true,
                "--debug" => options.debug = true,
                "--keep-going" => {}
                _ if arg.starts_with('-') => {
                    return Err(format!("unexpected argument `{arg}`\n\n{HELP}"));
                }
                _ => options.filters.push(arg.clone()),
            }
        }
        // Suites always run in their fixed order, however they were named.
        options.suites = if options.suites.is_empty() {
            Suite::ALL.to_vec()
        } else {
            Suite::every().filter(|s| options.suites.contains(s)).collect()
        };
        if options.target.is_some() {
            options.suites.retain(|&s| s != Suite::Debuginfo);
        }
        // Both would build the same crates at once, in the same directories.
        if options.suites.contains(&Suite::CratesFull) {
            options.suites.retain(|&s| s != Suite::Crates);
        }
        Ok(options)
    }

    fn selects(&self, job: &Job) -> bool {
        self.filters.is_empty()
            || job.names.iter().any(|name| self.filters.iter().any(|f| name.contains(f.as_str())))
    }
}

pub fn main(args: &[String], dirs: &Dirs, toolchain: &Toolchain) -> Result<ExitCode> {
    let options = Options::parse(args)?;
    let mut plan = Vec::new();
    for &suite in &options.suites {
        let jobs: Vec<Job> =
            suite.discover(dirs)?.into_iter().filter(|j| options.selects(j)).collect();
        plan.push((suite, jobs));
    }

    if options.list {
        for job in plan.iter().flat_map(|(_, jobs)| jobs) {
            for name in &job.names {
                println!("{name}");
            }
        }
        return Ok(ExitCode::SUCCESS);
    }

    if options.build {
        let build = build::Options {
            debug: options.debug,
            target: options.target.clone(),
            clif_sysroot: options.clif_sysroot,
        };
        build::build(&build, dirs, toolchain)?;
    } else if !dirs.rustc_clif().is_file() || !dirs.dist_backend().is_file() {
        return Err("dist/ is incomplete; run `./y.sh build` or drop `--no-build`".into());
    }

    let cross = match &options.target {
        None => None,
        Some(triple) => Some(Cross {
            target: CrossTarget::find(triple)?,
            llvm_sysroot: sysroot::dir(dirs, SysrootKind::Llvm),
        }),
    };
    let ctx = Context {
        dirs,
        toolchain,
        cross,
        clif_sysroot: options.clif_sysroot,
        discard_builds: options.discard_builds,
    };
    let start = Instant::now();
    let totals = run_plan(&ctx, &plan, options.jobs);
    println!("finished in {:.1}s", start.elapsed().as_secs_f64());
    println!("{}", totals.summary());
    Ok(if totals.failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    skipped: usize,
}

impl Tally {
    /// The closing line CI reads: `N passed, N failed[, N skipped]`.
    fn summary(&self) -> String {
        let mut line = format!("{} passed, {} failed", self.passed, self.failed);
        if self.skipped > 0 {
            line.push_str(&format!(", {} skipped", self.skipped));
        }
        line
    }

    fn add(&mut self, other: &Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
    }
}

/// Runs all jobs on `workers` threads; prints each suite's results in plan
/// order as soon as they are complete, so output is deterministic.
fn run_plan(ctx: &Context, plan: &[(Suite, Vec<Job>)], workers: usize) -> Tally {
    let jobs: Vec<&Job> = plan.iter().flat_map(|(_, jobs)| jobs).collect();
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel();
    let mut totals = Tally::default();

    thread::scope(|scope| {
        for _ in 0..workers.min(jobs.len()) {
            let sender = sender.clone();
            let (jobs, next) = (&jobs, &next);
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(index) else { break };
                    if sender.send((index, run_job(ctx, job))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);

        let mut results = InOrder { receiver, pending: BTreeMap::new(), next: 0 };
        for (suite, jobs) in plan {
            let count: usize = jobs.iter().map(|j| j.names.len()).sum();
            println!("== {} ({count} tests)", suite.name());
            let mut tally = Tally::default();
            for job in jobs {
                let verdicts = results.next().unwrap_or_else(|| {
                    vec![Verdict::Fail("the test worker died".into()); job.names.len()]
                });
                report(ctx, job, &verdicts, &mut tally);
            }
            // Worded unlike the closing line so only that one reads as the total.
            println!(
                "-- suite {}: passed {}, failed {}, skipped {}\n",
                suite.name(),
                tally.passed,
                tally.failed,
                tally.skipped
            );
            totals.add(&tally);
        }
    });
    totals
}

/// Runs one job, turning a panic in the runner into failures rather than
/// losing the job's results.
fn run_job(ctx: &Context, job: &Job) -> Vec<Verdict> {
    let verdicts = catch_unwind(AssertUnwindSafe(|| job.run(ctx))).unwrap_or_else(|_| {
        vec![Verdict::Fail("the test runner panicked (see above)".into()); job.names.len()]
    });
    // Keep scratch files only where they help: for failures.
    if !verdicts.iter().any(Verdict::failed) {
        let _ = std::fs::remove_dir_all(ctx.scratch_path(&job.base));
    }
    verdicts
}

fn report(ctx: &Context, job: &Job, verdicts: &[Verdict], tally: &mut Tally) {
    for (name, verdict) in job.names.iter().zip(verdicts) {
        let (headline, reason) = match verdict {
            Verdict::Pass => (format!("PASS {name}"), None),
            Verdict::Skip(reason) => (format!("SKIP {name} ({reason})"), None),
            Verdict::Fail(reason) => (format!("FAIL {name}"), Some(reason)),
            Verdict::Noted { note, failure: None } => (format!("PASS {name} ({note})"), None),
            Verdict::Noted { note, failure: Some(reason) } => {
                (format!("FAIL {name} ({note})"), Some(reason))
            }
        };
        match verdict {
            Verdict::Skip(_) => tally.skipped += 1,
            _ if verdict.failed() => tally.failed += 1,
            _ => tally.passed += 1,
        }
        println!("{headline}");
        for line in reason.iter().flat_map(|r| r.lines()) {
            println!("    {line}");
        }
    }
    if verdicts.iter().any(Verdict::failed) {
        let scratch = ctx.scratch_path(&job.base);
        if scratch.exists() {
            println!("    (files in {})", ctx.dirs.show(&scratch));
        }
    }
}

/// Hands out worker results in job order, buffering those that finish early.
struct InOrder {
    receiver: mpsc::Receiver<(usize, Vec<Verdict>)>,
    pending: BTreeMap<usize, Vec<Verdict>>,
    next: usize,
}

impl InOrder {
    /// `None` only if every worker is gone without delivering this result.
    fn next(&mut self) -> Option<Vec<Verdict>> {
        loop {
            if let Some(verdicts) = self.pending.remove(&self.next) {
                self.next += 1;
                return Some(verdicts);
            }
            let Ok((index, verdicts)) = self.receiver.recv() else {
                self.next += 1;
                return None;
            };
            self.pending.insert(index, verdicts);
        }
    }
}
