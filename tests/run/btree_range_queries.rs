// Checks BTreeMap/BTreeSet range queries (inclusive/exclusive/unbounded bounds, rev), split_off, append, first/last/pop, entry API, retain and set algebra.
use std::collections::{BTreeMap, BTreeSet};
use std::hint::black_box;
use std::ops::Bound::{Excluded, Included, Unbounded};

fn main() {
    let mut m: BTreeMap<i32, String> = BTreeMap::new();
    for k in [50, 10, 40, -5, 30, 20, 60, 0, 45] {
        m.insert(black_box(k), format!("v{}", k));
    }
    println!("all keys {:?}", m.keys().collect::<Vec<_>>());
    println!("range 10..40 {:?}", m.range(10..40).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("range 10..=40 {:?}", m.range(10..=40).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("range ..20 {:?}", m.range(..20).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("range 41.. {:?}", m.range(41..).map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>());
    println!(
        "range (Excluded 0, Included 45) rev {:?}",
        m.range((Excluded(0), Included(45))).rev().map(|(k, _)| *k).collect::<Vec<_>>()
    );
    println!("range (Unbounded, Excluded -5) {:?}", m.range((Unbounded, Excluded(-5))).count());
    let q = black_box(33);
    println!("floor({}) = {:?} ceil({}) = {:?}", q, m.range(..=q).next_back().map(|(k, _)| k), q, m.range(q..).next().map(|(k, _)| k));
    for (_, v) in m.range_mut(20..=40) {
        v.push('!');
    }
    println!("after range_mut {:?}", m.values().collect::<Vec<_>>());
    println!("first {:?} last {:?}", m.first_key_value(), m.last_key_value());
    let popped = (m.pop_first(), m.pop_last());
    println!("popped {:?}", popped);
    let high = m.split_off(&black_box(30));
    println!("low {:?}", m.keys().collect::<Vec<_>>());
    println!("high {:?}", high.keys().collect::<Vec<_>>());
    let mut merged = high;
    merged.append(&mut m);
    println!("merged {:?} m empty {}", merged.keys().collect::<Vec<_>>(), m.is_empty());
    merged.retain(|k, _| k % 20 != 0);
    println!("retained {:?}", merged);

    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split(' ') {
        *freq.entry(w).or_insert(0) += 1;
    }
    freq.entry("fox").and_modify(|c| *c += 10).or_insert(99);
    freq.entry("zebra").and_modify(|c| *c += 10).or_insert(99);
    println!("freq {:?}", freq);
    println!("freq range d..p {:?}", freq.range("d".."p").collect::<Vec<_>>());

    let a: BTreeSet<u32> = (1..=20).filter(|x| x % 2 == 0).collect();
    let b: BTreeSet<u32> = (1..=20).filter(|x| x % 3 == 0).collect();
    println!("union {:?}", a.union(&b).collect::<Vec<_>>());
    println!("intersection {:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("difference {:?}", a.difference(&b).collect::<Vec<_>>());
    println!("sym diff {:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    println!("set range 5..=15 {:?}", a.range(5..=15).collect::<Vec<_>>());
    println!("set range rev 0..7 {:?}", b.range(0..7).rev().collect::<Vec<_>>());
    println!("subset {} disjoint {}", [6u32, 12].iter().copied().collect::<BTreeSet<_>>().is_subset(&a), a.is_disjoint(&b));
    let mut s: BTreeSet<(u8, &str)> = BTreeSet::new();
    s.insert((2, "b"));
    s.insert((1, "z"));
    s.insert((2, "a"));
    s.insert((1, "z"));
    println!("tuple set {:?} range {:?}", s, s.range((2, "")..).collect::<Vec<_>>());
}
