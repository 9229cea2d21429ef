//! `simd_*` platform intrinsics on `#[repr(simd)]` values, lowered lane by lane in memory (the
//! common integer operations a 16-byte chunk at a time).
//!
//! Vector values live in memory here (their layouts are not register layouts for us), so every
//! operation loads the lanes it needs, computes with scalar instructions and stores the result.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_abi::BackendRepr;
use rustc_middle::mir::{BinOp, CastKind};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{Instance, Ty};
use rustc_span::Symbol;

use crate::base::FnCx;
use crate::layout::{RegRepr, reg_repr};
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

/// A vector in memory: its lanes and where it lives.
pub(super) struct Lanes<'tcx> {
    pub(super) addr: Value,
    pub(super) count: u64,
    pub(super) elem: TyAndLayout<'tcx>,
    pub(super) elem_ty: Type,
}

fn lanes<'tcx>(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>, addr: Value) -> Lanes<'tcx> {
    if !layout.ty.is_simd() {
        fx.bug(format!("SIMD operation on `{}`", layout.ty));
    }
    let (count, elem): (u64, Ty<'tcx>) = layout.ty.simd_size_and_type(fx.tcx);
    let elem = fx.layout_of(elem);
    let Some(RegRepr::Scalar(elem_ty)) = reg_repr(fx.tcx, elem.backend_repr) else {
        fx.unsupported(format!("SIMD lanes of type `{}`", elem.ty))
    };
    Lanes { addr, count, elem, elem_ty }
}

impl Lanes<'_> {
    pub(super) fn load(&self, fx: &mut FnCx<'_, '_>, i: u64) -> Value {
        let offset = (i * self.elem.size.bytes()) as i32;
        fx.bcx.ins().load(self.elem_ty, mem_flags(), self.addr, offset)
    }

    pub(super) fn store(&self, fx: &mut FnCx<'_, '_>, i: u64, v: Value) {
        let offset = (i * self.elem.size.bytes()) as i32;
        fx.bcx.ins().store(mem_flags(), v, self.addr, offset);
    }
}

/// The address of lane `idx` (a run-time value) of `lanes`.
pub(super) fn lane_addr(fx: &mut FnCx<'_, '_>, lanes: &Lanes<'_>, idx: Value) -> Value {
    let idx = crate::cast::int_resize(fx, idx, fx.ptr_ty, false);
    let offset = fx.scale(idx, lanes.elem.size.bytes());
    fx.bcx.ins().iadd(lanes.addr, offset)
}

pub(super) fn input<'tcx>(fx: &mut FnCx<'_, 'tcx>, val: CgVal<'tcx>) -> Lanes<'tcx> {
    let (addr, _) = val.force_addr(fx);
    lanes(fx, val.layout, addr)
}

pub(super) fn output<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    dest: CgPlace<'tcx>,
) -> (CgPlace<'tcx>, Lanes<'tcx>) {
    let tmp = CgPlace::new_stack(fx, dest.layout);
    let addr = tmp.addr(fx);
    (tmp, lanes(fx, dest.layout, addr))
}

/// The Cranelift vector type of 16-byte chunks of integer `lanes`, if they split into such
/// chunks: those operations then take one vector instruction per chunk (SSE2/NEON baseline).
fn chunk_type(lanes: &Lanes<'_>) -> Option<Type> {
    let lane_bytes = lanes.elem.size.bytes();
    let bytes = lanes.count * lane_bytes;
    if !lanes.elem_ty.is_int() || lane_bytes > 8 || bytes == 0 || !bytes.is_multiple_of(16) {
        return None;
    }
    lanes.elem_ty.by((16 / lane_bytes) as u32)
}

