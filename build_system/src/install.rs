//! `install`: puts the backend into the pinned toolchain's sysroot, where
//! `-Zcodegen-backend=cranelift` (and cargo's `codegen-backend` profile
//! setting) look for it.

use std::fs;
use std::path::{Path, PathBuf};

use crate::build;
use crate::dirs::Dirs;
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, sorted_entries, sync_file};

pub const HELP: &str = "\
Usage: ./y.sh install [--uninstall]

Copies dist/lib/librustc_codegen_cranelift.so (building it first if missing) to
  <sysroot>/lib/rustlib/<host>/codegen-backends/librustc_codegen_cranelift-<release>.so
of the pinned toolchain, replacing any other copy there. Then, in a cargo project:
  CARGO_PROFILE_DEV_CODEGEN_BACKEND=cranelift cargo +<toolchain> build -Zcodegen-backend
or directly: rustc +<toolchain> -Zcodegen-backend=cranelift main.rs

Options:
  --uninstall    remove the installed backend instead";

/// Every file rustc would treat as the cranelift backend; more than one
/// makes it fail with \"duplicate codegen backends\".
const INSTALLED_PREFIX: &str = "librustc_codegen_cranelift";

pub fn main(args: &[String], dirs: &Dirs, toolchain: &Toolchain) -> Result<()> {
    let mut uninstall = false;
    for arg in args {
        match arg.as_str() {
            "--uninstall" => uninstall = true,
            _ => return Err(format!("unexpected argument `{arg}`\n\n{HELP}")),
        }
    }

    let backends_dir = backends_dir(toolchain)?;

    if uninstall {
        let removed = remove_installed(&backends_dir, None)?;
        if removed == 0 {
            println!("[install] nothing installed in {}", backends_dir.display());
        }
        // Only succeeds when empty: leaves other backends alone.
        let _ = fs::remove_dir(&backends_dir);
        return Ok(());
    }

    if !dirs.dist_backend().is_file() {
        build::build(
            &build::Options { debug: false, target: None, clif_sysroot: false },
            dirs,
            toolchain,
        )?;
    }
    let target = install(dirs, toolchain, &backends_dir)?;
    println!("[install] installed {}", target.display());
    println!(
        "[install] use it with `CARGO_PROFILE_DEV_CODEGEN_BACKEND=cranelift cargo +{} build -Zcodegen-backend`",
        toolchain.channel
    );
    Ok(())
}

/// Where rustc looks for a codegen backend named on its command line or in cargo's profile.
pub fn backends_dir(toolchain: &Toolchain) -> Result<PathBuf> {
    let host = toolchain.version_info()?.host;
    Ok(toolchain.sysroot()?.join("lib").join("rustlib").join(host).join("codegen-backends"))
}

/// Copies the built backend into `backends_dir` under the name rustc expects, replacing any
/// other copy; returns its path.
pub fn install(dirs: &Dirs, toolchain: &Toolchain, backends_dir: &Path) -> Result<PathBuf> {
    fs::create_dir_all(backends_dir)
        .context(|| format!("failed to create {}", backends_dir.display()))?;
    let release = toolchain.version_info()?.release;
    let target = backends_dir.join(format!("{INSTALLED_PREFIX}-{release}.so"));
    remove_installed(backends_dir, Some(&target))?;
    sync_file(&dirs.dist_backend(), &target)?;
    Ok(target)
}

/// The installed copies of the backend in `dir`.
pub fn installed(dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(sorted_entries(dir)?
        .into_iter()
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with(INSTALLED_PREFIX) && name.ends_with(".so")
        })
        .collect())
}

/// Removes installed copies of the backend except `keep`; returns how many.
fn remove_installed(dir: &Path, keep: Option<&PathBuf>) -> Result<usize> {
    let mut removed = 0;
    for path in installed(dir)? {
        if Some(&path) != keep {
            fs::remove_file(&path).context(|| format!("failed to remove {}", path.display()))?;
            println!("[install] removed {}", path.display());
            removed += 1;
        }
    }
    Ok(removed)
}
