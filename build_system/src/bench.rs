//! `bench`: how long our backend takes to build real crates from crates.io
//! next to rustc's LLVM backend, how fast the ripgrep it builds runs, and
//! what debuginfo adds to our build time.

mod debuginfo;
mod profile;
mod runtime;
mod sources;
mod stats;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use self::sources::{Package, REGEX, RIPGREP};
use self::stats::{Row, Samples};
use crate::backend::Backend;
use crate::build;
use crate::dirs::Dirs;
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, describe, fresh_dir, run_with_timeout};

pub const HELP: &str = "\
Usage: ./y.sh bench [--runs N] [--profile] [BENCHMARK]...

Compares the wall time of rustc's LLVM backend (cargo of the pinned toolchain)
and ours (dist/bin/cargo-clif) building crates from crates.io in cargo's dev
profile. The backends take turns run by run (LLVM, ours, LLVM, ...), each in
its own target directory under target/bench/, and a clean build starts from an
empty one. Prints min and median per backend and the ratio clif/LLVM (below 1:
ours is faster). Builds dist/ first only if it is missing; an existing dist/
is used as it is. The machine should be otherwise idle.

Benchmarks (all by default, or those named):
  ripgrep-build    clean `cargo build` of ripgrep 15.2.0 and its dependencies
  ripgrep-rebuild  `cargo build` after a one-line edit at the start of
                   `fn main` in ripgrep's crates/core/main.rs, a new edit each run
  regex-test       clean `cargo test --no-run --lib` of regex 1.13.2, with
                   its dev and test profiles' opt-level 3 overridden to 0:
                   its `integration` test needs tests/fuzz/, which the
                   published package lacks, so it fails under LLVM too
  ripgrep-check    clean `cargo check` of ripgrep: the frontend's share
  rg-runtime       the debug `rg` of each backend (from ripgrep-build) searching
                   the toolchain's rust-src library/; outputs must be identical
  debuginfo-cost   ours only: clean `cargo build` of ripgrep with the dev
                   profile's `debug` set to 0, line-tables-only and 2 (full)
                   through CARGO_PROFILE_DEV_DEBUG, the three taking turns, in
                   a table of its own with the ratios to 0 (goal: line tables
                   at most 1.10)

The crates are downloaded from static.crates.io and checked against a pinned
SHA-256, unpacked afresh into target/bench/src/ and their dependencies fetched,
so that builds run --offline and --locked with the Cargo.lock each package
ships (a bench/NAME.lock, if present, replaces it).

Options:
  --runs N    runs per backend and benchmark (default 3; rg-runtime runs at
              least 3; debuginfo-cost runs N per debuginfo setting)
  --profile   instead of the benchmarks: one clean build of ripgrep per
              backend with `-j1` and `-Ztime-passes` (ours also with
              CG_CLIF_TIMINGS=1), then, for the five crates on which rustc
              took longest with our backend, rustc's wall time, the wall time
              of codegen, and our lower/compile/emit thread times";

/// A build that takes longer than this is killed: the compiler hangs.
const BUILD_TIMEOUT: Duration = Duration::from_secs(3600);

/// How many lines of a failed build's output an error quotes, and how much of each.
const EXCERPT_LINES: usize = 30;
const EXCERPT_WIDTH: usize = 300;

