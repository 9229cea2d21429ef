//! The repository layout the build system reads and writes.

use std::path::{Path, PathBuf};

use crate::utils::Result;

/// File name of the backend inside `dist/lib/`; fixed so wrappers and
/// `install` need not know about cargo's output names.
pub const BACKEND_DYLIB: &str = "librustc_codegen_cranelift.so";

pub struct Dirs {
    pub root: PathBuf,
}

impl Dirs {
    /// The repository root is the working directory: `y.sh` changes into it.
    pub fn discover() -> Result<Dirs> {
        let root = std::env::current_dir()
            .map_err(|e| format!("cannot determine the current directory: {e}"))?;
        if !root.join("rust-toolchain.toml").is_file() || !root.join("build_system").is_dir() {
            return Err(format!(
                "{} is not the repository root; run the build system through ./y.sh",
                root.display()
            ));
        }
        Ok(Dirs { root })
    }

    /// Cargo's target directory of the backend crate.
    pub fn target(&self) -> PathBuf {
        self.root.join("target")
    }

    /// Self-contained output of `build`: the backend plus wrapper scripts.
    pub fn dist(&self) -> PathBuf {
        self.root.join("dist")
    }

    pub fn dist_backend(&self) -> PathBuf {
        self.dist().join("lib").join(BACKEND_DYLIB)
    }

    /// Size and modification time of the built backend: what tells, where cargo cannot, that
    /// output compiled by an older backend is stale.
    pub fn backend_identity(&self) -> Result<String> {
        let backend = self.dist_backend();
        let metadata = std::fs::metadata(&backend)
            .map_err(|e| format!("cannot read {}: {e}", backend.display()))?;
        Ok(format!("{} {:?}\n", metadata.len(), metadata.modified().ok()))
    }

    pub fn rustc_clif(&self) -> PathBuf {
        self.dist().join("bin").join("rustc-clif")
    }

    pub fn rustdoc_clif(&self) -> PathBuf {
        self.dist().join("bin").join("rustdoc-clif")
    }

    pub fn cargo_clif(&self) -> PathBuf {
        self.dist().join("bin").join("cargo-clif")
    }

    /// Inputs of the test suites.
    pub fn tests(&self) -> PathBuf {
        self.root.join("tests")
    }

    pub fn examples(&self) -> PathBuf {
        self.root.join("example")
    }

    /// Scratch space for test runs, kept under target/ so `cargo clean` removes it.
    pub fn test_scratch(&self) -> PathBuf {
        self.target().join("tests")
    }

    /// The `crates` suite's list of crates.io crates and their lockfiles.
    pub fn crate_list(&self) -> PathBuf {
        self.tests().join("crates")
    }

    /// Where `prepare` puts the listed crates' sources, ready to test.
    pub fn crate_sources(&self) -> PathBuf {
        self.target().join("crates")
    }

    /// The generated cargo project through which `prepare` downloads them.
    pub fn crate_fetch(&self) -> PathBuf {
        self.target().join("crates-fetch")
    }

    /// The `stdlib` suite's lockfiles and skip list.
    pub fn stdlib_list(&self) -> PathBuf {
        self.tests().join("stdlib")
    }

    /// Where `prepare` copies the standard library's test crates, ready to test.
    pub fn stdlib_sources(&self) -> PathBuf {
        self.target().join("stdlib")
    }

    /// Lockfiles of benchmarked crates that ship none of their own.
    pub fn bench_locks(&self) -> PathBuf {
        self.root.join("bench")
    }

    /// Downloads, unpacked sources, target directories and logs of `bench`.
    pub fn bench_scratch(&self) -> PathBuf {
        self.target().join("bench")
    }

    /// Shortens `path` to be relative to the root, for messages.
    pub fn show<'a>(&self, path: &'a Path) -> std::path::Display<'a> {
        path.strip_prefix(&self.root).unwrap_or(path).display()
    }
}
