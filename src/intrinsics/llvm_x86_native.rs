//! `llvm.x86.*` intrinsics run as the instruction they name, in an assembly helper: the ones
//! whose results are the hardware's own (the approximate `rcp`/`rsqrt`, conversions under the
//! current MXCSR rounding mode, `rdrand`), and the ones far too long to emulate lane by lane
//! (SSE4.2 string compares, dot products, gathers). Their immediate operand is a constant that
//! rustc passes through (`IMM8 as i8`); it becomes part of the helper's instruction and name.

use std::fmt::Write as _;

use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Type, Value, types};
use cranelift_module::Module;

use super::HelperOutput as Output;
use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::CgVal;

/// The SysV integer argument registers, 64- and 32-bit names.
const ARG_REGS: [(&str, &str); 6] =
    [("rdi", "edi"), ("rsi", "esi"), ("rdx", "edx"), ("rcx", "ecx"), ("r8", "r8d"), ("r9", "r9d")];

/// Where a helper's operands are: vector inputs in registers 0, 1, ... (`xmm` or `ymm` by
/// their size), scalars in the argument registers after the pointers.
struct Regs {
    vectors: Vec<String>,
    scalar_base: usize,
}

impl Regs {
    fn v(&self, k: usize) -> &str {
        &self.vectors[k]
    }

    fn s64(&self, j: usize) -> &'static str {
        ARG_REGS[self.scalar_base + j].0
    }

    fn s32(&self, j: usize) -> &'static str {
        ARG_REGS[self.scalar_base + j].1
    }

    /// Whether the operands are 256-bit, which only the VEX encodings take. The 128-bit forms
    /// keep the legacy SSE encodings: those run on CPUs without AVX.
    fn wide(&self) -> bool {
        self.vectors.iter().any(|reg| !reg.starts_with('x'))
    }

    /// Loads AVX-512 mask register `k1` from scalar `j`, an integer of `bytes` bytes.
    fn mask(&self, j: usize, bytes: u64) -> String {
        match bytes {
            ..=2 => format!("kmovw k1, {}", self.s32(j)),
            4 => format!("kmovd k1, {}", self.s32(j)),
            _ => format!("kmovq k1, {}", self.s64(j)),
        }
    }

    /// `op` on registers 0 and 1 into 0 (`imm` appended), in the encoding the width needs.
    fn binary(&self, op: &str, imm: Option<i64>) -> String {
        let imm = imm.map(|imm| format!(", {imm}")).unwrap_or_default();
        if self.wide() {
            format!("v{op} {0}, {0}, {1}{imm}", self.v(0), self.v(1))
        } else {
            format!("{op} xmm0, xmm1{imm}")
        }
    }
}

