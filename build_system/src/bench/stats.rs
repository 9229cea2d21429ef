//! Wall times of both backends, their min and median, and the tables that
//! show them.

use std::time::Duration;

use super::Backend;
use crate::utils::Result;

/// The wall times of one benchmark, per backend, in the order they ran.
#[derive(Clone, Debug, Default)]
pub struct Samples {
    pub llvm: Vec<Duration>,
    pub clif: Vec<Duration>,
}

impl Samples {
    /// Runs `measure` `runs` times per backend, LLVM and ours taking turns.
    /// `measure` gets the backend and the 0-based run.
    pub fn alternate(
        runs: usize,
        measure: impl FnMut(Backend, usize) -> Result<Duration>,
    ) -> Result<Samples> {
        let mut samples = Samples::default();
        take_turns(runs, &Backend::BOTH, measure, |backend, time| match backend {
            Backend::Llvm => samples.llvm.push(time),
            Backend::Clif => samples.clif.push(time),
        })?;
        Ok(samples)
    }
}

/// Runs `measure` `runs` times for each of `kinds`, the kinds taking turns run
/// by run, so that a slow phase of a shared machine hits all alike; `record`
/// keeps each time. `measure` gets the kind and the 0-based run.
pub fn take_turns<K: Copy>(
    runs: usize,
    kinds: &[K],
    mut measure: impl FnMut(K, usize) -> Result<Duration>,
    mut record: impl FnMut(K, Duration),
) -> Result<()> {
    for run in 0..runs {
        for &kind in kinds {
            record(kind, measure(kind, run)?);
        }
    }
    Ok(())
}

/// The smallest and the median of `times`; `None` if there are none.
pub fn min_median(times: &[Duration]) -> Option<(Duration, Duration)> {
    let mut sorted = times.to_vec();
    sorted.sort();
    let middle = sorted.len() / 2;
    let median = if sorted.len().is_multiple_of(2) {
        (*sorted.get(middle.checked_sub(1)?)? + *sorted.get(middle)?) / 2
    } else {
        *sorted.get(middle)?
    };
    Some((*sorted.first()?, median))
}

/// A duration as a table shows it: milliseconds below a second, else seconds.
pub fn show(time: Duration) -> String {
    let secs = time.as_secs_f64();
    if secs < 1.0 { format!("{:.0}ms", secs * 1e3) } else { format!("{secs:.2}s") }
}

/// One row of the benchmark table.
#[derive(Clone)]
pub struct Row {
    pub title: String,
    pub samples: Samples,
}

/// `clif / llvm`, as the table prints it.
fn ratio(clif: Duration, llvm: Duration) -> String {
    if llvm.is_zero() {
        return "-".into();
    }
    format!("{:.2}", clif.as_secs_f64() / llvm.as_secs_f64())
}

/// The benchmark table: per backend the min and median wall time, then the
/// ratio clif/LLVM of both (below 1: ours is faster).
pub fn table(rows: &[Row]) -> String {
    let header = [
        "benchmark",
        "runs",
        "LLVM min",
        "median",
        "clif min",
        "median",
        "clif/LLVM min",
        "median",
    ];
    let mut cells = Vec::new();
    for row in rows {
        let (Some((llvm_min, llvm_med)), Some((clif_min, clif_med))) =
            (min_median(&row.samples.llvm), min_median(&row.samples.clif))
        else {
            continue;
        };
        cells.push(vec![
            row.title.clone(),
            row.samples.llvm.len().min(row.samples.clif.len()).to_string(),
            show(llvm_min),
            show(llvm_med),
            show(clif_min),
            show(clif_med),
            ratio(clif_min, llvm_min),
            ratio(clif_med, llvm_med),
        ]);
    }
    render(&header, &cells)
}

/// Lays out a table: the first column left-aligned, the others right-aligned,
/// two spaces between columns.
pub fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    let mut text = String::new();
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (column, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if column == 0 {
                line.push_str(&format!("{cell:<width$}"));
            } else {
                line.push_str(&format!("  {cell:>width$}"));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{Row, Samples, min_median, render, show, table};
    use crate::bench::Backend;

    fn ms(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_millis(v)).collect()
    }

    #[test]
    fn min_and_median() {
        assert_eq!(min_median(&[]), None);
        let one = ms(&[7]);
        assert_eq!(min_median(&one), Some((one[0], one[0])));
        let odd = ms(&[30, 10, 20]);
        assert_eq!(min_median(&odd), Some((odd[1], odd[2])));
        let even = ms(&[40, 10, 20, 30]);
        assert_eq!(min_median(&even), Some((even[1], Duration::from_millis(25))));
    }

    #[test]
    fn backends_alternate() {
        let mut order = Vec::new();
        let samples = Samples::alternate(2, |backend, run| {
            order.push((backend, run));
            Ok(Duration::from_millis(run as u64))
        })
        .expect("no failures");
        let expected =
            [(Backend::Llvm, 0), (Backend::Clif, 0), (Backend::Llvm, 1), (Backend::Clif, 1)];
        assert_eq!(order, expected);
        assert_eq!(samples.llvm, ms(&[0, 1]));
        assert_eq!(samples.clif, ms(&[0, 1]));
    }

    #[test]
    fn formats_durations() {
        assert_eq!(show(Duration::from_millis(42)), "42ms");
        assert_eq!(show(Duration::from_millis(12_345)), "12.35s");
    }

    #[test]
    fn renders_tables() {
        let rows = [Row {
            title: "build".into(),
            samples: Samples { llvm: ms(&[2000, 4000]), clif: ms(&[1000, 1000]) },
        }];
        let expected = "\
benchmark  runs  LLVM min  median  clif min  median  clif/LLVM min  median
build         2     2.00s   3.00s     1.00s   1.00s           0.50    0.33
";
        assert_eq!(table(&rows), expected);
        assert_eq!(render(&["a", "b"], &[vec!["long".into(), "1".into()]]), "a     b\nlong  1\n");
    }
}
