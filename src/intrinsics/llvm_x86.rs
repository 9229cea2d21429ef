//! `llvm.x86.*` intrinsics that `core::arch` functions call through `link_name`, emulated lane by
//! lane. An intrinsic not listed here is a compile error naming it, never a trap at run time.

use std::fmt::Write as _;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, types};
use cranelift_module::Module;
use rustc_abi::FieldIdx;

use super::simd::{Lanes, input, lane_addr, output};
use super::{HelperOutput, call_memory_helper};
use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

pub(crate) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    match name {
        // Byte shuffle within each 128-bit lane; an index with its top bit set gives zero.
        "llvm.x86.ssse3.pshuf.b.128" | "llvm.x86.avx2.pshuf.b" => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let idx = b.load(fx, i);
                let idx = crate::cast::int_resize(fx, idx, types::I64, false);
                let zeroed = fx.bcx.ins().band_imm_s(idx, 0x80);
                let within = fx.bcx.ins().band_imm_s(idx, 0x0f);
                let lane = fx.bcx.ins().iadd_imm_s(within, (i & !15) as i64);
                let addr = lane_addr(fx, &a, lane);
                let byte = fx.bcx.ins().load(types::I8, mem_flags(), addr, 0);
                let zero = fx.bcx.ins().iconst(types::I8, 0);
                let is_zeroed = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, zeroed, 0);
                let v = fx.bcx.ins().select(is_zeroed, zero, byte);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // 32-bit lanes of `a` picked by the low three bits of each lane of `b`.
        "llvm.x86.avx2.permd" | "llvm.x86.avx2.permps" => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let idx = b.load(fx, i);
                let idx = fx.bcx.ins().band_imm_s(idx, 7);
                let addr = lane_addr(fx, &a, idx);
                let v = fx.bcx.ins().load(a.elem_ty, mem_flags(), addr, 0);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Sum of absolute byte differences of each group of eight bytes, in a 64-bit lane.
        "llvm.x86.sse2.psad.bw" | "llvm.x86.avx2.psad.bw" => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for group in 0..out.count {
                let mut sum = fx.bcx.ins().iconst(types::I64, 0);
                for j in 0..8 {
                    let x = a.load(fx, group * 8 + j);
                    let y = b.load(fx, group * 8 + j);
                    let x = crate::cast::int_resize(fx, x, types::I64, false);
                    let y = crate::cast::int_resize(fx, y, types::I64, false);
                    let d = fx.bcx.ins().isub(x, y);
                    let neg = fx.bcx.ins().ineg(d);
                    let abs = fx.bcx.ins().smax(d, neg);
                    sum = fx.bcx.ins().iadd(sum, abs);
                }
                out.store(fx, group, sum);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Adjacent signed 16-bit products summed into 32-bit lanes (wrapping, as the instruction).
        "llvm.x86.sse2.pmadd.wd" | "llvm.x86.avx2.pmadd.wd" => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let sum = pair_product_sum(fx, &a, &b, i, true);
                out.store(fx, i, sum);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Unsigned bytes of `a` times signed bytes of `b`, adjacent pairs summed with signed
        // saturation into 16-bit lanes.
        "llvm.x86.ssse3.pmadd.ub.sw.128" | "llvm.x86.avx2.pmadd.ub.sw" => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let sum = pair_product_sum(fx, &a, &b, i, false);
                let max = fx.bcx.ins().iconst(types::I32, i64::from(i16::MAX));
                let min = fx.bcx.ins().iconst(types::I32, i64::from(i16::MIN));
                let sum = fx.bcx.ins().smin(sum, max);
                let sum = fx.bcx.ins().smax(sum, min);
                let sum = fx.bcx.ins().ireduce(types::I16, sum);
                out.store(fx, i, sum);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Carry-less multiplication of the 64-bit halves that bits 0 and 4 of the immediate pick
        // (crc32fast's folding), on each 128-bit lane (VPCLMULQDQ for 256 and 512 bits): the SSE
        // instruction a lane at a time in a helper that swaps the halves first, as the immediate
        // is a run-time value here.
        "llvm.x86.pclmulqdq" | "llvm.x86.pclmulqdq.256" | "llvm.x86.pclmulqdq.512" => {
            let (lanes, stem) = match name {
                "llvm.x86.pclmulqdq" => (1, "pclmulqdq"),
                "llvm.x86.pclmulqdq.256" => (2, "vpclmulqdq256"),
                _ => (4, "vpclmulqdq512"),
            };
            let mut body = String::new();
            for lane in 0..lanes {
                let offset = lane * 16;
                let _ = write!(
                    body,
                    "movdqu xmm0, xmmword ptr [rsi + {offset}]\n\
                     movdqu xmm1, xmmword ptr [rdx + {offset}]\n\
                     test cl, 0x01\n\
                     jz .L{stem}_a{lane}\n\
                     pshufd xmm0, xmm0, 0x4e\n\
                     .L{stem}_a{lane}:\n\
                     test cl, 0x10\n\
                     jz .L{stem}_b{lane}\n\
                     pshufd xmm1, xmm1, 0x4e\n\
                     .L{stem}_b{lane}:\n\
                     pclmulqdq xmm0, xmm1, 0\n\
                     movdqu xmmword ptr [rdi + {offset}], xmm0\n"
                );
            }
            body.push_str("ret");
            let imm = args[2].load_scalar(fx);
            let imm = crate::cast::int_resize(fx, imm, types::I32, false);
            call_memory_helper(fx, stem, &body, &args[..2], &[imm], HelperOutput::Vector, dest);
        }
        // Add with carry and subtract with borrow (`_addcarry_u64`, num-bigint's inner loops):
        // `(carry out, result)` of `b + c + carry in` and `b - c - borrow in`.
        "llvm.x86.addcarry.32"
        | "llvm.x86.addcarry.64"
        | "llvm.x86.subborrow.32"
        | "llvm.x86.subborrow.64" => {
            let carry_in = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let c = args[2].load_scalar(fx);
            let ty = fx.bcx.func.dfg.value_type(b);
            let carry_in = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, carry_in, 0);
            let carry_wide = crate::cast::int_resize(fx, carry_in, ty, false);
            let (result, carry) = if name.starts_with("llvm.x86.addcarry") {
                let partial = fx.bcx.ins().iadd(b, c);
                let first = fx.bcx.ins().icmp(IntCC::UnsignedLessThan, partial, b);
                let result = fx.bcx.ins().iadd(partial, carry_wide);
                let second = fx.bcx.ins().icmp(IntCC::UnsignedLessThan, result, partial);
                (result, fx.bcx.ins().bor(first, second))
            } else {
                let partial = fx.bcx.ins().isub(b, c);
                let first = fx.bcx.ins().icmp(IntCC::UnsignedLessThan, b, c);
                let result = fx.bcx.ins().isub(partial, carry_wide);
                let second = fx.bcx.ins().icmp(IntCC::UnsignedLessThan, partial, carry_wide);
                (result, fx.bcx.ins().bor(first, second))
            };
            let carry_place = dest.field(fx, FieldIdx::from_usize(0));
            carry_place.write(fx, CgVal::by_val(carry, carry_place.layout));
            let result_place = dest.field(fx, FieldIdx::from_usize(1));
            result_place.write(fx, CgVal::by_val(result, result_place.layout));
        }
        // SHA extensions (sha2's and sha1's x86 paths): the instructions themselves.
        "llvm.x86.sha1msg1"
        | "llvm.x86.sha1msg2"
        | "llvm.x86.sha1nexte"
        | "llvm.x86.sha256msg1"
        | "llvm.x86.sha256msg2" => {
            let op = name.trim_start_matches("llvm.x86.");
            let body = format!(
                "movdqu xmm0, xmmword ptr [rsi]\n{op} xmm0, xmmword ptr [rdx]\n\
                 movdqu xmmword ptr [rdi], xmm0\nret"
            );
            call_memory_helper(fx, op, &body, &args[..2], &[], HelperOutput::Vector, dest);
        }
        // The round constants plus message words go in `xmm0`, the instruction's implicit operand.
        "llvm.x86.sha256rnds2" => {
            let body = "movdqu xmm1, xmmword ptr [rsi]\n\
                        movdqu xmm2, xmmword ptr [rdx]\n\
                        movdqu xmm0, xmmword ptr [rcx]\n\
                        sha256rnds2 xmm1, xmm2, xmm0\n\
                        movdqu xmmword ptr [rdi], xmm1\n\
                        ret";
            call_memory_helper(
                fx,
                "sha256rnds2",
                body,
                &args[..3],
                &[],
                HelperOutput::Vector,
                dest,
            );
        }
        // The round function is an immediate, a run-time value here: one copy per function.
        "llvm.x86.sha1rnds4" => {
            let mut body = String::from(
                "movdqu xmm0, xmmword ptr [rsi]\nmovdqu xmm1, xmmword ptr [rdx]\nand ecx, 3\n",
            );
            for func in 0..3 {
                let _ = write!(body, "cmp ecx, {func}\nje .Lsha1rnds4_{func}\n");
            }
            body.push_str("jmp .Lsha1rnds4_3\n");
            for func in 0..4 {
                let _ = write!(
                    body,
                    ".Lsha1rnds4_{func}:\nsha1rnds4 xmm0, xmm1, {func}\njmp .Lsha1rnds4_done\n"
                );
            }
            body.push_str(".Lsha1rnds4_done:\nmovdqu xmmword ptr [rdi], xmm0\nret");
            let func = args[2].load_scalar(fx);
            let func = crate::cast::int_resize(fx, func, types::I32, false);
            call_memory_helper(
                fx,
                "sha1rnds4",
                &body,
                &args[..2],
                &[func],
                HelperOutput::Vector,
                dest,
            );
        }
        // CRC-32C steps of SSE4.2: the instruction itself.
        "llvm.x86.sse42.crc32.32.8"
        | "llvm.x86.sse42.crc32.32.16"
        | "llvm.x86.sse42.crc32.32.32"
        | "llvm.x86.sse42.crc32.64.64" => {
            let (helper, body, acc_ty, data_ty) = match name {
                "llvm.x86.sse42.crc32.32.8" => {
                    ("crc32b", "mov eax, edi\ncrc32 eax, sil\nret", types::I32, types::I8)
                }
                "llvm.x86.sse42.crc32.32.16" => {
                    ("crc32w", "mov eax, edi\ncrc32 eax, si\nret", types::I32, types::I16)
                }
                "llvm.x86.sse42.crc32.32.32" => {
                    ("crc32d", "mov eax, edi\ncrc32 eax, esi\nret", types::I32, types::I32)
                }
                _ => ("crc32q", "mov rax, rdi\ncrc32 rax, rsi\nret", types::I64, types::I64),
            };
            let crc = args[0].load_scalar(fx);
            let data = args[1].load_scalar(fx);
            let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            sig.params.extend([AbiParam::new(acc_ty), AbiParam::new(data_ty)]);
            sig.returns.push(AbiParam::new(acc_ty));
            let v = crate::inline_asm::call_helper(fx, helper, body, sig, &[crc, data])[0];
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        // x86's float min/max: the second operand unless `a` compares greater (less), so a NaN
        // in either gives `b`. The scalar forms compute lane 0 and keep `a`'s other lanes.
        "llvm.x86.sse.max.ps"
        | "llvm.x86.sse2.max.pd"
        | "llvm.x86.avx.max.ps.256"
        | "llvm.x86.avx.max.pd.256"
        | "llvm.x86.sse.min.ps"
        | "llvm.x86.sse2.min.pd"
        | "llvm.x86.avx.min.ps.256"
        | "llvm.x86.avx.min.pd.256"
        | "llvm.x86.sse.max.ss"
        | "llvm.x86.sse2.max.sd"
        | "llvm.x86.sse.min.ss"
        | "llvm.x86.sse2.min.sd" => {
            let cc = if name.contains(".max.") { FloatCC::GreaterThan } else { FloatCC::LessThan };
            let scalar = name.ends_with(".ss") || name.ends_with(".sd");
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let x = a.load(fx, i);
                let v = if scalar && i > 0 {
                    x
                } else {
                    let y = b.load(fx, i);
                    let pick_a = fx.bcx.ins().fcmp(cc, x, y);
                    fx.bcx.ins().select(pick_a, x, y)
                };
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Float lanes to i32 lanes, rounding to nearest even (`cvt`, the default MXCSR mode) or
        // truncating (`cvtt`); NaN and out-of-range lanes give `i32::MIN` as on x86. Output
        // lanes without an input lane (two f64 into four i32) are zero.
        "llvm.x86.sse2.cvtps2dq"
        | "llvm.x86.sse2.cvttps2dq"
        | "llvm.x86.sse2.cvtpd2dq"
        | "llvm.x86.sse2.cvttpd2dq"
        | "llvm.x86.avx.cvt.ps2dq.256"
        | "llvm.x86.avx.cvtt.ps2dq.256"
        | "llvm.x86.avx.cvt.pd2dq.256"
        | "llvm.x86.avx.cvtt.pd2dq.256" => {
            let truncate = name.contains("cvtt");
            let a = input(fx, args[0]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let v = if i < a.count {
                    let x = a.load(fx, i);
                    let x = if truncate { x } else { fx.bcx.ins().nearest(x) };
                    let (low, high) = if a.elem_ty == types::F32 {
                        (fx.bcx.ins().f32const(-2147483648.0), fx.bcx.ins().f32const(2147483648.0))
                    } else {
                        (fx.bcx.ins().f64const(-2147483648.0), fx.bcx.ins().f64const(2147483648.0))
                    };
                    let above_low = fx.bcx.ins().fcmp(FloatCC::GreaterThanOrEqual, x, low);
                    let below_high = fx.bcx.ins().fcmp(FloatCC::LessThan, x, high);
                    let in_range = fx.bcx.ins().band(above_low, below_high);
                    let converted = fx.bcx.ins().fcvt_to_sint_sat(types::I32, x);
                    let indefinite = fx.bcx.ins().iconst(types::I32, i64::from(i32::MIN));
                    fx.bcx.ins().select(in_range, converted, indefinite)
                } else {
                    fx.bcx.ins().iconst(types::I32, 0)
                };
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Shifts of every lane by the count in the low 64 bits of the second vector; counts of
        // the lane width or more give zero, or the sign in every bit for arithmetic shifts.
        "llvm.x86.sse2.psll.w"
        | "llvm.x86.sse2.psll.d"
        | "llvm.x86.sse2.psll.q"
        | "llvm.x86.sse2.psrl.w"
        | "llvm.x86.sse2.psrl.d"
        | "llvm.x86.sse2.psrl.q"
        | "llvm.x86.sse2.psra.w"
        | "llvm.x86.sse2.psra.d"
        | "llvm.x86.avx2.psll.w"
        | "llvm.x86.avx2.psll.d"
        | "llvm.x86.avx2.psll.q"
        | "llvm.x86.avx2.psrl.w"
        | "llvm.x86.avx2.psrl.d"
        | "llvm.x86.avx2.psrl.q"
        | "llvm.x86.avx2.psra.w"
        | "llvm.x86.avx2.psra.d" => {
            let kind = if name.contains(".psll.") {
                "shl"
            } else if name.contains(".psrl.") {
                "ushr"
            } else {
                "sshr"
            };
            let a = input(fx, args[0]);
            let count = input(fx, args[1]);
            let count = fx.bcx.ins().load(types::I64, mem_flags(), count.addr, 0);
            let bits = i64::from(a.elem_ty.bits());
            let too_far = fx.bcx.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, count, bits);
            let clamped = fx.bcx.ins().iconst(types::I64, bits - 1);
            let count = fx.bcx.ins().select(too_far, clamped, count);
            let count = crate::cast::int_resize(fx, count, a.elem_ty, false);
            let zero = fx.bcx.ins().iconst(a.elem_ty, 0);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let x = a.load(fx, i);
                let v = match kind {
                    "shl" => fx.bcx.ins().ishl(x, count),
                    "ushr" => fx.bcx.ins().ushr(x, count),
                    _ => fx.bcx.ins().sshr(x, count),
                };
                let v = if kind == "sshr" { v } else { fx.bcx.ins().select(too_far, zero, v) };
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Each lane of `a` negated, zeroed or kept as the lane of `b` is negative, zero or
        // positive.
        "llvm.x86.ssse3.psign.b.128"
        | "llvm.x86.ssse3.psign.w.128"
        | "llvm.x86.ssse3.psign.d.128"
        | "llvm.x86.avx2.psign.b"
        | "llvm.x86.avx2.psign.w"
        | "llvm.x86.avx2.psign.d" => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let negated = fx.bcx.ins().ineg(x);
                let zero = fx.bcx.ins().iconst(a.elem_ty, 0);
                let is_negative = fx.bcx.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                let is_zero = fx.bcx.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let v = fx.bcx.ins().select(is_negative, negated, x);
                let v = fx.bcx.ins().select(is_zero, zero, v);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Fences and cache-line flushes: the instructions themselves (`lfence` also orders
        // instruction execution, which no Cranelift fence promises).
        "llvm.x86.sse2.lfence" | "llvm.x86.sse2.mfence" | "llvm.x86.sse.sfence" => {
            let op = &name[name.len() - 6..];
            let sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            crate::inline_asm::call_helper(fx, op, &format!("{op}\nret"), sig, &[]);
        }
        "llvm.x86.sse2.clflush" => {
            let line = args[0].load_scalar(fx);
            let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            sig.params.push(AbiParam::new(fx.ptr_ty));
            let body = "clflush byte ptr [rdi]\nret";
            crate::inline_asm::call_helper(fx, "clflush", body, sig, &[line]);
        }
        // Clears the upper halves of the ymm registers, which Rust code cannot observe.
        "llvm.x86.avx.vzeroupper" | "llvm.x86.avx.vzeroall" => {}
        // A spin-wait hint: no effect on the program's state.
        "llvm.x86.sse2.pause" => {}
        "llvm.x86.xgetbv" => {
            let xcr = args[0].load_scalar(fx);
            let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            sig.params.push(AbiParam::new(types::I32));
            sig.returns.push(AbiParam::new(types::I64));
            let body = "mov ecx, edi\nxgetbv\nshl rdx, 32\nor rax, rdx\nret";
            let v = crate::inline_asm::call_helper(fx, "xgetbv", body, sig, &[xcr])[0];
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        "llvm.x86.rdtsc" => {
            let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            sig.returns.push(AbiParam::new(types::I64));
            let body = "rdtsc\nshl rdx, 32\nor rax, rdx\nret";
            let v = crate::inline_asm::call_helper(fx, "rdtsc", body, sig, &[])[0];
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        // The time stamp counter and the processor's `IA32_TSC_AUX`, as a pair.
        "llvm.x86.rdtscp" => {
            let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            sig.returns.extend([AbiParam::new(types::I64), AbiParam::new(types::I32)]);
            let body = "rdtscp\nshl rdx, 32\nor rax, rdx\nmov edx, ecx\nret";
            let res = crate::inline_asm::call_helper(fx, "rdtscp", body, sig, &[]);
            super::write_fields(fx, dest, res);
        }
        // BMI bit manipulation: the instruction itself, which code compiled for `+bmi1`/`+bmi2`
        // may assume the CPU has (LLVM emits the same instruction).
        "llvm.x86.bmi.pdep.32"
        | "llvm.x86.bmi.pdep.64"
        | "llvm.x86.bmi.pext.32"
        | "llvm.x86.bmi.pext.64"
        | "llvm.x86.bmi.bextr.32"
        | "llvm.x86.bmi.bextr.64"
        | "llvm.x86.bmi.bzhi.32"
        | "llvm.x86.bmi.bzhi.64" => {
            let mut parts = name.trim_start_matches("llvm.x86.bmi.").split('.');
            let (op, wide) = (parts.next().unwrap_or_default(), parts.next() == Some("64"));
            let (ty, regs) =
                if wide { (types::I64, "rax, rdi, rsi") } else { (types::I32, "eax, edi, esi") };
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
            sig.params.extend([AbiParam::new(ty), AbiParam::new(ty)]);
            sig.returns.push(AbiParam::new(ty));
            let body = format!("{op} {regs}\nret");
            let helper = format!("{op}{}", if wide { 64 } else { 32 });
            let v = crate::inline_asm::call_helper(fx, &helper, &body, sig, &[a, b])[0];
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        _ => fx.unsupported(format!("the LLVM intrinsic `{name}`")),
    }
}

/// `a[2i] * b[2i] + a[2i + 1] * b[2i + 1]` in 32 bits (wrapping), `b`'s lanes signed and `a`'s
/// as `a_signed` says: the two multiply-add instructions differ only there and in saturation.
fn pair_product_sum(
    fx: &mut FnCx<'_, '_>,
    a: &Lanes<'_>,
    b: &Lanes<'_>,
    i: u64,
    a_signed: bool,
) -> cranelift_codegen::ir::Value {
    let mut sum = fx.bcx.ins().iconst(types::I32, 0);
    for j in [2 * i, 2 * i + 1] {
        let x = a.load(fx, j);
        let y = b.load(fx, j);
        let x = crate::cast::int_resize(fx, x, types::I32, a_signed);
        let y = crate::cast::int_resize(fx, y, types::I32, true);
        let product = fx.bcx.ins().imul(x, y);
        sum = fx.bcx.ins().iadd(sum, product);
    }
    sum
}
