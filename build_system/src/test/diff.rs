//! A compact line diff, enough to show where two program outputs part ways.

/// Longer lines are cut when shown.
const MAX_LINE: usize = 200;
/// Unchanged lines shown around each change.
const CONTEXT: usize = 2;
/// Above this many cells the quadratic LCS is skipped and the differing
/// middle is shown as replaced wholesale.
const MAX_CELLS: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// Renders `old` (prefixed `-`) against `new` (prefixed `+`), stopping after
/// `max_changes` changed lines.
pub fn render(old: &str, new: &str, max_changes: usize) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let ops = diff(&a, &b);
    if ops.iter().all(|(op, _)| *op == Op::Same) {
        return "(the texts differ only in line endings or a trailing newline)".into();
    }

    // Show changes and the lines close to them.
    let changed: Vec<usize> =
        ops.iter().enumerate().filter(|(_, (op, _))| *op != Op::Same).map(|(i, _)| i).collect();
    let shown = |i: usize| changed.iter().any(|&c| c.abs_diff(i) <= CONTEXT);

    let mut out = String::new();
    let (mut old_line, mut new_line) = (1, 1);
    let mut printed_changes = 0;
    let mut previous_shown = false;
    for (i, (op, line)) in ops.iter().enumerate() {
        if shown(i) {
            if printed_changes == max_changes && *op != Op::Same {
                let rest = changed.len() - printed_changes;
                out.push_str(&format!("... and {rest} more changed lines\n"));
                break;
            }
            if !previous_shown {
                out.push_str(&format!("@@ -{old_line} +{new_line} @@\n"));
            }
            let sign = match op {
                Op::Same => ' ',
                Op::Removed => '-',
                Op::Added => '+',
            };
            out.push(sign);
            out.push_str(&shorten(line));
            out.push('\n');
            printed_changes += usize::from(*op != Op::Same);
        }
        previous_shown = shown(i);
        match op {
            Op::Same => (old_line, new_line) = (old_line + 1, new_line + 1),
            Op::Removed => old_line += 1,
            Op::Added => new_line += 1,
        }
    }
    out.truncate(out.trim_end().len());
    out
}

fn shorten(line: &str) -> String {
    match line.char_indices().nth(MAX_LINE) {
        Some((cut, _)) => format!("{}...", &line[..cut]),
        None => line.to_owned(),
    }
}

/// Edit script from `a` to `b`: common prefix and suffix, and a longest
/// common subsequence of the middle when that is affordable.
fn diff<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(Op, &'a str)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix =
        a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut ops: Vec<(Op, &str)> = a[..prefix].iter().map(|l| (Op::Same, *l)).collect();
    let (n, m) = (mid_a.len(), mid_b.len());
    if (n + 1).saturating_mul(m + 1) > MAX_CELLS {
        ops.extend(mid_a.iter().map(|l| (Op::Removed, *l)));
        ops.extend(mid_b.iter().map(|l| (Op::Added, *l)));
    } else {
        // lcs[i * (m + 1) + j] = length of the LCS of mid_a[i..] and mid_b[j..].
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if mid_a[i] == mid_b[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && mid_a[i] == mid_b[j] {
                ops.push((Op::Same, mid_a[i]));
                (i, j) = (i + 1, j + 1);
            } else if j == m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                ops.push((Op::Removed, mid_a[i]));
                i += 1;
            } else {
                ops.push((Op::Added, mid_b[j]));
                j += 1;
            }
        }
    }
    ops.extend(a[a.len() - suffix..].iter().map(|l| (Op::Same, *l)));
    ops
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn shows_changes_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\n";
        let new = "a\nb\nc\nX\ne\nf\ng\nh\n";
        assert_eq!(render(old, new, 20), "@@ -2 +2 @@\n b\n c\n-d\n+X\n e\n f\n g\n+h");
    }

    #[test]
    fn limits_output() {
        let old = "1\n2\n3\n4\n";
        let new = "5\n6\n7\n8\n";
        let text = render(old, new, 3);
        assert!(text.ends_with("... and 5 more changed lines"), "{text}");
    }

    #[test]
    fn trailing_newline() {
        assert!(render("a\n", "a", 20).contains("trailing newline"));
    }
}
