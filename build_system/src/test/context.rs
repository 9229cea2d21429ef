//! How tests invoke the two compilers and the programs they build, with a
//! clean, identical environment on both sides.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

pub use crate::backend::Backend;
use crate::dirs::Dirs;
use crate::target::{CrossTarget, cargo_target_env};
use crate::toolchain::Toolchain;
use crate::utils::{Outcome, Result, fresh_dir, run_with_timeout};

/// A test program that runs longer than this is killed and fails.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(60);
/// Limit for compiling one test file, so a backend hang fails the test.
pub const COMPILE_TIMEOUT: Duration = Duration::from_secs(300);
/// Limit for a whole `cargo build` of a test project, dependencies included.
pub const CARGO_BUILD_TIMEOUT: Duration = Duration::from_secs(1200);

/// Flags every single-file compile gets, before the test's own flags.
const DEFAULT_FLAGS: &[&str] = &["-Copt-level=0", "-Cdebuginfo=0"];
const DEFAULT_EDITION: &str = "2024";

pub struct Context<'a> {
    pub dirs: &'a Dirs,
    pub toolchain: &'a Toolchain,
    /// Set when the tests cross-compile: programs of both backends are built for this target,
    /// against its LLVM-built std, and run under its runner.
    pub cross: Option<Cross>,
    /// Our side compiles against the std our backend built (dist/sysroot/clif).
    pub clif_sysroot: bool,
    /// Cargo target directories of crate tests are removed once compared.
    pub discard_builds: bool,
}

pub struct Cross {
    pub target: &'static CrossTarget,
    /// dist/sysroot/llvm, which the LLVM side is given explicitly; our side gets it from the
    /// wrappers, as users do.
    pub llvm_sysroot: PathBuf,
}

