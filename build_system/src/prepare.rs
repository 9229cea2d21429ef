//! `prepare`: everything that needs the network, done once up front so that
//! `build` and `test` can run offline.

use std::process::Command;

use crate::dirs::Dirs;
use crate::toolchain::Toolchain;
use crate::utils::{Result, capture, run};
use crate::{crate_sources, stdlib_sources};

pub const HELP: &str = "\
Usage: ./y.sh prepare [--new-lockfiles]

Installs the pinned toolchain and its components if missing (via rustup) and
fetches the crate dependencies of the backend and of the cargo test projects.
Downloads the crates listed in tests/crates/crates.txt from crates.io into a
fresh target/crates/NAME-VERSION/ each, with the dependencies that their
lockfile tests/crates/NAME.lock pins. Copies the standard library's test
crates (coretests, alloctests) from the toolchain's rust-src into a fresh
target/stdlib/NAME/ each, with the dependencies of tests/stdlib/NAME.lock.
Safe to run repeatedly: steps that are already done are skipped.

Options:
  --new-lockfiles   write the missing tests/crates/NAME.lock, resolving the
                    dependencies of those crates to their newest versions, and
                    the missing tests/stdlib/NAME.lock, taking the versions of
                    rust-src's library/Cargo.lock";

pub fn main(args: &[String], dirs: &Dirs, toolchain: &Toolchain) -> Result<()> {
    let mut new_lockfiles = false;
    for arg in args {
        match arg.as_str() {
            "--new-lockfiles" => new_lockfiles = true,
            _ => return Err(format!("unexpected argument `{arg}`\n\n{HELP}")),
        }
    }
    prepare(dirs, toolchain, new_lockfiles)
}

pub fn prepare(dirs: &Dirs, toolchain: &Toolchain, new_lockfiles: bool) -> Result<()> {
    ensure_toolchain(toolchain)?;

    println!("[prepare] fetching dependencies of the backend");
    run(toolchain
        .command("cargo")
        .current_dir(&dirs.root)
        .args(["fetch", "--manifest-path"])
        .arg(dirs.root.join("Cargo.toml")))?;

    for project in crate::test::cargo_projects(dirs)? {
        // Without a lockfile cargo would write one into tests/; such a project
        // resolves its dependencies when the test runs instead.
        if project.join("Cargo.lock").is_file() {
            println!("[prepare] fetching dependencies of {}", dirs.show(&project));
            run(toolchain
                .command("cargo")
                .args(["fetch", "--locked", "--manifest-path"])
                .arg(project.join("Cargo.toml")))?;
        }
    }

    crate_sources::prepare(dirs, toolchain, new_lockfiles)?;
    stdlib_sources::prepare(dirs, toolchain, new_lockfiles)
}

/// Installs the toolchain, or only the components it lacks.
fn ensure_toolchain(toolchain: &Toolchain) -> Result<()> {
    let channel = &toolchain.channel;
    if !toolchain.is_installed() {
        println!("[prepare] installing toolchain {channel}");
        let mut cmd = Command::new("rustup");
        cmd.args(["toolchain", "install", channel, "--profile", "minimal"]);
        if !toolchain.components.is_empty() {
            cmd.arg("-c").arg(toolchain.components.join(","));
        }
        return run(&mut cmd);
    }

    let host = toolchain.version_info()?.host;
    let installed = capture(Command::new("rustup").args([
        "component",
        "list",
        "--installed",
        "--toolchain",
        channel,
    ]))?;
    // Installed components are listed either bare (`rust-src`) or with the
    // host appended (`rustc-dev-x86_64-unknown-linux-gnu`).
    let missing: Vec<&String> = toolchain
        .components
        .iter()
        .filter(|c| !installed.lines().any(|l| l == *c || l == format!("{c}-{host}")))
        .collect();
    if missing.is_empty() {
        println!("[prepare] toolchain {channel} and its components are installed");
        return Ok(());
    }
    println!("[prepare] adding components to {channel}: {missing:?}");
    run(Command::new("rustup").args(["component", "add", "--toolchain", channel]).args(missing))
}
