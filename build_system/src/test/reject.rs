//! The `reject` suite: programs our backend must refuse with a proper error
//! (exit code 1 and a clear message), never with an ICE or a panic.

use std::ffi::OsString;
use std::path::Path;

use super::context::{Backend, COMPILE_TIMEOUT, Context};
use super::directives::Directives;
use super::{Verdict, compare};
use crate::utils::Result;

/// What the backend says about a feature it does not implement yet; a test
/// can expect another text with `//@ error-pattern:`.
const DEFAULT_PATTERN: &str = "is not yet supported by the Cranelift backend";

/// Signs of a crash rather than a diagnostic.
const FORBIDDEN: &[&str] = &["internal compiler error", "panicked"];

/// rustc's exit code for ordinary compile errors (101 is an ICE).
const ERROR_EXIT_CODE: i32 = 1;

const STDERR_LINES: usize = 40;

pub fn run(ctx: &Context, name: &str, source: &Path) -> Result<Verdict> {
    let directives = Directives::load(source)?;
    directives.allow_only(&["compile-flags", "skip", "only-arch", "error", "error-pattern"])?;
    if let Some(reason) = directives.skip_reason(ctx.arch()) {
        return Ok(Verdict::Skip(reason));
    }

    let dir = ctx.scratch(name)?;
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    let mut args: Vec<OsString> = vec![source.into()];
    args.extend(directives.compile_flags.iter().map(OsString::from));
    args.extend(["-o".into(), dir.join(format!("{stem}.clif")).into()]);
    let outcome = ctx.compile(Backend::Clif, &dir, args)?;
    let stderr = String::from_utf8_lossy(&outcome.stderr);

    let mut problems = Vec::new();
    if outcome.success() {
        problems.push("compiled successfully, but must be rejected".to_owned());
    } else if outcome.code() != Some(ERROR_EXIT_CODE) {
        problems.push(format!(
            "expected exit code {ERROR_EXIT_CODE}, got {}",
            outcome.show_status(COMPILE_TIMEOUT)
        ));
    }
    let pattern = directives.error_pattern.as_deref().unwrap_or(DEFAULT_PATTERN);
    for expected in std::iter::once(pattern).chain(directives.errors.iter().map(String::as_str)) {
        if !stderr.contains(expected) {
            problems.push(format!("stderr lacks `{expected}`"));
        }
    }
    // LLVM removes its temporary files when compilation fails; so must we.
    let left: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()
        })
        .unwrap_or_default();
    if !left.is_empty() {
        problems.push(format!("left files behind: {}", left.join(" ")));
    }
    for forbidden in FORBIDDEN {
        if stderr.contains(forbidden) {
            problems.push(format!("stderr contains `{forbidden}`"));
        }
    }

    if problems.is_empty() {
        return Ok(Verdict::Pass);
    }
    if !outcome.stderr.is_empty() {
        problems.push(format!("stderr:\n{}", compare::head(&outcome.stderr, STDERR_LINES)));
    }
    Err(problems.join("\n"))
}
