//! Sysroots under dist/sysroot/: the standard library compiled from the toolchain's `rust-src`
//! with cargo's `-Zbuild-std`, for targets rustup has no `rust-std` for, and by our backend.
//!
//! - `llvm`: std built by rustc's LLVM backend, for cross targets. The wrappers use it for a
//!   cross target unless told otherwise (drop-in mode), and it is the tests' oracle there.
//! - `clif`: std (core, alloc, std, test, ...) built by our backend, for the host or a cross
//!   target: the broadest test of the backend there is.
//!
//! Each is a directory rustc accepts as `--sysroot`: `lib/rustlib/<triple>/lib/*.rlib`. The
//! host's directory links to the toolchain's own where it is not built here, so build scripts
//! and proc-macros keep working.

use std::fs;
use std::path::{Path, PathBuf};

use crate::dirs::Dirs;
use crate::target::{CrossTarget, cargo_target_env};
use crate::toolchain::Toolchain;
use crate::utils::{Result, ResultExt, fresh_dir, run, sorted_entries};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SysrootKind {
    Llvm,
    Clif,
}

impl SysrootKind {
    pub fn from_name(name: &str) -> Result<SysrootKind> {
        match name {
            "llvm" => Ok(SysrootKind::Llvm),
            "clif" => Ok(SysrootKind::Clif),
            _ => Err(format!("unknown sysroot `{name}`; sysroots are `llvm` and `clif`")),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            SysrootKind::Llvm => "llvm",
            SysrootKind::Clif => "clif",
        }
    }
}

/// The crates of the standard library a sysroot holds (cargo adds their dependencies).
const STD_CRATES: &str = "std,panic_unwind,panic_abort,test,proc_macro";

/// Debuginfo of the standard library, as in rustup's (`-Cdebuginfo=1`): backtraces and
/// debuggers see file and line inside std under either sysroot.
const STD_DEBUGINFO: &str = "1";

/// Name of the empty crate whose build compiles the standard library.
const PROBE_CRATE: &str = "sysroot_probe";

pub fn dir(dirs: &Dirs, kind: SysrootKind) -> PathBuf {
    dirs.dist().join("sysroot").join(kind.name())
}

fn target_lib_dir(dirs: &Dirs, kind: SysrootKind, triple: &str) -> PathBuf {
    dir(dirs, kind).join("lib").join("rustlib").join(triple).join("lib")
}