/// Lowers `name` if it is one of ours; returns whether it was.
pub(super) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) -> bool {
    let Some(short) = name.strip_prefix("llvm.x86.") else { return false };
    let flag = |insn: &str, set: &str| format!("{insn}\nset{set} al\nmovzx eax, al");
    let i32_out = Output::Scalar(types::I32);
    match short {
        "sse.cmp.ps" | "sse.cmp.ss" | "sse2.cmp.pd" | "sse2.cmp.sd" | "avx.cmp.ps.256"
        | "avx.cmp.pd.256" => {
            let imm = immediate(fx, name, args[2]);
            let op = match short {
                "sse.cmp.ps" | "avx.cmp.ps.256" => "cmpps",
                "sse.cmp.ss" => "cmpss",
                "sse2.cmp.sd" => "cmpsd",
                _ => "cmppd",
            };
            // The legacy encodings take predicates 0-7; AVX's `_mm_cmp_ps` passes up to 31.
            let legacy = imm < 8 && !short.ends_with(".256");
            native(fx, short, Some(imm), &args[..2], &[], Output::Vector, dest, |r| {
                if legacy {
                    r.binary(op, Some(imm))
                } else {
                    format!("v{op} {0}, {0}, {1}, {imm}", r.v(0), r.v(1))
                }
            });
        }
        "sse.comieq.ss" | "sse.comige.ss" | "sse.comigt.ss" | "sse.comile.ss" | "sse.comilt.ss"
        | "sse.comineq.ss" | "sse.ucomieq.ss" | "sse.ucomige.ss" | "sse.ucomigt.ss"
        | "sse.ucomile.ss" | "sse.ucomilt.ss" | "sse.ucomineq.ss" | "sse2.comieq.sd"
        | "sse2.comige.sd" | "sse2.comigt.sd" | "sse2.comile.sd" | "sse2.comilt.sd"
        | "sse2.comineq.sd" | "sse2.ucomieq.sd" | "sse2.ucomige.sd" | "sse2.ucomigt.sd"
        | "sse2.ucomile.sd" | "sse2.ucomilt.sd" | "sse2.ucomineq.sd" => {
            compare_lane0(fx, short, args, dest)
        }
        "sse.cvtss2si" | "sse.cvttss2si" | "sse2.cvtsd2si" | "sse2.cvttsd2si"
        | "sse.cvtss2si64" | "sse.cvttss2si64" | "sse2.cvtsd2si64" | "sse2.cvttsd2si64" => {
            let wide = short.ends_with("64");
            let op = short.split('.').nth(1).unwrap_or_default().trim_end_matches("64");
            let (ty, reg) = if wide { (types::I64, "rax") } else { (types::I32, "eax") };
            native(fx, short, None, &args[..1], &[], Output::Scalar(ty), dest, |_| {
                format!("{op} {reg}, xmm0")
            });
        }
        "sse2.cvtsd2ss" => {
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |_| {
                "cvtsd2ss xmm0, xmm1".to_owned()
            });
        }
        "sse.rcp.ps" | "sse.rcp.ss" | "sse.rsqrt.ps" | "sse.rsqrt.ss" | "avx.rcp.ps.256"
        | "avx.rsqrt.ps.256" => {
            let op = short.split('.').nth(1).unwrap_or_default();
            let suffix = if short.ends_with(".ss") { "ss" } else { "ps" };
            native(fx, short, None, &args[..1], &[], Output::Vector, dest, |r| {
                if short.starts_with("avx") {
                    format!("v{op}ps {0}, {0}", r.v(0))
                } else {
                    format!("{op}{suffix} xmm0, xmm0")
                }
            });
        }
        "sse.ldmxcsr" | "sse.stmxcsr" => {
            let ptr = args[0].load_scalar(fx);
            let op = &short[4..];
            native(fx, short, None, &[], &[ptr], Output::Nothing, dest, |r| {
                format!("{op} dword ptr [{}]", r.s64(0))
            });
        }
        // `maskmovdqu` stores through `rdi`, its implicit operand.
        "sse2.maskmov.dqu" => {
            let ptr = args[2].load_scalar(fx);
            native(fx, short, None, &args[..2], &[ptr], Output::Nothing, dest, |r| {
                format!("mov rdi, {}\nmaskmovdqu xmm0, xmm1", r.s64(0))
            });
        }
        // `lddqu` is an unaligned 16-byte (32-byte) load.
        "sse3.ldu.dq" | "avx.ldu.dq.256" => {
            let ptr = args[0].load_scalar(fx);
            let addr = dest.addr(fx);
            fx.memcpy(addr, ptr, dest.layout.size.bytes(), 1);
        }
        "ssse3.pmul.hr.sw.128" | "avx2.pmul.hr.sw" => {
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                r.binary("pmulhrsw", None)
            });
        }
        "sse41.dppd" | "sse41.dpps" | "sse41.insertps" | "sse41.mpsadbw" | "avx.dp.ps.256"
        | "avx2.mpsadbw" => {
            let imm = immediate(fx, name, args[2]);
            let op = match short {
                "sse41.dppd" => "dppd",
                "sse41.dpps" | "avx.dp.ps.256" => "dpps",
                "sse41.insertps" => "insertps",
                _ => "mpsadbw",
            };
            native(fx, short, Some(imm), &args[..2], &[], Output::Vector, dest, |r| {
                r.binary(op, Some(imm))
            });
        }
        "sse41.phminposuw" => {
            native(fx, short, None, &args[..1], &[], Output::Vector, dest, |_| {
                "phminposuw xmm0, xmm0".to_owned()
            });
        }
        "aesni.aeskeygenassist" => {
            let imm = immediate(fx, name, args[1]);
            native(fx, short, Some(imm), &args[..1], &[], Output::Vector, dest, |_| {
                format!("aeskeygenassist xmm0, xmm0, {imm}")
            });
        }
        // AES rounds; VAES does four side by side in a ymm or zmm register.
        "aesni.aesenc"
        | "aesni.aesenclast"
        | "aesni.aesdec"
        | "aesni.aesdeclast"
        | "aesni.aesenc.256"
        | "aesni.aesenclast.256"
        | "aesni.aesdec.256"
        | "aesni.aesdeclast.256"
        | "aesni.aesenc.512"
        | "aesni.aesenclast.512"
        | "aesni.aesdec.512"
        | "aesni.aesdeclast.512" => {
            let op = short.split('.').nth(1).unwrap_or_default();
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| r.binary(op, None));
        }
        "aesni.aesimc" => {
            native(fx, short, None, &args[..1], &[], Output::Vector, dest, |_| {
                "aesimc xmm0, xmm0".to_owned()
            });
        }
        "sse41.round.ps" | "sse41.round.pd" | "avx.round.ps.256" | "avx.round.pd.256" => {
            let imm = immediate(fx, name, args[1]);
            let op = if short.contains(".ps") { "roundps" } else { "roundpd" };
            native(fx, short, Some(imm), &args[..1], &[], Output::Vector, dest, |r| {
                let vex = if r.wide() { "v" } else { "" };
                format!("{vex}{op} {0}, {0}, {imm}", r.v(0))
            });
        }
        "sse41.round.ss" | "sse41.round.sd" => {
            let imm = immediate(fx, name, args[2]);
            let op = if short.ends_with("ss") { "roundss" } else { "roundsd" };
            native(fx, short, Some(imm), &args[..2], &[], Output::Vector, dest, |_| {
                format!("{op} xmm0, xmm1, {imm}")
            });
        }
        "sse41.ptestnzc" | "avx.ptestnzc.256" => {
            native(fx, short, None, &args[..2], &[], i32_out, dest, |r| {
                let vex = if r.wide() { "v" } else { "" };
                flag(&format!("{vex}ptest {}, {}", r.v(0), r.v(1)), "a")
            });
        }
        "avx.vtestc.ps.256"
        | "avx.vtestc.pd.256"
        | "avx.vtestz.ps.256"
        | "avx.vtestz.pd.256"
        | "avx.vtestnzc.ps"
        | "avx.vtestnzc.pd"
        | "avx.vtestnzc.ps.256"
        | "avx.vtestnzc.pd.256" => {
            let mut parts = short.split('.');
            let (test, elem) = (parts.nth(1).unwrap_or_default(), parts.next().unwrap_or_default());
            let set = match test {
                "vtestc" => "c",
                "vtestz" => "z",
                _ => "a",
            };
            native(fx, short, None, &args[..2], &[], i32_out, dest, |r| {
                flag(&format!("vtest{elem} {}, {}", r.v(0), r.v(1)), set)
            });
        }
        "avx.vpermilvar.ps"
        | "avx.vpermilvar.pd"
        | "avx.vpermilvar.ps.256"
        | "avx.vpermilvar.pd.256" => {
            let op = if short.contains(".ps") { "vpermilps" } else { "vpermilpd" };
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                format!("{op} {0}, {0}, {1}", r.v(0), r.v(1))
            });
        }
        "vcvtps2ph.128" | "vcvtps2ph.256" => {
            let imm = immediate(fx, name, args[1]);
            native(fx, short, Some(imm), &args[..1], &[], Output::Vector, dest, |r| {
                format!("vcvtps2ph xmm0, {}, {imm}", r.v(0))
            });
        }
        _ if short.starts_with("sse42.pcmp") => string_compare(fx, name, short, args, dest),
        _ if short.starts_with("avx512.") => return avx512(fx, name, short, args, dest),
        _ if short.starts_with("avx2.gather.") => gather(fx, name, short, args, dest),
        "rdrand.16" | "rdrand.32" | "rdrand.64" | "rdseed.16" | "rdseed.32" | "rdseed.64" => {
            let (op, bits) = short.split_once('.').unwrap_or_default();
            let (ty, reg) = match bits {
                "16" => (types::I16, "ax"),
                "32" => (types::I32, "eax"),
                _ => (types::I64, "rax"),
            };
            let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            sig.returns.extend([AbiParam::new(ty), AbiParam::new(types::I32)]);
            let body = format!("{op} {reg}\nsetc dl\nmovzx edx, dl\nret");
            let stem = short.replace('.', "_");
            let res = crate::inline_asm::call_helper(fx, &stem, &body, sig, &[]);
            super::write_fields(fx, dest, res);
        }
        _ => return false,
    }
    true
}

