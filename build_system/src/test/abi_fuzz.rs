//! The `abi-fuzz` suite: generated multicrate cases whose library exports functions with
//! random signatures (Rust and C ABIs; scalars, 128-bit integers, floats, tuples, arrays,
//! options, enums, structs, strings, boxes, values with drop glue) and calls back into the
//! binary through fn pointers and `dyn Fn`, some of them panicking through the other side's
//! frames. Like `multicrate`, each backend's library and binary must behave like the all-LLVM
//! build: it checks that both sides put every argument where the other expects it.
//!
//! Each case is a seed and an optimization level; `Y_ABI_FUZZ_SEEDS=FROM..TO` picks other seeds
//! than the fixed default to hunt for new bugs.

use std::fmt::Write;
use std::path::Path;

use super::context::Context;
use super::{Verdict, multicrate};
use crate::utils::Result;

/// Seeds of a plain run: enough to cover every shape, few enough for CI.
const DEFAULT_SEEDS: std::ops::RangeInclusive<u64> = 1..=12;
const OPT_LEVELS: [u32; 2] = [0, 2];
/// Functions per case.
const FUNCTIONS: usize = 12;

/// Test names of all cases, as `abi-fuzz/sSEED-OLEVEL`.
pub fn bases() -> Result<Vec<String>> {
    let seeds = match std::env::var("Y_ABI_FUZZ_SEEDS") {
        Ok(range) => parse_range(&range)?,
        Err(_) => DEFAULT_SEEDS,
    };
    Ok(seeds.flat_map(|seed| OPT_LEVELS.map(|opt| format!("abi-fuzz/s{seed}-O{opt}"))).collect())
}

fn parse_range(range: &str) -> Result<std::ops::RangeInclusive<u64>> {
    let bad = || format!("Y_ABI_FUZZ_SEEDS: expected FROM..TO, got `{range}`");
    let (from, to) = range.split_once("..").ok_or_else(bad)?;
    let from = from.trim().parse().map_err(|_| bad())?;
    let to = to.trim().parse().map_err(|_| bad())?;
    Ok(from..=to)
}

/// Generates the case named by `base` and runs it as a multicrate case.
pub fn run(ctx: &Context, base: &str) -> Vec<Verdict> {
    let failed = |message: String| {
        multicrate::names(base).iter().map(|_| Verdict::Fail(message.clone())).collect()
    };
    let Some((seed, opt)) = parse_base(base) else {
        return failed(format!("`{base}` names no seed and level"));
    };
    let dir = match ctx.scratch(&format!("{base}-src")) {
        Ok(dir) => dir,
        Err(e) => return failed(e),
    };
    let (lib, main) = Generator::new(seed, ctx.arch()).case(opt);
    if let Err(e) = write(&dir, "lib.rs", &lib).and_then(|()| write(&dir, "main.rs", &main)) {
        return failed(e);
    }
    multicrate::run(ctx, base, &dir)
}

fn parse_base(base: &str) -> Option<(u64, u32)> {
    let (seed, opt) = base.strip_prefix("abi-fuzz/s")?.split_once("-O")?;
    Some((seed.parse().ok()?, opt.parse().ok()?))
}

fn write(dir: &Path, name: &str, text: &str) -> Result<()> {
    std::fs::write(dir.join(name), text).map_err(|e| format!("writing {name}: {e}"))
}

