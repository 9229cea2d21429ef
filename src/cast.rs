//! `as` casts, pointer coercions and transmutes.

use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_middle::mir::CastKind;
use rustc_middle::ty::adjustment::PointerCoercion;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Instance};

use crate::base::FnCx;
use crate::layout::{RegRepr, reg_repr};
use crate::value::CgVal;

pub(crate) fn cast<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    kind: CastKind,
    val: CgVal<'tcx>,
    to: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    match kind {
        CastKind::IntToInt => {
            let v = val.load_scalar(fx);
            let to_ty = scalar_clif_ty(fx, to);
            let signed = val.layout.ty.is_signed();
            CgVal::by_val(int_resize(fx, v, to_ty, signed), to)
        }
        CastKind::IntToFloat => {
            let v = val.load_scalar(fx);
            let to_ty = scalar_clif_ty(fx, to);
            let signed = val.layout.ty.is_signed();
            let from_ty = fx.bcx.func.dfg.value_type(v);
            if crate::soft_float::is_soft(to_ty) {
                return CgVal::by_val(crate::soft_float::int_to_float(fx, v, signed, to_ty), to);
            }
            if from_ty == types::I128 {
                let name = match (signed, to_ty) {
                    (true, types::F32) => "__floattisf",
                    (true, _) => "__floattidf",
                    (false, types::F32) => "__floatuntisf",
                    (false, _) => "__floatuntidf",
                };
                let res = crate::num::call_builtin(fx, name, &[v], to_ty);
                return CgVal::by_val(res, to);
            }
            let v = if from_ty.bits() < 32 { int_resize(fx, v, types::I32, signed) } else { v };
            let res = if signed {
                fx.bcx.ins().fcvt_from_sint(to_ty, v)
            } else {
                fx.bcx.ins().fcvt_from_uint(to_ty, v)
            };
            CgVal::by_val(res, to)
        }
        CastKind::FloatToInt => {
            let v = val.load_scalar(fx);
            let to_ty = scalar_clif_ty(fx, to);
            let signed = to.ty.is_signed();
            let res = if crate::soft_float::is_soft(fx.bcx.func.dfg.value_type(v)) {
                crate::soft_float::float_to_int(fx, v, signed, to_ty)
            } else {
                float_to_int(fx, v, to_ty, signed)
            };
            CgVal::by_val(res, to)
        }
        CastKind::FloatToFloat => {
            let v = val.load_scalar(fx);
            let from_ty = fx.bcx.func.dfg.value_type(v);
            let to_ty = scalar_clif_ty(fx, to);
            let res = match (from_ty, to_ty) {
                (types::F32, types::F64) => fx.bcx.ins().fpromote(to_ty, v),
                (types::F64, types::F32) => fx.bcx.ins().fdemote(to_ty, v),
                _ => crate::soft_float::float_to_float(fx, v, to_ty),
            };
            CgVal::by_val(res, to)
        }
        CastKind::PtrToPtr => ptr_to_ptr(fx, val, to),
        CastKind::FnPtrToPtr => {
            let v = val.load_scalar(fx);
            CgVal::by_val(v, to)
        }
        // Through `usize`: an address truncates to or zero-extends into any integer, and an
        // integer becomes an address as `as usize` would make it (`-1i32` is all ones).
        CastKind::PointerExposeProvenance | CastKind::PointerWithExposedProvenance => {
            let v = val.load_scalar(fx);
            let to_ty = scalar_clif_ty(fx, to);
            let signed =
                kind == CastKind::PointerWithExposedProvenance && val.layout.ty.is_signed();
            CgVal::by_val(int_resize(fx, v, to_ty, signed), to)
        }
        CastKind::Transmute | CastKind::Subtype => val.transmute(fx, to),
        CastKind::PointerCoercion(coercion, _) => pointer_coercion(fx, coercion, val, to),
    }
}

fn scalar_clif_ty(fx: &FnCx<'_, '_>, layout: TyAndLayout<'_>) -> Type {
    match reg_repr(fx.tcx, layout.backend_repr) {
        Some(RegRepr::Scalar(ty)) => ty,
        _ => fx.unsupported(format!("casts to `{}`", layout.ty)),
    }
}

pub(crate) fn int_resize(fx: &mut FnCx<'_, '_>, v: Value, to: Type, signed: bool) -> Value {
    let from = fx.bcx.func.dfg.value_type(v);
    if from == to {
        v
    } else if from.bits() > to.bits() {
        fx.bcx.ins().ireduce(to, v)
    } else if signed {
        fx.bcx.ins().sextend(to, v)
    } else {
        fx.bcx.ins().uextend(to, v)
    }
}

