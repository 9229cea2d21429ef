//! `llvm.x86.*` intrinsics that `core::arch` functions call through `link_name`, emulated lane by
//! lane. An intrinsic not listed here is a compile error naming it, never a trap at run time.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, types};
use cranelift_module::Module;

use super::simd::{input, lane_addr, output};
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
        "llvm.x86.avx2.permd" => {
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
