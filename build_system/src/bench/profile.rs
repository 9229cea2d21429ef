//! `--profile`: where the time of a clean ripgrep build goes, crate by crate.
//!
//! Cargo shows the stderr of parallel rustc processes line by line, mixed,
//! and nothing in `-Ztime-passes` output names the crate; so a small
//! RUSTC_WRAPPER keeps a copy of every invocation's stderr, with its crate and
//! wall time, in a file of its own.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Duration;

use super::sources::RIPGREP;
use super::stats::{render, show};
use super::{Backend, Bench};
use crate::utils::{Result, ResultExt, fresh_dir, sorted_entries, write_script};

/// Run by cargo as `WRAPPER RUSTC ARGS...`. The copy of stderr is made with
/// `tee`, so cargo still reads it as it comes (pipelining depends on that).
const WRAPPER: &str = r#"#!/usr/bin/env bash
# Written by `./y.sh bench --profile`: runs the compiler cargo passes first and
# keeps a copy of its stderr and its wall time in $BENCH_PROFILE_LOGS.
crate=
prev=
for arg in "$@"; do
    if [ "$prev" = --crate-name ]; then crate="$arg"; fi
    prev="$arg"
done
# Cargo's queries of the compiler (`-vV`, `--print`) compile no crate.
if [ -z "$crate" ] || [ "$crate" = ___ ]; then
    exec "$@"
fi
start="${EPOCHREALTIME:-$(date +%s.%N)}"
log="$BENCH_PROFILE_LOGS/$start-$$"
"$@" 2> >(tee "$log.stderr" >&2)
status=$?
end="${EPOCHREALTIME:-$(date +%s.%N)}"
echo "package=${CARGO_PKG_NAME:-?} crate=$crate start=$start end=$end" >"$log.info"
exit "$status"
"#;

/// How many crates the table shows.
const SHOWN: usize = 5;

/// Our backend's `CG_CLIF_TIMINGS=1` line, summed over threads.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct ClifTimings {
    lower: Duration,
    compile: Duration,
    emit: Duration,
}

impl ClifTimings {
    fn add(&mut self, other: ClifTimings) {
        self.lower += other.lower;
        self.compile += other.compile;
        self.emit += other.emit;
    }
}

/// What one crate cost, summed over its rustc invocations (a crate built
/// both for the host's build scripts and for ripgrep counts twice).
#[derive(Clone, Copy, Debug, Default)]
struct CrateTimes {
    /// Of the rustc process, as the wrapper saw it.
    wall: Duration,
    /// `codegen_crate` + `finish_ongoing_codegen` of `-Ztime-passes`: from
    /// the start of codegen until the last worker finished.
    codegen: Duration,
    clif: Option<ClifTimings>,
}

/// Per crate, of one backend's build.
type Profile = BTreeMap<String, CrateTimes>;

pub fn run(bench: &Bench) -> Result<()> {
    let root = bench.dirs.bench_scratch().join("profile");
    fs::create_dir_all(&root).context(|| format!("failed to create {}", root.display()))?;
    let wrapper = root.join("rustc-wrapper");
    write_script(&wrapper, WRAPPER)?;

    let mut builds = Vec::new();
    for backend in Backend::BOTH {
        let logs = root.join(format!("logs-{}", backend.name()));
        let target = root.join(format!("target-{}", backend.name()));
        fresh_dir(&logs)?;
        fresh_dir(&target)?;
        // One crate at a time, so that a crate's wall time is its own.
        let mut cargo = bench.cargo(backend, &RIPGREP, &target, &["build", "-j1"]);
        cargo
            .env("RUSTFLAGS", "-Ztime-passes")
            .env("RUSTC_WRAPPER", &wrapper)
            .env("BENCH_PROFILE_LOGS", &logs);
        if backend == Backend::Clif {
            cargo.env("CG_CLIF_TIMINGS", "1");
        }
        let wall = bench.timed("ripgrep-profile build", backend, &mut cargo)?;
        builds.push((wall, read_logs(&logs)?));
    }
    let [(llvm_wall, llvm), (clif_wall, clif)] = &builds[..] else {
        unreachable!("one build per backend")
    };
    println!(
        "\nclean ripgrep build with -j1 and -Ztime-passes: LLVM {} ({} crates), clif {} ({} crates)\n",
        show(*llvm_wall),
        llvm.len(),
        show(*clif_wall),
        clif.len()
    );
    print!("{}", table(llvm, clif));
    if clif.values().all(|c| c.clif.is_none()) {
        println!("(no `clif-timings:` lines: this backend does not report CG_CLIF_TIMINGS)");
    }
    println!(
        "\nwall: rustc's wall time for the crate (its own: cargo -j1)\n\
         codegen: wall time of codegen_crate + finish_ongoing_codegen in -Ztime-passes, \
         same measure for both\n\
         lower/compile/emit: our CG_CLIF_TIMINGS (MIR to CLIF / Cranelift / object \
         writing), thread time summed over threads, not wall"
    );
    Ok(())
}

