//! tests/stdlib/skip.txt: standard library tests that the `stdlib` suite
//! leaves out under both backends, each with the reason why, so that a
//! skip is a decision someone wrote down rather than a silent gap.

use std::fs;

use crate::dirs::Dirs;
use crate::utils::{Result, ResultExt};

const FILE: &str = "skip.txt";

/// One line: the tests of `crate_name` whose names contain `test`. The
/// reason is required but only for the people reading the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skip {
    pub crate_name: String,
    pub test: String,
}

/// The skips of the list; `known` are the crate names an entry may name.
pub fn read(dirs: &Dirs, known: &[&str]) -> Result<Vec<Skip>> {
    let path = dirs.stdlib_list().join(FILE);
    let text =
        fs::read_to_string(&path).context(|| format!("failed to read {}", path.display()))?;
    parse(&text, known).map_err(|e| format!("{}: {e}", dirs.show(&path)))
}

/// Lines are `CRATE TEST-NAME-SUBSTRING  # reason`; a line that starts with
/// `#` is a comment.
fn parse(text: &str, known: &[&str]) -> Result<Vec<Skip>> {
    let mut skips = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let (entry, reason) = line.split_once('#').unwrap_or((line, ""));
        let at = || format!("line {}", index + 1);
        let (crate_name, test) = match entry.split_whitespace().collect::<Vec<_>>()[..] {
            [] => continue,
            [crate_name, test] => (crate_name, test),
            _ => return Err(format!("{}: expected `CRATE TEST-NAME-SUBSTRING  # reason`", at())),
        };
        if !known.contains(&crate_name) {
            return Err(format!("{}: `{crate_name}` is not one of {}", at(), known.join(", ")));
        }
        if reason.trim().is_empty() {
            return Err(format!("{}: skipping `{test}` needs a reason after `#`", at()));
        }
        skips.push(Skip { crate_name: crate_name.into(), test: test.into() });
    }
    Ok(skips)
}

#[cfg(test)]
mod tests {
    use super::{Skip, parse};

    const KNOWN: &[&str] = &["coretests", "alloctests"];

    #[test]
    fn parses_lines() {
        let text = "# slow ones\n\ncoretests slice::split  # runs 40 s # really\n";
        let skip = Skip { crate_name: "coretests".into(), test: "slice::split".into() };
        assert_eq!(parse(text, KNOWN), Ok(vec![skip]));
    }

    #[test]
    fn rejects_bad_lines() {
        for text in ["coretests a", "coretests a  #  ", "coretests a b # why", "stdtests a # why"] {
            assert!(parse(text, KNOWN).is_err(), "accepted {text:?}");
        }
    }
}