/// Variables of the caller's environment that would change what is compiled
/// or how; the benchmarks set what they need themselves.
const CLEARED_VARS: &[&str] = &[
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_RUSTFLAGS",
    "RUSTC_WRAPPER",
    "CARGO_BUILD_RUSTC_WRAPPER",
    "CARGO_INCREMENTAL",
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_TARGET",
    "CG_CLIF_TIMINGS",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Benchmark {
    RipgrepBuild,
    RipgrepRebuild,
    RegexTest,
    RipgrepCheck,
    RgRuntime,
    DebuginfoCost,
}

impl Benchmark {
    /// In the order of the table.
    const ALL: [Benchmark; 6] = [
        Benchmark::RipgrepBuild,
        Benchmark::RipgrepRebuild,
        Benchmark::RegexTest,
        Benchmark::RipgrepCheck,
        Benchmark::RgRuntime,
        Benchmark::DebuginfoCost,
    ];

    /// In the order they run: rg-runtime times the binaries of ripgrep-build
    /// as they are, before ripgrep-rebuild edits them.
    const RUN_ORDER: [Benchmark; 6] = [
        Benchmark::RipgrepBuild,
        Benchmark::RgRuntime,
        Benchmark::RipgrepRebuild,
        Benchmark::RegexTest,
        Benchmark::RipgrepCheck,
        Benchmark::DebuginfoCost,
    ];

    fn name(self) -> &'static str {
        match self {
            Benchmark::RipgrepBuild => "ripgrep-build",
            Benchmark::RipgrepRebuild => "ripgrep-rebuild",
            Benchmark::RegexTest => "regex-test",
            Benchmark::RipgrepCheck => "ripgrep-check",
            Benchmark::RgRuntime => "rg-runtime",
            Benchmark::DebuginfoCost => "debuginfo-cost",
        }
    }

    fn from_name(name: &str) -> Option<Benchmark> {
        Benchmark::ALL.into_iter().find(|b| b.name() == name)
    }

    fn package(self) -> &'static Package {
        match self {
            Benchmark::RegexTest => &REGEX,
            _ => &RIPGREP,
        }
    }
}

struct Options {
    runs: usize,
    profile: bool,
    selected: Vec<Benchmark>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options { runs: 3, profile: false, selected: Vec::new() };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--runs" => {
                    let n =
                        args.next().ok_or_else(|| format!("`--runs` needs a value\n\n{HELP}"))?;
                    options.runs =
                        n.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                            format!("`--runs` needs a positive number, not `{n}`")
                        })?;
                }
                "--profile" => options.profile = true,
                _ if arg.starts_with('-') => {
                    return Err(format!("unexpected argument `{arg}`\n\n{HELP}"));
                }
                name => {
                    let bench = Benchmark::from_name(name).ok_or_else(|| {
                        let known: Vec<_> = Benchmark::ALL.iter().map(|b| b.name()).collect();
                        format!("unknown benchmark `{name}`; benchmarks are: {}", known.join(", "))
                    })?;
                    if !options.selected.contains(&bench) {
                        options.selected.push(bench);
                    }
                }
            }
        }
        if options.profile && !options.selected.is_empty() {
            return Err("`--profile` profiles the ripgrep build only; name no benchmarks".into());
        }
        if options.selected.is_empty() {
            options.selected = Benchmark::ALL.to_vec();
        }
        Ok(options)
    }
}

