// Checks Vec/slice algorithms: sort_unstable_by/_by_key, sort stability, dedup/dedup_by_key/dedup_by, retain/retain_mut, windows, chunks_exact with remainder, rchunks, split, partition_point, select_nth_unstable.
use std::hint::black_box;

fn main() {
    let base: Vec<i32> = (0..30).map(|i| black_box((i * 37 + 11) % 23 - 11)).collect();
    println!("base {:?}", base);

    let mut v = base.clone();
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("desc {:?}", v);
    let mut v = base.clone();
    v.sort_unstable_by(|a, b| a.abs().cmp(&b.abs()).then(a.cmp(b)));
    println!("by abs {:?}", v);
    let mut v = base.clone();
    v.sort_unstable_by_key(|x| (x.rem_euclid(5), -x));
    println!("by key {:?}", v);

    // Stable sort keeps insertion order among equal keys.
    let mut pairs: Vec<(i32, usize)> = base.iter().enumerate().map(|(i, &x)| (x.rem_euclid(4), i)).collect();
    pairs.sort_by_key(|p| p.0);
    println!("stable {:?}", pairs);

    let mut d = vec![1, 1, 2, 2, 2, 3, 1, 1, 4, 4, 5, 5, 5, 5];
    d.dedup();
    println!("dedup {:?}", d);
    let mut d2 = vec![10, 11, 12, 20, 25, 31, 39, 40];
    d2.dedup_by_key(|x| *x / 10);
    println!("dedup_by_key {:?}", d2);
    let mut d3 = vec!["a", "A", "b", "B", "b", "c"];
    d3.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("dedup_by {:?}", d3);
    let mut r = base.clone();
    r.retain(|&x| x % 3 != 0);
    println!("retain {:?}", r);
    let mut rm = base.clone();
    rm.retain_mut(|x| {
        *x *= 2;
        *x > 0
    });
    println!("retain_mut {:?}", rm);

    let w: Vec<i32> = base.windows(3).map(|w| w[0] + w[1] * w[2]).collect();
    println!("windows {:?}", w);
    let increasing = base.windows(2).filter(|w| w[1] > w[0]).count();
    println!("increasing steps {}", increasing);
    let ce = base.chunks_exact(7);
    let rem = ce.remainder().to_vec();
    let sums: Vec<i32> = ce.map(|c| c.iter().sum()).collect();
    println!("chunks_exact sums {:?} remainder {:?}", sums, rem);
    println!("rchunks {:?}", base.rchunks(8).map(|c| c.len()).collect::<Vec<_>>());
    println!("split on zero {:?}", base.split(|&x| x == 0).map(|s| s.len()).collect::<Vec<_>>());

    let mut sorted = base.clone();
    sorted.sort();
    let pp = sorted.partition_point(|&x| x < 3);
    println!("partition_point <3 = {} value there {}", pp, sorted[pp]);
    let mut sel = base.clone();
    let (_, median, _) = sel.select_nth_unstable(15);
    println!("15th smallest {}", median);
    let mut dd = base.clone();
    dd.sort();
    dd.dedup();
    println!("unique sorted {:?} len {}", dd, dd.len());
    let (neg, pos): (Vec<i32>, Vec<i32>) = base.iter().partition(|&&x| x < 0);
    println!("neg {} pos {} sumneg {} sumpos {}", neg.len(), pos.len(), neg.iter().sum::<i32>(), pos.iter().sum::<i32>());
    let mut ins = vec![1, 5, 9];
    let idx = ins.binary_search(&black_box(6)).unwrap_or_else(|e| e);
    ins.insert(idx, 6);
    ins.extend_from_within(1..3);
    ins.splice(0..1, [100, 200]);
    println!("insert/splice {:?}", ins);
}