/// The AVX-512 intrinsics std::arch links to that fearless_simd's AVX-512 level (roaring's
/// set operations) uses; masks are loaded into `k1`. Returns whether `short` was one.
fn avx512<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    short: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) -> bool {
    let parts: Vec<&str> = short.split('.').collect();
    let mask_bytes = |arg: &CgVal<'_>| arg.layout.size.bytes();
    // `(a, src, k)`: the instruction writes `a`'s lanes into `src` under the mask.
    let masked_unary = |fx: &mut FnCx<'_, 'tcx>, op: &str| {
        let k = args[2].load_scalar(fx);
        let bytes = mask_bytes(&args[2]);
        native(fx, short, None, &[args[1], args[0]], &[k], Output::Vector, dest, |r| {
            format!("{}\n{op} {}{{k1}}, {}", r.mask(0, bytes), r.v(0), r.v(1))
        });
    };
    match parts[1..] {
        ["mask", kind @ ("compress" | "expand"), elem, _] => {
            let op = match elem {
                "ps" | "pd" => format!("v{kind}{elem}"),
                _ => format!("vp{kind}{elem}"),
            };
            masked_unary(fx, &op);
        }
        ["rcp14", elem, _] => {
            let op = format!("vrcp14{elem}");
            masked_unary(fx, &op);
        }
        [
            "mask",
            "cvttpd2qq" | "cvttpd2uqq" | "cvttps2udq" | "cvttps2dq" | "pmov" | "pmovs",
            ..,
        ] => {
            if args.len() > 3 {
                current_rounding(fx, name, args[3]);
            }
            let op = match parts[2] {
                "pmov" => format!("vpmov{}", parts[3]),
                "pmovs" => format!("vpmovs{}", parts[3]),
                other => format!("v{other}"),
            };
            masked_unary(fx, &op);
        }
        // `(a, idx)`: the table is the second source operand.
        ["permvar", elem @ ("df" | "di" | "hi" | "sf" | "si"), "512"] => {
            let op = match elem {
                "df" => "vpermpd",
                "di" => "vpermq",
                "hi" => "vpermw",
                "sf" => "vpermps",
                _ => "vpermd",
            };
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                format!("{op} {0}, {1}, {0}", r.v(0), r.v(1))
            });
        }
        [op @ ("max" | "min"), elem @ ("ps" | "pd"), "512"] => {
            current_rounding(fx, name, args[2]);
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                format!("v{op}{elem} {0}, {0}, {1}", r.v(0), r.v(1))
            });
        }
        [op @ ("pmaddubs" | "pmaddw" | "pshuf"), elem, "512"] => {
            let op = match (op, elem) {
                ("pmaddubs", _) => "vpmaddubsw",
                ("pmaddw", _) => "vpmaddwd",
                _ => "vpshufb",
            };
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                format!("{op} {0}, {0}, {1}", r.v(0), r.v(1))
            });
        }
        // Shifts of every lane by the count in the low 64 bits of an `xmm` operand.
        [op @ ("psll" | "psrl" | "psra"), elem @ ("w" | "d" | "q"), "512"] => {
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                format!("v{op}{elem} {0}, {0}, {1}", r.v(0), r.v(1))
            });
        }
        // `(a, b, imm, src, k[, sae])`.
        ["mask", "range", elem, _] => {
            let imm = immediate(fx, name, args[2]);
            if args.len() > 5 {
                current_rounding(fx, name, args[5]);
            }
            let k = args[4].load_scalar(fx);
            let bytes = mask_bytes(&args[4]);
            let vectors = [args[3], args[0], args[1]];
            native(fx, short, Some(imm), &vectors, &[k], Output::Vector, dest, |r| {
                let (dst, a, b) = (r.v(0), r.v(1), r.v(2));
                format!("{}\nvrange{elem} {dst}{{k1}}, {a}, {b}, {imm}", r.mask(0, bytes))
            });
        }
        // `(a, imm, src, k, sae)`.
        ["mask", "rndscale", elem, "512"] => {
            let imm = immediate(fx, name, args[1]);
            current_rounding(fx, name, args[4]);
            let k = args[3].load_scalar(fx);
            let bytes = mask_bytes(&args[3]);
            native(fx, short, Some(imm), &[args[2], args[0]], &[k], Output::Vector, dest, |r| {
                format!("{}\nvrndscale{elem} {}{{k1}}, {}, {imm}", r.mask(0, bytes), r.v(0), r.v(1))
            });
        }
        ["pternlog", elem, _] => {
            let imm = immediate(fx, name, args[3]);
            native(fx, short, Some(imm), &args[..3], &[], Output::Vector, dest, |r| {
                format!("vpternlog{elem} {}, {}, {}, {imm}", r.v(0), r.v(1), r.v(2))
            });
        }
        // `(a, idx)`: the table is the second source operand of `vpermb`.
        ["permvar", "qi", _] => {
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                format!("vpermb {0}, {1}, {0}", r.v(0), r.v(1))
            });
        }
        // `(a, idx, b)`: two-table permute, `a` overwritten.
        ["vpermi2var", elem, _] => {
            let op = match elem {
                "hi" => "w",
                "qi" => "b",
                other => other,
            };
            native(fx, short, None, &args[..3], &[], Output::Vector, dest, |r| {
                format!("vpermt2{op} {}, {}, {}", r.v(0), r.v(1), r.v(2))
            });
        }
        ["psra", "q", _] => {
            native(fx, short, None, &args[..2], &[], Output::Vector, dest, |r| {
                format!("vpsraq {0}, {0}, {1}", r.v(0), r.v(1))
            });
        }
        ["fpclass", elem, _] => {
            let imm = immediate(fx, name, args[1]);
            let ty = scalar_type(fx, name, dest);
            native(fx, short, Some(imm), &args[..1], &[], Output::Scalar(ty), dest, |r| {
                format!("vfpclass{elem} k1, {}, {imm}\nkmovw eax, k1", r.v(0))
            });
        }
        // `(a, b, predicate, k)`: lanes compared where `k` is set.
        ["mask", "cmp", elem, _] => {
            if args.len() > 4 {
                current_rounding(fx, name, args[4]);
            }
            let imm = immediate(fx, name, args[2]);
            let k = args[3].load_scalar(fx);
            let bytes = mask_bytes(&args[3]);
            let ty = scalar_type(fx, name, dest);
            native(fx, short, Some(imm), &args[..2], &[k], Output::Scalar(ty), dest, |r| {
                format!(
                    "{}\nvcmp{elem} k1{{k1}}, {}, {}, {imm}\nkmovw eax, k1",
                    r.mask(0, bytes),
                    r.v(0),
                    r.v(1)
                )
            });
        }
        // Conversions with a rounding operand: only "the current mode" (4), the one std's
        // wrappers pass.
        ["mask", op @ ("cvtpd2ps" | "cvtps2pd"), "512"] => {
            current_rounding(fx, name, args[3]);
            let op = format!("v{op}");
            masked_unary(fx, &op);
        }
        [conv @ ("sitofp" | "uitofp"), "round", ..] => {
            current_rounding(fx, name, args[1]);
            let op = if conv == "sitofp" { "vcvtqq2pd" } else { "vcvtuqq2pd" };
            native(fx, short, None, &args[..1], &[], Output::Vector, dest, |r| {
                format!("{op} {0}, {0}", r.v(0))
            });
        }
        _ => return false,
    }
    true
}

