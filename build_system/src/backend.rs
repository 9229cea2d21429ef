//! The two codegen backends every comparison runs: rustc's LLVM (the oracle) and ours.

use std::process::Command;

use crate::dirs::Dirs;
use crate::toolchain::Toolchain;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Backend {
    /// rustc's own, through the pinned toolchain.
    Llvm,
    /// Ours, through the wrappers in dist/bin.
    Clif,
}

impl Backend {
    /// In the order they take turns.
    pub const BOTH: [Backend; 2] = [Backend::Llvm, Backend::Clif];

    pub fn name(self) -> &'static str {
        match self {
            Backend::Llvm => "llvm",
            Backend::Clif => "clif",
        }
    }

    /// `cargo` building with this backend: the pinned toolchain's own, or cargo-clif.
    pub fn cargo(self, toolchain: &Toolchain, dirs: &Dirs) -> Command {
        match self {
            Backend::Llvm => {
                let mut cmd = toolchain.command("cargo");
                cmd.env_remove("RUSTC");
                cmd
            }
            Backend::Clif => Command::new(dirs.cargo_clif()),
        }
    }
}
