// The same input gives the same program, byte for byte, also when CGUs are compiled in
// parallel: sixteen CGUs with debuginfo, generic instantiations shared between them, string
// and float constants, closures, vtables, statics pointing at each other, landing pads and
// thread-locals: everything whose order could follow a hash map or a thread's timing.
//@ compile-flags: -Ccodegen-units=16 -Cdebuginfo=2
//@ reproducible: many CGUs in parallel, with every kind of data object
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Debug;

macro_rules! module {
    ($name:ident, $ty:ty, $value:expr) => {
        mod $name {
            use super::*;

            pub struct Item {
                pub value: $ty,
                pub label: &'static str,
            }

            pub static ITEM: Item = Item { value: $value, label: stringify!($name) };
            pub static REF: &Item = &ITEM;

            thread_local! {
                pub static COUNT: Cell<u32> = const { Cell::new(0) };
            }

            pub trait Describe {
                fn describe(&self) -> String;
            }

            impl Describe for Item {
                fn describe(&self) -> String {
                    COUNT.with(|c| c.set(c.get() + 1));
                    format!("{}={:?} ({:.3})", self.label, self.value, 1.0 / 3.0 + 0.5)
                }
            }

            pub fn run(extra: &[u64]) -> Vec<String> {
                let dynamic: Box<dyn Describe> = Box::new(Item { value: REF.value, label: "boxed" });
                let mut out: Vec<String> = extra.iter().map(|x| show(&(x, REF.label))).collect();
                out.push(dynamic.describe());
                let caught = std::panic::catch_unwind(|| {
                    let _guard = out.len();
                    if extra.len() > 2 {
                        panic!("{} saw {}", stringify!($name), extra.len());
                    }
                });
                out.push(format!("{:?}", caught.is_err()));
                out.push(COUNT.with(|c| c.get()).to_string());
                out
            }
        }
    };
}

fn show<T: Debug>(value: &T) -> String {
    format!("<{value:?}>")
}

module!(alpha, u8, 7);
module!(beta, i64, -123456789);
module!(gamma, f64, 2.718281828);
module!(delta, &'static str, "delta text");
module!(epsilon, (u16, char), (9, 'e'));
module!(zeta, [u32; 4], [1, 2, 3, 4]);
module!(eta, Option<i32>, Some(-1));
module!(theta, bool, true);
module!(iota, u128, u128::MAX / 3);
module!(kappa, i16, -3);
module!(lambda, f32, 0.1);
module!(mu, char, 'µ');

fn main() {
    std::panic::set_hook(Box::new(|info| println!("panic: {}", info.payload_as_str().unwrap_or(""))));
    let input = [1u64, 2, 3];
    let mut all: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut hashed: HashMap<usize, usize> = HashMap::new();
    let runs: [(&str, fn(&[u64]) -> Vec<String>); 12] = [
        ("alpha", alpha::run),
        ("beta", beta::run),
        ("gamma", gamma::run),
        ("delta", delta::run),
        ("epsilon", epsilon::run),
        ("zeta", zeta::run),
        ("eta", eta::run),
        ("theta", theta::run),
        ("iota", iota::run),
        ("kappa", kappa::run),
        ("lambda", lambda::run),
        ("mu", mu::run),
    ];
    for (i, (name, run)) in runs.iter().enumerate() {
        let lines = run(&input[..i % 4]);
        *hashed.entry(lines.len()).or_default() += 1;
        all.insert(name, lines);
    }
    for (name, lines) in &all {
        println!("{name}: {}", lines.join(" | "));
    }
    let mut counts: Vec<_> = hashed.into_iter().collect();
    counts.sort();
    println!("{counts:?}");
}
