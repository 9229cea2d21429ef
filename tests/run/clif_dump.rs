// CG_CLIF_DUMP=1 printed each function's instance with trimmed paths, which made rustc abort
// with "`trimmed_def_paths` called, diagnostics were expected but none were emitted"; and its
// directory `<output>.clif` was the output file itself under `-o prog.clif`.
//@ clif-env: CG_CLIF_DUMP=1
//@ compile-flags: -Cdebuginfo=2

use std::collections::HashMap;

struct Point {
    x: u32,
    y: u32,
}

fn sum(points: &[Point]) -> u64 {
    points.iter().map(|p| (p.x + p.y) as u64).sum()
}

fn main() {
    let points: Vec<Point> = (0..10).map(|i| Point { x: i, y: i * 2 }).collect();
    let mut names = HashMap::new();
    names.insert("sum", sum(&points));
    println!("{:?}", names.get("sum"));
}
