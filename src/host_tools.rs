//! The system tools we run on objects (the assembler for `asm!`, `ld -r` for LTO): the host's
//! own for a native build, Debian's GNU cross tools (`aarch64-linux-gnu-gcc`, ...) otherwise.

/// `host_tool` when the target is the host's architecture, `<arch>-linux-gnu-<cross_tool>`
/// otherwise.
pub(crate) fn for_target(target_arch: &str, host_tool: &str, cross_tool: &str) -> String {
    if target_arch == std::env::consts::ARCH {
        host_tool.to_owned()
    } else {
        format!("{target_arch}-linux-gnu-{cross_tool}")
    }
}