/// The slowest crates under our backend, then the sum over all crates.
fn table(llvm: &Profile, clif: &Profile) -> String {
    let mut slowest: Vec<(&String, &CrateTimes)> = clif.iter().collect();
    slowest.sort_by_key(|(_, times)| std::cmp::Reverse(times.wall));
    let total = |profile: &Profile| {
        let mut sum = CrateTimes::default();
        for times in profile.values() {
            sum.wall += times.wall;
            sum.codegen += times.codegen;
            if let Some(timings) = times.clif {
                sum.clif.get_or_insert_default().add(timings);
            }
        }
        sum
    };
    let all = format!("all {} crates", clif.len());
    let (llvm_total, clif_total) = (total(llvm), total(clif));
    let rows = slowest
        .into_iter()
        .take(SHOWN)
        .map(|(name, times)| (name.as_str(), llvm.get(name), times))
        .chain([(all.as_str(), Some(&llvm_total), &clif_total)]);

    let header = [
        "crate (slowest with clif)",
        "wall LLVM",
        "clif",
        "codegen LLVM",
        "clif",
        "clif lower",
        "compile",
        "emit",
    ];
    let cells: Vec<Vec<String>> = rows
        .map(|(name, llvm, clif)| {
            let ours = |pick: fn(&ClifTimings) -> Duration| {
                clif.clif.as_ref().map_or("-".into(), |t| show(pick(t)))
            };
            vec![
                name.to_owned(),
                llvm.map_or("-".into(), |t| show(t.wall)),
                show(clif.wall),
                llvm.map_or("-".into(), |t| show(t.codegen)),
                show(clif.codegen),
                ours(|t| t.lower),
                ours(|t| t.compile),
                ours(|t| t.emit),
            ]
        })
        .collect();
    render(&header, &cells)
}

/// Reads what the wrapper kept of every rustc invocation in `logs`.
fn read_logs(logs: &Path) -> Result<Profile> {
    let mut profile = Profile::new();
    for info in
        sorted_entries(logs)?.into_iter().filter(|p| p.extension().is_some_and(|e| e == "info"))
    {
        let read = |path: &Path| {
            fs::read_to_string(path).context(|| format!("failed to read {}", path.display()))
        };
        let (name, wall) =
            parse_info(&read(&info)?).map_err(|e| format!("{}: {e}", info.display()))?;
        let stderr = read(&info.with_extension("stderr"))?;
        let passes = time_passes(&stderr);
        let pass = |name: &str| passes.get(name).copied().unwrap_or_default();
        let timings = clif_timings(&stderr).map_err(|e| format!("{}: {e}", info.display()))?;

        let times = profile.entry(name).or_default();
        times.wall += wall;
        times.codegen += pass("codegen_crate") + pass("finish_ongoing_codegen");
        if let Some(timings) = timings {
            times.clif.get_or_insert_default().add(timings);
        }
    }
    Ok(profile)
}

/// The wrapper's `package=P crate=C start=S end=E` line: the crate's name in
/// the table (build scripts by their package) and the wall time.
fn parse_info(line: &str) -> Result<(String, Duration)> {
    let field = |key: &str| {
        line.split_whitespace()
            .find_map(|word| word.strip_prefix(key)?.strip_prefix('='))
            .ok_or_else(|| format!("no `{key}=` in {line:?}"))
    };
    // Bash writes $EPOCHREALTIME with the locale's decimal separator.
    let seconds = |key: &str| -> Result<f64> {
        let value = field(key)?;
        value.replace(',', ".").parse().map_err(|_| format!("`{key}={value}` is no time"))
    };
    let wall = Duration::try_from_secs_f64(seconds("end")? - seconds("start")?)
        .map_err(|e| format!("bad times in {line:?}: {e}"))?;
    let (package, crate_name) = (field("package")?, field("crate")?);
    let name = if crate_name.starts_with("build_script_") {
        format!("{package} (build script)")
    } else {
        crate_name.to_owned()
    };
    Ok((name, wall))
}