pub fn main(args: &[String], dirs: &Dirs, toolchain: &Toolchain) -> Result<ExitCode> {
    let options = Options::parse(args)?;
    if !dirs.cargo_clif().is_file() || !dirs.dist_backend().is_file() {
        println!("[bench] dist/ is incomplete: building it");
        build::build(
            &build::Options { debug: false, target: None, clif_sysroot: false },
            dirs,
            toolchain,
        )?;
    }
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("unknown");
    println!("[bench] {cpus} CPUs, load average {load} at the start; other work skews the times");

    let mut bench = Bench { dirs, toolchain, runs: options.runs, ripgrep_built: None };
    if options.profile {
        sources::prepare(dirs, toolchain, &RIPGREP)?;
        profile::run(&bench)?;
        return Ok(ExitCode::SUCCESS);
    }

    let mut prepared: Vec<&str> = Vec::new();
    for package in options.selected.iter().map(|b| b.package()) {
        if !prepared.contains(&package.name) {
            sources::prepare(dirs, toolchain, package)?;
            prepared.push(package.name);
        }
    }

    let mut results = Vec::new();
    for benchmark in Benchmark::RUN_ORDER.into_iter().filter(|b| options.selected.contains(b)) {
        println!("[bench] {}", benchmark.name());
        let result = bench.run(benchmark);
        if result.is_err() {
            println!("[bench] {} failed (the error follows the table)", benchmark.name());
        }
        results.push((benchmark, result));
    }

    let ordered = || Benchmark::ALL.into_iter().filter_map(|b| results.iter().find(|r| r.0 == b));
    let measured = || ordered().filter_map(|(_, r)| r.as_ref().ok());
    let rows: Vec<Row> = measured()
        .filter_map(|m| match m {
            Measured::Backends(rows) => Some(rows),
            Measured::Debuginfo { .. } => None,
        })
        .flatten()
        .cloned()
        .collect();
    if !rows.is_empty() {
        println!("\n{}", stats::table(&rows));
    }
    for m in measured() {
        if let Measured::Debuginfo { title, samples } = m {
            println!("\n{}", debuginfo::table(title, samples));
        }
    }
    let mut failed = false;
    for (benchmark, result) in ordered() {
        if let Err(error) = result {
            println!("FAILED {}: {error}\n", benchmark.name());
            failed = true;
        }
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// What a benchmark measured: most compare the backends, a row each in the
/// main table; debuginfo-cost compares debuginfo settings of ours.
enum Measured {
    Backends(Vec<Row>),
    Debuginfo { title: &'static str, samples: debuginfo::Samples },
}

/// What the benchmarks share.
struct Bench<'a> {
    dirs: &'a Dirs,
    toolchain: &'a Toolchain,
    runs: usize,
    /// Whether the target directories of ripgrep-build hold a full build of
    /// this process, from either that benchmark or [`Bench::ripgrep_ready`];
    /// `None` before a build was tried.
    ripgrep_built: Option<Result<(), String>>,
}

impl Bench<'_> {
    fn run(&mut self, benchmark: Benchmark) -> Result<Measured> {
        let row =
            |title: &str, samples| Measured::Backends(vec![Row { title: title.into(), samples }]);
        match benchmark {
            Benchmark::RipgrepBuild => {
                let samples = self.alternate_clean(benchmark, &RIPGREP, &["build"], &[]);
                self.ripgrep_built = Some(samples.as_ref().map(drop).map_err(Clone::clone));
                Ok(row("ripgrep build (clean)", samples?))
            }
            Benchmark::RipgrepRebuild => Ok(row("ripgrep rebuild (1-line edit)", self.rebuild()?)),
            // The dev profile is cargo's default; see HELP on the targets.
            Benchmark::RegexTest => {
                let args = ["test", "--no-run", "--lib"];
                let env =
                    [("CARGO_PROFILE_DEV_OPT_LEVEL", "0"), ("CARGO_PROFILE_TEST_OPT_LEVEL", "0")];
                let samples = self.alternate_clean(benchmark, &REGEX, &args, &env)?;
                Ok(row("regex test --no-run --lib (clean)", samples))
            }
            Benchmark::RipgrepCheck => {
                let samples = self.alternate_clean(benchmark, &RIPGREP, &["check"], &[])?;
                Ok(row("ripgrep check (clean)", samples))
            }
            Benchmark::RgRuntime => {
                self.ripgrep_ready()?;
                let corpus = self.toolchain.sysroot()?.join("lib/rustlib/src/rust/library");
                let rg =
                    |backend| self.target_dir(Benchmark::RipgrepBuild, backend).join("debug/rg");
                runtime::run(rg, &corpus, self.runs.max(3)).map(Measured::Backends)
            }
            Benchmark::DebuginfoCost => {
                let samples = self.debuginfo_cost()?;
                Ok(Measured::Debuginfo { title: "ripgrep build (clean)", samples })
            }
        }
    }

    /// Clean builds of ripgrep with our backend at each debuginfo level, the
    /// levels taking turns, each in a target directory of its own.
    fn debuginfo_cost(&self) -> Result<debuginfo::Samples> {
        let benchmark = Benchmark::DebuginfoCost;
        debuginfo::Samples::alternate(self.runs, |level, run| {
            let target = self.bench_target(benchmark).join(level.name());
            fresh_dir(&target)?;
            let mut cargo = self.cargo(Backend::Clif, &RIPGREP, &target, &["build"]);
            cargo.env("CARGO_PROFILE_DEV_DEBUG", level.cargo_value());
            let what = format!(
                "{} run {}/{} debug={}",
                benchmark.name(),
                run + 1,
                self.runs,
                level.cargo_value()
            );
            self.timed(&what, Backend::Clif, &mut cargo)
        })
    }

    /// Clean builds of `package` with `args`, the backends taking turns.
    fn alternate_clean(
        &self,
        benchmark: Benchmark,
        package: &Package,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Result<Samples> {
        Samples::alternate(self.runs, |backend, run| {
            let target = self.target_dir(benchmark, backend);
            fresh_dir(&target)?;
            let mut cargo = self.cargo(backend, package, &target, args);
            cargo.envs(env.iter().copied());
            self.timed(
                &format!("{} run {}/{}", benchmark.name(), run + 1, self.runs),
                backend,
                &mut cargo,
            )
        })
    }

    /// Rebuilds after a new edit of ripgrep's `fn main` each run, starting
    /// from the full builds of ripgrep-build; restores main.rs afterwards.
    fn rebuild(&mut self) -> Result<Samples> {
        self.ripgrep_ready()?;
        let main_rs = RIPGREP.source(self.dirs).join("crates/core/main.rs");
        let original = fs::read_to_string(&main_rs)
            .context(|| format!("failed to read {}", main_rs.display()))?;
        let mut edits = 0;
        let samples = Samples::alternate(self.runs, |backend, run| {
            edits += 1;
            let edited = edit_main(&original, edits)
                .map_err(|e| format!("{}: {e}", self.dirs.show(&main_rs)))?;
            fs::write(&main_rs, edited)
                .context(|| format!("failed to write {}", main_rs.display()))?;
            let target = self.target_dir(Benchmark::RipgrepBuild, backend);
            let mut cargo = self.cargo(backend, &RIPGREP, &target, &["build"]);
            self.timed(
                &format!("ripgrep-rebuild run {}/{}", run + 1, self.runs),
                backend,
                &mut cargo,
            )
        });
        let restored = fs::write(&main_rs, &original)
            .context(|| format!("failed to restore {}", main_rs.display()));
        let samples = samples?;
        restored?;
        Ok(samples)
    }

    /// Makes sure the target directories of ripgrep-build hold a full build
    /// of this process, building once per backend (untimed) if that
    /// benchmark did not run.
    fn ripgrep_ready(&mut self) -> Result<()> {
        match &self.ripgrep_built {
            Some(Ok(())) => return Ok(()),
            Some(Err(_)) => return Err("needs ripgrep built by both backends, which failed".into()),
            None => {}
        }
        println!("[bench] building ripgrep once per backend (untimed)");
        let result = Backend::BOTH.into_iter().try_for_each(|backend| {
            let target = self.target_dir(Benchmark::RipgrepBuild, backend);
            fresh_dir(&target)?;
            let mut cargo = self.cargo(backend, &RIPGREP, &target, &["build"]);
            self.timed("ripgrep build (untimed)", backend, &mut cargo).map(drop)
        });
        self.ripgrep_built = Some(result.clone());
        result
    }

    /// The target directory of `benchmark`'s builds with `backend`.
    fn target_dir(&self, benchmark: Benchmark, backend: Backend) -> PathBuf {
        self.bench_target(benchmark).join(backend.name())
    }

    /// Where `benchmark` keeps its target directories.
    fn bench_target(&self, benchmark: Benchmark) -> PathBuf {
        self.dirs.bench_scratch().join("target").join(benchmark.name())
    }

    /// `cargo ARGS` of `backend` for `package`, offline and with its lockfile.
    fn cargo(&self, backend: Backend, package: &Package, target: &Path, args: &[&str]) -> Command {
        let mut cmd = backend.cargo(self.toolchain, self.dirs);
        for var in CLEARED_VARS {
            cmd.env_remove(var);
        }
        // A compiler panic would leave a report file in the crate's sources,
        // which for dependencies are cargo's shared registry copies.
        cmd.env("RUSTC_ICE", "0");
        cmd.args(args)
            .args(["--locked", "--offline", "--manifest-path"])
            .arg(package.manifest(self.dirs))
            .arg("--target-dir")
            .arg(target)
            .current_dir(package.source(self.dirs));
        cmd
    }

    /// Runs a build and returns its wall time. A failure keeps the whole
    /// output in target/bench/logs/ and quotes the part that names the error.
    fn timed(&self, what: &str, backend: Backend, cmd: &mut Command) -> Result<Duration> {
        let start = Instant::now();
        let outcome = run_with_timeout(cmd, BUILD_TIMEOUT)?;
        let time = start.elapsed();
        if outcome.success() {
            println!("[bench]   {what} {}: {}", backend.name(), stats::show(time));
            return Ok(time);
        }
        let stderr = String::from_utf8_lossy(&outcome.stderr);
        let log = self.dirs.bench_scratch().join("logs").join(format!(
            "{}-{}.log",
            what.split_whitespace().next().unwrap_or("build"),
            backend.name()
        ));
        let saved = log
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&log, [&outcome.stdout[..], &outcome.stderr[..]].concat()));
        let kept = match saved {
            Ok(()) => format!("full output in {}", self.dirs.show(&log)),
            Err(e) => format!("could not keep the output in {}: {e}", log.display()),
        };
        Err(format!(
            "{what} with {} failed: `{}` exited with {}\n{}\n({kept})",
            backend.name(),
            describe(cmd),
            outcome.show_status(BUILD_TIMEOUT),
            excerpt(&stderr),
        ))
    }
}

