// Checks HashMap/HashSet operations (insert/overwrite/remove/entry/retain/extend, custom key types) with output always sorted so iteration order does not matter.
use std::collections::{HashMap, HashSet};
use std::hint::black_box;

#[derive(Debug, Hash, PartialEq, Eq, Clone, PartialOrd, Ord)]
struct Key {
    group: u8,
    name: String,
}

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let mut m: HashMap<u64, i32> = HashMap::new();
    for i in 0..1000u64 {
        m.insert(black_box(i * 7919 % 1009), i as i32);
    }
    println!("len {}", m.len());
    let old = m.insert(0, -1);
    println!("overwrite 0 old {:?} new {:?}", old, m.get(&0));
    println!("remove 5 {:?} remove 5 again {:?}", m.remove(&5), m.remove(&5));
    m.retain(|k, v| k % 100 == 1 || *v < 3);
    println!("retained {:?}", sorted(&m));
    let total: i64 = m.values().map(|&v| v as i64).sum();
    println!("values sum {}", total);

    let text = "one two three two three three four four four four";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_default() += 1;
    }
    let mut by_count: Vec<(&str, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("counts {:?}", by_count);

    let mut km: HashMap<Key, Vec<u32>> = HashMap::new();
    for (g, n, v) in [(1, "a", 10), (2, "b", 20), (1, "a", 11), (1, "c", 12), (2, "b", 21)] {
        km.entry(Key { group: g, name: n.to_string() }).or_insert_with(Vec::new).push(black_box(v));
    }
    println!("struct keys {:?}", sorted(&km));
    let probe = Key { group: 1, name: "a".into() };
    println!("contains probe {} get {:?}", km.contains_key(&probe), km.get(&probe));

    let a: HashSet<i32> = (0..30).filter(|x| x % 4 == 0).collect();
    let b: HashSet<i32> = (0..30).filter(|x| x % 6 == 0).collect();
    let mut inter: Vec<_> = a.intersection(&b).copied().collect();
    inter.sort();
    let mut uni: Vec<_> = a.union(&b).copied().collect();
    uni.sort_unstable();
    let mut diff: Vec<_> = a.difference(&b).copied().collect();
    diff.sort();
    println!("inter {:?}\nunion {:?}\ndiff {:?}", inter, uni, diff);

    let mut m2: HashMap<String, f64> = HashMap::with_capacity(2);
    m2.extend([("pi".to_string(), 3.14159), ("e".to_string(), 2.71828), ("phi".to_string(), 1.61803)]);
    if let Some(v) = m2.get_mut("e") {
        *v *= 2.0;
    }
    let mut keys: Vec<&String> = m2.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} = {:.5}", k, m2[k]);
    }
    let mut drained: Vec<(String, f64)> = m2.drain().collect();
    drained.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap());
    println!("drained by value {:?} now empty {}", drained, m2.is_empty());
}
