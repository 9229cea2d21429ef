//! `build`: compiles the backend and lays out dist/, a self-contained
//! directory with the backend and the `rustc-clif`/`cargo-clif` wrappers.

use std::fs;

use crate::dirs::{BACKEND_DYLIB, Dirs};
use crate::sysroot::{self, SysrootKind};
use crate::target::{CROSS_TARGETS, CrossTarget, cargo_target_env};
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, run, sync_file, write_script};

pub const HELP: &str = "\
Usage: ./y.sh build [--debug] [--target TRIPLE] [--sysroot llvm|clif]

Builds the backend with the pinned toolchain (release profile by default) and
writes dist/:
  dist/lib/librustc_codegen_cranelift.so   the backend
  dist/bin/rustc-clif                      rustc using the backend
  dist/bin/rustdoc-clif                    rustdoc whose doctests use the backend
  dist/bin/cargo-clif                      cargo compiling every crate with rustc-clif
                                           and doctests with rustdoc-clif
  dist/sysroot/KIND/                       standard libraries built here (below)
The wrappers find dist/ from their own location, so it can be moved.
Cargo does not notice when the backend changes: after rebuilding it, run
`cargo-clif clean` in projects built with the old one.

Standard libraries are compiled from the toolchain's rust-src with cargo's
-Zbuild-std (crates.io must be reachable or its crates cached):
  --target TRIPLE  cross-compile to TRIPLE (aarch64-unknown-linux-gnu): builds
                   its std with LLVM into dist/sysroot/llvm, which the wrappers
                   use for that target (rustup has no rust-std for it here)
  --sysroot clif   also builds std with our backend into dist/sysroot/clif, for
                   TRIPLE or the host; select it with `rustc-clif --sysroot clif`
                   or `cargo-clif --sysroot clif ...`

Options:
  --debug    build with cargo's dev profile instead of release";

pub struct Options {
    pub debug: bool,
    /// A cross target, whose LLVM-built std is then built too.
    pub target: Option<String>,
    /// Also a std built by our backend, for `target` or the host.
    pub clif_sysroot: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options { debug: false, target: None, clif_sysroot: false };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value =
                |flag: &str| args.next().ok_or_else(|| format!("`{flag}` needs a value\n\n{HELP}"));
            match arg.as_str() {
                "--debug" => options.debug = true,
                "--target" => options.target = Some(value("--target")?.clone()),
                "--sysroot" => {
                    options.clif_sysroot =
                        SysrootKind::from_name(value("--sysroot")?)? == SysrootKind::Clif;
                }
                _ => return Err(format!("unexpected argument `{arg}`\n\n{HELP}")),
            }
        }
        if let Some(target) = &options.target {
            CrossTarget::find(target)?.check_tools()?;
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
    let host = toolchain.version_info()?.host;
    let identity = dirs.backend_identity()?;
    let rustc = rustc_clif_script(&toolchain.channel, &host, "rustc", Some(identity.trim()));
    write_script(&dirs.rustc_clif(), &rustc)?;
    let rustdoc = rustc_clif_script(&toolchain.channel, &host, "rustdoc", None);
    write_script(&dirs.rustdoc_clif(), &rustdoc)?;
    write_script(&dirs.cargo_clif(), &cargo_clif_script(&toolchain.channel))?;

    let triple = options.target.as_deref().unwrap_or(&host);
    if options.target.is_some() {
        sysroot::build(dirs, toolchain, SysrootKind::Llvm, triple)?;
    }
    if options.clif_sysroot {
        sysroot::build(dirs, toolchain, SysrootKind::Clif, triple)?;
    }
    Ok(())
}

/// Shell lines that set `$dist` to the dist/ directory holding the script,
/// following symlinks so a linked wrapper still finds its backend.
const FIND_DIST: &str =
    r#"dist="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)""#;