/// Checks that a rounding/SAE operand asks for the current MXCSR mode (4, what std's wrappers
/// without `_round` pass): the instruction then takes no rounding override.
fn current_rounding<'tcx>(fx: &mut FnCx<'_, 'tcx>, name: &str, arg: CgVal<'tcx>) {
    if immediate(fx, name, arg) != 4 {
        fx.unsupported(format!("`{name}` with a static rounding mode"));
    }
}

fn scalar_type(fx: &FnCx<'_, '_>, name: &str, dest: CgPlace<'_>) -> Type {
    match crate::layout::reg_repr(fx.tcx, dest.layout.backend_repr) {
        Some(crate::layout::RegRepr::Scalar(ty)) => ty,
        _ => fx.bug(format!("`{name}` returning `{}`", dest.layout.ty)),
    }
}

/// `pcmp[ei]str[im]` and the flag-reading forms: `a` and `b` (with explicit lengths `la` and
/// `lb` for the `e` forms, which the instruction takes in `eax` and `edx`).
fn string_compare<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    short: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    let op = short.trim_start_matches("sse42.").trim_end_matches("128");
    let explicit = op.starts_with("pcmpestr");
    let (vectors, scalars, imm) = if explicit {
        let la = args[1].load_scalar(fx);
        let lb = args[3].load_scalar(fx);
        (vec![args[0], args[2]], vec![la, lb], args[4])
    } else {
        (vec![args[0], args[1]], vec![], args[2])
    };
    let imm = immediate(fx, name, imm);
    // The flag forms run the index form and read one flag.
    let (insn, tail, output) = match op.as_bytes().last() {
        Some(b'm') => (op, String::new(), Output::Vector),
        Some(b'i') => (op, "mov eax, ecx".to_owned(), Output::Scalar(types::I32)),
        Some(&last) => {
            let set = match last {
                b'a' => "a",
                b'c' => "c",
                b'o' => "o",
                b's' => "s",
                _ => "z",
            };
            (&op[..op.len() - 1], format!("set{set} al\nmovzx eax, al"), Output::Scalar(types::I32))
        }
        None => fx.bug(format!("`{name}`")),
    };
    native(fx, short, Some(imm), &vectors, &scalars, output, dest, |r| {
        let mut text = String::new();
        if explicit {
            let _ = writeln!(text, "mov eax, {}\nmov edx, {}", r.s32(0), r.s32(1));
        }
        let _ = write!(text, "{insn} xmm0, xmm1, {imm}\n{tail}");
        text
    });
}

