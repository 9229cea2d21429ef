//! `llvm.aarch64.*` intrinsics that `core::arch::aarch64` functions call through `link_name`.
//! Most NEON functions are written with the generic `simd_*` intrinsics; what is left here are
//! barriers, hints, CRC32 (the instruction) and the across-vector and pairwise operations,
//! emulated lane by lane. An intrinsic not listed is a compile error naming it, never a trap at
//! run time.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Value, types};
use cranelift_module::Module;

use super::simd::{input, output};
use crate::base::FnCx;
use crate::layout::{RegRepr, reg_repr};
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

#[derive(Clone, Copy)]
enum LaneOp {
    UMax,
    UMin,
    SMax,
    SMin,
    Add,
}

impl LaneOp {
    fn parse(name: &str) -> Option<LaneOp> {
        Some(match name {
            "umax" => LaneOp::UMax,
            "umin" => LaneOp::UMin,
            "smax" => LaneOp::SMax,
            "smin" => LaneOp::SMin,
            "add" | "uadd" | "sadd" => LaneOp::Add,
            _ => return None,
        })
    }

    fn apply(self, fx: &mut FnCx<'_, '_>, a: Value, b: Value) -> Value {
        match self {
            LaneOp::UMax => fx.bcx.ins().umax(a, b),
            LaneOp::UMin => fx.bcx.ins().umin(a, b),
            LaneOp::SMax => fx.bcx.ins().smax(a, b),
            LaneOp::SMin => fx.bcx.ins().smin(a, b),
            LaneOp::Add => fx.bcx.ins().iadd(a, b),
        }
    }
}

/// The lane operation and form of a NEON reduction or pairwise intrinsic's name
/// (`umaxv`, `uaddlv`, `umaxp`...).
enum NeonForm {
    /// Across all lanes to one scalar; `widen` for the `addlv` forms.
    Across {
        op: LaneOp,
        widen: bool,
        signed: bool,
    },
    Pairwise(LaneOp),
}

fn neon_form(op: &str) -> Option<NeonForm> {
    if let Some(base) = op.strip_suffix("lv") {
        return Some(NeonForm::Across {
            op: LaneOp::parse(base)?,
            widen: true,
            signed: base.starts_with('s'),
        });
    }
    if let Some(base) = op.strip_suffix('v') {
        return Some(NeonForm::Across {
            op: LaneOp::parse(base)?,
            widen: false,
            signed: base.starts_with('s'),
        });
    }
    Some(NeonForm::Pairwise(LaneOp::parse(op.strip_suffix('p')?)?))
}

