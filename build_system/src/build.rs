//! `build`: compiles the backend and lays out dist/, a self-contained
//! directory with the backend and the `rustc-clif`/`cargo-clif` wrappers.

use std::fs;

use crate::dirs::{BACKEND_DYLIB, Dirs};
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, run, sync_file, write_script};

pub const HELP: &str = "\
Usage: ./y.sh build [--debug]

Builds the backend with the pinned toolchain (release profile by default) and
writes dist/:
  dist/lib/librustc_codegen_cranelift.so   the backend
  dist/bin/rustc-clif                      rustc using the backend
  dist/bin/cargo-clif                      cargo compiling every crate with rustc-clif
The wrappers find dist/ from their own location, so it can be moved.
Cargo does not notice when the backend changes: after rebuilding it, run
`cargo-clif clean` in projects built with the old one.

Options:
  --debug    build with cargo's dev profile instead of release";

pub struct Options {
    pub debug: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options { debug: false };
        for arg in args {
            match arg.as_str() {
                "--debug" => options.debug = true,
                _ => return Err(format!("unexpected argument `{arg}`\n\n{HELP}")),
            }
        }
        Ok(options)
    }
}

pub fn main(args: &[String], dirs: &Dirs, toolchain: &Toolchain) -> Result<()> {
    build(&Options::parse(args)?, dirs, toolchain)?;
    println!("[build] dist is at {}", dirs.dist().display());
    Ok(())
}

pub fn build(options: &Options, dirs: &Dirs, toolchain: &Toolchain) -> Result<()> {
    if !toolchain.is_installed() {
        crate::prepare::prepare(dirs, toolchain, false)?;
    }

    let profile = if options.debug { "debug" } else { "release" };
    println!("[build] building the backend ({profile})");
    let mut cargo = toolchain.command("cargo");
    cargo.current_dir(&dirs.root).arg("build").arg("--target-dir").arg(dirs.target());
    if !options.debug {
        cargo.arg("--release");
    }
    run(&mut cargo)?;

    let built = dirs.target().join(profile).join(BACKEND_DYLIB);
    let lib = dirs.dist().join("lib");
    let bin = dirs.dist().join("bin");
    for dir in [&lib, &bin] {
        fs::create_dir_all(dir).context(|| format!("failed to create {}", dir.display()))?;
    }
    sync_file(&built, &dirs.dist_backend())?;
    write_script(&dirs.rustc_clif(), &rustc_clif_script(&toolchain.channel))?;
    write_script(&dirs.cargo_clif(), &cargo_clif_script(&toolchain.channel))?;
    Ok(())
}

/// Shell lines that set `$dist` to the dist/ directory holding the script,
/// following symlinks so a linked wrapper still finds its backend.
const FIND_DIST: &str =
    r#"dist="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)""#;

fn rustc_clif_script(channel: &str) -> String {
    format!(
        "#!/usr/bin/env bash
# rustc of toolchain {channel} with the Cranelift backend from this dist/.
# Written by `./y.sh build`.
set -e
{FIND_DIST}
export RUSTUP_TOOLCHAIN={channel}
exec rustc -Zcodegen-backend=\"$dist/lib/{BACKEND_DYLIB}\" \"$@\"
"
    )
}

fn cargo_clif_script(channel: &str) -> String {
    format!(
        "#!/usr/bin/env bash
# cargo of toolchain {channel}, compiling every crate with ./rustc-clif.
# Written by `./y.sh build`.
set -e
{FIND_DIST}
export RUSTUP_TOOLCHAIN={channel}
export RUSTC=\"$dist/bin/rustc-clif\"
exec cargo \"$@\"
"
    )
}