/// AVX2 gathers `(src, base, offsets, mask, scale)`: the lanes whose mask is set are loaded
/// from `base + offset * scale`, the others keep `src`.
fn gather<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    short: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    let kind = short.trim_start_matches("avx2.gather.").trim_end_matches(".256");
    let op = match kind {
        "d.d" => "vpgatherdd",
        "d.q" => "vpgatherdq",
        "q.d" => "vpgatherqd",
        "q.q" => "vpgatherqq",
        "d.ps" => "vgatherdps",
        "d.pd" => "vgatherdpd",
        "q.ps" => "vgatherqps",
        "q.pd" => "vgatherqpd",
        _ => fx.unsupported(format!("the LLVM intrinsic `{name}`")),
    };
    let scale = immediate(fx, name, args[4]);
    if ![1, 2, 4, 8].contains(&scale) {
        fx.unsupported(format!("`{name}` with scale {scale}"));
    }
    let base = args[1].load_scalar(fx);
    let vectors = [args[0], args[2], args[3]];
    native(fx, short, Some(scale), &vectors, &[base], Output::Vector, dest, |r| {
        format!("{op} {}, [{} + {}*{scale}], {}", r.v(0), r.s64(0), r.v(1), r.v(2))
    });
}

/// `comi`/`ucomi` of lane 0 as LLVM lowers them: ordered compares, except that "not equal"
/// holds for NaN (the two differ only in raising the invalid flag for quiet NaNs).
fn compare_lane0<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    short: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    let ty = if short.ends_with(".ss") { types::F32 } else { types::F64 };
    let (a, _) = args[0].force_addr(fx);
    let (b, _) = args[1].force_addr(fx);
    let a = fx.bcx.ins().load(ty, crate::value::mem_flags(), a, 0);
    let b = fx.bcx.ins().load(ty, crate::value::mem_flags(), b, 0);
    let test = short.split('.').nth(1).unwrap_or_default().trim_start_matches('u');
    let cc = match test.trim_start_matches("comi") {
        "eq" => FloatCC::Equal,
        "lt" => FloatCC::LessThan,
        "le" => FloatCC::LessThanOrEqual,
        "gt" => FloatCC::GreaterThan,
        "ge" => FloatCC::GreaterThanOrEqual,
        _ => FloatCC::NotEqual,
    };
    let bit = fx.bcx.ins().fcmp(cc, a, b);
    let v = fx.bcx.ins().uextend(types::I32, bit);
    dest.write(fx, CgVal::by_val(v, dest.layout));
}

