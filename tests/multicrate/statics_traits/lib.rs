// Library half of the `statics_traits` multicrate case: pub statics/consts (incl. static mut), and a trait with impls used generically and via dyn downstream.
pub const VERSION: (u8, u8, u8) = (1, 4, 2);
pub const LIMITS: [u32; 4] = [10, 100, 1000, 10000];
pub static NAME: &str = "mylib";
pub static TABLE: [i16; 6] = [-3, -2, -1, 1, 2, 3];
pub static mut CALLS: u32 = 0;
pub static mut SCRATCH: [u8; 8] = [0; 8];

pub fn record_call() -> u32 {
    unsafe {
        let p = &raw mut CALLS;
        *p += 1;
        *p
    }
}

pub fn scratch_write(i: usize, v: u8) {
    unsafe {
        let p = &raw mut SCRATCH;
        (*p)[i % 8] = v;
    }
}

pub fn scratch_sum() -> u32 {
    unsafe {
        let p = &raw const SCRATCH;
        (*p).iter().map(|&b| b as u32).sum()
    }
}

pub trait Shape {
    const KIND: &'static str;
    fn area(&self) -> u64;
    fn scale(&mut self, k: u32);
    fn name(&self) -> String {
        format!("{} with area {}", Self::KIND, self.area())
    }
}

pub trait Named {
    fn label(&self) -> String;
}

#[derive(Debug, Clone, Copy)]
pub struct Square {
    pub side: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub w: u32,
    pub h: u32,
}

impl Shape for Square {
    const KIND: &'static str = "square";
    fn area(&self) -> u64 {
        record_call();
        self.side as u64 * self.side as u64
    }
    fn scale(&mut self, k: u32) {
        self.side *= k;
    }
}

impl Shape for Rect {
    const KIND: &'static str = "rect";
    fn area(&self) -> u64 {
        record_call();
        self.w as u64 * self.h as u64
    }
    fn scale(&mut self, k: u32) {
        self.w *= k;
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}

impl Named for Square {
    fn label(&self) -> String {
        format!("Square({})", self.side)
    }
}

impl Named for Rect {
    fn label(&self) -> String {
        format!("Rect({}, {})", self.w, self.h)
    }
}

impl Named for u32 {
    fn label(&self) -> String {
        format!("u32:{}", self)
    }
}

pub fn total_area<S: Shape>(shapes: &[S]) -> u64 {
    shapes.iter().map(|s| s.area()).sum()
}

pub fn labels(items: &[&dyn Named]) -> Vec<String> {
    items.iter().map(|n| n.label()).collect()
}

pub fn boxed_named(kind: u8, v: u32) -> Box<dyn Named> {
    match kind {
        0 => Box::new(Square { side: v }),
        1 => Box::new(Rect { w: v, h: v + 1 }),
        _ => Box::new(v),
    }
}
