//! rg-runtime: how fast the debug `rg` of each backend searches a fixed tree,
//! and that both find exactly the same.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::Backend;
use super::stats::{Row, Samples};
use crate::utils::{Result, ResultExt, describe, run_with_timeout, show_status};

struct Search {
    title: &'static str,
    pattern: &'static str,
}

const SEARCHES: [Search; 2] = [
    // Mostly literal: memchr and the literal prefilters do the work.
    Search { title: "fn [a-z_]+\\(", pattern: r"fn [a-z_]+\(" },
    // No literal to look for: the regex engine sees every byte.
    Search { title: "\\w+_\\w+ = \\w+\\(", pattern: r"\w+_\w+\s*=\s*\w+\(" },
];

/// For every search: no user config; one thread and files in path order
/// (`--sort path`), so the output is deterministic and the time that of one
/// core; counts per file keep the output small.
const COMMON_ARGS: &[&str] = &["--no-config", "--sort", "path", "--count"];

/// A first run that takes longer than this is killed: the binary hangs.
const FIRST_RUN_TIMEOUT: Duration = Duration::from_secs(600);

/// What a search printed, to compare the backends by.
#[derive(PartialEq, Eq)]
struct Found {
    status: ExitStatus,
    stdout: Vec<u8>,
}

/// Times each search with the `rg` that `rg` names per backend, over
/// `corpus`, `runs` times per backend, the backends taking turns after an
/// untimed first run each (which also warms the page cache).
pub fn run(rg: impl Fn(Backend) -> PathBuf, corpus: &Path, runs: usize) -> Result<Vec<Row>> {
    if !corpus.is_dir() {
        return Err(format!("{} is missing: is rust-src installed?", corpus.display()));
    }
    let mut rows = Vec::new();
    for search in &SEARCHES {
        let command = |backend| {
            let mut cmd = Command::new(rg(backend));
            cmd.env_remove("RIPGREP_CONFIG_PATH")
                .args(COMMON_ARGS)
                .arg(search.pattern)
                .arg(corpus)
                .stdin(Stdio::null());
            cmd
        };

        let first = |backend| -> Result<Found> {
            let mut cmd = command(backend);
            let outcome = run_with_timeout(&mut cmd, FIRST_RUN_TIMEOUT)?;
            let status = outcome.status.ok_or_else(|| {
                format!("`{}` was killed after {}s", describe(&cmd), FIRST_RUN_TIMEOUT.as_secs())
            })?;
            if outcome.truncated {
                return Err(format!("`{}` printed too much to compare", describe(&cmd)));
            }
            Ok(Found { status, stdout: outcome.stdout })
        };
        let expected = first(Backend::Llvm)?;
        if !expected.status.success() {
            return Err(format!(
                "`{}` exited with {}: the search should find matches",
                describe(&command(Backend::Llvm)),
                show_status(expected.status)
            ));
        }
        compare(&expected, &first(Backend::Clif)?, search)?;

        let samples = Samples::alternate(runs, |backend, _| {
            let mut cmd = command(backend);
            let start = Instant::now();
            let output =
                cmd.output().context(|| format!("failed to start `{}`", describe(&cmd)))?;
            let time = start.elapsed();
            compare(&expected, &Found { status: output.status, stdout: output.stdout }, search)?;
            Ok(time)
        })?;
        println!(
            "[bench]   rg '{}': outputs identical ({} lines)",
            search.title,
            expected.stdout.split(|&b| b == b'\n').count().saturating_sub(1)
        );
        rows.push(Row { title: format!("rg '{}' (run time)", search.title), samples });
    }
    Ok(rows)
}

/// Fails, loudly, unless `found` is what LLVM's rg found.
fn compare(expected: &Found, found: &Found, search: &Search) -> Result<()> {
    if found == expected {
        return Ok(());
    }
    let mut message = format!("rg '{}' finds different things with the two backends", search.title);
    if found.status != expected.status {
        message.push_str(&format!(
            "\nexit status: LLVM's {}, ours {}",
            show_status(expected.status),
            show_status(found.status)
        ));
    }
    let llvm = String::from_utf8_lossy(&expected.stdout);
    let clif = String::from_utf8_lossy(&found.stdout);
    let (mut llvm_lines, mut clif_lines) = (llvm.lines(), clif.lines());
    for line in 1.. {
        match (llvm_lines.next(), clif_lines.next()) {
            (None, None) => break,
            (a, b) if a == b => continue,
            (a, b) => {
                let show =
                    |l: Option<&str>| l.map_or("(end of output)".into(), |l| format!("{l:?}"));
                message.push_str(&format!(
                    "\nfirst difference, line {line}:\n  LLVM: {}\n  clif: {}",
                    show(a),
                    show(b)
                ));
                break;
            }
        }
    }
    Err(message)
}
