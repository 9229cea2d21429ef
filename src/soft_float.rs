//! `f16` and `f128`: Cranelift moves them (loads, stores, arguments in xmm registers, bit casts)
//! but has no arithmetic for them on x86_64, so operations go through compiler-builtins, as
//! LLVM does: `f16` computes in `f32` and rounds back; `f128` calls the `*tf*` routines.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, Value, types};
use rustc_middle::mir::BinOp;

use crate::base::FnCx;
use crate::num::call_builtin;

pub(crate) fn is_soft(ty: Type) -> bool {
    ty == types::F16 || ty == types::F128
}

/// Converts between float types, at least one of them `f16` or `f128`.
pub(crate) fn float_to_float(fx: &mut FnCx<'_, '_>, v: Value, to: Type) -> Value {
    let from = fx.bcx.func.dfg.value_type(v);
    let name = match (from, to) {
        (a, b) if a == b => return v,
        (types::F16, types::F32) => "__extendhfsf2",
        (types::F16, types::F64) => "__extendhfdf2",
        (types::F16, types::F128) => "__extendhftf2",
        (types::F32, types::F16) => "__truncsfhf2",
        (types::F64, types::F16) => "__truncdfhf2",
        (types::F128, types::F16) => "__trunctfhf2",
        (types::F32, types::F128) => "__extendsftf2",
        (types::F64, types::F128) => "__extenddftf2",
        (types::F128, types::F32) => "__trunctfsf2",
        (types::F128, types::F64) => "__trunctfdf2",
        _ => fx.bug(format!("float conversion {from} -> {to}")),
    };
    call_builtin(fx, name, &[v], to)
}

/// `+ - * / %` and comparisons.
pub(crate) fn binop(fx: &mut FnCx<'_, '_>, op: BinOp, a: Value, b: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    if ty == types::F16 {
        let x = float_to_float(fx, a, types::F32);
        let y = float_to_float(fx, b, types::F32);
        let layout = fx.layout_of(fx.tcx.types.f32);
        let (x, y) =
            (crate::value::CgVal::by_val(x, layout), crate::value::CgVal::by_val(y, layout));
        let out = match op {
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                fx.layout_of(fx.tcx.types.bool)
            }
            _ => layout,
        };
        let r = crate::num::binop(fx, op, x, y, out).load_scalar(fx);
        return if out.ty.is_bool() { r } else { float_to_float(fx, r, types::F16) };
    }
    let arith = match op {
        BinOp::Add => Some("__addtf3"),
        BinOp::Sub => Some("__subtf3"),
        BinOp::Mul => Some("__multf3"),
        BinOp::Div => Some("__divtf3"),
        BinOp::Rem => Some("fmodf128"),
        _ => None,
    };
    if let Some(name) = arith {
        return call_builtin(fx, name, &[a, b], types::F128);
    }
    // The comparison routines return an int whose sign answers the question, false on NaN.
    let (name, cc) = match op {
        BinOp::Eq => ("__eqtf2", IntCC::Equal),
        BinOp::Ne => ("__netf2", IntCC::NotEqual),
        BinOp::Lt => ("__lttf2", IntCC::SignedLessThan),
        BinOp::Le => ("__letf2", IntCC::SignedLessThanOrEqual),
        BinOp::Gt => ("__gttf2", IntCC::SignedGreaterThan),
        BinOp::Ge => ("__getf2", IntCC::SignedGreaterThanOrEqual),
        _ => fx.unsupported(format!("the operator {op:?} on `f128`")),
    };
    let r = call_builtin(fx, name, &[a, b], types::I32);
    fx.bcx.ins().icmp_imm_s(cc, r, 0)
}

/// The integer type with the float's bits.
fn bits_ty(ty: Type) -> Type {
    if ty == types::F16 { types::I16 } else { types::I128 }
}

fn sign_mask(fx: &mut FnCx<'_, '_>, ty: Type) -> Value {
    let int = bits_ty(ty);
    fx.iconst(int, 1i128 << (int.bits() - 1))
}

/// Flips, clears or copies the sign bit, on the float's bits.
pub(crate) fn sign_op(
    fx: &mut FnCx<'_, '_>,
    v: Value,
    copy_from: Option<Value>,
    clear: bool,
) -> Value {
    let ty = fx.bcx.func.dfg.value_type(v);
    let int = bits_ty(ty);
    let bits = fx.bcx.ins().bitcast(int, MemFlagsData::new(), v);
    let mask = sign_mask(fx, ty);
    let result = match (copy_from, clear) {
        (Some(src), _) => {
            let src = fx.bcx.ins().bitcast(int, MemFlagsData::new(), src);
            let sign = fx.bcx.ins().band(src, mask);
            let magnitude = fx.bcx.ins().band_not(bits, mask);
            fx.bcx.ins().bor(magnitude, sign)
        }
        (None, true) => fx.bcx.ins().band_not(bits, mask),
        (None, false) => fx.bcx.ins().bxor(bits, mask),
    };
    fx.bcx.ins().bitcast(ty, MemFlagsData::new(), result)
}

