// A small lexer, parser and closure interpreter: Box/Rc trees, Rc<RefCell<HashMap>> environments,
// a Y combinator, error paths through ?, and recursion deep enough to catch frames far above
// LLVM's (each local of MIR-inlined callees in a slot of its own overflowed the stack at -O).
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
    Let,
    In,
    Fn,
    Arrow,
    If,
    Then,
    Else,
}

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = vec![];
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        match c {
            ' ' | '\n' => {
                i += 1;
            }
            '0'..='9' | '.' => {
                let st = i;
                while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') {
                    i += 1;
                }
                let t: String = cs[st..i].iter().collect();
                out.push(Tok::Num(t.parse().map_err(|e| format!("{t}: {e}"))?));
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let st = i;
                while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_') {
                    i += 1;
                }
                let w: String = cs[st..i].iter().collect();
                out.push(match w.as_str() {
                    "let" => Tok::Let,
                    "in" => Tok::In,
                    "fn" => Tok::Fn,
                    "if" => Tok::If,
                    "then" => Tok::Then,
                    "else" => Tok::Else,
                    _ => Tok::Ident(w),
                });
            }
            '-' if cs.get(i + 1) == Some(&'>') => {
                out.push(Tok::Arrow);
                i += 2;
            }
            '+' | '-' | '*' | '/' | '=' | '<' => {
                out.push(Tok::Op(c));
                i += 1;
            }
            '(' => {
                out.push(Tok::LParen);
                i += 1;
            }
            ')' => {
                out.push(Tok::RParen);
                i += 1;
            }
            _ => return Err(format!("bad char {c:?} at {i}")),
        }
    }
    Ok(out)
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Var(String),
    Bin(char, Box<Expr>, Box<Expr>),
    Let(String, Box<Expr>, Box<Expr>),
    Lam(String, Rc<Expr>),
    App(Box<Expr>, Box<Expr>),
    If(Box<Expr>, Box<Expr>, Box<Expr>),
}

struct P {
    t: Vec<Tok>,
    i: usize,
}
impl P {
    fn peek(&self) -> Option<&Tok> {
        self.t.get(self.i)
    }
    fn next(&mut self) -> Option<Tok> {
        let t = self.t.get(self.i).cloned();
        self.i += 1;
        t
    }
    fn expect(&mut self, t: Tok) -> Result<(), String> {
        match self.next() {
            Some(x) if x == t => Ok(()),
            o => Err(format!("expected {t:?}, got {o:?}")),
        }
    }
    fn expr(&mut self) -> Result<Expr, String> {
        match self.peek() {
            Some(Tok::Let) => {
                self.next();
                let Some(Tok::Ident(n)) = self.next() else { return Err("name".into()) };
                self.expect(Tok::Op('='))?;
                let v = self.expr()?;
                self.expect(Tok::In)?;
                let b = self.expr()?;
                Ok(Expr::Let(n, Box::new(v), Box::new(b)))
            }
            Some(Tok::Fn) => {
                self.next();
                let Some(Tok::Ident(n)) = self.next() else { return Err("param".into()) };
                self.expect(Tok::Arrow)?;
                Ok(Expr::Lam(n, Rc::new(self.expr()?)))
            }
            Some(Tok::If) => {
                self.next();
                let c = self.expr()?;
                self.expect(Tok::Then)?;
                let a = self.expr()?;
                self.expect(Tok::Else)?;
                let b = self.expr()?;
                Ok(Expr::If(Box::new(c), Box::new(a), Box::new(b)))
            }
            _ => self.cmp(),
        }
    }
    fn cmp(&mut self) -> Result<Expr, String> {
        let l = self.sum()?;
        if self.peek() == Some(&Tok::Op('<')) {
            self.next();
            let r = self.sum()?;
            return Ok(Expr::Bin('<', Box::new(l), Box::new(r)));
        }
        Ok(l)
    }
    fn sum(&mut self) -> Result<Expr, String> {
        let mut l = self.prod()?;
        while let Some(Tok::Op(c @ ('+' | '-'))) = self.peek().cloned() {
            self.next();
            l = Expr::Bin(c, Box::new(l), Box::new(self.prod()?));
        }
        Ok(l)
    }
    fn prod(&mut self) -> Result<Expr, String> {
        let mut l = self.app()?;
        while let Some(Tok::Op(c @ ('*' | '/'))) = self.peek().cloned() {
            self.next();
            l = Expr::Bin(c, Box::new(l), Box::new(self.app()?));
        }
        Ok(l)
    }
    fn app(&mut self) -> Result<Expr, String> {
        let mut f = self.atom()?;
        while matches!(self.peek(), Some(Tok::Num(_) | Tok::Ident(_) | Tok::LParen)) {
            f = Expr::App(Box::new(f), Box::new(self.atom()?));
        }
        Ok(f)
    }
    fn atom(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Tok::Num(n)) => Ok(Expr::Num(n)),
            Some(Tok::Ident(s)) => Ok(Expr::Var(s)),
            Some(Tok::LParen) => {
                let e = self.expr()?;
                self.expect(Tok::RParen)?;
                Ok(e)
            }
            t => Err(format!("unexpected {t:?}")),
        }
    }
}