/// The `rustc-clif` (or, with `tool` = "rustdoc", `rustdoc-clif`, which compiles doctests)
/// wrapper script. `backend_identity` names the backend build in `rustc-clif -vV`: cargo keys
/// its build cache on that output, so a new backend makes it rebuild what the old one compiled
/// (and the script's text changes with it, which makes cargo ask again).
fn rustc_clif_script(
    channel: &str,
    host: &str,
    tool: &str,
    backend_identity: Option<&str>,
) -> String {
    let version_query = match backend_identity {
        Some(identity) => format!(
            r#"if [ "$*" = "-vV" ]; then
    {tool} -Zcodegen-backend="$dist/lib/{BACKEND_DYLIB}" -vV
    echo "cranelift-backend-build: {identity}"
    exit
fi
"#
        ),
        None => String::new(),
    };
    let mut cross_cases = String::new();
    for target in CROSS_TARGETS {
        cross_cases.push_str(&format!(
            "    {triple})
        kind=\"${{kind:-llvm}}\"
        [ -n \"$own_linker\" ] || args+=(\"-Clinker={linker}\") ;;
",
            triple = target.triple,
            linker = target.linker
        ));
    }
    let known_targets = std::iter::once(host)
        .chain(CROSS_TARGETS.iter().map(|target| target.triple))
        .collect::<Vec<_>>()
        .join("|");
    format!(
        r#"#!/usr/bin/env bash
# {tool} of toolchain {channel} with the Cranelift backend from this dist/.
# `--sysroot llvm|clif` (or CG_CLIF_SYSROOT=llvm|clif) selects a standard library built by
# `./y.sh build` in dist/sysroot/; a cross target uses `llvm` unless told otherwise, and is
# linked by its cross linker unless one is given. Written by `./y.sh build`.
set -e
{FIND_DIST}
export RUSTUP_TOOLCHAIN={channel}
{version_query}kind="${{CG_CLIF_SYSROOT:-}}"
target=""
own_sysroot=""
own_linker=""
args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --sysroot=llvm | --sysroot=clif)
        kind="${{1#--sysroot=}}"
        shift
        continue ;;
    --sysroot)
        if [ "${{2:-}}" = llvm ] || [ "${{2:-}}" = clif ]; then
            kind="$2"
            shift 2
            continue
        fi
        own_sysroot=1 ;;
    --sysroot=*) own_sysroot=1 ;;
    --target) target="${{2:-}}" ;;
    --target=*) target="${{1#--target=}}" ;;
    -Clinker=* | linker=*) own_linker=1 ;;
    esac
    args+=("$1")
    shift
done
case "$target" in
{cross_cases}esac
target="${{target:-{host}}}"
if [ -n "$own_sysroot" ] || [ -z "$kind" ] || {{ [ "$kind" = llvm ] && [ "$target" = {host} ]; }}; then
    : # the toolchain's own standard library, or the one given
elif [ -d "$dist/sysroot/$kind/lib/rustlib/$target" ]; then
    args+=(--sysroot "$dist/sysroot/$kind")
elif [[ "|{known_targets}|" == *"|$target|"* ]]; then
    echo "error: no standard library for $target in $dist/sysroot/$kind;" \
        "run \`./y.sh build --sysroot $kind --target $target\`" >&2
    exit 1
fi
# (Any other target: the backend itself says which targets it supports.)
exec {tool} -Zcodegen-backend="$dist/lib/{BACKEND_DYLIB}" "${{args[@]}}"
"#
    )
}

fn cargo_clif_script(channel: &str) -> String {
    let mut cross_env = String::new();
    for target in CROSS_TARGETS {
        for (key, value) in [("LINKER", target.linker.to_owned()), ("RUNNER", target.runner_line())]
        {
            let var = cargo_target_env(target.triple, key);
            cross_env.push_str(&format!("export {var}=\"${{{var}:-{value}}}\"\n"));
        }
    }
    format!(
        r#"#!/usr/bin/env bash
# cargo of toolchain {channel}, compiling every crate with ./rustc-clif and doctests with
# ./rustdoc-clif.
# `cargo-clif --sysroot llvm|clif ...` selects the standard library (see rustc-clif); cargo
# links and runs programs of a cross target with its cross linker and qemu unless its
# CARGO_TARGET_<TRIPLE>_LINKER/_RUNNER variables are set. Written by `./y.sh build`.
set -e
{FIND_DIST}
export RUSTUP_TOOLCHAIN={channel}
export RUSTC="$dist/bin/rustc-clif"
export RUSTDOC="$dist/bin/rustdoc-clif"
if [ "${{1:-}}" = --sysroot ]; then
    export CG_CLIF_SYSROOT="${{2:?--sysroot needs llvm or clif}}"
    shift 2
fi
{cross_env}exec cargo "$@"
"#
    )
}

#[cfg(test)]
mod tests {
    use super::rustc_clif_script;

    #[test]
    fn rustc_clif_names_the_backend_build_in_its_version() {
        let rustc =
            rustc_clif_script("nightly-x", "x86_64-unknown-linux-gnu", "rustc", Some("42 7"));
        assert!(rustc.contains("if [ \"$*\" = \"-vV\" ]; then"));
        assert!(rustc.contains("echo \"cranelift-backend-build: 42 7\""));
        let rustdoc = rustc_clif_script("nightly-x", "x86_64-unknown-linux-gnu", "rustdoc", None);
        assert!(!rustdoc.contains("cranelift-backend-build"));
    }
}
