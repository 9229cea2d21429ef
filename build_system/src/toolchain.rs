//! The pinned nightly toolchain from rust-toolchain.toml and how to invoke it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::utils::{Result, ResultExt, capture};

pub struct Toolchain {
    /// Rustup channel name, e.g. `nightly-2026-07-22`.
    pub channel: String,
    pub components: Vec<String>,
}

/// What `rustc -vV` says about the compiler.
pub struct VersionInfo {
    pub host: String,
    pub release: String,
    /// The commit rustup's std was built from; its sources appear as `/rustc/<hash>/`.
    pub commit_hash: String,
}

impl Toolchain {
    /// Reads the pin from rust-toolchain.toml so it is written down only once.
    pub fn load(root: &Path) -> Result<Toolchain> {
        let path = root.join("rust-toolchain.toml");
        let text =
            fs::read_to_string(&path).context(|| format!("failed to read {}", path.display()))?;
        let channel = toml_value(&text, "channel")
            .map(|v| v.trim_matches('"').to_owned())
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("{}: no `channel = \"...\"` line", path.display()))?;
        let components = toml_value(&text, "components")
            .map(|v| {
                v.trim_start_matches('[')
                    .trim_end_matches(']')
                    .split(',')
                    .map(|c| c.trim().trim_matches('"').to_owned())
                    .filter(|c| !c.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Ok(Toolchain { channel, components })
    }

    /// A rustup proxy (`rustc`, `cargo`, ...) bound to the pinned toolchain,
    /// whatever directory or override the command runs under.
    pub fn command(&self, tool: &str) -> Command {
        let mut cmd = Command::new(tool);
        cmd.env("RUSTUP_TOOLCHAIN", &self.channel);
        cmd
    }

    pub fn is_installed(&self) -> bool {
        Command::new("rustup")
            .args(["run", &self.channel, "rustc", "-V"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    pub fn version_info(&self) -> Result<VersionInfo> {
        let text = capture(self.command("rustc").arg("-vV"))?;
        let field = |name: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(name)?.strip_prefix(": "))
                .map(str::to_owned)
                .ok_or_else(|| format!("`rustc -vV` printed no `{name}:` line"))
        };
        Ok(VersionInfo {
            host: field("host")?,
            release: field("release")?,
            commit_hash: field("commit-hash")?,
        })
    }

    pub fn sysroot(&self) -> Result<PathBuf> {
        capture(self.command("rustc").args(["--print", "sysroot"])).map(PathBuf::from)
    }
}

/// The value of `key = value` in a flat TOML file; arrays may span lines.
/// Enough for rust-toolchain.toml, which is all this is used for.
fn toml_value(text: &str, key: &str) -> Option<String> {
    let start = text.lines().position(|line| {
        line.trim_start().strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
    })?;
    let mut lines = text.lines().skip(start);
    let first = lines.next()?;
    let mut value = first.split_once('=')?.1.trim().to_owned();
    if value.starts_with('[') {
        for line in lines {
            if value.contains(']') {
                break;
            }
            value.push_str(line.trim());
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::toml_value;

    #[test]
    fn reads_values() {
        let text = "[toolchain]\nchannel = \"nightly-x\"\ncomponents = [\n  \"a\",\n  \"b\",\n]\n";
        assert_eq!(toml_value(text, "channel").as_deref(), Some("\"nightly-x\""));
        assert_eq!(toml_value(text, "components").as_deref(), Some("[\"a\",\"b\",]"));
        assert_eq!(toml_value(text, "profile"), None);
    }
}
