// Checks traits with associated consts and types, default methods overridden or not, generic impls over references (&T, &mut T), PhantomData-typed markers, and const usage in array lengths.
use std::fmt::Debug;
use std::hint::black_box;
use std::marker::PhantomData;

trait Shape {
    const SIDES: u32;
    const NAME: &'static str;
    type Measure: Copy + Debug + Into<f64>;
    fn size(&self) -> Self::Measure;
    fn describe(&self) -> String {
        format!("{} with {} sides, size {:?}", Self::NAME, Self::SIDES, self.size())
    }
    fn doubled(&self) -> f64 {
        self.size().into() * 2.0
    }
}

struct Tri(u16);
struct Sq(f32);

impl Shape for Tri {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
    type Measure = u16;
    fn size(&self) -> u16 {
        self.0
    }
}

impl Shape for Sq {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    type Measure = f32;
    fn size(&self) -> f32 {
        self.0
    }
    fn describe(&self) -> String {
        format!("SQUARE[{}]", self.0)
    }
}

fn total_sides<A: Shape, B: Shape>() -> u32 {
    A::SIDES + B::SIDES
}

fn sum_sizes<S: Shape>(items: &[S]) -> f64 {
    items.iter().map(|s| s.size().into()).sum()
}

trait Describe {
    fn desc(&self) -> String;
}
impl Describe for i32 {
    fn desc(&self) -> String {
        format!("i32:{}", self)
    }
}
impl<T: Describe + ?Sized> Describe for &T {
    fn desc(&self) -> String {
        format!("&{}", (**self).desc())
    }
}
impl<T: Describe + ?Sized> Describe for &mut T {
    fn desc(&self) -> String {
        format!("&mut {}", (**self).desc())
    }
}
impl<T: Describe> Describe for [T] {
    fn desc(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.desc()).collect();
        format!("[{}]", parts.join(","))
    }
}

// Typed ids with PhantomData.
struct Id<T> {
    raw: u32,
    _m: PhantomData<fn() -> T>,
}
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T: Named> Debug for Id<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}#{}", T::TAG, self.raw)
    }
}
trait Named {
    const TAG: &'static str;
}
struct User;
struct Order;
impl Named for User {
    const TAG: &'static str = "user";
}
impl Named for Order {
    const TAG: &'static str = "order";
}

struct Buffer<const N: usize>;
trait HasLen {
    const LEN: usize;
    fn zeros() -> Vec<u8> {
        vec![0; Self::LEN]
    }
}
impl<const N: usize> HasLen for Buffer<N> {
    const LEN: usize = N * 2;
}

fn main() {
    let t = Tri(black_box(7));
    let s = Sq(black_box(2.5));
    println!("{}", t.describe());
    println!("{}", s.describe());
    println!("doubled {} {}", t.doubled(), s.doubled());
    println!("total sides {} {}", total_sides::<Tri, Sq>(), total_sides::<Sq, Sq>());
    println!("sum sizes {} {}", sum_sizes(&[Tri(1), Tri(2), Tri(black_box(3))]), sum_sizes(&[Sq(0.5), Sq(black_box(0.25))]));
    let arr = [0u8; Tri::SIDES as usize * Sq::SIDES as usize];
    println!("array len from consts {}", arr.len());

    let x = black_box(5i32);
    let mut y = black_box(-3i32);
    println!("{} | {} | {} | {}", x.desc(), (&x).desc(), (&&x).desc(), (&mut y).desc());
    let v = [1, 2, 3];
    println!("{} | {}", v[..].desc(), (&v[..]).desc());

    let u: Id<User> = Id { raw: black_box(17), _m: PhantomData };
    let o: Id<Order> = Id { raw: black_box(99), _m: PhantomData };
    let copies = [u; 3];
    println!("{:?} {:?} {:?} size {}", u, o, copies, std::mem::size_of::<Id<User>>());
    println!("buffer zeros len {} {}", Buffer::<3>::zeros().len(), <Buffer<10> as HasLen>::LEN);
}