/// `a op b` a 16-byte chunk at a time, for the operations whose vector forms every baseline
/// ISA has; returns whether it did.
fn chunked_binop(
    fx: &mut FnCx<'_, '_>,
    op: Option<BinOp>,
    signed: bool,
    a: &Lanes<'_>,
    b: &Lanes<'_>,
    out: &Lanes<'_>,
) -> bool {
    let (Some(op), Some(chunk)) = (op, chunk_type(a)) else { return false };
    if out.elem.size != a.elem.size {
        return false;
    }
    // Compares of 64-bit lanes (`pcmpeqq`, `pcmpgtq`) and unsigned order compares need SSE4.
    let cc = match (op, signed) {
        (BinOp::Eq, _) => Some(IntCC::Equal),
        (BinOp::Ne, _) => Some(IntCC::NotEqual),
        (BinOp::Lt, true) => Some(IntCC::SignedLessThan),
        (BinOp::Le, true) => Some(IntCC::SignedLessThanOrEqual),
        (BinOp::Gt, true) => Some(IntCC::SignedGreaterThan),
        (BinOp::Ge, true) => Some(IntCC::SignedGreaterThanOrEqual),
        (BinOp::Add | BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor, _) => None,
        _ => return false,
    };
    if cc.is_some() && chunk.lane_bits() == 64 {
        return false;
    }
    for index in 0..(a.count * a.elem.size.bytes() / 16) {
        let offset = index as i32 * 16;
        let x = fx.bcx.ins().load(chunk, mem_flags(), a.addr, offset);
        let y = fx.bcx.ins().load(chunk, mem_flags(), b.addr, offset);
        let v = match (cc, op) {
            (Some(cc), _) => fx.bcx.ins().icmp(cc, x, y),
            (None, BinOp::Add) => fx.bcx.ins().iadd(x, y),
            (None, BinOp::Sub) => fx.bcx.ins().isub(x, y),
            (None, BinOp::BitAnd) => fx.bcx.ins().band(x, y),
            (None, BinOp::BitOr) => fx.bcx.ins().bor(x, y),
            (None, _) => fx.bcx.ins().bxor(x, y),
        };
        fx.bcx.ins().store(mem_flags(), v, out.addr, offset);
    }
    true
}