pub(crate) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    match name {
        // Barriers (`__isb`, `__dmb`, `__dsb`; `spin_loop` uses `isb`): a full fence orders at
        // least as much as any of them.
        "llvm.aarch64.isb" | "llvm.aarch64.dmb" | "llvm.aarch64.dsb" => {
            fx.bcx.ins().fence();
            return;
        }
        // `yield`, `wfe`, ... hints: no effect on the program's state.
        "llvm.aarch64.hint" => return,
        "llvm.aarch64.crc32b"
        | "llvm.aarch64.crc32h"
        | "llvm.aarch64.crc32w"
        | "llvm.aarch64.crc32x"
        | "llvm.aarch64.crc32cb"
        | "llvm.aarch64.crc32ch"
        | "llvm.aarch64.crc32cw"
        | "llvm.aarch64.crc32cx" => return crc32(fx, name, args, dest),
        _ => {}
    }
    let op = name.strip_prefix("llvm.aarch64.neon.").and_then(|rest| rest.split('.').next());
    if let Some(rounding @ ("sqdmulh" | "sqrdmulh")) = op {
        let rounding = rounding == "sqrdmulh";
        if !dest.layout.ty.is_simd() {
            let (a, b) = (args[0].load_scalar(fx), args[1].load_scalar(fx));
            let v = doubling_mul_high(fx, a, b, rounding);
            return dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        let a = input(fx, args[0]);
        let b = input(fx, args[1]);
        let (tmp, out) = output(fx, dest);
        for i in 0..out.count {
            let (x, y) = (a.load(fx, i), b.load(fx, i));
            let v = doubling_mul_high(fx, x, y, rounding);
            out.store(fx, i, v);
        }
        let val = tmp.to_val(fx);
        return dest.write(fx, val);
    }
    if op == Some("pmull64") {
        return carryless_multiply(fx, args, dest);
    }
    if let Some(lookup @ ("tbl1" | "tbl2" | "tbl3" | "tbl4" | "tbx1" | "tbx2" | "tbx3" | "tbx4")) =
        op
    {
        return table_lookup(fx, lookup.starts_with("tbx"), args, dest);
    }
    match op.and_then(neon_form) {
        // `vmaxvq_u8`, `vaddvq_u32`, `vaddlvq_u8`...: the scalar result has the destination's
        // type, which is wider than the lanes for the `addlv` forms.
        Some(NeonForm::Across { op, widen, signed }) => {
            let Some(RegRepr::Scalar(dest_ty)) = reg_repr(fx.tcx, dest.layout.backend_repr) else {
                fx.unsupported(format!("the LLVM intrinsic `{name}` with a non-scalar result"))
            };
            let a = input(fx, args[0]);
            let mut acc: Option<Value> = None;
            for i in 0..a.count {
                let mut lane = a.load(fx, i);
                if widen {
                    lane = crate::cast::int_resize(fx, lane, dest_ty, signed);
                }
                acc = Some(match acc {
                    None => lane,
                    Some(acc) => op.apply(fx, acc, lane),
                });
            }
            let Some(mut acc) = acc else { fx.bug("reduction of an empty vector") };
            if !widen {
                // Some forms return the lane in a wider integer (`i32` for `u8` lanes).
                acc = crate::cast::int_resize(fx, acc, dest_ty, signed);
            }
            dest.write(fx, CgVal::by_val(acc, dest.layout));
        }
        // `vpmaxq_u8`, `vpaddq_u8`...: lane i of the result combines lanes 2i and 2i+1 of the
        // concatenation of both inputs.
        Some(NeonForm::Pairwise(op)) => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let (src, first) =
                    if 2 * i < a.count { (&a, 2 * i) } else { (&b, 2 * i - a.count) };
                let x = src.load(fx, first);
                let y = src.load(fx, first + 1);
                let v = op.apply(fx, x, y);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        None => {
            if !op.is_some_and(|op| neon_native(fx, name, op, args, dest)) {
                fx.unsupported(format!("the LLVM intrinsic `{name}`"))
            }
        }
    }
}

/// NEON intrinsics named after their instruction, whose operands and result are vectors of one
/// shape: run as that instruction in a helper (the estimates `frecpe` & co. are the hardware's
/// own). Binary ones read both operands; the accumulating ones (`usqadd`) update the first.
const NEON_BINARY: &[&str] = &[
    "uqadd", "sqadd", "uqsub", "sqsub", "shadd", "uhadd", "srhadd", "urhadd", "shsub", "uhsub",
    "sabd", "uabd", "fabd", "sqshl", "uqshl", "srshl", "urshl", "sqrshl", "uqrshl", "sshl", "ushl",
    "frecps", "frsqrts", "fmulx", "fmax", "fmin", "fmaxnm", "fminnm", "facge", "facgt", "pmul",
];
const NEON_UNARY: &[&str] =
    &["abs", "sqabs", "sqneg", "cls", "frecpe", "frsqrte", "urecpe", "ursqrte"];
const NEON_ACCUMULATE: &[&str] = &["usqadd", "suqadd"];

