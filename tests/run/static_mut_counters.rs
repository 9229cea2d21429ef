// Checks `static mut` counters and buffers updated through &raw mut from several fns, a static mut array used as a ring buffer, and a static mut struct with an Option field.
use std::hint::black_box;

static mut CALLS: u32 = 0;
static mut TOTAL: i64 = 0;
static mut RING: [u16; 8] = [0; 8];
static mut RING_POS: usize = 0;
static mut HISTORY: Stats = Stats { min: None, max: None, count: 0 };

#[derive(Debug, Clone, Copy)]
struct Stats {
    min: Option<i64>,
    max: Option<i64>,
    count: usize,
}

fn record(v: i64) {
    unsafe {
        *(&raw mut CALLS) += 1;
        *(&raw mut TOTAL) += v;
        let h = &mut *(&raw mut HISTORY);
        h.min = Some(h.min.map_or(v, |m| m.min(v)));
        h.max = Some(h.max.map_or(v, |m| m.max(v)));
        h.count += 1;
    }
}

fn push_ring(x: u16) {
    unsafe {
        let pos = &raw mut RING_POS;
        let ring = &raw mut RING;
        (*ring)[*pos % 8] = x;
        *pos += 1;
    }
}

fn ring_snapshot() -> [u16; 8] {
    unsafe { *(&raw const RING) }
}

fn next_id() -> u32 {
    static mut NEXT: u32 = 1000;
    unsafe {
        let p = &raw mut NEXT;
        let id = *p;
        *p = id.wrapping_mul(3).wrapping_add(1) % 100_003;
        id
    }
}

fn main() {
    for v in [5i64, -3, 12, 0, -40, 7] {
        record(black_box(v));
    }
    unsafe {
        println!("calls {} total {} history {:?}", *(&raw const CALLS), *(&raw const TOTAL), *(&raw const HISTORY));
    }
    for i in 0..13u16 {
        push_ring(black_box(i * i));
    }
    println!("ring {:?} pos {}", ring_snapshot(), unsafe { *(&raw const RING_POS) });
    let ids: Vec<u32> = (0..6).map(|_| next_id()).collect();
    println!("ids {:?}", ids);
    unsafe {
        let c = &raw mut CALLS;
        *c = black_box(u32::MAX);
        *c = (*c).wrapping_add(2);
        println!("wrapped calls {}", *c);
        let ring = &mut *(&raw mut RING);
        ring.sort_unstable();
        ring.reverse();
        println!("sorted desc ring {:?}", ring_snapshot());
    }
}
