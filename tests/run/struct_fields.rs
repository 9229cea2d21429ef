// Checks struct construction, field read/write, nested structs, struct update syntax, methods (&self, &mut self, self) and padding-heavy layouts.
#![allow(dead_code)]
use std::hint::black_box;

#[derive(Debug, Clone, Copy, Default)]
struct Vec2 {
    x: i32,
    y: i32,
}

impl Vec2 {
    fn new(x: i32, y: i32) -> Self {
        Vec2 { x, y }
    }
    fn dot(&self, o: &Vec2) -> i64 {
        self.x as i64 * o.x as i64 + self.y as i64 * o.y as i64
    }
    fn scale(&mut self, k: i32) {
        self.x *= k;
        self.y *= k;
    }
    fn swapped(self) -> Vec2 {
        Vec2 { x: self.y, y: self.x }
    }
}

#[derive(Debug, Clone, Default)]
struct Particle {
    id: u8,
    pos: Vec2,
    vel: Vec2,
    mass: u16,
    alive: bool,
    name: &'static str,
}

impl Particle {
    fn step(&mut self) {
        self.pos.x += self.vel.x;
        self.pos.y += self.vel.y;
        if self.pos.y < 0 {
            self.alive = false;
        }
    }
}

#[derive(Debug)]
struct Padded {
    a: u8,
    b: u64,
    c: u8,
    d: u32,
    e: u8,
    f: u16,
}

struct Tuple3(u8, i64, char);

fn main() {
    let mut v = Vec2::new(black_box(3), black_box(-4));
    let w = Vec2 { x: 10, ..v };
    println!("{:?} {:?} dot {}", v, w, v.dot(&w));
    v.scale(black_box(-3));
    println!("scaled {:?} swapped {:?}", v, v.swapped());

    let mut p = Particle { id: 1, pos: Vec2::new(0, 10), vel: Vec2::new(2, -3), mass: 500, alive: true, name: "alpha" };
    let mut steps = 0;
    while p.alive {
        p.step();
        steps += 1;
    }
    println!("{:?} after {} steps", p, steps);
    let q = Particle { id: 2, name: "beta", ..Default::default() };
    println!("{:?}", q);
    let mut r = p.clone();
    r.pos.x = black_box(-1);
    r.vel = Vec2::default();
    r.mass += 1;
    println!("{} {} {} {:?} {:?}", r.id, r.mass, p.mass, r.pos, p.pos);

    let mut pd = Padded { a: 1, b: u64::MAX - 1, c: 3, d: 0xdead_beef, e: 5, f: 0xffff };
    pd.b = pd.b.wrapping_add(black_box(3));
    pd.c = pd.a + pd.e;
    pd.f -= pd.d as u16;
    println!("{:?}", pd);
    println!("size {} {} {}", std::mem::size_of::<Padded>(), std::mem::size_of::<Particle>(), std::mem::size_of::<Vec2>());

    let mut t = Tuple3(black_box(9), -99, 'ψ');
    t.0 += 1;
    t.1 *= 2;
    println!("{} {} {}", t.0, t.1, t.2);

    // Array of structs with field mutation through index.
    let mut ps = [Vec2::new(1, 1), Vec2::new(2, 3), Vec2::new(-5, 8)];
    for i in 0..ps.len() {
        ps[i].x += i as i32 * 100;
        ps[i].y = ps[i].x - ps[i].y;
    }
    println!("{:?}", ps);
    // Borrow distinct fields mutably at the same time.
    let mut pp = Particle { id: 3, ..Default::default() };
    let (a, b) = (&mut pp.pos, &mut pp.vel);
    a.x = 5;
    b.x = a.x * 2;
    b.y = black_box(7);
    println!("{:?} {:?}", pp.pos, pp.vel);
}
