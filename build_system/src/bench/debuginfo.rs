//! debuginfo-cost: what debuginfo adds to a clean build with our backend,
//! line tables and full against none. LLVM is left out: the question is our
//! own cost, not how it compares.

use std::time::Duration;

use super::stats::{min_median, render, show, take_turns};
use crate::utils::Result;

/// The goal for line tables: at most this much longer than no debuginfo.
const LINES_GOAL: f64 = 1.10;

/// A setting of the dev profile's `debug`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Level {
    None,
    Lines,
    Full,
}

impl Level {
    /// In the order they take turns; the first is what the others are compared to.
    pub const ALL: [Level; 3] = [Level::None, Level::Lines, Level::Full];

    /// Names its target directory.
    pub fn name(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Lines => "lines",
            Level::Full => "full",
        }
    }

    /// For `CARGO_PROFILE_DEV_DEBUG`: cargo's environment overrides the
    /// profile of the manifest.
    pub fn cargo_value(self) -> &'static str {
        match self {
            Level::None => "0",
            Level::Lines => "line-tables-only",
            Level::Full => "2",
        }
    }

    /// Row label; 2 is cargo's dev default.
    fn label(self) -> &'static str {
        match self {
            Level::None => "debug=0",
            Level::Lines => "debug=line-tables-only",
            Level::Full => "debug=2 (full)",
        }
    }
}

/// The wall times of our backend, per level, in the order they ran.
#[derive(Clone, Debug, Default)]
pub struct Samples {
    pub none: Vec<Duration>,
    pub lines: Vec<Duration>,
    pub full: Vec<Duration>,
}

impl Samples {
    /// Runs `measure` `runs` times per level, the levels taking turns.
    /// `measure` gets the level and the 0-based run.
    pub fn alternate(
        runs: usize,
        measure: impl FnMut(Level, usize) -> Result<Duration>,
    ) -> Result<Samples> {
        let mut samples = Samples::default();
        take_turns(runs, &Level::ALL, measure, |level, time| samples.times_mut(level).push(time))?;
        Ok(samples)
    }

    fn times(&self, level: Level) -> &[Duration] {
        match level {
            Level::None => &self.none,
            Level::Lines => &self.lines,
            Level::Full => &self.full,
        }
    }

    fn times_mut(&mut self, level: Level) -> &mut Vec<Duration> {
        match level {
            Level::None => &mut self.none,
            Level::Lines => &mut self.lines,
            Level::Full => &mut self.full,
        }
    }
}

/// `time / none`; `None` if `none` is zero.
fn ratio(time: Duration, none: Duration) -> Option<f64> {
    (!none.is_zero()).then(|| time.as_secs_f64() / none.as_secs_f64())
}

/// The table of debuginfo-cost, a row per level of the build `title` names:
/// min and median, then the ratio of both to no debuginfo; and whether the
/// median of line tables meets the goal. Its own table, since the main one
/// has a column per backend.
pub fn table(title: &str, samples: &Samples) -> String {
    let header = ["debuginfo cost", "runs", "min", "median", "x/none min", "median"];
    let Some((none_min, none_med)) = min_median(&samples.none) else {
        return String::new();
    };
    let show_ratio = |time, none| ratio(time, none).map_or("-".into(), |r| format!("{r:.2}"));
    let mut cells = Vec::new();
    let mut lines_ratio = None;
    for level in Level::ALL {
        let times = samples.times(level);
        let Some((min, med)) = min_median(times) else { continue };
        let (min_ratio, med_ratio) = match level {
            Level::None => ("-".into(), "-".into()),
            _ => (show_ratio(min, none_min), show_ratio(med, none_med)),
        };
        if level == Level::Lines {
            lines_ratio = ratio(med, none_med);
        }
        cells.push(vec![
            format!("{title}, clif only, {}", level.label()),
            times.len().to_string(),
            show(min),
            show(med),
            min_ratio,
            med_ratio,
        ]);
    }
    let mut text = render(&header, &cells);
    if let Some(r) = lines_ratio {
        let verdict = if r <= LINES_GOAL { "met" } else { "missed" };
        text.push_str(&format!(
            "line tables add {:+.0} % to the median (goal: at most {:+.0} %): {verdict}\n",
            (r - 1.0) * 100.0,
            (LINES_GOAL - 1.0) * 100.0
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{Level, Samples, table};

    fn ms(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_millis(v)).collect()
    }

    #[test]
    fn levels_alternate() {
        let mut order = Vec::new();
        let samples = Samples::alternate(2, |level, run| {
            order.push((level, run));
            Ok(Duration::from_millis(run as u64))
        })
        .expect("no failures");
        let expected = [
            (Level::None, 0),
            (Level::Lines, 0),
            (Level::Full, 0),
            (Level::None, 1),
            (Level::Lines, 1),
            (Level::Full, 1),
        ];
        assert_eq!(order, expected);
        assert_eq!(
            (samples.none, samples.lines, samples.full),
            (ms(&[0, 1]), ms(&[0, 1]), ms(&[0, 1]))
        );
    }

    #[test]
    fn renders_the_table() {
        let samples = Samples {
            none: ms(&[10_000, 12_000]),
            lines: ms(&[10_500, 13_500]),
            full: ms(&[12_000, 16_000]),
        };
        let expected = "\
debuginfo cost                            runs     min  median  x/none min  median
build, clif only, debug=0                    2  10.00s  11.00s           -       -
build, clif only, debug=line-tables-only     2  10.50s  12.00s        1.05    1.09
build, clif only, debug=2 (full)             2  12.00s  14.00s        1.20    1.27
line tables add +9 % to the median (goal: at most +10 %): met
";
        assert_eq!(table("build", &samples), expected);
        assert_eq!(table("build", &Samples::default()), "");
    }
}
