//! Arithmetic, comparisons and unary operators on integers, floats, bools, chars and pointers.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Value, types};
use cranelift_module::{Linkage, Module};
use rustc_middle::mir::{BinOp, UnOp};
use rustc_middle::ty;
use rustc_middle::ty::layout::TyAndLayout;

use crate::base::FnCx;
use crate::value::CgVal;

pub(crate) fn binop<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    op: BinOp,
    lhs: CgVal<'tcx>,
    rhs: CgVal<'tcx>,
    out: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    match lhs.layout.ty.kind() {
        ty::Bool | ty::Char | ty::Uint(_) | ty::Int(_) => {
            let signed = lhs.layout.ty.is_signed();
            let a = lhs.load_scalar(fx);
            let b = rhs.load_scalar(fx);
            if let Some(wrapping) = op.overflowing_to_wrapping() {
                let (res, overflow) = int_with_overflow(fx, wrapping, signed, a, b);
                return CgVal::by_val_pair(res, overflow, out);
            }
            CgVal::by_val(int_binop(fx, op, signed, a, b), out)
        }
        ty::Float(_) => {
            let a = lhs.load_scalar(fx);
            let b = rhs.load_scalar(fx);
            CgVal::by_val(float_binop(fx, op, a, b), out)
        }
        ty::RawPtr(..) | ty::Ref(..) | ty::FnPtr(..) => ptr_binop(fx, op, lhs, rhs, out),
        _ => fx.bug(format!("binary operator {op:?} on `{}`", lhs.layout.ty)),
    }
}

fn cmp(fx: &mut FnCx<'_, '_>, cc: IntCC, a: Value, b: Value) -> Value {
    fx.bcx.ins().icmp(cc, a, b)
}