/// `-Ztime-passes` lines (`time:   1.234; rss: ... NAME`), summed by pass name.
fn time_passes(stderr: &str) -> BTreeMap<&str, Duration> {
    let mut passes = BTreeMap::new();
    for line in stderr.lines() {
        let Some((secs, rest)) = line.strip_prefix("time:").and_then(|l| l.split_once(';')) else {
            continue;
        };
        let (Ok(secs), Some(name)) = (secs.trim().parse::<f64>(), rest.split_whitespace().last())
        else {
            continue;
        };
        if let Ok(time) = Duration::try_from_secs_f64(secs) {
            *passes.entry(name).or_default() += time;
        }
    }
    passes
}

/// The sum of our backend's `clif-timings: crate=C lower_ms=F compile_ms=F
/// emit_ms=F` lines; `None` if there are none.
fn clif_timings(stderr: &str) -> Result<Option<ClifTimings>> {
    let mut sum: Option<ClifTimings> = None;
    for line in stderr.lines() {
        let Some(fields) = line.strip_prefix("clif-timings:") else { continue };
        let ms = |key: &str| -> Result<Duration> {
            let value = fields
                .split_whitespace()
                .find_map(|word| word.strip_prefix(key)?.strip_prefix('='))
                .ok_or_else(|| format!("no `{key}=` in {line:?}"))?;
            value
                .parse::<f64>()
                .ok()
                .and_then(|ms| Duration::try_from_secs_f64(ms / 1e3).ok())
                .ok_or_else(|| format!("`{key}={value}` is no time in {line:?}"))
        };
        let timings = ClifTimings {
            lower: ms("lower_ms")?,
            compile: ms("compile_ms")?,
            emit: ms("emit_ms")?,
        };
        sum.get_or_insert_default().add(timings);
    }
    Ok(sum)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{ClifTimings, clif_timings, parse_info, time_passes};

    #[test]
    fn reads_time_passes() {
        let stderr = "time:   0.006; rss:   75MB ->   95MB (  +20MB)\tcodegen_crate\n\
                      {\"$message_type\":\"artifact\"}\n\
                      time:   0.002; rss:   78MB ->   77MB (   -1MB)\tfinish_ongoing_codegen\n\
                      time:   1.500; rss:   27MB ->   73MB (  +45MB)\ttotal\n";
        let passes = time_passes(stderr);
        assert_eq!(passes.len(), 3);
        assert_eq!(passes["codegen_crate"], Duration::from_millis(6));
        assert_eq!(passes["total"], Duration::from_millis(1500));
    }

    #[test]
    fn reads_clif_timings() {
        let line = "clif-timings: crate=regex lower_ms=12.5 compile_ms=100.0 emit_ms=2.0\n";
        let expected = ClifTimings {
            lower: Duration::from_micros(12_500),
            compile: Duration::from_millis(100),
            emit: Duration::from_millis(2),
        };
        assert_eq!(clif_timings(&format!("warning: x\n{line}")), Ok(Some(expected)));
        assert_eq!(clif_timings("time:   0.1; rss: 1MB -> 1MB\ttotal\n"), Ok(None));
        assert!(clif_timings("clif-timings: crate=x lower_ms=1\n").is_err());
    }

    #[test]
    fn reads_wrapper_lines() {
        let line = "package=serde crate=build_script_build start=10,25 end=12.75\n";
        assert_eq!(
            parse_info(line),
            Ok(("serde (build script)".into(), Duration::from_millis(2500)))
        );
        let line = "package=regex-automata crate=regex_automata start=1.0 end=2.0";
        assert_eq!(parse_info(line), Ok(("regex_automata".into(), Duration::from_secs(1))));
        assert!(parse_info("package=x crate=y start=1").is_err());
    }
}