/// SplitMix64: small, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const INTS: [&str; 10] = ["u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "usize", "isize"];
const C_SCALARS: [&str; 13] =
    ["u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "u128", "i128", "f32", "f64", "bool"];
const RUST_SCALARS: [&str; 25] = [
    "u8",
    "i8",
    "u16",
    "i16",
    "u32",
    "i32",
    "u64",
    "i64",
    "u128",
    "i128",
    "usize",
    "isize",
    "f32",
    "f64",
    "bool",
    "char",
    "&'static str",
    "&'static [u16]",
    "Option<&'static u32>",
    "core::num::NonZeroU64",
    "Option<core::num::NonZeroU16>",
    "Result<u32, i8>",
    "Result<(), u64>",
    "Option<char>",
    "Option<bool>",
];
/// Types without `Copy`, only as whole arguments and results.
const OWNED: [&str; 8] = [
    "String",
    "Vec<u32>",
    "Box<u64>",
    "Option<Box<i16>>",
    "Box<[u8]>",
    "Noisy",
    "(Noisy, u8)",
    "Option<Noisy>",
];
/// Field types of homogeneous structs (C float aggregates on AArch64, for one).
const HOMOGENEOUS: [&str; 5] = ["f32", "f64", "u32", "u64", "u8"];

/// `Mix` folds a value into a hash, `Make` builds one from a hash: both sides of every call
/// print what they received, so any misplaced byte shows in the output.
const PRELUDE: &str = r#"#![allow(unused, improper_ctypes_definitions, clippy::all)]
pub trait Mix { fn mix(&self, h: u64) -> u64; }
pub trait Make { fn make(h: u64) -> Self; }
fn step(h: u64, x: u64) -> u64 { (h ^ x).wrapping_mul(0x100000001b3).rotate_left(17) }
impl Mix for u128 { fn mix(&self, h: u64) -> u64 { step(step(h, *self as u64), (*self >> 64) as u64) } }
impl Make for u128 { fn make(h: u64) -> Self { ((h as u128) << 64) ^ (h.rotate_left(7) as u128) } }
impl Mix for i128 { fn mix(&self, h: u64) -> u64 { (*self as u128).mix(h) } }
impl Make for i128 { fn make(h: u64) -> Self { u128::make(h) as i128 } }
impl Mix for f32 { fn mix(&self, h: u64) -> u64 { step(h, self.to_bits() as u64) } }
impl Make for f32 { fn make(h: u64) -> Self { (h % 100000) as f32 / 7.0 } }
impl Mix for f64 { fn mix(&self, h: u64) -> u64 { step(h, self.to_bits()) } }
impl Make for f64 { fn make(h: u64) -> Self { (h % 10000000) as f64 / 3.0 } }
impl Mix for bool { fn mix(&self, h: u64) -> u64 { step(h, *self as u64) } }
impl Make for bool { fn make(h: u64) -> Self { h & 1 == 1 } }
impl Mix for char { fn mix(&self, h: u64) -> u64 { step(h, *self as u64) } }
impl Make for char { fn make(h: u64) -> Self { char::from_u32((h % 0xd000) as u32).unwrap_or('x') } }
impl Mix for () { fn mix(&self, h: u64) -> u64 { step(h, 99) } }
impl Make for () { fn make(h: u64) -> Self {} }
impl Mix for &'static str { fn mix(&self, h: u64) -> u64 { self.bytes().fold(step(h, self.len() as u64), |h, b| step(h, b as u64)) } }
impl Make for &'static str { fn make(h: u64) -> Self { Box::leak(format!("s{}", h % 1000).into_boxed_str()) } }
impl Mix for &'static [u16] { fn mix(&self, h: u64) -> u64 { self.iter().fold(step(h, self.len() as u64), |h, b| step(h, *b as u64)) } }
impl Make for &'static [u16] { fn make(h: u64) -> Self { Box::leak((0..h % 5).map(|i| (h >> i) as u16).collect::<Vec<_>>().into_boxed_slice()) } }
impl Mix for &'static u32 { fn mix(&self, h: u64) -> u64 { step(h, **self as u64) } }
impl Make for &'static u32 { fn make(h: u64) -> Self { Box::leak(Box::new(h as u32)) } }
impl Mix for core::num::NonZeroU64 { fn mix(&self, h: u64) -> u64 { step(h, self.get()) } }
impl Make for core::num::NonZeroU64 { fn make(h: u64) -> Self { core::num::NonZeroU64::new(h | 1).unwrap() } }
impl Mix for core::num::NonZeroU16 { fn mix(&self, h: u64) -> u64 { step(h, self.get() as u64) } }
impl Make for core::num::NonZeroU16 { fn make(h: u64) -> Self { core::num::NonZeroU16::new(h as u16 | 2).unwrap() } }
impl<T: Mix> Mix for Option<T> { fn mix(&self, h: u64) -> u64 { match self { Some(x) => x.mix(step(h, 1)), None => step(h, 2) } } }
impl<T: Make> Make for Option<T> { fn make(h: u64) -> Self { if h % 3 == 0 { None } else { Some(T::make(h / 3)) } } }
impl<T: Mix, E: Mix> Mix for Result<T, E> { fn mix(&self, h: u64) -> u64 { match self { Ok(x) => x.mix(step(h, 3)), Err(e) => e.mix(step(h, 4)) } } }
impl<T: Make, E: Make> Make for Result<T, E> { fn make(h: u64) -> Self { if h % 2 == 0 { Ok(T::make(h / 2)) } else { Err(E::make(h / 2)) } } }
impl<T: Mix, const N: usize> Mix for [T; N] { fn mix(&self, mut h: u64) -> u64 { for x in self { h = x.mix(h); } step(h, N as u64) } }
impl<T: Make, const N: usize> Make for [T; N] { fn make(h: u64) -> Self { std::array::from_fn(|i| T::make(step(h, i as u64))) } }
impl<A: Mix> Mix for (A,) { fn mix(&self, h: u64) -> u64 { step(self.0.mix(h), 1) } }
impl<A: Make> Make for (A,) { fn make(h: u64) -> Self { (A::make(step(h, 0)),) } }
impl<A: Mix, B: Mix> Mix for (A, B) { fn mix(&self, h: u64) -> u64 { step(self.1.mix(self.0.mix(h)), 2) } }
impl<A: Make, B: Make> Make for (A, B) { fn make(h: u64) -> Self { (A::make(step(h, 0)), B::make(step(h, 1))) } }
impl<A: Mix, B: Mix, C: Mix> Mix for (A, B, C) { fn mix(&self, h: u64) -> u64 { step(self.2.mix(self.1.mix(self.0.mix(h))), 3) } }
impl<A: Make, B: Make, C: Make> Make for (A, B, C) { fn make(h: u64) -> Self { (A::make(step(h, 0)), B::make(step(h, 1)), C::make(step(h, 2))) } }
impl Mix for String { fn mix(&self, h: u64) -> u64 { self.bytes().fold(step(h, 7), |h, b| step(h, b as u64)) } }
impl Make for String { fn make(h: u64) -> Self { format!("S{}", h % 100000) } }
impl<T: Mix> Mix for Vec<T> { fn mix(&self, h: u64) -> u64 { self.iter().fold(step(h, 8), |h, x| x.mix(h)) } }
impl<T: Make> Make for Vec<T> { fn make(h: u64) -> Self { (0..h % 4).map(|i| T::make(step(h, i))).collect() } }
impl<T: Mix + ?Sized> Mix for Box<T> { fn mix(&self, h: u64) -> u64 { (**self).mix(step(h, 9)) } }
impl<T: Make> Make for Box<T> { fn make(h: u64) -> Self { Box::new(T::make(h)) } }
impl Mix for [u8] { fn mix(&self, h: u64) -> u64 { self.iter().fold(step(h, 10), |h, x| step(h, *x as u64)) } }
impl Make for Box<[u8]> { fn make(h: u64) -> Self { (0..h % 6).map(|i| (h >> i) as u8).collect() } }
pub struct Noisy(pub u64);
impl Drop for Noisy { fn drop(&mut self) { println!("  drop Noisy({})", self.0); } }
impl Mix for Noisy { fn mix(&self, h: u64) -> u64 { step(h, self.0) } }
impl Make for Noisy { fn make(h: u64) -> Self { Noisy(h % 1000) } }
"#;

struct Generator {
    rng: Rng,
    /// Item definitions of the generated structs and enums, in order.
    items: String,
    types: usize,
    /// The C-ABI spellings to choose from (`win64`/`sysv64` exist on x86_64 only).
    c_abis: &'static [&'static str],
}

