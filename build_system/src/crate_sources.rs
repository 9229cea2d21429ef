//! The crates.io crates whose own test suites the `crates` suite runs: the
//! list in tests/crates/crates.txt, and their sources, which `prepare`
//! downloads from crates.io into target/crates/ instead of vendoring them.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::dirs::Dirs;
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, copy_dir, fresh_dir, run, sorted_entries};

const LIST_FILE: &str = "crates.txt";

/// Marks a crate that only `--suite crates-full` runs.
const FULL_ONLY: &str = "full-only";

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub version: String,
    pub full_only: bool,
}

impl Listed {
    /// `NAME-VERSION`, as cargo names unpacked sources.
    fn dir_name(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }

    /// The prepared copy that the tests build in.
    pub fn source(&self, dirs: &Dirs) -> PathBuf {
        dirs.crate_sources().join(self.dir_name())
    }

    fn lockfile(&self, dirs: &Dirs) -> PathBuf {
        lockfile(dirs, &self.name)
    }

    /// Files laid over the unpacked package, for ones its publisher left out
    /// of it that its tests need.
    fn added_files(&self, dirs: &Dirs) -> PathBuf {
        dirs.crate_list().join(format!("{}.files", self.name))
    }
}

/// The checked-in lockfile of the crate's test build.
pub fn lockfile(dirs: &Dirs, name: &str) -> PathBuf {
    dirs.crate_list().join(format!("{name}.lock"))
}

/// The listed crates, in the order of the list.
pub fn read(dirs: &Dirs) -> Result<Vec<Listed>> {
    let path = dirs.crate_list().join(LIST_FILE);
    let text =
        fs::read_to_string(&path).context(|| format!("failed to read {}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", dirs.show(&path)))
}

/// Lines are `NAME VERSION [full-only]`; `#` starts a comment.
fn parse(text: &str) -> Result<Vec<Listed>> {
    let mut listed: Vec<Listed> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default();
        let words: Vec<&str> = line.split_whitespace().collect();
        let at = || format!("line {}", index + 1);
        let (name, version, full_only) = match words[..] {
            [] => continue,
            [name, version] => (name, version, false),
            [name, version, FULL_ONLY] => (name, version, true),
            _ => return Err(format!("{}: expected `NAME VERSION [{FULL_ONLY}]`", at())),
        };
        // Both end up in a generated Cargo.toml and in paths.
        let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        if !name.chars().all(is_name) {
            return Err(format!("{}: `{name}` is not a crate name", at()));
        }
        let is_version = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+');
        if !version.starts_with(|c: char| c.is_ascii_digit()) || !version.chars().all(is_version) {
            return Err(format!("{}: `{version}` is not an exact version", at()));
        }
        // Names are test names, and cargo takes one version of a crate per project.
        if listed.iter().any(|l| l.name == name) {
            return Err(format!("{}: `{name}` is listed twice", at()));
        }
        listed.push(Listed { name: name.into(), version: version.into(), full_only });
    }
    Ok(listed)
}

/// Downloads every listed crate and lays out a fresh copy of it under
/// target/crates/, with its lockfile and its dependencies fetched, so that
/// the tests can build it offline. With `new_lockfiles`, a crate without a
/// lockfile gets one resolved now and written to tests/crates/.
pub fn prepare(dirs: &Dirs, toolchain: &Toolchain, new_lockfiles: bool) -> Result<()> {
    let listed = read(dirs)?;
    println!("[prepare] fetching the {} crates of {}", listed.len(), LIST_FILE);
    download(dirs, toolchain, &listed)?;
    let unpacked_roots = sorted_entries(&cargo_home()?.join("registry").join("src"))?;

    let sources = dirs.crate_sources();
    let wanted: BTreeSet<PathBuf> = listed.iter().map(|l| l.source(dirs)).collect();
    for stale in sorted_entries(&sources)?.into_iter().filter(|p| !wanted.contains(p)) {
        fs::remove_dir_all(&stale).context(|| format!("failed to remove {}", stale.display()))?;
    }

    for crate_ in &listed {
        let unpacked = unpacked_roots
            .iter()
            .map(|root| root.join(crate_.dir_name()))
            .find(|dir| dir.join(".cargo-ok").is_file())
            .ok_or_else(|| {
                format!("`cargo fetch` left no unpacked source of {}", crate_.dir_name())
            })?;
        let dest = crate_.source(dirs);
        fresh_dir(&dest)?;
        copy_dir(&unpacked, &dest)?;
        let added = crate_.added_files(dirs);
        if added.is_dir() {
            copy_dir(&added, &dest)?;
        }
        make_workspace_root(&dest.join("Cargo.toml"))?;
        let resolve = |manifest: &Path| generate_lockfile(toolchain, manifest);
        install_lockfile(dirs, toolchain, &crate_.lockfile(dirs), &dest, new_lockfiles, resolve)?;
    }
    Ok(())
}