/// Saturating float-to-int conversion, NaN to zero, as Rust's `as` defines it.
pub(crate) fn float_to_int(fx: &mut FnCx<'_, '_>, v: Value, to: Type, signed: bool) -> Value {
    if to == types::I128 {
        return float_to_i128(fx, v, signed);
    }
    if to.bits() >= 32 {
        return if signed {
            fx.bcx.ins().fcvt_to_sint_sat(to, v)
        } else {
            fx.bcx.ins().fcvt_to_uint_sat(to, v)
        };
    }
    // Narrow targets: saturate in 32 bits, then clamp to the target's range.
    let wide = if signed {
        fx.bcx.ins().fcvt_to_sint_sat(types::I32, v)
    } else {
        fx.bcx.ins().fcvt_to_uint_sat(types::I32, v)
    };
    clamp_i32_to(fx, wide, to, signed)
}

/// Saturates a 32-bit integer to the range of the narrower `to` and truncates it.
pub(crate) fn clamp_i32_to(fx: &mut FnCx<'_, '_>, wide: Value, to: Type, signed: bool) -> Value {
    let bits = to.bits();
    let (min, max) = if signed {
        (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
    } else {
        (0, (1i64 << bits) - 1)
    };
    let min = fx.bcx.ins().iconst(types::I32, min);
    let max = fx.bcx.ins().iconst(types::I32, max);
    let clamped = if signed {
        let lo = fx.bcx.ins().smax(wide, min);
        fx.bcx.ins().smin(lo, max)
    } else {
        fx.bcx.ins().umin(wide, max)
    };
    fx.bcx.ins().ireduce(to, clamped)
}

/// Float to 128-bit integer through compiler-builtins, whose conversions saturate and map NaN
/// to zero exactly like `as`.
fn float_to_i128(fx: &mut FnCx<'_, '_>, v: Value, signed: bool) -> Value {
    let f32 = fx.bcx.func.dfg.value_type(v) == types::F32;
    let name = match (signed, f32) {
        (true, true) => "__fixsfti",
        (true, false) => "__fixdfti",
        (false, true) => "__fixunssfti",
        (false, false) => "__fixunsdfti",
    };
    crate::num::call_builtin(fx, name, &[v], types::I128)
}

fn ptr_to_ptr<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    val: CgVal<'tcx>,
    to: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    let from_fat = crate::layout::is_pair(val.layout.backend_repr);
    let to_fat = crate::layout::is_pair(to.backend_repr);
    match (from_fat, to_fat) {
        (false, false) => CgVal::by_val(val.load_scalar(fx), to),
        (true, false) => {
            let (data, _) = val.load_pair(fx);
            CgVal::by_val(data, to)
        }
        (true, true) => {
            let (data, meta) = val.load_pair(fx);
            CgVal::by_val_pair(data, meta, to)
        }
        (false, true) => fx.bug("thin to wide pointer cast"),
    }
}

fn pointer_coercion<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    coercion: PointerCoercion,
    val: CgVal<'tcx>,
    to: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    match coercion {
        PointerCoercion::ReifyFnPointer(_) => {
            let ty::FnDef(def_id, args) = *val.layout.ty.kind() else {
                fx.bug("reifying a non-fn-item")
            };
            let instance = Instance::resolve_for_fn_ptr(
                fx.tcx,
                ty::TypingEnv::fully_monomorphized(),
                def_id,
                args.no_bound_vars().unwrap_or_else(|| fx.bug("late-bound generic args")),
            )
            .unwrap_or_else(|| fx.bug("cannot resolve function for a pointer"));
            CgVal::by_val(fn_addr(fx, instance), to)
        }
        PointerCoercion::ClosureFnPointer(_) => {
            let ty::Closure(def_id, args) = *val.layout.ty.kind() else {
                fx.bug("closure coercion of a non-closure")
            };
            let instance = Instance::resolve_closure(fx.tcx, def_id, args, ty::ClosureKind::FnOnce);
            CgVal::by_val(fn_addr(fx, instance), to)
        }
        PointerCoercion::UnsafeFnPointer
        | PointerCoercion::MutToConstPointer
        | PointerCoercion::ArrayToPointer => {
            let v = val.load_scalar(fx);
            CgVal::by_val(v, to)
        }
        PointerCoercion::Unsize => crate::unsize::coerce(fx, val, to),
    }
}

pub(crate) fn fn_addr<'tcx>(fx: &mut FnCx<'_, 'tcx>, instance: Instance<'tcx>) -> Value {
    let id = crate::abi::declare_instance(fx.cgu, instance, cranelift_module::Linkage::Import);
    fx.func_addr(id)
}
