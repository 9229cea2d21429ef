// Checks operator overloading: Add/Sub/Mul/Neg/Not/BitAnd/BitOr/Shl on custom types (by value and by reference), AddAssign/MulAssign, Index/IndexMut with custom index types, and PartialEq between types.
use std::hint::black_box;
use std::ops::{Add, AddAssign, BitAnd, BitOr, Index, IndexMut, Mul, MulAssign, Neg, Not, Shl, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: f64,
    y: f64,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl<'a> Add<&'a V2> for &'a V2 {
    type Output = V2;
    fn add(self, o: &V2) -> V2 {
        *self + *o
    }
}
impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}
impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Mul<V2> for f64 {
    type Output = V2;
    fn mul(self, v: V2) -> V2 {
        v * self
    }
}
impl Mul for V2 {
    type Output = f64; // dot product
    fn mul(self, o: V2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}
impl MulAssign<f64> for V2 {
    fn mul_assign(&mut self, k: f64) {
        self.x *= k;
        self.y *= k;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Flags(u16);
impl BitAnd for Flags {
    type Output = Flags;
    fn bitand(self, o: Flags) -> Flags {
        Flags(self.0 & o.0)
    }
}
impl BitOr for Flags {
    type Output = Flags;
    fn bitor(self, o: Flags) -> Flags {
        Flags(self.0 | o.0)
    }
}
impl Not for Flags {
    type Output = Flags;
    fn not(self) -> Flags {
        Flags(!self.0 & 0x0fff)
    }
}
impl Shl<u8> for Flags {
    type Output = Flags;
    fn shl(self, n: u8) -> Flags {
        Flags(self.0.rotate_left(n as u32))
    }
}
impl PartialEq<u16> for Flags {
    fn eq(&self, o: &u16) -> bool {
        self.0 == *o
    }
}

struct Grid {
    w: usize,
    cells: Vec<i32>,
}
#[derive(Clone, Copy)]
struct Pos(usize, usize);
impl Index<Pos> for Grid {
    type Output = i32;
    fn index(&self, p: Pos) -> &i32 {
        &self.cells[p.1 * self.w + p.0]
    }
}
impl IndexMut<Pos> for Grid {
    fn index_mut(&mut self, p: Pos) -> &mut i32 {
        &mut self.cells[p.1 * self.w + p.0]
    }
}
impl Index<&str> for Grid {
    type Output = [i32];
    fn index(&self, row: &str) -> &[i32] {
        let r: usize = row.parse().unwrap();
        &self.cells[r * self.w..(r + 1) * self.w]
    }
}

fn main() {
    let a = V2 { x: black_box(1.5), y: black_box(-2.0) };
    let b = V2 { x: 0.25, y: black_box(4.0) };
    println!("a+b {:?} &a+&b {:?} a-b {:?}", a + b, &a + &b, a - b);
    println!("a*3 {:?} 3*a {:?} a.b {} -a {:?}", a * 3.0, 3.0 * a, a * b, -a);
    let mut c = a;
    c += b;
    c *= black_box(-0.5);
    println!("assign ops {:?} eq {}", c, c == V2 { x: -0.875, y: -1.0 });
    let sum = [a, b, c, -a].iter().fold(V2 { x: 0.0, y: 0.0 }, |acc, v| acc + *v);
    println!("fold sum {:?}", sum);

    let r = Flags(black_box(0b1010_0000_0101));
    let w = Flags(black_box(0b0000_1111_0000));
    println!("and {:?} or {:?} not {:?} shl {:?}", r & w, r | w, !r, r << 4);
    println!("(r|w)&!w == r&!w {} eq u16 {}", ((r | w) & !w) == (r & !w), (r & w) == 0u16);

    let mut g = Grid { w: 4, cells: (0..12).collect() };
    g[Pos(1, 2)] = black_box(-100);
    g[Pos(3, 0)] *= 7;
    for y in 0..3 {
        println!("row {} {:?}", y, &g[y.to_string().as_str()]);
    }
    println!("g[Pos(1,2)] {} g[Pos(3,0)] {}", g[Pos(1, 2)], g[Pos(3, 0)]);
}