/// The part of a failed build's stderr worth quoting: from the first line
/// that reports an error or a compiler panic (it names the crate and, for a
/// panic of our backend, the function), else the last lines; and cargo's
/// `could not compile` line, which names the crate. Long lines (types in
/// panic messages) are cut.
fn excerpt(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let is_error = |line: &&str| line.starts_with("error") || line.contains("panicked at");
    let start =
        lines.iter().position(is_error).unwrap_or(lines.len().saturating_sub(EXCERPT_LINES));
    let mut quoted: Vec<&str> = lines[start..].iter().take(EXCERPT_LINES).copied().collect();
    let culprit = lines.iter().find(|l| l.starts_with("error: could not compile"));
    if let Some(culprit) = culprit.filter(|c| !quoted.contains(c)) {
        quoted.extend(["...", culprit]);
    }
    let cut = |line: &str| match line.char_indices().nth(EXCERPT_WIDTH) {
        Some((at, _)) => format!("{} [...]", &line[..at]),
        None => line.to_owned(),
    };
    quoted.into_iter().map(cut).collect::<Vec<_>>().join("\n")
}

/// ripgrep's main.rs with a statement that changes codegen at the start of
/// `fn main`; a different `n` gives a different function.
fn edit_main(text: &str, n: usize) -> Result<String> {
    let at = text.find("\nfn main(").ok_or("found no `fn main(`")?;
    let body = at + text[at..].find('{').ok_or("found no body of `fn main`")? + 1;
    Ok(format!("{}\n    let _ = std::hint::black_box({n}u64);{}", &text[..body], &text[body..]))
}

