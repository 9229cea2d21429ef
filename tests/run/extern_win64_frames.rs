// `extern "win64"` functions with drops, recursion and many live floats (win64 saves xmm6-15),
// calling and called by Rust code with landing pads around. A call to a win64 function with a
// cleanup to run used to crash Cranelift (it has no exception registers for that convention);
// such a callee cannot unwind, so the call needs no landing pad.
//@ only-arch: x86_64
use std::hint::black_box;

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[inline(never)]
extern "win64" fn inner(x: f64, n: u32) -> f64 {
    let _guard = Noisy(n);
    let vals: Vec<f64> = (0..12).map(|i| black_box(x * i as f64)).collect();
    let [a, b, c, d, e, f, g, h, i, j, ..] = vals[..] else { return 0.0 };
    if n > 2 {
        return x;
    }
    let r = inner(x + 1.0, n + 1);
    a + b * c + d * e + f * g + h * i + j + r
}

extern "win64" fn outer(x: f64) -> f64 {
    let keep = [black_box(x); 10];
    let _guard = Noisy(100);
    let r = inner(x, 0);
    r + keep.iter().sum::<f64>()
}

fn main() {
    let _guard = Noisy(1000);
    println!("{}", outer(black_box(1.5)));
    let f: extern "win64" fn(f64, u32) -> f64 = black_box(inner);
    let caught = std::panic::catch_unwind(|| f(0.5, 2));
    println!("{caught:?}");
}