/// The value of an immediate operand: rustc passes a constant, perhaps through a cast.
fn immediate<'tcx>(fx: &mut FnCx<'_, 'tcx>, name: &str, arg: CgVal<'tcx>) -> i64 {
    super::constant_int(fx, arg).map(|imm| imm & 0xff).unwrap_or_else(|| {
        fx.unsupported(format!("`{name}` with an immediate operand that is not a constant"))
    })
}

/// Register `k` for a vector of `size` bytes, with the move instruction and operand size that
/// load and store it (the legacy SSE encoding for 16 bytes).
fn vector_reg(k: usize, size: u64) -> (String, &'static str, &'static str) {
    match size {
        ..=16 => (format!("xmm{k}"), "movdqu", "xmmword"),
        17..=32 => (format!("ymm{k}"), "vmovdqu", "ymmword"),
        _ => (format!("zmm{k}"), "vmovdqu64", "zmmword"),
    }
}

/// Calls (defining it the first time in the CGU) the helper that loads `vectors` into vector
/// registers, runs `insn` and hands back `output`. `key` and `imm` name the helper: they must
/// determine the text.
#[allow(clippy::too_many_arguments)]
fn native<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    key: &str,
    imm: Option<i64>,
    vectors: &[CgVal<'tcx>],
    scalars: &[Value],
    output: Output,
    dest: CgPlace<'tcx>,
    insn: impl FnOnce(&Regs) -> String,
) {
    let mut any_wide = output == Output::Vector && dest.layout.size.bytes() > 16;
    let mut regs = Regs { vectors: Vec::new(), scalar_base: 0 };
    let mut body = String::new();
    // The result's address comes first, in `rdi`.
    let first_input = usize::from(output == Output::Vector);
    for (k, vector) in vectors.iter().enumerate() {
        let size = vector.layout.size.bytes();
        let (reg, mov, ptr) = vector_reg(k, size);
        any_wide |= size > 16;
        let _ = writeln!(body, "{mov} {reg}, {ptr} ptr [{}]", ARG_REGS[first_input + k].0);
        regs.vectors.push(reg);
    }
    regs.scalar_base = first_input + vectors.len();
    if regs.scalar_base + scalars.len() > ARG_REGS.len() {
        fx.bug(format!("`{key}` needs more than {} arguments", ARG_REGS.len()));
    }
    let _ = writeln!(body, "{}", insn(&regs));
    if output == Output::Vector {
        let (reg, mov, ptr) = vector_reg(0, dest.layout.size.bytes());
        let _ = writeln!(body, "{mov} {ptr} ptr [rdi], {reg}");
    }
    if any_wide {
        body.push_str("vzeroupper\n");
    }
    body.push_str("ret");
    let mut stem = key.replace('.', "_");
    if let Some(imm) = imm {
        let _ = write!(stem, "_{imm}");
    }
    super::call_memory_helper(fx, &stem, &body, vectors, scalars, output, dest);
}
