//! The `incremental` suite: each tests/incremental/*.rs is compiled twice into one incremental
//! directory, first with `--cfg rpass1`, then edited by `--cfg rpass2`, with each backend. The
//! file states which CGUs the second compile must reuse or recompile
//! (`#![rustc_partition_reused(module = "...", cfg = "rpass2")]`, checked by rustc itself under
//! `-Zquery-dep-graph`), and both programs must behave as LLVM's do after each pass.

use std::ffi::OsString;
use std::path::Path;

use super::Verdict;
use super::compare::{self, Labels};
use super::context::{Backend, COMPILE_TIMEOUT, Context, RUN_TIMEOUT};
use crate::utils::Result;

const STDERR_LINES: usize = 40;

pub fn run(ctx: &Context, name: &str, source: &Path) -> Result<Verdict> {
    let dir = ctx.scratch(name)?;
    for pass in ["rpass1", "rpass2"] {
        let mut outcomes = Vec::new();
        for backend in [Backend::Llvm, Backend::Clif] {
            let exe = dir.join(format!("prog.{}", backend.name()));
            let incremental = dir.join(format!("incr.{}", backend.name()));
            let mut args: Vec<OsString> = vec![source.into()];
            args.extend(["--cfg".into(), pass.into(), "-Zquery-dep-graph".into()]);
            let mut flag = OsString::from("-Cincremental=");
            flag.push(&incremental);
            args.push(flag);
            args.extend(["-o".into(), exe.clone().into()]);
            let built = ctx.compile(backend, &dir, args)?;
            if !built.success() {
                return Err(format!(
                    "{pass} with {} did not compile ({}):\n{}",
                    backend.name(),
                    built.show_status(COMPILE_TIMEOUT),
                    compare::head(&built.stderr, STDERR_LINES)
                ));
            }
            let mut outcome = ctx.run_program(&exe, &[], &dir, false)?;
            compare::normalize(&mut outcome, false);
            outcomes.push(outcome);
        }
        let labels = Labels { expected: "llvm", actual: "clif" };
        let problems = compare::differences(&outcomes[0], &outcomes[1], &labels, RUN_TIMEOUT);
        if !problems.is_empty() {
            return Err(format!("after {pass}: {}", problems.join("\n")));
        }
    }
    Ok(Verdict::Pass)
}
