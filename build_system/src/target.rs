//! Targets we cross-compile to from an x86_64 Linux host: how to link for them and how to run
//! what was built. The wrappers in dist/bin and the test runner both read this table.

use crate::utils::Result;

pub struct CrossTarget {
    pub triple: &'static str,
    /// The C compiler driver that links for the target (Debian's cross gcc).
    pub linker: &'static str,
    /// Runs a target program on the host: user-mode qemu with the target's libc as its root
    /// (there is no binfmt registration, so the runner is always named).
    pub runner: &'static [&'static str],
    /// Debian packages that provide `linker` and `runner`.
    pub packages: &'static [&'static str],
}

pub const CROSS_TARGETS: &[CrossTarget] = &[CrossTarget {
    triple: "aarch64-unknown-linux-gnu",
    linker: "aarch64-linux-gnu-gcc",
    runner: &["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"],
    packages: &["gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross", "qemu-user"],
}];

impl CrossTarget {
    pub fn find(triple: &str) -> Result<&'static CrossTarget> {
        CROSS_TARGETS.iter().find(|t| t.triple == triple).ok_or_else(|| {
            let known: Vec<_> = CROSS_TARGETS.iter().map(|t| t.triple).collect();
            format!("cannot cross-compile to `{triple}`; targets are: {}", known.join(", "))
        })
    }

    /// Fails, naming the Debian packages to install, unless the linker and runner are found.
    pub fn check_tools(&self) -> Result<()> {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let missing: Vec<&str> = [self.linker, self.runner[0]]
            .into_iter()
            .filter(|tool| !std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        Err(format!(
            "{} not found, needed for {}; install the Debian packages {}",
            missing.join(" and "),
            self.triple,
            self.packages.join(" ")
        ))
    }

    pub fn runner_line(&self) -> String {
        self.runner.join(" ")
    }
}

/// Cargo's `CARGO_TARGET_<TRIPLE>_<KEY>` variable for `triple`.
pub fn cargo_target_env(triple: &str, key: &str) -> String {
    format!("CARGO_TARGET_{}_{key}", triple.to_uppercase().replace(['-', '.'], "_"))
}
