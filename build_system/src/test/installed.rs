//! The `cargo` suite's round with the backend installed into the pinned toolchain, as users
//! get it: `./y.sh install`, then cargo's `codegen-backend = "cranelift"` profile setting
//! (here `CARGO_PROFILE_DEV_CODEGEN_BACKEND`) with `-Zcodegen-backend`, no wrapper involved.
//! Projects with an `installed-backend` file get it. The toolchain's codegen-backends
//! directory is put back as it was afterwards.

use std::fs;
use std::path::{Path, PathBuf};

use super::context::{Backend, CARGO_BUILD_TIMEOUT, Context};
use crate::install;
use crate::utils::{Outcome, Result, ResultExt, fresh_dir, run_with_timeout};

/// The file that asks for this round in a project directory.
pub const MARKER: &str = "installed-backend";

/// Our DWARF producer; LLVM's lacks the suffix. Finding it in the program shows that cargo
/// really compiled with the installed backend (the dev profile has debuginfo).
const PRODUCER_SUFFIX: &[u8] = b") with Cranelift";

/// Builds `project` with the installed backend and runs it (`cargo run -q`, then `cargo test
/// -q` on one thread) in `cwd`.
pub fn build_and_run(
    ctx: &Context,
    project: &Path,
    project_name: &str,
    cwd: &Path,
) -> Result<(Outcome, Outcome)> {
    let backends = install::backends_dir(ctx.toolchain)?;
    let installation = Installation::new(ctx, &backends, &cwd.join("saved-backends"))?;
    let result = build_and_run_installed(ctx, project, project_name, cwd);
    installation.restore()?;
    result
}

fn build_and_run_installed(
    ctx: &Context,
    project: &Path,
    project_name: &str,
    cwd: &Path,
) -> Result<(Outcome, Outcome)> {
    let target_dir = ctx.scratch_root().join("cargo-installed").join(project_name);
    // Cargo cannot tell that the installed backend changed: always build afresh.
    fresh_dir(&target_dir)?;
    let manifest = project.join("Cargo.toml");
    let cargo = |args: &[&str]| {
        let mut cmd = ctx.cargo(Backend::Llvm, &target_dir, cwd);
        cmd.env("CARGO_PROFILE_DEV_CODEGEN_BACKEND", "cranelift")
            .args(args)
            .args(["-Zcodegen-backend", "--locked", "--offline", "--manifest-path"])
            .arg(&manifest);
        cmd
    };
    let built = run_with_timeout(&mut cargo(&["build"]), CARGO_BUILD_TIMEOUT)?;
    if !built.success() {
        return Err(format!(
            "cargo build with the installed backend failed ({}):\n{}",
            built.show_status(CARGO_BUILD_TIMEOUT),
            String::from_utf8_lossy(&built.stderr)
        ));
    }
    let exe = target_dir.join("debug").join(project_name);
    let program = fs::read(&exe).context(|| format!("cannot read {}", exe.display()))?;
    if !program.windows(PRODUCER_SUFFIX.len()).any(|w| w == PRODUCER_SUFFIX) {
        return Err(format!(
            "{} was not compiled by the installed backend (no Cranelift producer in its DWARF)",
            exe.display()
        ));
    }
    let run = run_with_timeout(&mut cargo(&["run", "-q"]), CARGO_BUILD_TIMEOUT)?;
    let mut test = cargo(&["test", "-q"]);
    test.args(["--", "--test-threads=1"]);
    let test = run_with_timeout(&mut test, CARGO_BUILD_TIMEOUT)?;
    Ok((run, test))
}

/// Our backend installed into the toolchain, and the copies it replaced, saved to put back.
struct Installation {
    backends: PathBuf,
    ours: PathBuf,
    saved: Vec<(PathBuf, PathBuf)>,
}

impl Installation {
    fn new(ctx: &Context, backends: &Path, save_dir: &Path) -> Result<Installation> {
        fresh_dir(save_dir)?;
        let mut saved = Vec::new();
        for path in install::installed(backends)? {
            let copy = save_dir.join(path.file_name().unwrap_or_default());
            fs::copy(&path, &copy).context(|| format!("cannot save {}", path.display()))?;
            saved.push((path, copy));
        }
        match install::install(ctx.dirs, ctx.toolchain, backends) {
            Ok(ours) => Ok(Installation { backends: backends.to_owned(), ours, saved }),
            Err(err) => {
                put_back(&saved)?;
                Err(err)
            }
        }
    }

    fn restore(self) -> Result<()> {
        fs::remove_file(&self.ours).context(|| format!("cannot remove {}", self.ours.display()))?;
        put_back(&self.saved)?;
        if self.saved.is_empty() {
            // Only succeeds when empty: other backends stay.
            let _ = fs::remove_dir(&self.backends);
        }
        Ok(())
    }
}

/// Copies the saved backends back to where they were.
fn put_back(saved: &[(PathBuf, PathBuf)]) -> Result<()> {
    for (path, copy) in saved {
        fs::copy(copy, path).context(|| format!("cannot restore {}", path.display()))?;
    }
    Ok(())
}