fn int_cc(op: BinOp, signed: bool) -> Option<IntCC> {
    Some(match (op, signed) {
        (BinOp::Eq, _) => IntCC::Equal,
        (BinOp::Ne, _) => IntCC::NotEqual,
        (BinOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinOp::Lt, true) => IntCC::SignedLessThan,
        (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
        (BinOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinOp::Ge, false) => IntCC::UnsignedGreaterThanOrEqual,
        (BinOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        _ => return None,
    })
}

/// `Ordering` as -1/0/1 in an i8, from "less than" and "greater than".
fn three_way(fx: &mut FnCx<'_, '_>, lt: Value, gt: Value) -> Value {
    fx.bcx.ins().isub(gt, lt)
}

/// Makes a shift amount the width of the shifted value; Cranelift masks it like MIR does.
fn shift_amount(fx: &mut FnCx<'_, '_>, amount: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(amount);
    if ty == types::I128 { fx.bcx.ins().ireduce(types::I64, amount) } else { amount }
}

pub(crate) fn int_binop(
    fx: &mut FnCx<'_, '_>,
    op: BinOp,
    signed: bool,
    a: Value,
    b: Value,
) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    if let Some(cc) = int_cc(op, signed) {
        return cmp(fx, cc, a, b);
    }
    match op {
        BinOp::Add | BinOp::AddUnchecked => fx.bcx.ins().iadd(a, b),
        BinOp::Sub | BinOp::SubUnchecked => fx.bcx.ins().isub(a, b),
        BinOp::Mul | BinOp::MulUnchecked => fx.bcx.ins().imul(a, b),
        BinOp::Div | BinOp::Rem if ty == types::I128 => {
            let name = match (op, signed) {
                (BinOp::Div, false) => "__udivti3",
                (BinOp::Div, true) => "__divti3",
                (_, false) => "__umodti3",
                (_, true) => "__modti3",
            };
            call_builtin(fx, name, &[a, b], types::I128)
        }
        BinOp::Div if signed => fx.bcx.ins().sdiv(a, b),
        BinOp::Div => fx.bcx.ins().udiv(a, b),
        BinOp::Rem if signed => fx.bcx.ins().srem(a, b),
        BinOp::Rem => fx.bcx.ins().urem(a, b),
        BinOp::BitXor => fx.bcx.ins().bxor(a, b),
        BinOp::BitAnd => fx.bcx.ins().band(a, b),
        BinOp::BitOr => fx.bcx.ins().bor(a, b),
        BinOp::Shl | BinOp::ShlUnchecked => {
            let b = shift_amount(fx, b);
            fx.bcx.ins().ishl(a, b)
        }
        BinOp::Shr | BinOp::ShrUnchecked => {
            let b = shift_amount(fx, b);
            if signed { fx.bcx.ins().sshr(a, b) } else { fx.bcx.ins().ushr(a, b) }
        }
        BinOp::Cmp => {
            let (lt, gt) = if signed {
                (IntCC::SignedLessThan, IntCC::SignedGreaterThan)
            } else {
                (IntCC::UnsignedLessThan, IntCC::UnsignedGreaterThan)
            };
            let lt = cmp(fx, lt, a, b);
            let gt = cmp(fx, gt, a, b);
            three_way(fx, lt, gt)
        }
        _ => fx.bug(format!("integer operator {op:?}")),
    }
}

/// The wrapped result and whether the exact result did not fit.
pub(crate) fn int_with_overflow(
    fx: &mut FnCx<'_, '_>,
    op: BinOp,
    signed: bool,
    a: Value,
    b: Value,
) -> (Value, Value) {
    let ty = fx.bcx.func.dfg.value_type(a);
    match op {
        BinOp::Add => {
            let res = fx.bcx.ins().iadd(a, b);
            let overflow = if signed {
                // Overflow iff both operands have the sign the result lacks.
                let x = fx.bcx.ins().bxor(res, a);
                let y = fx.bcx.ins().bxor(res, b);
                both_negative(fx, x, y)
            } else {
                cmp(fx, IntCC::UnsignedLessThan, res, a)
            };
            (res, overflow)
        }
        BinOp::Sub => {
            let res = fx.bcx.ins().isub(a, b);
            let overflow = if signed {
                // Overflow iff the operands' signs differ and the result's sign is not `a`'s.
                let x = fx.bcx.ins().bxor(a, b);
                let y = fx.bcx.ins().bxor(a, res);
                both_negative(fx, x, y)
            } else {
                cmp(fx, IntCC::UnsignedLessThan, a, b)
            };
            (res, overflow)
        }
        BinOp::Mul if ty == types::I128 => mul_overflow_i128(fx, signed, a, b),
        BinOp::Mul => {
            let (res, overflow) = if signed {
                fx.bcx.ins().smul_overflow(a, b)
            } else {
                fx.bcx.ins().umul_overflow(a, b)
            };
            (res, overflow)
        }
        _ => fx.bug(format!("overflow check of {op:?}")),
    }
}

/// Whether the sign bit is set in both `x` and `y`.
fn both_negative(fx: &mut FnCx<'_, '_>, x: Value, y: Value) -> Value {
    let both = fx.bcx.ins().band(x, y);
    let ty = fx.bcx.func.dfg.value_type(both);
    let zero = fx.iconst(ty, 0);
    cmp(fx, IntCC::SignedLessThan, both, zero)
}

/// 128-bit multiplication with overflow detection through compiler-builtins.
fn mul_overflow_i128(fx: &mut FnCx<'_, '_>, signed: bool, a: Value, b: Value) -> (Value, Value) {
    if signed {
        // `__muloti4(a, b, &mut overflow) -> a * b`
        let slot = fx.bcx.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
            cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
            4,
            2,
        ));
        let flag_addr = fx.bcx.ins().stack_addr(fx.ptr_ty, slot, 0);
        let res = call_builtin(fx, "__muloti4", &[a, b, flag_addr], types::I128);
        let flag = fx.bcx.ins().stack_load(fx.ptr_ty, types::I32, slot, 0);
        let overflow = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, flag, 0);
        return (res, overflow);
    }
    // Unsigned: split into 64-bit halves; the product fits iff the cross terms stay in range.
    let (a_lo, a_hi) = fx.bcx.ins().isplit(a);
    let (b_lo, b_hi) = fx.bcx.ins().isplit(b);
    let res = fx.bcx.ins().imul(a, b);
    let a_hi_nz = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, a_hi, 0);
    let b_hi_nz = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, b_hi, 0);
    let both_hi = fx.bcx.ins().band(a_hi_nz, b_hi_nz);
    let (_, o1) = fx.bcx.ins().umul_overflow(a_hi, b_lo);
    let (_, o2) = fx.bcx.ins().umul_overflow(a_lo, b_hi);
    let cross1 = fx.bcx.ins().imul(a_hi, b_lo);
    let cross2 = fx.bcx.ins().imul(a_lo, b_hi);
    let (cross, o3) = fx.bcx.ins().uadd_overflow(cross1, cross2);
    let lo_hi = fx.bcx.ins().umulhi(a_lo, b_lo);
    let (_, o4) = fx.bcx.ins().uadd_overflow(lo_hi, cross);
    let any = fx.bcx.ins().bor(both_hi, o1);
    let any = fx.bcx.ins().bor(any, o2);
    let any = fx.bcx.ins().bor(any, o3);
    let overflow = fx.bcx.ins().bor(any, o4);
    (res, overflow)
}