/// Resolves the newest versions for `manifest`, as `cargo update` would pick them.
pub fn generate_lockfile(toolchain: &Toolchain, manifest: &Path) -> Result<()> {
    run(toolchain.command("cargo").arg("generate-lockfile").arg("--manifest-path").arg(manifest))
}

/// Installs the checked-in `lockfile` as the Cargo.lock of the crate copied
/// to `copy` and fetches what it pins, so that tests can build offline. A
/// missing lockfile is an error unless `new_lockfiles`: then `resolve` writes
/// one, given the copy's manifest, and it is saved as `lockfile`.
pub fn install_lockfile(
    dirs: &Dirs,
    toolchain: &Toolchain,
    lockfile: &Path,
    copy: &Path,
    new_lockfiles: bool,
    resolve: impl FnOnce(&Path) -> Result<()>,
) -> Result<()> {
    let manifest = copy.join("Cargo.toml");
    let installed = copy.join("Cargo.lock");
    if lockfile.is_file() {
        fs::copy(lockfile, &installed).context(|| {
            format!("failed to copy {} to {}", lockfile.display(), installed.display())
        })?;
    } else if new_lockfiles {
        resolve(&manifest)?;
        fs::copy(&installed, lockfile)
            .context(|| format!("failed to write {}", lockfile.display()))?;
        println!("[prepare] wrote {}: commit it", dirs.show(lockfile));
    } else {
        let name = lockfile.file_stem().unwrap_or_default().to_string_lossy();
        return Err(format!(
            "{} is missing; `./y.sh prepare --new-lockfiles` resolves the dependencies of \
             {name} and writes it",
            dirs.show(lockfile),
        ));
    }
    run(toolchain.command("cargo").args(["fetch", "--locked", "--manifest-path"]).arg(&manifest))
}

/// Has cargo download and unpack the listed versions, through a generated
/// project that depends on all of them. Cargo accepts one version per crate
/// and semver range in a project, so two listed crates must not require
/// conflicting versions of each other.
fn download(dirs: &Dirs, toolchain: &Toolchain, listed: &[Listed]) -> Result<()> {
    let project = dirs.crate_fetch();
    let mut manifest = String::from(
        "# Written by `./y.sh prepare` to download the crates of tests/crates/crates.txt.\n\
         [package]\nname = \"crates-fetch\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[workspace]\n\n[dependencies]\n",
    );
    for crate_ in listed {
        manifest.push_str(&format!("{} = \"={}\"\n", crate_.name, crate_.version));
    }
    let src = project.join("src");
    fs::create_dir_all(&src).context(|| format!("failed to create {}", src.display()))?;
    let files = [(project.join("Cargo.toml"), manifest.as_str()), (src.join("lib.rs"), "")];
    for (path, contents) in files {
        fs::write(&path, contents).context(|| format!("failed to write {}", path.display()))?;
    }
    run(toolchain
        .command("cargo")
        .arg("fetch")
        .arg("--manifest-path")
        .arg(project.join("Cargo.toml")))
}

/// Cargo unpacks registry sources under `$CARGO_HOME/registry/src/`.
fn cargo_home() -> Result<PathBuf> {
    let non_empty = |var: &str| std::env::var_os(var).filter(|v| !v.is_empty());
    non_empty("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| non_empty("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .ok_or_else(|| "cannot find cargo's home: neither CARGO_HOME nor HOME is set".into())
}

/// Published manifests have no `[workspace]`; without one, cargo searches the
/// parent directories for a workspace and the build would depend on theirs.
pub fn make_workspace_root(manifest: &Path) -> Result<()> {
    let text = fs::read_to_string(manifest)
        .context(|| format!("failed to read {}", manifest.display()))?;
    let is_workspace_table = |line: &str| {
        line.trim_start()
            .strip_prefix("[workspace")
            .is_some_and(|rest| rest.starts_with(']') || rest.starts_with('.'))
    };
    if text.lines().any(is_workspace_table) {
        return Ok(());
    }
    fs::write(manifest, text + "\n[workspace]\n")
        .context(|| format!("failed to write {}", manifest.display()))
}

#[cfg(test)]
mod tests {
    use super::{Listed, parse};

    #[test]
    fn parses_lines() {
        let text = "# list\nitoa 1.0.19\n\n  regex 1.13.2 full-only # slow\n";
        let listed = parse(text).expect("valid list");
        let crate_ = |name: &str, version: &str, full_only| Listed {
            name: name.into(),
            version: version.into(),
            full_only,
        };
        assert_eq!(listed, [crate_("itoa", "1.0.19", false), crate_("regex", "1.13.2", true)]);
    }

    #[test]
    fn rejects_bad_lines() {
        for text in ["itoa", "itoa 1.0 extra", "it\"oa 1.0", "itoa ^1.0", "a 1.0\na 2.0"] {
            assert!(parse(text).is_err(), "accepted {text:?}");
        }
    }
}
