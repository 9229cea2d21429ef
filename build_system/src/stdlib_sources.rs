//! The standard library's own test crates that the `stdlib` suite runs. They
//! ship with the toolchain's rust-src component, so `prepare` copies them out
//! of it into target/stdlib/; only their dev-dependencies (`rand`,
//! `rand_xorshift`) come from crates.io, pinned by tests/stdlib/NAME.lock.

use std::fs;
use std::path::{Path, PathBuf};

use crate::crate_sources::{install_lockfile, make_workspace_root};
use crate::dirs::Dirs;
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, copy_dir, fresh_dir, run};

/// Names the toolchain a copy was taken from, so a stale one is noticed.
const STAMP: &str = ".prepared-from";

/// One test crate of the standard library: library/NAME in rust-src.
pub struct LibraryTests {
    pub name: &'static str,
    pub origin: Origin,
    /// The cargo targets that run: their test targets, not their benchmarks,
    /// which would only add build time.
    pub targets: &'static [&'static str],
    /// Other directories of library/ that its sources include by relative
    /// `#[path]`, copied next to it.
    pub includes: &'static [&'static str],
    /// Environment of the test binaries, the same under both backends.
    pub test_env: &'static [(&'static str, &'static str)],
}

/// Where in library/ a test crate comes from.
pub enum Origin {
    /// library/NAME, a package with its own manifest.
    Package,
    /// The integration tests in library/PACKAGE/tests, which become a package
    /// with tests/stdlib/NAME.toml as its manifest. std's own package builds
    /// only as part of a sysroot, but its integration tests are ordinary
    /// crates that link the installed std.
    TestsOf {
        package: &'static str,
        /// Feature gates that files (relative to the package) use without
        /// enabling them, as `(file, feature)`: added to the copy.
        missing_features: &'static [(&'static str, &'static str)],
    },
}

/// In the order of their test names.
pub const CRATES: [LibraryTests; 4] = [
    LibraryTests {
        name: "alloctests",
        origin: Origin::Package,
        // The library target's unit tests are alloc's own `#[cfg(test)]`
        // modules; the `*_alloc_error` tests are binaries of their own as
        // they set the process-wide alloc error hook.
        targets: &[
            "--lib",
            "--test",
            "alloctests",
            "--test",
            "c_str_alloc_error",
            "--test",
            "vec_deque_alloc_error",
        ],
        // Tests of private items live in alloc/src, compiled into the library target.
        includes: &["alloc"],
        test_env: &[],
    },
    LibraryTests {
        name: "coretests",
        origin: Origin::Package,
        targets: &["--test", "coretests"],
        includes: &[],
        test_env: &[],
    },
    // `std::simd` (`core_simd`, a workspace of its own) and `StdFloat`: every
    // operation at every lane count, which the corpus cannot cover. Its
    // `test_helpers` and proptest build with `opt-level = 2`, its workspace's
    // setting. Each property runs 32 random cases instead of proptest's 256:
    // the full count takes our debug build about 9 minutes (the random number
    // generator's `core::arch` calls dominate).
    LibraryTests {
        name: "portable-simd",
        origin: Origin::Package,
        targets: &["-p", "core_simd", "-p", "std_float"],
        includes: &[],
        test_env: &[("PROPTEST_CASES", "32")],
    },
    // std's threads, locks, channels, thread-locals, panics, processes,
    // environment and paths, which core and alloc do not have.
    LibraryTests {
        name: "stdtests",
        origin: Origin::TestsOf {
            package: "std",
            missing_features: &[("tests/sync/lib.rs", "sync_poison_mod")],
        },
        targets: &["--tests"],
        includes: &[],
        test_env: &[],
    },
];