/// Calls a compiler-builtins or libm function by its C symbol.
pub(crate) fn call_builtin(
    fx: &mut FnCx<'_, '_>,
    name: &str,
    args: &[Value],
    ret: types::Type,
) -> Value {
    let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
    for &arg in args {
        sig.params.push(AbiParam::new(fx.bcx.func.dfg.value_type(arg)));
    }
    sig.returns.push(AbiParam::new(ret));
    let inst = match fx.cgu.module.declare_function(name, Linkage::Import, &sig) {
        Ok(id) => {
            let r = fx.func_ref(id);
            fx.bcx.ins().call(r, args)
        }
        // The CGU defines the builtin itself (compiler-builtins does) with its Rust signature,
        // which may differ (its comparisons return a word where we read an `i32`): call it as
        // the C function it is.
        Err(_) => match fx.cgu.module.get_name(name) {
            Some(cranelift_module::FuncOrDataId::Func(id)) => {
                let addr = fx.func_addr(id);
                let sig_ref = fx.bcx.import_signature(sig);
                fx.bcx.ins().call_indirect(sig_ref, addr, args)
            }
            _ => fx.bug(format!("cannot declare the runtime function `{name}`")),
        },
    };
    fx.bcx.inst_results(inst)[0]
}

fn float_binop(fx: &mut FnCx<'_, '_>, op: BinOp, a: Value, b: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    if crate::soft_float::is_soft(ty) {
        if op == BinOp::Cmp {
            let lt = crate::soft_float::binop(fx, BinOp::Lt, a, b);
            let gt = crate::soft_float::binop(fx, BinOp::Gt, a, b);
            return three_way(fx, lt, gt);
        }
        return crate::soft_float::binop(fx, op, a, b);
    }
    let cc = match op {
        BinOp::Eq => Some(FloatCC::Equal),
        BinOp::Ne => Some(FloatCC::NotEqual),
        BinOp::Lt => Some(FloatCC::LessThan),
        BinOp::Le => Some(FloatCC::LessThanOrEqual),
        BinOp::Gt => Some(FloatCC::GreaterThan),
        BinOp::Ge => Some(FloatCC::GreaterThanOrEqual),
        _ => None,
    };
    if let Some(cc) = cc {
        return fx.bcx.ins().fcmp(cc, a, b);
    }
    match op {
        BinOp::Add => fx.bcx.ins().fadd(a, b),
        BinOp::Sub => fx.bcx.ins().fsub(a, b),
        BinOp::Mul => fx.bcx.ins().fmul(a, b),
        BinOp::Div => fx.bcx.ins().fdiv(a, b),
        BinOp::Rem => {
            let name = if ty == types::F32 { "fmodf" } else { "fmod" };
            call_builtin(fx, name, &[a, b], ty)
        }
        BinOp::Cmp => {
            let lt = fx.bcx.ins().fcmp(FloatCC::LessThan, a, b);
            let gt = fx.bcx.ins().fcmp(FloatCC::GreaterThan, a, b);
            three_way(fx, lt, gt)
        }
        _ => fx.bug(format!("float operator {op:?}")),
    }
}