/// Lowers `name` (operation `op`) with [`NEON_BINARY`] & co.; returns whether it could.
fn neon_native<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    op: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) -> bool {
    let arity = if NEON_BINARY.contains(&op) || NEON_ACCUMULATE.contains(&op) {
        2
    } else if NEON_UNARY.contains(&op) {
        1
    } else {
        return false;
    };
    if args.len() != arity || !dest.layout.ty.is_simd() {
        return false;
    }
    let size = dest.layout.size.bytes();
    if args.iter().any(|arg| !arg.layout.ty.is_simd() || arg.layout.size.bytes() != size) {
        return false;
    }
    let (count, elem) = dest.layout.ty.simd_size_and_type(fx.tcx);
    let elem_bytes = fx.layout_of(elem).size.bytes();
    let lanes = match (elem_bytes, elem.is_floating_point()) {
        (1, false) => 'b',
        (2, false) => 'h',
        (4, _) => 's',
        (8, _) => 'd',
        _ => return false,
    };
    if !matches!(size, 8 | 16) {
        return false;
    }
    // One 64-bit lane takes the scalar register form (`sqadd d0, d0, d1`).
    let reg = |k: usize| {
        if count == 1 { format!("{lanes}{k}") } else { format!("v{k}.{count}{lanes}") }
    };
    let insn = if NEON_ACCUMULATE.contains(&op) {
        format!("{op} {}, {}", reg(0), reg(1))
    } else if arity == 2 {
        format!("{op} {}, {}, {}", reg(0), reg(0), reg(1))
    } else {
        format!("{op} {}, {}", reg(0), reg(0))
    };
    let width = if size == 16 { 'q' } else { 'd' };
    let mut body = String::new();
    for k in 0..arity {
        body.push_str(&format!("ldr {width}{k}, [x{}]\n", k + 1));
    }
    body.push_str(&format!("{insn}\nstr {width}0, [x0]\nret"));

    let stem = name.trim_start_matches("llvm.aarch64.neon.").replace('.', "_");
    super::call_memory_helper(fx, &stem, &body, args, &[], super::HelperOutput::Vector, dest);
    true
}

/// `sqdmulh`/`sqrdmulh` of one lane: the high half of `2 * a * b` (rounded for the latter),
/// saturated; only `MIN * MIN` overflows.
fn doubling_mul_high(fx: &mut FnCx<'_, '_>, a: Value, b: Value, rounding: bool) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    let bits = ty.bits();
    let Some(wide) = ty.double_width() else { fx.bug(format!("sqdmulh on {ty} lanes")) };
    let a = fx.bcx.ins().sextend(wide, a);
    let b = fx.bcx.ins().sextend(wide, b);
    let mut product = fx.bcx.ins().imul(a, b);
    if rounding {
        product = fx.bcx.ins().iadd_imm_s(product, 1 << (bits - 2));
    }
    // (2ab) >> bits == ab >> (bits - 1), and the wide product cannot overflow.
    let high = fx.bcx.ins().sshr_imm_s(product, i64::from(bits - 1));
    let max = fx.bcx.ins().iconst(wide, (1i64 << (bits - 1)) - 1);
    let clamped = fx.bcx.ins().smin(high, max);
    fx.bcx.ins().ireduce(ty, clamped)
}