impl LibraryTests {
    pub fn find(name: &str) -> Option<&'static LibraryTests> {
        CRATES.iter().find(|c| c.name == name)
    }

    /// The prepared copy that the tests build in.
    pub fn source(&self, dirs: &Dirs) -> PathBuf {
        dirs.stdlib_sources().join(self.name)
    }

    /// Our manifest of a crate made of another package's tests.
    fn manifest(&self, dirs: &Dirs) -> PathBuf {
        dirs.stdlib_list().join(format!("{}.toml", self.name))
    }

    /// Lays out the crate at `dest`, from the library/ directory `library`.
    fn copy(&self, dirs: &Dirs, library: &Path, dest: &Path) -> Result<()> {
        fresh_dir(dest)?;
        match self.origin {
            Origin::Package => copy_dir(&library.join(self.name), dest),
            Origin::TestsOf { package, missing_features } => {
                copy_dir(&library.join(package).join("tests"), &dest.join("tests"))?;
                let manifest = self.manifest(dirs);
                let to = dest.join("Cargo.toml");
                fs::copy(&manifest, &to).context(|| {
                    format!("failed to copy {} to {}", manifest.display(), to.display())
                })?;
                for (file, feature) in missing_features {
                    let path = dest.join(file);
                    let text = fs::read_to_string(&path)
                        .context(|| format!("failed to read {}", path.display()))?;
                    fs::write(&path, format!("#![feature({feature})]\n{text}"))
                        .context(|| format!("failed to write {}", path.display()))?;
                }
                Ok(())
            }
        }
    }

    /// The checked-in lockfile of the crate's test build.
    pub fn lockfile(&self, dirs: &Dirs) -> PathBuf {
        dirs.stdlib_list().join(format!("{}.lock", self.name))
    }

    /// Ok if the copy was prepared from the current toolchain: one from
    /// another would be built against a standard library it was not written for.
    pub fn check_fresh(&self, dirs: &Dirs, toolchain: &Toolchain) -> Result<()> {
        let stamp = self.source(dirs).join(STAMP);
        match fs::read_to_string(&stamp) {
            Ok(channel) if channel == toolchain.channel => Ok(()),
            Ok(channel) => Err(format!(
                "{} was copied from the rust-src of {channel}, not {}; run `./y.sh prepare`",
                dirs.show(&self.source(dirs)),
                toolchain.channel
            )),
            Err(_) => Err(format!(
                "{} is not prepared; run `./y.sh prepare`",
                dirs.show(&self.source(dirs))
            )),
        }
    }
}

/// The library/ directory of the toolchain's rust-src.
fn library_sources(toolchain: &Toolchain) -> Result<PathBuf> {
    let library = toolchain.sysroot()?.join("lib/rustlib/src/rust/library");
    if !library.join("Cargo.toml").is_file() {
        return Err(format!("{} is missing: is rust-src installed?", library.display()));
    }
    Ok(library)
}

/// Lays out a fresh copy of every crate under target/stdlib/, as a workspace
/// of its own with its lockfile and its dependencies fetched, so that the
/// tests can build it offline. With `new_lockfiles`, a crate without a
/// lockfile gets one written to tests/stdlib/.
pub fn prepare(dirs: &Dirs, toolchain: &Toolchain, new_lockfiles: bool) -> Result<()> {
    let library = library_sources(toolchain)?;
    println!("[prepare] copying the standard library's test crates from {}", library.display());
    for crate_ in &CRATES {
        for dir in crate_.includes {
            let dest = dirs.stdlib_sources().join(dir);
            fresh_dir(&dest)?;
            copy_dir(&library.join(dir), &dest)?;
        }
        let dest = crate_.source(dirs);
        crate_.copy(dirs, &library, &dest)?;
        make_workspace_root(&dest.join("Cargo.toml"))?;
        // Its pin of another nightly would override ours.
        let pin = dest.join("rust-toolchain.toml");
        if pin.is_file() {
            fs::remove_file(&pin).context(|| format!("failed to remove {}", pin.display()))?;
        }
        // The versions the library's own workspace (or the crate's, if it is
        // one) is tested with, minus what this crate does not use.
        let resolve = |manifest: &Path| {
            let own = library.join(crate_.name).join("Cargo.lock");
            let seed = if own.is_file() { own } else { library.join("Cargo.lock") };
            let to = dest.join("Cargo.lock");
            fs::copy(&seed, &to)
                .context(|| format!("failed to copy {} to {}", seed.display(), to.display()))?;
            run(toolchain.command("cargo").arg("fetch").arg("--manifest-path").arg(manifest))
        };
        install_lockfile(dirs, toolchain, &crate_.lockfile(dirs), &dest, new_lockfiles, resolve)?;
        let stamp = dest.join(STAMP);
        fs::write(&stamp, &toolchain.channel)
            .context(|| format!("failed to write {}", stamp.display()))?;
    }
    Ok(())
}
