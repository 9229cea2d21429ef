// A one-line edit recompiles only the CGU that changed: the others must be reused from the
// previous session (rustc checks the attributes below). Regression: the backend once read a
// crate-wide query while lowering each CGU, which made every CGU depend on every edit.
#![feature(rustc_attrs)]
#![allow(internal_features)]
#![rustc_partition_codegened(module = "one_cgu_edited-edited", cfg = "rpass2")]
#![rustc_partition_reused(module = "one_cgu_edited-stable", cfg = "rpass2")]
#![rustc_partition_reused(module = "one_cgu_edited-statics", cfg = "rpass2")]

pub mod edited {
    #[cfg(rpass1)]
    pub fn scale(x: u32) -> u32 {
        x * 2
    }

    /// The edit also brings in a new instance (`black_box::<u64>`), as edits usually do.
    #[cfg(rpass2)]
    pub fn scale(x: u32) -> u32 {
        std::hint::black_box(u64::from(x)) as u32 * 3
    }
}

pub mod stable {
    pub fn shift(x: u32) -> u32 {
        x + 7
    }

    pub fn describe(v: &[u32]) -> String {
        format!("{v:?} sums to {}", v.iter().sum::<u32>())
    }
}

pub mod statics {
    pub static TABLE: [u16; 4] = [1, 10, 100, 1000];

    pub fn lookup(i: usize) -> u16 {
        TABLE[i % TABLE.len()]
    }
}

/// Generic items are instantiated where they are used, so this module has no CGU of its own.
pub mod generic {
    pub fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
        let mut best = None;
        for &item in items {
            if best.is_none_or(|b| item > b) {
                best = Some(item);
            }
        }
        best
    }
}

fn main() {
    println!("{}", edited::scale(5));
    println!("{}", stable::shift(4));
    println!("{}", stable::describe(&[1, 2, 3]));
    println!("{:?}", generic::largest(&[3.5, -1.0, 9.25]));
    println!("{}", statics::lookup(6));
}