/// `tbl1`..`tbl4` (`vqtbl1q_u8`...): each byte of the index vector picks a byte of the tables
/// laid end to end, or gives zero when out of range; the `tbx` forms keep the byte of their
/// first argument instead.
fn table_lookup<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    extend: bool,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    let (fallback, rest) = if extend { (Some(args[0]), &args[1..]) } else { (None, args) };
    let Some((&indices, tables)) = rest.split_last() else {
        fx.bug("table lookup without indices")
    };
    let tables: Vec<_> = tables.iter().map(|&t| input(fx, t)).collect();
    let indices = input(fx, indices);
    let fallback = fallback.map(|f| input(fx, f));
    let (tmp, out) = output(fx, dest);
    // The tables, byte after byte, in a stack slot the index addresses.
    let table_bytes: u64 = tables.iter().map(|t| t.count).sum();
    let slot = fx.bcx.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
        cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
        u32::try_from(table_bytes).unwrap_or_else(|_| fx.bug("oversized lookup table")),
        0,
    ));
    let base = fx.bcx.ins().stack_addr(fx.ptr_ty, slot, 0);
    let mut offset = 0;
    for table in &tables {
        for i in 0..table.count {
            let byte = table.load(fx, i);
            fx.bcx.ins().store(mem_flags(), byte, base, offset);
            offset += 1;
        }
    }
    for i in 0..out.count {
        let index = indices.load(fx, i);
        let in_range = fx.bcx.ins().icmp_imm_u(IntCC::UnsignedLessThan, index, table_bytes as i64);
        // Out-of-range indices read byte 0, whose value the select then discards.
        let zero = fx.bcx.ins().iconst(types::I8, 0);
        let safe = fx.bcx.ins().select(in_range, index, zero);
        let safe = crate::cast::int_resize(fx, safe, fx.ptr_ty, false);
        let addr = fx.bcx.ins().iadd(base, safe);
        let byte = fx.bcx.ins().load(types::I8, mem_flags(), addr, 0);
        let otherwise = match &fallback {
            Some(fallback) => fallback.load(fx, i),
            None => zero,
        };
        let v = fx.bcx.ins().select(in_range, byte, otherwise);
        out.store(fx, i, v);
    }
    let val = tmp.to_val(fx);
    dest.write(fx, val);
}

/// `pmull64` (`vmull_p64`): the carry-less (polynomial) product of two 64-bit values, 128 bits.
/// `__crc32w`, `__crc32cd`...: the instruction itself, in a helper, as LLVM emits it: code
/// reaches it only where the CPU has the `crc` feature (a cfg or a runtime check).
fn crc32<'tcx>(fx: &mut FnCx<'_, 'tcx>, name: &str, args: &[CgVal<'tcx>], dest: CgPlace<'tcx>) {
    let insn = name.trim_start_matches("llvm.aarch64.");
    let (data_ty, data_reg) =
        if insn.ends_with('x') { (types::I64, "x1") } else { (types::I32, "w1") };
    let crc = args[0].load_scalar(fx);
    let data = args[1].load_scalar(fx);
    let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
    sig.params.extend([AbiParam::new(types::I32), AbiParam::new(data_ty)]);
    sig.returns.push(AbiParam::new(types::I32));
    let body = format!(".arch_extension crc\n{insn} w0, w0, {data_reg}\nret");
    let v = crate::inline_asm::call_helper(fx, insn, &body, sig, &[crc, data])[0];
    dest.write(fx, CgVal::by_val(v, dest.layout));
}

fn carryless_multiply<'tcx>(fx: &mut FnCx<'_, 'tcx>, args: &[CgVal<'tcx>], dest: CgPlace<'tcx>) {
    let a = args[0].load_scalar(fx);
    let b = args[1].load_scalar(fx);
    let wide_a = fx.bcx.ins().uextend(types::I128, a);
    let zero = fx.bcx.ins().iconst(types::I64, 0);
    let mut acc = fx.bcx.ins().uextend(types::I128, zero);
    for bit in 0..64 {
        let shifted = fx.bcx.ins().ushr_imm_u(b, bit);
        let set = fx.bcx.ins().band_imm_u(shifted, 1);
        let mask = fx.bcx.ins().ineg(set);
        let mask = fx.bcx.ins().sextend(types::I128, mask);
        let term = fx.bcx.ins().ishl_imm_u(wide_a, bit);
        let term = fx.bcx.ins().band(term, mask);
        acc = fx.bcx.ins().bxor(acc, term);
    }
    let (tmp, _) = output(fx, dest);
    let addr = tmp.addr(fx);
    fx.bcx.ins().store(mem_flags(), acc, addr, 0);
    let val = tmp.to_val(fx);
    dest.write(fx, val);
}
