// Checks BinaryHeap (max-heap, Reverse min-heap, into_sorted_vec, peek_mut, custom Ord) and VecDeque (rotate_left/right, push/pop both ends, wrap-around, make_contiguous, range, binary_search).
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, VecDeque};
use std::hint::black_box;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    pri: u8,
    name: &'static str,
}

impl Ord for Task {
    fn cmp(&self, o: &Self) -> Ordering {
        self.pri.cmp(&o.pri).then_with(|| o.name.cmp(self.name))
    }
}
impl PartialOrd for Task {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 8, 7] {
        h.push(black_box(x));
    }
    println!("peek {:?} len {}", h.peek(), h.len());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("max order {:?}", out);

    let mut mh: BinaryHeap<Reverse<i64>> = [40, -3, 17, 0, -99, 17].into_iter().map(Reverse).collect();
    if let Some(mut top) = mh.peek_mut() {
        top.0 = 50; // replace the minimum, heap re-sifts on drop
    }
    println!("min order {:?}", std::iter::from_fn(|| mh.pop().map(|r| r.0)).collect::<Vec<_>>());

    let tasks = BinaryHeap::from(vec![
        Task { pri: 2, name: "write" },
        Task { pri: 9, name: "fix" },
        Task { pri: 2, name: "alpha" },
        Task { pri: 5, name: "test" },
        Task { pri: 9, name: "deploy" },
    ]);
    println!("sorted tasks {:?}", tasks.into_sorted_vec().iter().map(|t| (t.pri, t.name)).collect::<Vec<_>>());

    // Dijkstra-like k-smallest merge.
    let lists = [vec![1, 4, 9], vec![2, 3, 10, 11], vec![0, 12]];
    let mut heap = BinaryHeap::new();
    for (i, l) in lists.iter().enumerate() {
        heap.push(Reverse((l[0], i, 0usize)));
    }
    let mut merged = Vec::new();
    while let Some(Reverse((v, li, idx))) = heap.pop() {
        merged.push(v);
        if idx + 1 < lists[li].len() {
            heap.push(Reverse((lists[li][idx + 1], li, idx + 1)));
        }
    }
    println!("merged {:?}", merged);

    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    for i in 0..6 {
        if i % 2 == 0 { d.push_back(black_box(i)) } else { d.push_front(black_box(i * 10)) }
    }
    println!("deque {:?} front {:?} back {:?}", d, d.front(), d.back());
    d.rotate_left(2);
    println!("rotate_left 2 {:?}", d);
    d.rotate_right(3);
    println!("rotate_right 3 {:?}", d);
    // Force wrap-around then make contiguous.
    for _ in 0..3 {
        let x = d.pop_front().unwrap();
        d.push_back(x + 100);
    }
    let (a, b) = d.as_slices();
    println!("slices lens sum {} contents {:?}", a.len() + b.len(), d);
    d.make_contiguous().sort();
    println!("sorted contiguous {:?}", d.as_slices().0);
    println!("binary_search 102 {:?} 5 {:?}", d.binary_search(&102), d.binary_search(&5));
    println!("range 1..4 {:?}", d.range(1..4).collect::<Vec<_>>());
    d.retain(|x| x % 3 != 0);
    println!("retain {:?}", d);
    d.truncate(3);
    d.extend([7, 8, 9]);
    println!("truncate+extend {:?} get(4) {:?} contains 8 {}", d, d.get(4), d.contains(&8));
    let drained: Vec<i32> = d.drain(1..3).collect();
    println!("drained {:?} rest {:?}", drained, d);
    let mut sw = VecDeque::from(vec!['a', 'b', 'c', 'd', 'e']);
    sw.swap(0, 4);
    sw.insert(2, 'X');
    println!("swap/insert {:?} remove(1) {:?} {:?}", sw.clone(), sw.remove(1), sw);
}