#[derive(Clone)]
enum Val {
    Num(f64),
    Clo(String, Rc<Expr>, Env),
}
type Env = Rc<RefCell<HashMap<String, Val>>>;
impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Val::Num(n) => write!(f, "{n}"),
            Val::Clo(p, _, _) => write!(f, "<fn {p}>"),
        }
    }
}

fn eval(e: &Expr, env: &Env, depth: u32) -> Result<Val, String> {
    if depth > MAX_DEPTH {
        return Err("too deep".into());
    }
    Ok(match e {
        Expr::Num(n) => Val::Num(*n),
        Expr::Var(v) => env.borrow().get(v).cloned().ok_or_else(|| format!("unbound {v}"))?,
        Expr::Bin(op, a, b) => {
            let (Val::Num(x), Val::Num(y)) = (eval(a, env, depth + 1)?, eval(b, env, depth + 1)?)
            else {
                return Err("type".into());
            };
            Val::Num(match op {
                '+' => x + y,
                '-' => x - y,
                '*' => x * y,
                '/' => x / y,
                '<' => (x < y) as u8 as f64,
                _ => unreachable!(),
            })
        }
        Expr::Let(n, v, b) => {
            let inner: Env = Rc::new(RefCell::new(env.borrow().clone()));
            let val = eval(v, &inner, depth + 1)?;
            inner.borrow_mut().insert(n.clone(), val);
            eval(b, &inner, depth + 1)?
        }
        Expr::Lam(p, b) => Val::Clo(p.clone(), b.clone(), env.clone()),
        Expr::App(f, a) => match eval(f, env, depth + 1)? {
            Val::Clo(p, body, cenv) => {
                let arg = eval(a, env, depth + 1)?;
                let e2 = Rc::new(RefCell::new(cenv.borrow().clone()));
                e2.borrow_mut().insert(p, arg);
                eval(&body, &e2, depth + 1)?
            }
            Val::Num(n) => return Err(format!("cannot call {n}")),
        },
        Expr::If(c, a, b) => match eval(c, env, depth + 1)? {
            Val::Num(n) if n != 0.0 => eval(a, env, depth + 1)?,
            _ => eval(b, env, depth + 1)?,
        },
    })
}

/// Deep enough that a frame of `eval` several times LLVM's overflows the thread's stack with
/// optimizations, as one did before locals shared stack slots.
const MAX_DEPTH: u32 = if cfg!(debug_assertions) { 500 } else { 2000 };

fn main() {
    std::thread::Builder::new().stack_size(4 << 20).spawn(run).unwrap().join().unwrap();
}

fn run() {
    let progs = [
        "1 + 2 * 3 - 4 / 8",
        "let x = 5 in let y = x * x in y - x",
        "let sq = fn a -> a * a in sq (sq 3)",
        "let add = fn a -> fn b -> a + b in let inc = add 1 in inc (inc 40)",
        "let fix = fn f -> (fn x -> f (fn v -> x x v)) (fn x -> f (fn v -> x x v)) in let fact = fix (fn self -> fn n -> if n < 1 then 1 else n * self (n - 1)) in fact 10",
        "let fix = fn f -> (fn x -> f (fn v -> x x v)) (fn x -> f (fn v -> x x v)) in let fib = fix (fn self -> fn n -> if n < 2 then n else self (n - 1) + self (n - 2)) in fib 15",
        "1 / 0",
        "0 / 0 < 1",
        "let f = fn x -> x in f",
        "unknown + 1",
        "3 4",
        "(1 + 2",
        "2 $ 3",
        "1.2.3",
        "let fix = fn f -> (fn x -> f (fn v -> x x v)) (fn x -> f (fn v -> x x v)) in let loop = fix (fn self -> fn n -> self (n + 1)) in loop 0",
    ];
    for p in progs {
        let r = lex(p)
            .and_then(|t| {
                let mut ps = P { t, i: 0 };
                let e = ps.expr()?;
                if ps.i < ps.t.len() {
                    return Err(format!("trailing {:?}", &ps.t[ps.i..]));
                }
                Ok(e)
            })
            .and_then(|e| eval(&e, &Rc::new(RefCell::new(HashMap::new())), 0));
        match r {
            Ok(v) => println!("{p:.30} => {v}"),
            Err(e) => println!("{p:.30} !! {e}"),
        }
    }
}