impl Generator {
    fn new(seed: u64, arch: &str) -> Generator {
        let c_abis: &[&str] = if arch == "x86_64" {
            &["extern \"C\" ", "extern \"C\" ", "extern \"win64\" ", "extern \"sysv64\" "]
        } else {
            &["extern \"C\" "]
        };
        Generator { rng: Rng(seed), items: String::new(), types: 0, c_abis }
    }

    /// A random type; `c`: one a C function may take (scalars and `repr(C)` structs).
    fn ty(&mut self, c: bool, depth: u32) -> String {
        let roll = self.rng.below(100);
        if depth == 0 || roll < 55 {
            return self.rng.pick(if c { &C_SCALARS } else { &RUST_SCALARS }).to_string();
        }
        if !c && roll < 65 {
            if self.rng.chance(10) {
                return "()".into();
            }
            let fields: Vec<String> =
                (0..1 + self.rng.below(3)).map(|_| self.ty(c, depth - 1)).collect();
            return format!("({},)", fields.join(", "));
        }
        if !c && roll < 72 {
            return format!("[{}; {}]", self.ty(c, depth - 1), self.rng.below(5));
        }
        if !c && roll < 78 {
            return format!("Option<{}>", self.ty(c, depth - 1));
        }
        if !c && roll < 83 {
            let variants: Vec<Vec<String>> = (0..1 + self.rng.below(3))
                .map(|_| (0..self.rng.below(3)).map(|_| self.ty(c, depth - 1)).collect())
                .collect();
            return self.define_enum(variants);
        }
        let fields: Vec<String> = if self.rng.chance(30) {
            let ty = self.rng.pick(&HOMOGENEOUS);
            vec![ty.to_string(); 1 + self.rng.below(4)]
        } else {
            let min = usize::from(c);
            (0..min + self.rng.below(5 - min)).map(|_| self.ty(c, depth - 1)).collect()
        };
        self.define_struct(fields, c)
    }