impl Context<'_> {
    /// The architecture programs are compiled for, as in `cfg(target_arch)`.
    pub fn arch(&self) -> &'static str {
        match &self.cross {
            None => std::env::consts::ARCH,
            Some(cross) => cross.target.triple.split('-').next().unwrap_or(cross.target.triple),
        }
    }

    /// Scratch files and cargo target directories of this run. Cross runs and runs against our
    /// std keep their own: cargo does not see the std change, so it would reuse crates built
    /// against the other one.
    pub fn scratch_root(&self) -> PathBuf {
        let mut root = self.dirs.test_scratch().into_os_string();
        if let Some(cross) = &self.cross {
            root.push(format!("-{}", cross.target.triple));
        }
        if self.clif_sysroot {
            root.push("-clif-sysroot");
        }
        root.into()
    }

    /// A fresh, empty working directory for the test `name` (e.g. `run/foo`).
    pub fn scratch(&self, name: &str) -> Result<PathBuf> {
        let dir = self.scratch_path(name);
        fresh_dir(&dir)?;
        Ok(dir)
    }

    pub fn scratch_path(&self, name: &str) -> PathBuf {
        self.scratch_root().join(name)
    }

    /// Compiles with `backend` in `cwd`. The default edition and flags come
    /// first so that a test's `compile-flags` can override them.
    pub fn compile<I, S>(&self, backend: Backend, cwd: &Path, args: I) -> Result<Outcome>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.compile_with_env(backend, cwd, args, &[])
    }

    /// As [`Context::compile`], with `clif_env` set for our backend's compile only.
    pub fn compile_with_env<I, S>(
        &self,
        backend: Backend,
        cwd: &Path,
        args: I,
        clif_env: &[(String, String)],
    ) -> Result<Outcome>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let args: Vec<S> = args.into_iter().collect();
        let mut cmd = match backend {
            Backend::Llvm => self.toolchain.command("rustc"),
            Backend::Clif => Command::new(self.dirs.rustc_clif()),
        };
        compiler_env(&mut cmd);
        if backend == Backend::Clif {
            // Release builds of the backend skip Cranelift's verifier; the test programs get
            // it, since an invalid function can crash Cranelift or be miscompiled silently.
            cmd.env("CG_CLIF_VERIFY", "1");
            cmd.envs(clif_env.iter().map(|(name, value)| (name, value)));
        }
        cmd.current_dir(cwd);
        let has_edition =
            args.iter().any(|a| a.as_ref().to_string_lossy().starts_with("--edition"));
        if !has_edition {
            cmd.args(["--edition", DEFAULT_EDITION]);
        }
        if let Some(cross) = &self.cross {
            cmd.args(["--target", cross.target.triple]);
            if backend == Backend::Llvm {
                cmd.arg("--sysroot").arg(&cross.llvm_sysroot);
                cmd.arg(format!("-Clinker={}", cross.target.linker));
            }
        }
        if self.clif_sysroot && backend == Backend::Clif {
            cmd.args(["--sysroot", "clif"]);
        }
        cmd.args(DEFAULT_FLAGS).args(args);
        run_with_timeout(&mut cmd, COMPILE_TIMEOUT)
    }

    /// Runs a compiled test program with stdin closed; `backtrace` sets `RUST_BACKTRACE=1`.
    pub fn run_program(
        &self,
        exe: &Path,
        args: &[String],
        cwd: &Path,
        backtrace: bool,
    ) -> Result<Outcome> {
        let mut cmd = match &self.cross {
            None => Command::new(exe),
            Some(cross) => {
                let (runner, runner_args) = cross.target.runner.split_first().unwrap_or((&"", &[]));
                let mut cmd = Command::new(runner);
                cmd.args(runner_args).arg(exe);
                cmd
            }
        };
        program_env(&mut cmd);
        if backtrace {
            cmd.env("RUST_BACKTRACE", "1");
        }
        cmd.current_dir(cwd).args(args);
        run_with_timeout(&mut cmd, RUN_TIMEOUT)
    }

    /// Runs `gdb -batch` on a compiled program with the commands of `script`.
    pub fn debug_program(&self, exe: &Path, script: &Path, cwd: &Path) -> Result<Outcome> {
        let mut cmd = Command::new("gdb");
        program_env(&mut cmd);
        // No symbol downloads: they are slow, and differ from machine to machine.
        cmd.env_remove("DEBUGINFOD_URLS");
        cmd.current_dir(cwd).args(["-batch", "-nx", "-x"]).arg(script).arg(exe);
        run_with_timeout(&mut cmd, RUN_TIMEOUT)
    }

    /// `cargo` of the given backend: the pinned toolchain's own, or cargo-clif.
    pub fn cargo(&self, backend: Backend, target_dir: &Path, cwd: &Path) -> Command {
        let mut cmd = backend.cargo(self.toolchain, self.dirs);
        // Cargo runs both the compiler and the program; the stable panic
        // output the program needs is harmless for the compiler.
        program_env(&mut cmd);
        cmd.env("CARGO_TARGET_DIR", target_dir).current_dir(cwd);
        if self.clif_sysroot && backend == Backend::Clif {
            cmd.env("CG_CLIF_SYSROOT", "clif");
        }
        if let Some(cross) = &self.cross {
            let triple = cross.target.triple;
            cmd.env("CARGO_BUILD_TARGET", triple);
            if backend == Backend::Llvm {
                let sysroot = format!("--sysroot={}", cross.llvm_sysroot.display());
                // Doctests too, which rustdoc compiles and links (rustdoc-clif does this
                // for our side).
                let rustdoc_flags = format!("{sysroot} -Clinker={}", cross.target.linker);
                cmd.env(cargo_target_env(triple, "RUSTFLAGS"), sysroot)
                    .env("RUSTDOCFLAGS", rustdoc_flags)
                    .env(cargo_target_env(triple, "LINKER"), cross.target.linker)
                    .env(cargo_target_env(triple, "RUNNER"), cross.target.runner_line());
            }
        }
        cmd
    }
}

/// Variables that would change flags or output of a compile.
const COMPILER_VARS: &[&str] = &[
    "RUST_BACKTRACE",
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_RUSTFLAGS",
    "RUSTDOCFLAGS",
    "CARGO_ENCODED_RUSTDOCFLAGS",
    "CARGO_BUILD_RUSTDOCFLAGS",
];

/// Variables that change how a test harness runs or prints.
const HARNESS_VARS: &[&str] =
    &["RUST_TEST_THREADS", "RUST_TEST_NOCAPTURE", "RUST_TEST_TIME_UNIT", "RUST_MIN_STACK"];

fn compiler_env(cmd: &mut Command) {
    for var in COMPILER_VARS {
        cmd.env_remove(var);
    }
}

/// Panic messages must not depend on the caller's RUST_BACKTRACE.
fn program_env(cmd: &mut Command) {
    compiler_env(cmd);
    for var in HARNESS_VARS {
        cmd.env_remove(var);
    }
    cmd.env("RUST_BACKTRACE", "0");
}
