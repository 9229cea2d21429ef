//! `//@ key: value` header lines that adjust how one test file is run.

use std::fs;
use std::path::Path;

use crate::utils::{Result, ResultExt};

/// Every key a test file may use; anything else is reported, so a typo
/// cannot silently drop a flag.
const KEYS: &[&str] = &[
    "compile-flags",
    "clif-env",
    "run-args",
    "skip",
    "skip-opt",
    "only-arch",
    "error",
    "error-pattern",
    "reproducible",
];

#[derive(Default, Debug)]
pub struct Directives {
    /// Extra rustc arguments, for both backends.
    pub compile_flags: Vec<String>,
    /// `NAME=VALUE` environment variables for our backend's compile only (its debug aids).
    pub clif_env: Vec<(String, String)>,
    /// Arguments for the compiled program.
    pub run_args: Vec<String>,
    /// Reason to skip the test instead of running it.
    skip: Option<String>,
    /// Reason to skip the test in the `-Copt-level=2` suite only, for a program whose output is
    /// left unspecified by Rust and so may change under LLVM's optimizer (NaN payloads).
    pub skip_opt: Option<String>,
    /// The target architectures the test is about (e.g. `x86_64` for `core::arch::x86_64`);
    /// empty for all.
    only_arch: Vec<String>,
    /// Texts the compiler's stderr must contain (reject suite).
    pub errors: Vec<String>,
    /// Replaces the default "not yet supported" message expected from a
    /// rejected program (reject suite).
    pub error_pattern: Option<String>,
    /// Our backend's compile is done twice and must give the same bytes; the value says why
    /// the program is a good check of that.
    pub reproducible: bool,
    /// Keys present in the file, to tell which suites' rules it relies on.
    used: Vec<&'static str>,
}

impl Directives {
    pub fn load(path: &Path) -> Result<Directives> {
        let text =
            fs::read_to_string(path).context(|| format!("failed to read {}", path.display()))?;
        Directives::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Directives may appear on any line; they are found by their `//@` prefix.
    pub fn parse(text: &str) -> Result<Directives> {
        let mut directives = Directives::default();
        for (index, line) in text.lines().enumerate() {
            let Some(body) = line.trim_start().strip_prefix("//@") else { continue };
            let (key, value) = body
                .split_once(':')
                .map(|(k, v)| (k.trim(), v.trim()))
                .ok_or_else(|| format!("line {}: expected `//@ key: value`", index + 1))?;
            let key = KEYS
                .iter()
                .copied()
                .find(|k| *k == key)
                .ok_or_else(|| format!("line {}: unknown directive `{key}`", index + 1))?;
            let words = || value.split_whitespace().map(str::to_owned);
            match key {
                "compile-flags" => directives.compile_flags.extend(words()),
                "clif-env" => {
                    for word in words() {
                        let (name, value) = word.split_once('=').ok_or_else(|| {
                            format!("line {}: expected `NAME=VALUE`, got `{word}`", index + 1)
                        })?;
                        directives.clif_env.push((name.to_owned(), value.to_owned()));
                    }
                }
                "run-args" => directives.run_args.extend(words()),
                "skip" => directives.skip = Some(value.to_owned()),
                "skip-opt" => directives.skip_opt = Some(value.to_owned()),
                "reproducible" => directives.reproducible = true,
                "only-arch" => directives.only_arch.extend(words()),
                "error" => directives.errors.push(value.to_owned()),
                "error-pattern" => directives.error_pattern = Some(value.to_owned()),
                _ => unreachable!("all of KEYS are handled"),
            }
            directives.used.push(key);
        }
        Ok(directives)
    }

    /// Why the test does not run when compiling for `arch`, if it does not.
    pub fn skip_reason(&self, arch: &str) -> Option<String> {
        if let Some(reason) = &self.skip {
            return Some(reason.clone());
        }
        if !self.only_arch.is_empty() && !self.only_arch.iter().any(|a| a == arch) {
            return Some(format!("only for {}", self.only_arch.join(", ")));
        }
        None
    }

    /// Rejects directives that the current suite would ignore.
    pub fn allow_only(&self, allowed: &[&str]) -> Result<()> {
        match self.used.iter().find(|key| !allowed.contains(key)) {
            Some(key) => Err(format!("directive `{key}` has no meaning in this suite")),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Directives;

    #[test]
    fn parses_all_keys() {
        let d = Directives::parse(
            "//@ compile-flags: -Cpanic=abort  --cfg x\n\
             //@ compile-flags: -Zfoo\n\
             //@ clif-env: CG_CLIF_DUMP=1 A=b=c\n\
             fn main() {}\n\
             //@ run-args: a b\n\
             //@ error: first\n\
             //@ error: second one\n\
             //@ error-pattern: not supported\n\
             //@ skip: because\n\
             //@ skip-opt: unspecified\n",
        )
        .unwrap();
        assert_eq!(d.compile_flags, ["-Cpanic=abort", "--cfg", "x", "-Zfoo"]);
        assert_eq!(d.run_args, ["a", "b"]);
        let env: Vec<_> = d.clif_env.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        assert_eq!(env, [("CG_CLIF_DUMP", "1"), ("A", "b=c")]);
        assert_eq!(d.errors, ["first", "second one"]);
        assert_eq!(d.error_pattern.as_deref(), Some("not supported"));
        assert_eq!(d.skip_reason("x86_64").as_deref(), Some("because"));
        assert_eq!(d.skip_opt.as_deref(), Some("unspecified"));
        assert!(d.allow_only(&["compile-flags", "run-args"]).is_err());
    }

    #[test]
    fn only_arch() {
        let d = Directives::parse("//@ only-arch: x86_64 x86\n").unwrap();
        assert_eq!(d.skip_reason("x86_64"), None);
        assert_eq!(d.skip_reason("aarch64").as_deref(), Some("only for x86_64, x86"));
    }

    #[test]
    fn rejects_unknown_and_malformed() {
        assert!(Directives::parse("//@ compile-flag: x").is_err());
        assert!(Directives::parse("//@ skip").is_err());
        assert!(Directives::parse("// @ not a directive").is_ok());
    }
}
