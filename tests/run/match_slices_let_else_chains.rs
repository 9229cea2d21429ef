// Checks match guards with @ bindings (ranges and subpatterns), nested tuple/enum matches, slice patterns ([first, .., last], [x, rest @ ..], fixed-length), let-else with early return/continue, and edition-2024 if-let/while-let chains.
use std::hint::black_box;

#[derive(Debug)]
enum Cmd {
    Move { dx: i32, dy: i32 },
    Say(String),
    Repeat(u8, Box<Cmd>),
    Stop,
}

fn classify(n: i64) -> String {
    match n {
        i64::MIN..=-1000 => "very negative".into(),
        x @ -999..=-1 if x % 2 == 0 => format!("neg even {}", x),
        x @ -999..=-1 => format!("neg odd {}", x),
        0 => "zero".into(),
        x @ (1 | 2 | 3 | 5 | 7) => format!("small prime {}", x),
        x @ 1..=100 if x * x > 1000 => format!("big-square {}", x),
        x @ 1..=100 => format!("small {}", x),
        _ => "large".into(),
    }
}

fn sum_ends(v: &[i32]) -> String {
    match v {
        [] => "empty".into(),
        [only] => format!("one {}", only),
        [a, b] => format!("two {}", a + b),
        [first, middle @ .., last] if middle.len() > 3 => format!("long first+last {} mid {:?}", first + last, &middle[1..3]),
        [first, .., last] => format!("ends {} {}", first, last),
    }
}

fn rec_sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [x, rest @ ..] => x + rec_sum(rest),
    }
}

fn describe(c: &Cmd) -> String {
    match c {
        Cmd::Move { dx: 0, dy: 0 } => "stay".into(),
        Cmd::Move { dx, dy: 0 } => format!("horizontal {}", dx),
        Cmd::Move { dx: 0, dy } => format!("vertical {}", dy),
        Cmd::Move { dx, dy } if dx == dy => format!("diagonal {}", dx),
        Cmd::Move { dx, dy } => format!("move {},{}", dx, dy),
        Cmd::Say(s) if s.is_empty() => "silence".into(),
        Cmd::Say(s) => format!("say {:?}", s),
        Cmd::Repeat(n @ 2..=3, inner) => format!("few x{} [{}]", n, describe(inner)),
        Cmd::Repeat(n, inner) => match &**inner {
            Cmd::Stop => format!("stop x{}", n),
            other => format!("many x{} [{}]", n, describe(other)),
        },
        Cmd::Stop => "stop".into(),
    }
}

fn parse_kv(line: &str) -> Option<(String, i32)> {
    let Some((k, v)) = line.split_once('=') else {
        return None;
    };
    let Ok(n) = v.trim().parse::<i32>() else {
        return Some((k.trim().to_string(), -1));
    };
    Some((k.trim().to_string(), n))
}

fn first_big_even(v: &[Option<i32>]) -> Option<i32> {
    for item in v {
        if let Some(x) = item
            && *x % 2 == 0
            && let y = x * 10
            && y > 50
        {
            return Some(y);
        }
    }
    None
}

fn main() {
    for n in [-5000, -8, -7, 0, 3, 4, 31, 32, 100, 101] {
        println!("{} -> {}", n, classify(black_box(n)));
    }
    let data: Vec<i32> = (1..=9).map(|x| black_box(x) * x).collect();
    for len in [0, 1, 2, 3, 5, 9] {
        println!("len {} -> {}", len, sum_ends(&data[..len]));
    }
    println!("rec_sum {}", rec_sum(&data));
    let cmds = vec![
        Cmd::Move { dx: 0, dy: 0 },
        Cmd::Move { dx: black_box(4), dy: 0 },
        Cmd::Move { dx: 0, dy: -2 },
        Cmd::Move { dx: 3, dy: 3 },
        Cmd::Move { dx: 1, dy: 2 },
        Cmd::Say(String::new()),
        Cmd::Say("hi".into()),
        Cmd::Repeat(2, Box::new(Cmd::Say("x".into()))),
        Cmd::Repeat(9, Box::new(Cmd::Stop)),
        Cmd::Repeat(7, Box::new(Cmd::Repeat(3, Box::new(Cmd::Move { dx: 5, dy: 5 })))),
        Cmd::Stop,
    ];
    for c in &cmds {
        println!("{:?} => {}", c, describe(c));
    }
    // Nested tuple matches.
    for pair in [(0, 'a'), (1, 'b'), (2, 'z'), (3, 'q'), (-1, '?')] {
        let (n, ch) = black_box(pair);
        let s = match (n, ch) {
            (0, _) => "zero-any".to_string(),
            (1, 'a'..='m') | (2, 'a'..='m') => format!("low {}{}", n, ch),
            (k @ 1..=2, c) => format!("high {}{}", k, c),
            (k, c) if k < 0 => format!("negative {} {}", k, c as u32),
            _ => "other".to_string(),
        };
        println!("{:?} -> {}", pair, s);
    }
    for line in ["a = 5", "bad line", "b= x", " c =-12 "] {
        println!("parse {:?} -> {:?}", line, parse_kv(black_box(line)));
    }
    let mut totals = 0;
    for s in ["1", "two", "3", "", "40"] {
        let Ok(n) = s.parse::<i32>() else {
            continue;
        };
        totals += n;
    }
    println!("let-else continue total {}", totals);
    println!("chain {:?} {:?}", first_big_even(&[Some(3), None, Some(4), Some(8), Some(10)]), first_big_even(&[None, Some(2)]));
    let mut stack = vec![1, -2, 3, 0, 5, 6];
    let mut popped = Vec::new();
    while let Some(top) = stack.pop()
        && top != 0
    {
        popped.push(top);
    }
    println!("while-let chain popped {:?} left {:?}", popped, stack);
    let opt: Option<(i32, &str)> = black_box(Some((7, "seven")));
    if let Some((n, name)) = opt && n > 5 && let Some(c) = name.chars().next() {
        println!("if-let chain {} {} {}", n, name, c);
    } else {
        println!("chain failed");
    }
    let arr = [black_box(1u8), 2, 3, 4];
    let [a, b, rest @ ..] = arr;
    let [.., y, z] = arr;
    println!("array destructure a={} b={} rest={:?} y={} z={}", a, b, rest, y, z);
}
