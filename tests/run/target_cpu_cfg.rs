// `-Ctarget-cpu` decides which `cfg(target_feature)` hold, as LLVM says the CPU has them; code
// selected by those cfgs must be the same under both backends.
//@ only-arch: x86_64
//@ compile-flags: -Ctarget-cpu=x86-64-v3 -Ctarget-feature=-fma
fn main() {
    println!("sse4.2 {}", cfg!(target_feature = "sse4.2"));
    println!("avx {}", cfg!(target_feature = "avx"));
    println!("avx2 {}", cfg!(target_feature = "avx2"));
    println!("fma {}", cfg!(target_feature = "fma"));
    println!("bmi2 {}", cfg!(target_feature = "bmi2"));
    println!("avx512f {}", cfg!(target_feature = "avx512f"));
    let x: u32 = std::hint::black_box(0b1011_0000);
    println!("{} {} {}", x.count_ones(), x.leading_zeros(), x.trailing_zeros());
    let v: Vec<f32> = (0..20).map(|i| i as f32 * 0.5).collect();
    println!("{}", v.iter().map(|x| x.mul_add(2.0, 1.0)).sum::<f32>());
}
