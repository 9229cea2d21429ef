//! Reading what each test did from libtest's output, whose per-test lines
//! (`test NAME ... ok`) every `cargo test` binary and doctest run prints.

use std::collections::BTreeMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
    Ok,
    Failed,
    Ignored,
}

impl Outcome {
    fn show(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Failed => "FAILED",
            Outcome::Ignored => "ignored",
        }
    }
}

/// Outcomes by test name. The test binaries of one crate may have tests of
/// the same name, which stdout cannot tell apart, so a name holds a list.
#[derive(Default, Debug)]
pub struct Results {
    by_name: BTreeMap<String, Vec<Outcome>>,
}

impl Results {
    /// Lines other than per-test results are ignored.
    pub fn parse(stdout: &str) -> Results {
        let mut results = Results::default();
        for line in stdout.lines() {
            let Some((name, result)) =
                line.strip_prefix("test ").and_then(|rest| rest.rsplit_once(" ... "))
            else {
                continue;
            };
            let outcome = match result {
                "ok" => Outcome::Ok,
                "FAILED" => Outcome::Failed,
                // Possibly with the reason: `ignored, needs network`.
                _ if result.starts_with("ignored") => Outcome::Ignored,
                _ => continue,
            };
            results.by_name.entry(name.to_owned()).or_default().push(outcome);
        }
        results
    }

    fn count_of(&self, name: &str, outcome: Outcome) -> usize {
        self.by_name.get(name).map_or(0, |all| all.iter().filter(|&&o| o == outcome).count())
    }

    fn count(&self, outcome: Outcome) -> usize {
        self.by_name.values().flatten().filter(|&&o| o == outcome).count()
    }

    /// `N ok, M failed`.
    pub fn summary(&self) -> String {
        format!("{} ok, {} failed", self.count(Outcome::Ok), self.count(Outcome::Failed))
    }

    /// Tests that are `ok` here but not in `other`, each with what `other`
    /// reported instead; a test `other` has no line for did not run or did
    /// not finish.
    pub fn lost_in(&self, other: &Results) -> Vec<(String, &'static str)> {
        let mut lost = Vec::new();
        for name in self.by_name.keys() {
            let missing =
                self.count_of(name, Outcome::Ok).saturating_sub(other.count_of(name, Outcome::Ok));
            let instead =
                other.by_name.get(name).into_iter().flatten().filter(|&&o| o != Outcome::Ok);
            let shown = instead.map(|o| o.show()).chain(std::iter::repeat("no result"));
            lost.extend(shown.take(missing).map(|shown| (name.clone(), shown)));
        }
        lost
    }
}

#[cfg(test)]
mod tests {
    use super::Results;

    const LLVM: &str = "\
running 4 tests
test a ... ok
test b::c ... ok
test d ... ignored, slow
test e - should panic ... ok
test e - should panic has been running for over 60 seconds

test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out

running 2 tests
test a ... ok
test src/lib.rs - f (line 3) ... FAILED
";

    #[test]
    fn counts_outcomes() {
        assert_eq!(Results::parse(LLVM).summary(), "4 ok, 1 failed");
    }

    #[test]
    fn finds_lost_tests() {
        let clif = "test a ... ok\ntest b::c ... FAILED\ntest d ... ok\n";
        let lost = Results::parse(LLVM).lost_in(&Results::parse(clif));
        assert_eq!(
            lost,
            [
                ("a".into(), "no result"),
                ("b::c".into(), "FAILED"),
                ("e - should panic".into(), "no result")
            ]
        );
        assert!(Results::parse(LLVM).lost_in(&Results::parse(LLVM)).is_empty());
    }
}