    fn define_struct(&mut self, fields: Vec<String>, c: bool) -> String {
        let name = format!("S{}", self.types);
        self.types += 1;
        let repr = match (c, self.rng.chance(10)) {
            (true, false) => "#[repr(C)] ",
            (true, true) => "#[repr(C, align(16))] ",
            (false, false) => "",
            (false, true) => "#[repr(align(16))] ",
        };
        let decl: String =
            fields.iter().enumerate().map(|(i, t)| format!("pub f{i}: {t}, ")).collect();
        let mix: String =
            (0..fields.len()).map(|i| format!("let h = self.f{i}.mix(h); ")).collect();
        let make: String =
            (0..fields.len()).map(|i| format!("f{i}: Make::make(step(h, {})), ", i + 10)).collect();
        let n = fields.len();
        let _ = writeln!(
            self.items,
            "#[derive(Clone, Copy, Debug)] {repr}pub struct {name} {{ {decl}}}\n\
             impl Mix for {name} {{ fn mix(&self, h: u64) -> u64 {{ {mix}step(h, {n}) }} }}\n\
             impl Make for {name} {{ fn make(h: u64) -> Self {{ {name} {{ {make}}} }} }}"
        );
        name
    }

    fn define_enum(&mut self, variants: Vec<Vec<String>>) -> String {
        let name = format!("E{}", self.types);
        self.types += 1;
        let (mut decl, mut mix, mut make) = (String::new(), String::new(), String::new());
        for (j, fields) in variants.iter().enumerate() {
            let _ = write!(decl, "V{j}({}), ", fields.join(", "));
            let binds: Vec<String> = (0..fields.len()).map(|k| format!("x{k}")).collect();
            let mixes: String = binds.iter().map(|x| format!("let h = {x}.mix(h); ")).collect();
            let _ = write!(
                mix,
                "{name}::V{j}({}) => {{ let h = step(h, {j}); {mixes}h }} ",
                binds.join(", ")
            );
            let makes: String =
                (0..fields.len()).map(|k| format!("Make::make(step(h, {})), ", k + 20)).collect();
            let _ = write!(make, "{j} => {name}::V{j}({makes}), ");
        }
        let n = variants.len();
        let _ = writeln!(
            self.items,
            "#[derive(Clone, Copy, Debug)] pub enum {name} {{ {decl}}}\n\
             impl Mix for {name} {{ fn mix(&self, h: u64) -> u64 {{ match *self {{ {mix}}} }} }}\n\
             impl Make for {name} {{ fn make(h: u64) -> Self {{ match h % {n} {{ {make}_ => unreachable!() }} }} }}"
        );
        name
    }

