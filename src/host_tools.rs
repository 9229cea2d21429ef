//! The tools we run on objects: the system's (the assembler for `asm!`, `ld -r` for LTO), the
//! host's own for a native build and Debian's GNU cross tools (`aarch64-linux-gnu-gcc`, ...)
//! otherwise; and the toolchain's LLVM tools, which serve every target.

use std::path::PathBuf;

/// `host_tool` when the target is the host's architecture, `<arch>-linux-gnu-<cross_tool>`
/// otherwise.
pub(crate) fn for_target(target_arch: &str, host_tool: &str, cross_tool: &str) -> String {
    if target_arch == std::env::consts::ARCH {
        host_tool.to_owned()
    } else {
        format!("{target_arch}-linux-gnu-{cross_tool}")
    }
}

/// A tool of the running toolchain's `llvm-tools` component, which rustup installs beside the
/// compiler: `<toolchain>/lib/rustlib/<host>/bin/<name>`.
pub(crate) fn llvm_tool(name: &str) -> Option<PathBuf> {
    let rustc = std::env::current_exe().ok()?;
    let toolchain = rustc.parent()?.parent()?;
    let path = toolchain
        .join("lib/rustlib")
        .join(rustc_session::config::host_tuple())
        .join("bin")
        .join(name);
    path.is_file().then_some(path)
}