#[cfg(test)]
mod tests {
    use super::{Options, edit_main, excerpt};

    #[test]
    fn edits_main() {
        let text = "use x;\n\nfn main() -> ExitCode {\n    run()\n}\n";
        let expected = "use x;\n\nfn main() -> ExitCode {\n    let _ = std::hint::black_box(7u64);\n    run()\n}\n";
        assert_eq!(edit_main(text, 7).as_deref(), Ok(expected));
        assert!(edit_main("fn other() {}", 1).is_err());
    }

    #[test]
    fn quotes_the_error() {
        let stderr = "   Compiling a\n   Compiling b\nerror: boom\n  --> b.rs\n";
        assert_eq!(excerpt(stderr), "error: boom\n  --> b.rs");
        assert_eq!(excerpt("one\ntwo"), "one\ntwo");
        let long = "x".repeat(400);
        let stderr = format!("thread 'rustc' panicked at a.rs:1:1:\n{long}\n");
        let stderr = stderr + &"  at f\n".repeat(40) + "error: could not compile `b` (lib)\n";
        let quoted = excerpt(&stderr);
        assert!(quoted.starts_with("thread 'rustc' panicked"));
        assert!(quoted.contains(&format!("\n{} [...]\n", "x".repeat(300))));
        assert!(quoted.ends_with("\n...\nerror: could not compile `b` (lib)"));
    }

    #[test]
    fn parses_options() {
        let args = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let options = Options::parse(&args(&["--runs", "1", "rg-runtime"])).expect("valid");
        assert_eq!((options.runs, options.selected.len()), (1, 1));
        assert_eq!(Options::parse(&[]).expect("valid").selected.len(), 6);
        for bad in [&["--runs", "0"][..], &["--runs"], &["nope"], &["--profile", "regex-test"]] {
            assert!(Options::parse(&args(bad)).is_err(), "accepted {bad:?}");
        }
    }
}