    /// The library and the binary of one case.
    fn case(mut self, opt: u32) -> (String, String) {
        let (mut lib_fns, mut bin_fns, mut main) = (String::new(), String::new(), String::new());
        for i in 0..FUNCTIONS {
            let c = self.rng.chance(40);
            let params: Vec<String> = (0..self.rng.below(11))
                .map(|_| {
                    if c || self.rng.chance(85) {
                        self.ty(c, 2)
                    } else {
                        self.rng.pick(&OWNED).to_string()
                    }
                })
                .collect();
            let ret = if !self.rng.chance(90) {
                "()".to_string()
            } else if c || self.rng.chance(80) {
                self.ty(c, 2)
            } else {
                self.rng.pick(&OWNED).to_string()
            };
            let abi = if c { self.rng.pick(self.c_abis) } else { "" };
            self.function(i, abi, &params, &ret, (&mut lib_fns, &mut bin_fns, &mut main));
        }
        let flags = format!("//@ compile-flags: -Copt-level={opt}\n");
        let ints: String = INTS
            .iter()
            .map(|t| {
                format!(
                    "impl Mix for {t} {{ fn mix(&self, h: u64) -> u64 {{ step(h, *self as u64) }} }}\n\
                     impl Make for {t} {{ fn make(h: u64) -> Self {{ h as {t} }} }}\n"
                )
            })
            .collect();
        let lib = format!("{flags}{PRELUDE}{ints}{}{lib_fns}", self.items);
        let main = format!(
            "{flags}#![allow(unused, improper_ctypes_definitions, clippy::all)]\nuse mylib::*;\n\
             {bin_fns}fn main() {{\n{main}}}\n"
        );
        (lib, main)
    }

    /// Function `i`: the library's `f{i}` (which panics for some arguments unless it is a C
    /// function), `call{i}` and `dyn{i}` that call a fn pointer and a closure, and the binary's
    /// twin `g{i}`; `main` calls them all.
    fn function(
        &mut self,
        i: usize,
        abi: &str,
        params: &[String],
        ret: &str,
        (lib, bin, main): (&mut String, &mut String, &mut String),
    ) {
        let decl: Vec<String> =
            params.iter().enumerate().map(|(k, t)| format!("p{k}: {t}")).collect();
        let decl = decl.join(", ");
        let tys = params.join(", ");
        let mix: String = (0..params.len()).map(|k| format!("let h = p{k}.mix(h); ")).collect();
        let boom = if abi.is_empty() { "if h % 5 == 0 { panic!(\"boom {h}\"); } " } else { "" };
        let body = format!(
            "{{ let h = {i}u64; {mix}println!(\"  in f{i}: {{h}}\"); {boom}<{ret} as Make>::make(h) }}"
        );
        let args: Vec<String> =
            (0..params.len()).map(|k| format!("Make::make({})", k * 31 + i)).collect();
        let args = args.join(", ");
        let _ = writeln!(lib, "#[inline(never)] pub {abi}fn f{i}({decl}) -> {ret} {body}");
        let _ = writeln!(
            lib,
            "#[inline(never)] pub fn call{i}(f: {abi}fn({tys}) -> {ret}) -> u64 {{ let r: {ret} = f({args}); r.mix(5) }}"
        );
        let _ = writeln!(
            lib,
            "#[inline(never)] pub fn dyn{i}(f: &dyn Fn({tys}) -> {ret}) -> u64 {{ let r: {ret} = f({args}); r.mix(6) }}"
        );
        let _ = writeln!(bin, "#[inline(never)] {abi}fn g{i}({decl}) -> {ret} {body}");
        let caught = |call: String| {
            format!("    println!(\"{{:?}}\", std::panic::catch_unwind(|| {call}).is_ok());\n")
        };
        main.push_str(&caught(format!(
            "{{ let r: {ret} = f{i}({args}); println!(\"f{i} {{}}\", r.mix(1)); }}"
        )));
        main.push_str(&caught(format!("println!(\"call f{i} {{}}\", call{i}(f{i}))")));
        main.push_str(&caught(format!("println!(\"call g{i} {{}}\", call{i}(g{i}))")));
        let _ = writeln!(
            main,
            "    {{ let k = {i}u64; println!(\"dyn {{}}\", dyn{i}(&move |{decl}| {{ let h = k; {mix}<{ret} as Make>::make(h) }})); }}"
        );
    }
}
