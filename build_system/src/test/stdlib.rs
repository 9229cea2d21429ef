//! The `stdlib` suite: the standard library's own tests (library/coretests,
//! library/alloctests, library/portable-simd and library/std/tests of rust-src), compared with
//! LLVM like the crates of the `crates` suite. They exercise the standard library far more
//! thoroughly than our own tests, on the code paths real programs use.

use std::path::Path;

use super::context::Context;
use super::crates::{CargoTests, check_prepared};
use super::{Verdict, skip_list};
use crate::stdlib_sources::{CRATES, LibraryTests};
use crate::utils::Result;

/// Tests listed by name when they passed under LLVM only.
const LOST_SHOWN: usize = 30;

/// Tests the crate prepared in `source`; `name` is `stdlib/NAME`.
pub fn run(ctx: &Context, name: &str, source: &Path) -> Result<Verdict> {
    let crate_name = name.rsplit('/').next().unwrap_or(name);
    let crate_ = LibraryTests::find(crate_name)
        .ok_or_else(|| format!("`{crate_name}` is not a test crate of the standard library"))?;
    crate_.check_fresh(ctx.dirs, ctx.toolchain)?;
    check_prepared(ctx, &crate_.lockfile(ctx.dirs), source)?;

    // The same skips for both backends: skipped tests are simply absent.
    let known: Vec<&str> = CRATES.iter().map(|c| c.name).collect();
    let skips = skip_list::read(ctx.dirs, &known)?;
    let test_args: Vec<String> = skips
        .into_iter()
        .filter(|skip| skip.crate_name == crate_name)
        .flat_map(|skip| ["--skip".to_owned(), skip.test])
        .collect();

    let tests = CargoTests {
        crate_name,
        source,
        target_dirs: "stdlib",
        targets: crate_.targets,
        test_args: &test_args,
        test_env: crate_.test_env,
        lost_shown: LOST_SHOWN,
    };
    tests.compare(ctx, &ctx.scratch(name)?)
}