fn ptr_binop<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    op: BinOp,
    lhs: CgVal<'tcx>,
    rhs: CgVal<'tcx>,
    out: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    if op == BinOp::Offset {
        let pointee =
            lhs.layout.ty.builtin_deref(true).unwrap_or_else(|| fx.bug("offset of non-pointer"));
        let size = fx.layout_of(pointee).size.bytes();
        let ptr = lhs.load_scalar(fx);
        let count = rhs.load_scalar(fx);
        let bytes = fx.scale(count, size);
        return CgVal::by_val(fx.bcx.ins().iadd(ptr, bytes), out);
    }
    let is_fat = crate::layout::is_pair(lhs.layout.backend_repr);
    if !is_fat {
        let a = lhs.load_scalar(fx);
        let b = rhs.load_scalar(fx);
        return CgVal::by_val(int_binop(fx, op, false, a, b), out);
    }
    let (a0, a1) = lhs.load_pair(fx);
    let (b0, b1) = rhs.load_pair(fx);
    let res = match op {
        BinOp::Eq | BinOp::Ne => {
            let e0 = cmp(fx, IntCC::Equal, a0, b0);
            let e1 = cmp(fx, IntCC::Equal, a1, b1);
            let eq = fx.bcx.ins().band(e0, e1);
            if op == BinOp::Eq { eq } else { fx.bcx.ins().bxor_imm_s(eq, 1) }
        }
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            // Lexicographic: address first, then metadata.
            let Some(strict) = int_cc(op, false) else { fx.bug("pointer comparison") };
            let strict_cc = match strict {
                IntCC::UnsignedLessThanOrEqual => IntCC::UnsignedLessThan,
                IntCC::UnsignedGreaterThanOrEqual => IntCC::UnsignedGreaterThan,
                cc => cc,
            };
            let first = cmp(fx, strict_cc, a0, b0);
            let eq0 = cmp(fx, IntCC::Equal, a0, b0);
            let second = cmp(fx, strict, a1, b1);
            let tie = fx.bcx.ins().band(eq0, second);
            fx.bcx.ins().bor(first, tie)
        }
        _ => fx.bug(format!("operator {op:?} on wide pointers")),
    };
    CgVal::by_val(res, out)
}

pub(crate) fn unop<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    op: UnOp,
    val: CgVal<'tcx>,
    out: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    match op {
        UnOp::Not => {
            let v = val.load_scalar(fx);
            let res = if val.layout.ty.is_bool() {
                fx.bcx.ins().bxor_imm_s(v, 1)
            } else {
                fx.bcx.ins().bnot(v)
            };
            CgVal::by_val(res, out)
        }
        UnOp::Neg => {
            let v = val.load_scalar(fx);
            let ty = fx.bcx.func.dfg.value_type(v);
            let res = if crate::soft_float::is_soft(ty) {
                crate::soft_float::sign_op(fx, v, None, false)
            } else if val.layout.ty.is_floating_point() {
                fx.bcx.ins().fneg(v)
            } else {
                fx.bcx.ins().ineg(v)
            };
            CgVal::by_val(res, out)
        }
        UnOp::PtrMetadata => {
            if out.is_zst() {
                CgVal::zst(fx, out)
            } else {
                let (_, meta) = val.load_pair(fx);
                CgVal::by_val(meta, out)
            }
        }
    }
}