/// `f128::max`/`min` as LLVM expands them, on x86_64 and AArch64 alike: a NaN operand is
/// first replaced by the other one, then the greater (resp. lesser) is picked, the second of
/// equal ones (`-0.0` and `0.0`); glibc's fmaxf128 orders the zeros instead.
pub(crate) fn f128_min_max(fx: &mut FnCx<'_, '_>, max: bool, a: Value, b: Value) -> Value {
    let abs_mask = fx.iconst(types::I128, i128::MAX);
    let inf_bits = fx.iconst(types::I128, 0x7fff_i128 << 112);
    let is_nan = |fx: &mut FnCx<'_, '_>, bits: Value| {
        let magnitude = fx.bcx.ins().band(bits, abs_mask);
        fx.bcx.ins().icmp(IntCC::UnsignedGreaterThan, magnitude, inf_bits)
    };
    let a_bits = fx.bcx.ins().bitcast(types::I128, MemFlagsData::new(), a);
    let b_bits = fx.bcx.ins().bitcast(types::I128, MemFlagsData::new(), b);
    let a_nan = is_nan(fx, a_bits);
    let b_nan = is_nan(fx, b_bits);
    let x = fx.bcx.ins().select(a_nan, b_bits, a_bits);
    let y = fx.bcx.ins().select(b_nan, x, b_bits);
    let x_float = fx.bcx.ins().bitcast(types::F128, MemFlagsData::new(), x);
    let y_float = fx.bcx.ins().bitcast(types::F128, MemFlagsData::new(), y);
    let pick_x = binop(fx, if max { BinOp::Gt } else { BinOp::Lt }, x_float, y_float);
    let picked = fx.bcx.ins().select(pick_x, x, y);
    fx.bcx.ins().bitcast(types::F128, MemFlagsData::new(), picked)
}

/// Integer to `f16`/`f128`.
pub(crate) fn int_to_float(fx: &mut FnCx<'_, '_>, v: Value, signed: bool, to: Type) -> Value {
    let from = fx.bcx.func.dfg.value_type(v);
    if to == types::F16 {
        // Through f32: exact below 2^24, and anything larger overflows f16 to infinity anyway.
        let wide = if from == types::I128 {
            call_builtin(fx, if signed { "__floattisf" } else { "__floatuntisf" }, &[v], types::F32)
        } else {
            let v = if from.bits() < 32 {
                crate::cast::int_resize(fx, v, types::I32, signed)
            } else {
                v
            };
            if signed {
                fx.bcx.ins().fcvt_from_sint(types::F32, v)
            } else {
                fx.bcx.ins().fcvt_from_uint(types::F32, v)
            }
        };
        return float_to_float(fx, wide, types::F16);
    }
    let (v, name) = match (from.bits(), signed) {
        (0..=32, true) => (crate::cast::int_resize(fx, v, types::I32, true), "__floatsitf"),
        (0..=32, false) => (crate::cast::int_resize(fx, v, types::I32, false), "__floatunsitf"),
        (64, true) => (v, "__floatditf"),
        (64, false) => (v, "__floatunditf"),
        (_, true) => (v, "__floattitf"),
        (_, false) => (v, "__floatuntitf"),
    };
    call_builtin(fx, name, &[v], types::F128)
}

/// `f16`/`f128` to integer, saturating with NaN to zero like `as` (the builtins do this).
pub(crate) fn float_to_int(fx: &mut FnCx<'_, '_>, v: Value, signed: bool, to: Type) -> Value {
    let from = fx.bcx.func.dfg.value_type(v);
    let v = if from == types::F16 { float_to_float(fx, v, types::F32) } else { v };
    if from == types::F16 {
        // Every f16 fits in f32 exactly; the f32 conversion saturates the same way.
        return crate::cast::float_to_int(fx, v, to, signed);
    }
    let (name, wide) = match (to.bits(), signed) {
        (0..=32, true) => ("__fixtfsi", types::I32),
        (0..=32, false) => ("__fixunstfsi", types::I32),
        (64, true) => ("__fixtfdi", types::I64),
        (64, false) => ("__fixunstfdi", types::I64),
        (_, true) => ("__fixtfti", types::I128),
        (_, false) => ("__fixunstfti", types::I128),
    };
    let r = call_builtin(fx, name, &[v], wide);
    if to.bits() >= 32 {
        return r;
    }
    crate::cast::clamp_i32_to(fx, r, to, signed)
}
