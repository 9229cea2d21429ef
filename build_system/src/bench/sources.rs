//! The crates.io packages the benchmarks build, pinned by version and by the
//! SHA-256 that crates.io's index lists for them. Each is downloaded once
//! into target/bench/downloads/ and unpacked afresh for every `./y.sh bench`,
//! so that the edits of an interrupted rebuild benchmark never carry over.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::crate_sources::{generate_lockfile, install_lockfile, make_workspace_root};
use crate::dirs::Dirs;
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, capture, fresh_dir, run};

pub struct Package {
    pub name: &'static str,
    pub version: &'static str,
    /// Of the `.crate` file, as the `cksum` of crates.io's index.
    sha256: &'static str,
}

pub const RIPGREP: Package = Package {
    name: "ripgrep",
    version: "15.2.0",
    sha256: "a30750b6d0743bfdd2656ebbaf4555aa278c43144b84bc389bcbfa399485ec71",
};

/// The newest 1.x when the benchmark was written.
pub const REGEX: Package = Package {
    name: "regex",
    version: "1.13.2",
    sha256: "9807af0e638c12e753aa1b4e601791bf2a8f71274023c8bbeec12fc149950857",
};

impl Package {
    /// `NAME-VERSION`, as the `.crate` archive names its top directory.
    fn dir_name(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }

    /// The unpacked copy the benchmarks build in.
    pub fn source(&self, dirs: &Dirs) -> PathBuf {
        dirs.bench_scratch().join("src").join(self.dir_name())
    }

    pub fn manifest(&self, dirs: &Dirs) -> PathBuf {
        self.source(dirs).join("Cargo.toml")
    }

    fn archive(&self, dirs: &Dirs) -> PathBuf {
        dirs.bench_scratch().join("downloads").join(format!("{}.crate", self.dir_name()))
    }

    fn url(&self) -> String {
        format!("https://static.crates.io/crates/{0}/{0}-{1}.crate", self.name, self.version)
    }

    /// Used only when the package ships no Cargo.lock of its own.
    fn checked_in_lockfile(&self, dirs: &Dirs) -> PathBuf {
        dirs.bench_locks().join(format!("{}.lock", self.name))
    }
}

/// Lays out a fresh copy of `package` with its dependencies fetched, so that
/// the benchmarks can build it `--offline` and `--locked`: the network stays
/// out of the measurements.
pub fn prepare(dirs: &Dirs, toolchain: &Toolchain, package: &Package) -> Result<()> {
    println!("[bench] preparing {} {}", package.name, package.version);
    let archive = package.archive(dirs);
    if !archive.is_file() {
        download(package, &archive)?;
    }

    let source = package.source(dirs);
    fresh_dir(&source)?;
    let parent = source.parent().ok_or_else(|| format!("{} has no parent", source.display()))?;
    run(Command::new("tar").arg("-xzf").arg(&archive).arg("-C").arg(parent))?;
    make_workspace_root(&package.manifest(dirs))?;

    // A lockfile in bench/ wins; without one, the package's own pins the graph.
    let lockfile = package.checked_in_lockfile(dirs);
    if lockfile.is_file() || !source.join("Cargo.lock").is_file() {
        fs::create_dir_all(dirs.bench_locks())
            .context(|| format!("failed to create {}", dirs.bench_locks().display()))?;
        let resolve = |manifest: &Path| generate_lockfile(toolchain, manifest);
        return install_lockfile(dirs, toolchain, &lockfile, &source, true, resolve);
    }
    run(toolchain
        .command("cargo")
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(package.manifest(dirs)))
}

/// Downloads the `.crate` archive and keeps it only if its checksum is the pinned one.
fn download(package: &Package, archive: &Path) -> Result<()> {
    let dir = archive.parent().ok_or_else(|| format!("{} has no parent", archive.display()))?;
    fs::create_dir_all(dir).context(|| format!("failed to create {}", dir.display()))?;
    let partial = archive.with_extension("part");
    run(Command::new("curl")
        .args(["--fail", "--silent", "--show-error", "--location", "--retry", "3", "--output"])
        .arg(&partial)
        .arg(package.url()))?;
    let sum = capture(Command::new("sha256sum").arg(&partial))?;
    let sum = sum.split_whitespace().next().unwrap_or_default();
    if sum != package.sha256 {
        let _ = fs::remove_file(&partial);
        return Err(format!(
            "{} has SHA-256 {sum}, not the pinned {}",
            package.url(),
            package.sha256
        ));
    }
    fs::rename(&partial, archive)
        .context(|| format!("failed to move {} into place", archive.display()))
}