/// Builds the `kind` sysroot for `triple` unless it is up to date.
pub fn build(dirs: &Dirs, toolchain: &Toolchain, kind: SysrootKind, triple: &str) -> Result<()> {
    let info = toolchain.version_info()?;
    let cross = if triple == info.host { None } else { Some(CrossTarget::find(triple)?) };
    if kind == SysrootKind::Llvm && cross.is_none() {
        // The toolchain's own std is the LLVM sysroot of the host.
        return Ok(());
    }

    let host_rustlib = dir(dirs, kind).join("lib").join("rustlib").join(&info.host);
    if cross.is_some() && fs::symlink_metadata(&host_rustlib).is_err() {
        let toolchain_host = toolchain.sysroot()?.join("lib").join("rustlib").join(&info.host);
        fs::create_dir_all(host_rustlib.parent().unwrap_or(&host_rustlib))
            .context(|| format!("failed to create {}", host_rustlib.display()))?;
        std::os::unix::fs::symlink(&toolchain_host, &host_rustlib)
            .context(|| format!("failed to link {}", host_rustlib.display()))?;
    } else if cross.is_none() && host_rustlib.is_symlink() {
        // Built here from now on, instead of borrowed from the toolchain.
        fs::remove_file(&host_rustlib)
            .context(|| format!("failed to remove {}", host_rustlib.display()))?;
    }

    let lib_dir = target_lib_dir(dirs, kind, triple);
    let stamp_path = lib_dir.join(".stamp");
    let remap = remap(toolchain, &info.commit_hash)?;
    let stamp = format!("{}{remap}\ndebug {STD_DEBUGINFO}\n", stamp(dirs, &info.release, kind)?);
    if fs::read_to_string(&stamp_path).is_ok_and(|old| old == stamp) {
        println!("[build] sysroot {} for {triple} is up to date", kind.name());
        return Ok(());
    }

    println!("[build] building the standard library for {triple} with {}", kind.name());
    let project = dirs.target().join("sysroot").join(format!("{}-{triple}", kind.name()));
    write_probe_crate(&project)?;
    // From scratch: the copy below takes every rlib cargo leaves, and a stale one of another
    // build would make crate names ambiguous.
    fresh_dir(&project.join("target"))?;
    let mut cargo = toolchain.command("cargo");
    cargo
        .current_dir(&project)
        .args(["build", "--release", "--target", triple])
        .arg(format!("-Zbuild-std={STD_CRATES}"))
        .env_remove("RUSTC")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env("CARGO_PROFILE_RELEASE_DEBUG", STD_DEBUGINFO);
    if let Some(cross) = cross {
        cargo.env(cargo_target_env(triple, "LINKER"), cross.linker);
    }
    // Only the target's crates get these: build scripts run on the host and stay LLVM's.
    let flags = match kind {
        // Bitcode as in rustup's std, so that `-Clto` works against this sysroot.
        SysrootKind::Llvm => "-Cembed-bitcode=yes".to_owned(),
        SysrootKind::Clif => format!("-Zcodegen-backend={}", dirs.dist_backend().display()),
    };
    cargo.env(cargo_target_env(triple, "RUSTFLAGS"), format!("{flags} {remap}"));
    cargo.env("RUSTC_WRAPPER", project.join(PANIC_ABORT_WRAPPER));
    run(&mut cargo)?;

    fresh_dir(&lib_dir)?;
    let deps = project.join("target").join(triple).join("release").join("deps");
    for rlib in sorted_entries(&deps)? {
        let Some(name) = rlib.file_name().and_then(|n| n.to_str()) else { continue };
        if !name.ends_with(".rlib") || name.starts_with(&format!("lib{PROBE_CRATE}-")) {
            continue;
        }
        fs::copy(&rlib, lib_dir.join(name))
            .context(|| format!("failed to copy {}", rlib.display()))?;
    }
    fs::write(&stamp_path, stamp).context(|| format!("failed to write {}", stamp_path.display()))
}

/// What a sysroot was built from: the compiler release, and for ours the backend too (cargo
/// does not notice when the backend changes).
fn stamp(dirs: &Dirs, release: &str, kind: SysrootKind) -> Result<String> {
    let mut stamp = format!("rustc {release}\n");
    if kind == SysrootKind::Clif {
        stamp.push_str(&format!("backend {}", dirs.backend_identity()?));
    }
    Ok(stamp)
}

/// Paths into rust-src as rustup's std records them (`/rustc/<commit>/library/...`), so that
/// panic locations and backtraces inside std read the same under either sysroot.
fn remap(toolchain: &Toolchain, commit: &str) -> Result<String> {
    let src = toolchain.sysroot()?.join("lib").join("rustlib").join("src").join("rust");
    Ok(format!("--remap-path-prefix={}=/rustc/{commit}", src.display()))
}

/// A `RUSTC_WRAPPER` that compiles the `panic_abort` crate with `-Cpanic=abort`, as rustc's
/// own build of std does; rustc refuses to link it into `-Cpanic=abort` programs otherwise.
const PANIC_ABORT_WRAPPER: &str = "rustc-wrapper.sh";

fn write_probe_crate(project: &Path) -> Result<()> {
    let src = project.join("src");
    fs::create_dir_all(&src).context(|| format!("failed to create {}", src.display()))?;
    let manifest = format!(
        "[package]\nname = \"{PROBE_CRATE}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
         [workspace]\n"
    );
    fs::write(project.join("Cargo.toml"), manifest)
        .and_then(|()| fs::write(src.join("lib.rs"), ""))
        .context(|| format!("failed to write the crate in {}", project.display()))?;
    let wrapper = "#!/bin/sh\n\
        rustc=\"$1\"\n\
        shift\n\
        case \" $* \" in\n\
        *\" --crate-name panic_abort \"*) exec \"$rustc\" \"$@\" -Cpanic=abort ;;\n\
        esac\n\
        exec \"$rustc\" \"$@\"\n";
    crate::utils::write_script(&project.join(PANIC_ABORT_WRAPPER), wrapper)
}
