//! Judging a program built by our backend against the same program built by
//! LLVM: both streams and the exit status must be identical.

use std::time::Duration;

use super::diff;
use crate::utils::Outcome;

/// Changed lines shown per differing stream.
const DIFF_LINES: usize = 20;

/// Names of the two sides in messages, e.g. ("llvm", "clif").
pub struct Labels<'a> {
    pub expected: &'a str,
    pub actual: &'a str,
}

/// Empty when the runs match; otherwise a description of each difference.
pub fn differences(
    expected: &Outcome,
    actual: &Outcome,
    labels: &Labels,
    timeout: Duration,
) -> Vec<String> {
    let mut problems = Vec::new();
    if actual.status.is_none() {
        problems.push(format!("{} timed out after {}s", labels.actual, timeout.as_secs()));
    } else if expected.status != actual.status {
        problems.push(format!(
            "exit status differs: {} {}, {} {}",
            labels.expected,
            expected.show_status(timeout),
            labels.actual,
            actual.show_status(timeout)
        ));
    }
    for (stream, old, new) in
        [("stdout", &expected.stdout, &actual.stdout), ("stderr", &expected.stderr, &actual.stderr)]
    {
        if old != new {
            let diff = diff::render(
                &String::from_utf8_lossy(old),
                &String::from_utf8_lossy(new),
                DIFF_LINES,
            );
            problems.push(format!(
                "{stream} differs (-{}, +{}):\n{diff}",
                labels.expected, labels.actual
            ));
        }
    }
    if actual.truncated || expected.truncated {
        problems.push("output was cut at 16 MiB".into());
    }
    problems
}

/// The start of a compiler's stderr, enough to see the first errors.
pub fn head(stderr: &[u8], lines: usize) -> String {
    let text = String::from_utf8_lossy(stderr);
    let mut out: Vec<&str> = text.lines().take(lines).collect();
    let total = text.lines().count();
    let more = format!("... ({} more lines)", total.saturating_sub(lines));
    if total > lines {
        out.push(&more);
    }
    out.join("\n")
}

/// Removes output that legitimately varies between two runs of the same
/// program: thread ids in panic messages, and for test harnesses the timing.
pub fn normalize(outcome: &mut Outcome, harness: bool) {
    for stream in [&mut outcome.stdout, &mut outcome.stderr] {
        *stream = strip_thread_ids(stream);
        if harness {
            *stream = strip_test_timing(stream);
        }
    }
}

/// Makes two debugger sessions comparable: addresses, process and thread ids differ between
/// runs and builds, and the program's file name between the backends (`exe_name`).
pub fn normalize_debugger(output: &[u8], exe_name: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(output).replace(exe_name, "<exe>");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(pos) = rest.find(|c: char| c.is_ascii_digit()) {
        let (before, from) = rest.split_at(pos);
        out.push_str(before);
        let hex = from
            .strip_prefix("0x")
            .map(|digits| digits.chars().take_while(char::is_ascii_hexdigit).count());
        let id_prefix = ["process ", "LWP ", "Thread "].iter().any(|p| before.ends_with(p));
        let digits = from.chars().take_while(char::is_ascii_digit).count();
        match hex {
            Some(len) if len > 0 => {
                out.push_str("0x?");
                rest = &from[2 + len..];
            }
            _ if id_prefix => {
                out.push('N');
                rest = &from[digits..];
            }
            _ => {
                out.push_str(&from[..digits]);
                rest = &from[digits..];
            }
        }
    }
    out.push_str(rest);
    out.into_bytes()
}

/// Turns `thread 'main' (12345) panicked` into `thread 'main' panicked`:
/// std prints the OS thread id, which differs from run to run.
fn strip_thread_ids(output: &[u8]) -> Vec<u8> {
    const PREFIX: &[u8] = b"thread '";
    let mut out = Vec::with_capacity(output.len());
    let mut rest = output;
    while let Some(pos) = rest.windows(PREFIX.len()).position(|w| w == PREFIX) {
        let name_start = pos + PREFIX.len();
        out.extend_from_slice(&rest[..name_start]);
        rest = &rest[name_start..];
        let Some(close) = rest.iter().position(|&b| b == b'\'' || b == b'\n') else { break };
        if rest[close] != b'\'' {
            continue;
        }
        if let Some(id) = rest[close + 1..].strip_prefix(b" (") {
            let digits = id.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 0 && id.get(digits) == Some(&b')') {
                out.extend_from_slice(&rest[..=close]);
                rest = &id[digits + 1..];
            }
        }
    }
    out.extend_from_slice(rest);
    out
}

/// Drops libtest's run time (`; finished in 0.01s`), the only part of a
/// test harness's output that legitimately varies between runs.
fn strip_test_timing(output: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(output);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.find("; finished in ") {
            Some(cut) => {
                out.push_str(&line[..cut]);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::{head, strip_test_timing, strip_thread_ids};

    #[test]
    fn strips_thread_ids() {
        let out = b"x\nthread 'main' (6375) panicked at a.rs:1:2:\nthread '<unnamed>' (1) has overflowed\n";
        assert_eq!(
            strip_thread_ids(out),
            b"x\nthread 'main' panicked at a.rs:1:2:\nthread '<unnamed>' has overflowed\n".to_vec()
        );
        let kept = b"thread 'x' (abc) and thread 'unterminated\n";
        assert_eq!(strip_thread_ids(kept), kept.to_vec());
    }

    #[test]
    fn strips_timing() {
        let out = b"running 1 test\ntest result: ok. 1 passed; 0 failed; finished in 0.25s\n";
        assert_eq!(
            strip_test_timing(out),
            b"running 1 test\ntest result: ok. 1 passed; 0 failed\n".to_vec()
        );
    }

    #[test]
    fn head_counts_rest() {
        assert_eq!(head(b"a\nb\nc\n", 2), "a\nb\n... (1 more lines)");
        assert_eq!(head(b"a\n", 2), "a");
    }
}
