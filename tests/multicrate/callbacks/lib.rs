// Library half of the `callbacks` multicrate case: fns taking closures and fn pointers, returning structs of several sizes, and taking/returning String and Vec across the crate boundary.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tiny {
    pub v: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub a: u32,
    pub b: u64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Big {
    pub a: u64,
    pub b: u64,
    pub c: u64,
    pub d: u64,
    pub e: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub title: String,
    pub values: Vec<i64>,
    pub ok: bool,
}

pub fn apply_fn(f: fn(i64) -> i64, x: i64) -> i64 {
    f(x)
}

pub fn apply_closure<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(f(x))
}

pub fn apply_mut<F: FnMut(u32)>(mut f: F, n: u32) {
    for i in 0..n {
        f(i);
    }
}

pub fn apply_once<F: FnOnce() -> String>(f: F) -> String {
    let s = f();
    format!("[{}]", s)
}

pub fn apply_dyn(f: &dyn Fn(&str) -> usize, words: &[&str]) -> Vec<usize> {
    words.iter().map(|w| f(w)).collect()
}

pub fn make_multiplier(k: i64) -> impl Fn(i64) -> i64 {
    move |x| x * k
}

pub fn make_boxed(offset: u64) -> Box<dyn FnMut() -> u64> {
    let mut n = 0;
    Box::new(move || {
        n += 1;
        n * 100 + offset
    })
}

pub fn tiny(v: u8) -> Tiny {
    Tiny { v: v.wrapping_mul(3) }
}

pub fn pair(a: u32) -> Pair {
    Pair { a, b: (a as u64) << 32 | 0xffff }
}

pub fn big(seed: u64) -> Big {
    Big { a: seed, b: seed * 2, c: seed * 3, d: !seed, e: seed.rotate_left(32) }
}

pub fn combine(t: Tiny, p: Pair, b: Big) -> Big {
    Big { a: b.a + t.v as u64, b: b.b + p.a as u64, c: b.c ^ p.b, d: b.d, e: b.e.wrapping_add(1) }
}

pub fn tuple3(x: u16) -> (u16, bool, u64) {
    (x.wrapping_add(1), x % 2 == 0, x as u64 * 1_000_000)
}

pub fn shout(s: String) -> String {
    let mut u = s.to_uppercase();
    u.push('!');
    u
}

pub fn lengths(words: &[String]) -> Vec<usize> {
    words.iter().map(String::len).collect()
}

pub fn build_report(title: &str, values: Vec<i64>) -> Report {
    let ok = values.iter().all(|&v| v >= 0);
    Report { title: title.to_string(), values, ok }
}

pub fn transform_vec<T, U, F: Fn(T) -> U>(v: Vec<T>, f: F) -> Vec<U> {
    v.into_iter().map(f).collect()
}

pub fn extend_in_place(v: &mut Vec<u32>, s: &mut String) {
    let n = v.len() as u32;
    v.push(n * 10);
    s.push_str(&format!("+{}", n));
}
