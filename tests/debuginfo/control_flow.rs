// Variables in loops, match arms and `if let` bindings, nested blocks, an Option of a Box and a
// tuple of mixed scalars, as gdb sees them under both backends.
use std::collections::HashMap;
#[derive(Debug)]
enum Cmd { Push(i64), Pop, Add }
fn run(cmds: &[Cmd]) -> Vec<i64> {
    let mut stack = Vec::new();
    for (i, cmd) in cmds.iter().enumerate() {
        match cmd {
            Cmd::Push(v) => {
                let doubled = v * 2;
                stack.push(doubled / 2);
            }
            Cmd::Pop => { let _ = stack.pop(); }
            Cmd::Add => {
                if let (Some(a), Some(b)) = (stack.pop(), stack.pop()) {
                    let sum = a + b;
                    stack.push(sum);
                }
            }
        }
        let depth = stack.len() + i;
        std::hint::black_box(depth);
    }
    stack
}
fn main() {
    let cmds = vec![Cmd::Push(3), Cmd::Push(4), Cmd::Add, Cmd::Push(10), Cmd::Pop];
    let out = run(&cmds);
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in ["a", "b", "a"] { *counts.entry(w).or_default() += 1; }
    let text = format!("{out:?} {}", counts["a"]);
    let opt: Option<Box<i32>> = Some(Box::new(5));
    let tup = (1u8, -2i16, 3.5f32, 'z', true);
    println!("{text} {opt:?} {tup:?}");
}
