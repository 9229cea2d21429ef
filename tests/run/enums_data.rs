// Checks enums with data: tuple/struct/unit variants, match with bindings and nested patterns, methods on enums, recursive enums via Box, enum in Vec, discriminant-only enums with explicit values and `as` casts.
#![allow(dead_code)]
use std::hint::black_box;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
    Ident { name: String, len: usize },
}

#[derive(Debug)]
enum Expr {
    Lit(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

impl Expr {
    fn eval(&self) -> i64 {
        match self {
            Expr::Lit(v) => *v,
            Expr::Add(a, b) => a.eval() + b.eval(),
            Expr::Mul(a, b) => a.eval() * b.eval(),
            Expr::Neg(e) => -e.eval(),
        }
    }
    fn depth(&self) -> usize {
        match self {
            Expr::Lit(_) => 1,
            Expr::Add(a, b) | Expr::Mul(a, b) => 1 + a.depth().max(b.depth()),
            Expr::Neg(e) => 1 + e.depth(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 100,
    Max = 255,
}

#[derive(Debug, Clone, Copy)]
#[repr(i8)]
enum Signed {
    Neg = -3,
    Zero = 0,
    Pos = 3,
}

#[derive(Debug)]
enum Shape {
    Circle(u32),
    Rect { w: u32, h: u32 },
    Tri(u32, u32, u32),
    Nothing,
}

fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_ascii_digit() {
            let mut v = 0i64;
            while i < cs.len() && cs[i].is_ascii_digit() {
                v = v * 10 + cs[i].to_digit(10).unwrap() as i64;
                i += 1;
            }
            out.push(Token::Num(v));
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            while i < cs.len() && cs[i].is_alphanumeric() {
                i += 1;
            }
            let name: String = cs[start..i].iter().collect();
            let len = name.len();
            out.push(Token::Ident { name, len });
            continue;
        }
        match c {
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            '+' | '-' | '*' | '/' => out.push(Token::Op(c)),
            _ => {}
        }
        i += 1;
    }
    out
}

fn perimeter(s: &Shape) -> u32 {
    match *s {
        Shape::Circle(r) => 6 * r,
        Shape::Rect { w, h } if w == h => 4 * w,
        Shape::Rect { w, h } => 2 * (w + h),
        Shape::Tri(a, b, c) => a + b + c,
        Shape::Nothing => 0,
    }
}

fn main() {
    let toks = tokenize(black_box("(12 + x1) * 300 - foo"));
    println!("{:?}", toks);
    let nums: i64 = toks.iter().filter_map(|t| if let Token::Num(n) = t { Some(*n) } else { None }).sum();
    let idents: Vec<&str> = toks.iter().filter_map(|t| match t { Token::Ident { name, .. } => Some(name.as_str()), _ => None }).collect();
    println!("nums {} idents {:?}", nums, idents);
    println!("eq {} {}", toks[0] == Token::LParen, toks[1] == Token::Num(black_box(12)));
    let e = Expr::Add(
        Box::new(Expr::Mul(Box::new(Expr::Lit(black_box(6))), Box::new(Expr::Lit(7)))),
        Box::new(Expr::Neg(Box::new(Expr::Add(Box::new(Expr::Lit(1)), Box::new(Expr::Lit(2)))))),
    );
    println!("{:?}", e);
    println!("eval {} depth {}", e.eval(), e.depth());
    let levels = [Level::High, Level::Low, Level::Max, Level::Mid];
    let mut sorted = levels;
    sorted.sort();
    println!("{:?} {:?}", sorted, levels.iter().map(|&l| l as u8).collect::<Vec<_>>());
    println!("{} {} {}", Signed::Neg as i8, Signed::Zero as i32, Signed::Pos as i64);
    let sv = [Signed::Neg, Signed::Pos];
    println!("{:?} {}", sv[black_box(1)], sv[black_box(0)] as i8 as u8);
    let shapes = vec![Shape::Circle(black_box(5)), Shape::Rect { w: 3, h: 3 }, Shape::Rect { w: 2, h: 9 }, Shape::Tri(3, 4, 5), Shape::Nothing];
    for s in &shapes {
        println!("{:?} perimeter {}", s, perimeter(s));
    }
    println!("sizes {} {} {}", std::mem::size_of::<Level>(), std::mem::size_of::<Shape>(), std::mem::size_of::<Option<Level>>());
    let mut state = Some(Level::Low);
    let mut steps = 0;
    while let Some(l) = state {
        state = match l {
            Level::Low => Some(Level::Mid),
            Level::Mid => Some(Level::High),
            Level::High => Some(Level::Max),
            Level::Max => None,
        };
        steps += 1;
    }
    println!("steps {}", steps);
    println!("discriminant eq {}", std::mem::discriminant(&shapes[1]) == std::mem::discriminant(&shapes[2]));
}