/// Lowers `name` if it is a supported `simd_*` intrinsic; returns whether it was one.
pub(super) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: Symbol,
    instance: Instance<'tcx>,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) -> bool {
    let name = name.as_str();
    let Some(op) = name.strip_prefix("simd_") else { return false };
    super::simd_checks::check(fx, name, op, instance, args, dest);
    let cmp = match op {
        "eq" => Some(BinOp::Eq),
        "ne" => Some(BinOp::Ne),
        "lt" => Some(BinOp::Lt),
        "le" => Some(BinOp::Le),
        "gt" => Some(BinOp::Gt),
        "ge" => Some(BinOp::Ge),
        _ => None,
    };
    let arith = match op {
        "add" => Some(BinOp::Add),
        "sub" => Some(BinOp::Sub),
        "mul" => Some(BinOp::Mul),
        "div" => Some(BinOp::Div),
        "rem" => Some(BinOp::Rem),
        "shl" => Some(BinOp::Shl),
        "shr" => Some(BinOp::Shr),
        "and" => Some(BinOp::BitAnd),
        "or" => Some(BinOp::BitOr),
        "xor" => Some(BinOp::BitXor),
        _ => None,
    };
    match op {
        _ if cmp.is_some() || arith.is_some() => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            let signed = a.elem.ty.is_signed();
            let float = a.elem.ty.is_floating_point();
            if float
                && arith
                    .is_some_and(|op| matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor))
            {
                fx.bug("bitwise SIMD operation on floats");
            }
            if !float && chunked_binop(fx, cmp.or(arith), signed, &a, &b, &out) {
                let val = tmp.to_val(fx);
                dest.write(fx, val);
                return true;
            }
            for i in 0..a.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let v = if let Some(op) = cmp {
                    let bit = if float {
                        let lhs = CgVal::by_val(x, a.elem);
                        let rhs = CgVal::by_val(y, b.elem);
                        let bool_layout = fx.layout_of(fx.tcx.types.bool);
                        crate::num::binop(fx, op, lhs, rhs, bool_layout).load_scalar(fx)
                    } else {
                        crate::num::int_binop(fx, op, signed, x, y)
                    };
                    // Mask lanes are all ones or all zeros.
                    let wide = crate::cast::int_resize(fx, bit, out.elem_ty, false);
                    fx.bcx.ins().ineg(wide)
                } else if float {
                    let lhs = CgVal::by_val(x, a.elem);
                    let rhs = CgVal::by_val(y, b.elem);
                    crate::num::binop(fx, arith.unwrap_or(BinOp::Add), lhs, rhs, a.elem)
                        .load_scalar(fx)
                } else {
                    crate::num::int_binop(fx, arith.unwrap_or(BinOp::Add), signed, x, y)
                };
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "fabs" | "fsqrt" | "floor" | "ceil" | "trunc" | "round" | "round_ties_even" | "fsin"
        | "fcos" | "fexp" | "fexp2" | "flog" | "flog2" | "flog10" | "fma" | "relaxed_fma"
        | "minimum_number_nsz" | "maximum_number_nsz" => float_lanes(fx, op, args, dest),
        "funnel_shl" | "funnel_shr" => funnel_shift(fx, op == "funnel_shl", args, dest),
        "carryless_mul" => carryless_mul(fx, args, dest),
        "arith_offset" => {
            let ptrs = input(fx, args[0]);
            let offsets = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            let Some(pointee) = ptrs.elem.ty.builtin_deref(true) else {
                fx.bug(format!("`simd_arith_offset` on `{}`", ptrs.elem.ty))
            };
            let size = fx.layout_of(pointee).size.bytes();
            for i in 0..out.count {
                let p = ptrs.load(fx, i);
                let n = offsets.load(fx, i);
                let bytes = fx.scale(n, size);
                let v = fx.bcx.ins().iadd(p, bytes);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        // Thin pointers and addresses share one representation: the lanes are copied as they are.
        "cast_ptr" | "expose_provenance" | "with_exposed_provenance" => {
            let a = input(fx, args[0]);
            let (tmp, out) = output(fx, dest);
            if a.elem_ty != out.elem_ty {
                fx.unsupported(format!("`simd_{op}` from `{}` to `{}`", a.elem.ty, out.elem.ty));
            }
            for i in 0..out.count {
                let v = a.load(fx, i);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "masked_load" | "masked_store" | "gather" | "scatter" => {
            super::simd_memory::lower(fx, op, args, dest)
        }
        "extract" | "extract_dyn" => {
            let a = input(fx, args[0]);
            let idx = args[1].load_scalar(fx);
            let addr = lane_addr(fx, &a, idx);
            let v = fx.bcx.ins().load(a.elem_ty, mem_flags(), addr, 0);
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        "insert" | "insert_dyn" => {
            let (tmp, out) = output(fx, dest);
            tmp.write(fx, args[0]);
            let idx = args[1].load_scalar(fx);
            let v = args[2].load_scalar(fx);
            let addr = lane_addr(fx, &out, idx);
            fx.bcx.ins().store(mem_flags(), v, addr, 0);
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "neg" | "ctpop" | "bswap" | "bitreverse" | "ctlz" | "cttz" => {
            let a = input(fx, args[0]);
            let (tmp, out) = output(fx, dest);
            for i in 0..a.count {
                let x = a.load(fx, i);
                let v = match op {
                    "neg" if crate::soft_float::is_soft(a.elem_ty) => {
                        crate::soft_float::sign_op(fx, x, None, false)
                    }
                    "neg" if a.elem.ty.is_floating_point() => fx.bcx.ins().fneg(x),
                    "neg" => fx.bcx.ins().ineg(x),
                    "ctpop" => fx.bcx.ins().popcnt(x),
                    "bswap" if a.elem_ty == types::I8 => x,
                    "bswap" => fx.bcx.ins().bswap(x),
                    "bitreverse" => fx.bcx.ins().bitrev(x),
                    "ctlz" => fx.bcx.ins().clz(x),
                    _ => fx.bcx.ins().ctz(x),
                };
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "cast" | "as" => {
            let a = input(fx, args[0]);
            let (tmp, out) = output(fx, dest);
            let kind = match (a.elem.ty.is_floating_point(), out.elem.ty.is_floating_point()) {
                (false, false) => CastKind::IntToInt,
                (false, true) => CastKind::IntToFloat,
                (true, false) => CastKind::FloatToInt,
                (true, true) => CastKind::FloatToFloat,
            };
            for i in 0..a.count {
                let x = a.load(fx, i);
                let lane = CgVal::by_val(x, a.elem);
                let v = crate::cast::cast(fx, kind, lane, out.elem).load_scalar(fx);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "reduce_and"
        | "reduce_or"
        | "reduce_xor"
        | "reduce_add_unordered"
        | "reduce_mul_unordered"
        | "reduce_max"
        | "reduce_min"
        | "reduce_add_ordered"
        | "reduce_mul_ordered" => {
            let a = input(fx, args[0]);
            let float = a.elem.ty.is_floating_point();
            let signed = a.elem.ty.is_signed();
            let binop = match op {
                "reduce_and" => BinOp::BitAnd,
                "reduce_or" => BinOp::BitOr,
                "reduce_xor" => BinOp::BitXor,
                "reduce_add_unordered" | "reduce_add_ordered" => BinOp::Add,
                "reduce_mul_unordered" | "reduce_mul_ordered" => BinOp::Mul,
                _ => BinOp::Cmp,
            };
            let mut acc =
                if op.ends_with("_ordered") { args[1].load_scalar(fx) } else { a.load(fx, 0) };
            let first = if op.ends_with("_ordered") { 0 } else { 1 };
            for i in first..a.count {
                let x = a.load(fx, i);
                acc = match (op, float) {
                    ("reduce_max", false) if signed => fx.bcx.ins().smax(acc, x),
                    ("reduce_max", false) => fx.bcx.ins().umax(acc, x),
                    ("reduce_min", false) if signed => fx.bcx.ins().smin(acc, x),
                    ("reduce_min", false) => fx.bcx.ins().umin(acc, x),
                    (_, true) => {
                        let (l, r) = (CgVal::by_val(acc, a.elem), CgVal::by_val(x, a.elem));
                        crate::num::binop(fx, binop, l, r, a.elem).load_scalar(fx)
                    }
                    (_, false) => crate::num::int_binop(fx, binop, signed, acc, x),
                };
            }
            dest.write(fx, CgVal::by_val(acc, dest.layout));
        }
        "saturating_add" | "saturating_sub" => {
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            let signed = a.elem.ty.is_signed();
            for i in 0..a.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let v = super::saturating(fx, op == "saturating_add", signed, x, y);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "select_bitmask" => {
            let a = input(fx, args[1]);
            let b = input(fx, args[2]);
            // The mask is an integer or a `[u8; N]` holding lane `i` in bit `i % 8` of byte
            // `i / 8` (the integer's bytes on a little-endian target).
            let scalar_mask = matches!(args[0].layout.backend_repr, BackendRepr::Scalar(_));
            let mask = if scalar_mask { args[0].load_scalar(fx) } else { args[0].force_addr(fx).0 };
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let (word, shift) = if scalar_mask {
                    (mask, i)
                } else {
                    (fx.bcx.ins().uload8(types::I32, mem_flags(), mask, (i / 8) as i32), i % 8)
                };
                let bit = fx.bcx.ins().ushr_imm_s(word, shift as i64);
                let bit = fx.bcx.ins().band_imm_s(bit, 1);
                let set = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, bit, 0);
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let v = fx.bcx.ins().select(set, x, y);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "splat" => {
            let v = args[0].load_scalar(fx);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "shuffle" => {
            // Lane `i` of the result is lane `idx[i]` of `a ++ b`; the indices are read at run
            // time from the constant index vector.
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (idx_addr, _) = args[2].force_addr(fx);
            let idx_elem = match args[2].layout.ty.kind() {
                rustc_middle::ty::Array(elem, _) => fx.layout_of(*elem),
                _ => lanes(fx, args[2].layout, idx_addr).elem,
            };
            let (tmp, out) = output(fx, dest);
            let lane_size = a.elem.size.bytes();
            for i in 0..out.count {
                let offset = (i * idx_elem.size.bytes()) as i32;
                let idx = fx.bcx.ins().load(types::I32, mem_flags(), idx_addr, offset);
                let idx = crate::cast::int_resize(fx, idx, fx.ptr_ty, false);
                let in_a = fx.bcx.ins().icmp_imm_s(IntCC::UnsignedLessThan, idx, a.count as i64);
                let b_idx = fx.bcx.ins().iadd_imm_s(idx, -(a.count as i64));
                let lane_idx = fx.bcx.ins().select(in_a, idx, b_idx);
                let base = fx.bcx.ins().select(in_a, a.addr, b.addr);
                let byte_offset = fx.scale(lane_idx, lane_size);
                let addr = fx.bcx.ins().iadd(base, byte_offset);
                let v = fx.bcx.ins().load(a.elem_ty, mem_flags(), addr, 0);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "shuffle_const_generic" => {
            // The indices are the const generic argument `&'static [u32]`: each lane is a
            // load at an offset known now.
            let Some(indices) = instance.args.get(2).and_then(|arg| arg.as_const()) else {
                fx.bug("`simd_shuffle_const_generic` without its index argument")
            };
            let a = input(fx, args[0]);
            let b = input(fx, args[1]);
            let (tmp, out) = output(fx, dest);
            let lane_size = a.elem.size.bytes();
            for (i, idx) in indices.to_branch().iter().enumerate() {
                let idx = u64::from(idx.to_leaf().to_u32());
                let (base, lane) =
                    if idx < a.count { (a.addr, idx) } else { (b.addr, idx - a.count) };
                let v = fx.bcx.ins().load(a.elem_ty, mem_flags(), base, (lane * lane_size) as i32);
                out.store(fx, i as u64, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "bitmask" => {
            let a = input(fx, args[0]);
            let Some(RegRepr::Scalar(ret_ty)) = reg_repr(fx.tcx, dest.layout.backend_repr) else {
                bitmask_bytes(fx, &a, dest);
                return true;
            };
            if let Some(chunk) = chunk_type(&a) {
                // A chunk's sign bits in one instruction (`pmovmskb`, `movmskps`, ...).
                let per_chunk = chunk.lane_count() as i64;
                let mut acc = fx.iconst(ret_ty, 0);
                for index in 0..(a.count / per_chunk as u64) {
                    let v = fx.bcx.ins().load(chunk, mem_flags(), a.addr, index as i32 * 16);
                    let bits = fx.bcx.ins().vhigh_bits(types::I32, v);
                    let bits = crate::cast::int_resize(fx, bits, ret_ty, false);
                    let bits = fx.bcx.ins().ishl_imm_s(bits, index as i64 * per_chunk);
                    acc = fx.bcx.ins().bor(acc, bits);
                }
                dest.write(fx, CgVal::by_val(acc, dest.layout));
                return true;
            }
            let mut acc = fx.iconst(ret_ty, 0);
            for i in 0..a.count {
                let lane = a.load(fx, i);
                let zero = fx.iconst(a.elem_ty, 0);
                let neg = fx.bcx.ins().icmp(IntCC::SignedLessThan, lane, zero);
                let bit = crate::cast::int_resize(fx, neg, ret_ty, false);
                let bit = fx.bcx.ins().ishl_imm_s(bit, i as i64);
                acc = fx.bcx.ins().bor(acc, bit);
            }
            dest.write(fx, CgVal::by_val(acc, dest.layout));
        }
        "reduce_any" | "reduce_all" => {
            let a = input(fx, args[0]);
            let mut acc = fx.iconst(types::I8, if op == "reduce_all" { 1 } else { 0 });
            for i in 0..a.count {
                let lane = a.load(fx, i);
                let set = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, lane, 0);
                acc = if op == "reduce_all" {
                    fx.bcx.ins().band(acc, set)
                } else {
                    fx.bcx.ins().bor(acc, set)
                };
            }
            dest.write(fx, CgVal::by_val(acc, dest.layout));
        }
        "select" => {
            let mask = input(fx, args[0]);
            let a = input(fx, args[1]);
            let b = input(fx, args[2]);
            let (tmp, out) = output(fx, dest);
            for i in 0..out.count {
                let m = mask.load(fx, i);
                let set = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let v = fx.bcx.ins().select(set, x, y);
                out.store(fx, i, v);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        _ => return false,
    }
    true
}

/// Float lane operations as the scalar float intrinsic of the same name per lane, so that they
/// round exactly as scalar code (native instructions, libm calls, `f16`/`f128` in software).
fn float_lanes<'tcx>(fx: &mut FnCx<'_, 'tcx>, op: &str, args: &[CgVal<'tcx>], dest: CgPlace<'tcx>) {
    let base = match op {
        "fsqrt" => "sqrt",
        "fsin" => "sin",
        "fcos" => "cos",
        "fexp" => "exp",
        "fexp2" => "exp2",
        "flog" => "log",
        "flog2" => "log2",
        "flog10" => "log10",
        "relaxed_fma" => "fmuladd",
        other => other,
    };
    let inputs: Vec<Lanes<'tcx>> = args.iter().map(|&arg| input(fx, arg)).collect();
    let (tmp, out) = output(fx, dest);
    let rustc_middle::ty::Float(float) = out.elem.ty.kind() else {
        fx.bug(format!("`simd_{op}` on `{}`", out.elem.ty))
    };
    let name = Symbol::intern(&format!("{base}{}", float.name_str()));
    for i in 0..out.count {
        let lane_args: Vec<CgVal<'tcx>> =
            inputs.iter().map(|lanes| CgVal::by_val(lanes.load(fx, i), lanes.elem)).collect();
        let addr = fx.ptr_add(out.addr, (i * out.elem.size.bytes()) as i64);
        if !super::float::lower(fx, name, &lane_args, CgPlace::at(addr, out.elem)) {
            fx.unsupported(format!("`simd_{op}` on `{}` lanes", out.elem.ty));
        }
    }
    let val = tmp.to_val(fx);
    dest.write(fx, val);
}

/// The high (`shl`) or low (`shr`) half of the double-width `a:b` shifted by `shift`, which is
/// below the lane width; shift 0 picks `a` or `b` whole (Cranelift shifts count modulo the width,
/// so the other half's shift by the full width would not give 0).
fn funnel_shift<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    left: bool,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    let a = input(fx, args[0]);
    let b = input(fx, args[1]);
    let shift = input(fx, args[2]);
    let (tmp, out) = output(fx, dest);
    let bits = i64::from(out.elem_ty.bits());
    for i in 0..out.count {
        let x = a.load(fx, i);
        let y = b.load(fx, i);
        let s = shift.load(fx, i);
        let width = fx.iconst(out.elem_ty, bits.into());
        let rest = fx.bcx.ins().isub(width, s);
        let (whole, v) = if left {
            let hi = fx.bcx.ins().ishl(x, s);
            let lo = fx.bcx.ins().ushr(y, rest);
            (x, fx.bcx.ins().bor(hi, lo))
        } else {
            let lo = fx.bcx.ins().ushr(y, s);
            let hi = fx.bcx.ins().ishl(x, rest);
            (y, fx.bcx.ins().bor(hi, lo))
        };
        let zero = fx.bcx.ins().icmp_imm_s(IntCC::Equal, s, 0);
        let v = fx.bcx.ins().select(zero, whole, v);
        out.store(fx, i, v);
    }
    let val = tmp.to_val(fx);
    dest.write(fx, val);
}

/// The low half of each lane's carry-less product: `a << k` xor-ed in for every set bit `k` of
/// `b`.
fn carryless_mul<'tcx>(fx: &mut FnCx<'_, 'tcx>, args: &[CgVal<'tcx>], dest: CgPlace<'tcx>) {
    let a = input(fx, args[0]);
    let b = input(fx, args[1]);
    let (tmp, out) = output(fx, dest);
    for i in 0..out.count {
        let x = a.load(fx, i);
        let y = b.load(fx, i);
        let mut acc = fx.iconst(out.elem_ty, 0);
        for bit in 0..i64::from(out.elem_ty.bits()) {
            let set = fx.bcx.ins().ushr_imm_s(y, bit);
            let set = fx.bcx.ins().band_imm_s(set, 1);
            let mask = fx.bcx.ins().ineg(set);
            let term = fx.bcx.ins().ishl_imm_s(x, bit);
            let term = fx.bcx.ins().band(term, mask);
            acc = fx.bcx.ins().bxor(acc, term);
        }
        out.store(fx, i, acc);
    }
    let val = tmp.to_val(fx);
    dest.write(fx, val);
}

/// `simd_bitmask` into a `[u8; N]`: lane `i`'s sign bit goes to bit `i % 8` of byte `i / 8`,
/// the layout of the integer form on a little-endian target.
fn bitmask_bytes<'tcx>(fx: &mut FnCx<'_, 'tcx>, a: &Lanes<'tcx>, dest: CgPlace<'tcx>) {
    let is_byte_array = match dest.layout.ty.kind() {
        rustc_middle::ty::Array(elem, _) => fx.layout_of(*elem).size.bytes() == 1,
        _ => false,
    };
    if !is_byte_array || dest.layout.size.bytes() != a.count.div_ceil(8) {
        fx.unsupported(format!("`simd_bitmask` returning `{}`", dest.layout.ty))
    }
    let tmp = CgPlace::new_stack(fx, dest.layout);
    let addr = tmp.addr(fx);
    for byte in 0..a.count.div_ceil(8) {
        let mut acc = fx.iconst(types::I8, 0);
        for i in byte * 8..(byte * 8 + 8).min(a.count) {
            let lane = a.load(fx, i);
            let zero = fx.iconst(a.elem_ty, 0);
            let neg = fx.bcx.ins().icmp(IntCC::SignedLessThan, lane, zero);
            let bit = fx.bcx.ins().ishl_imm_s(neg, (i % 8) as i64);
            acc = fx.bcx.ins().bor(acc, bit);
        }
        fx.bcx.ins().store(mem_flags(), acc, addr, byte as i32);
    }
    let val = tmp.to_val(fx);
    dest.write(fx, val);
}
