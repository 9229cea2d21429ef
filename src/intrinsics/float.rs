//! Float intrinsics: native Cranelift instructions where they exist, libm calls otherwise.

use cranelift_codegen::ir::{InstBuilder, types};
use rustc_span::Symbol;

use crate::base::FnCx;
use crate::num::call_builtin;
use crate::place::CgPlace;
use crate::value::CgVal;

/// Lowers `name` if it is a float intrinsic; returns whether it was one.
pub(super) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: Symbol,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) -> bool {
    let name = name.as_str();
    let (base, ty) = if let Some(base) = name.strip_suffix("f32") {
        (base, types::F32)
    } else if let Some(base) = name.strip_suffix("f64") {
        (base, types::F64)
    } else {
        return false;
    };
    let base = base.strip_suffix('_').unwrap_or(base);
    let f32 = ty == types::F32;
    let vals: Vec<_> = args.iter().map(|a| a.load_scalar(fx)).collect();
    let libm = |double: &'static str, single: &'static str| if f32 { single } else { double };
    let res = match base {
        "sqrt" => fx.bcx.ins().sqrt(vals[0]),
        "floor" => fx.bcx.ins().floor(vals[0]),
        "ceil" => fx.bcx.ins().ceil(vals[0]),
        "trunc" => fx.bcx.ins().trunc(vals[0]),
        "fabs" => fx.bcx.ins().fabs(vals[0]),
        "copysign" => fx.bcx.ins().fcopysign(vals[0], vals[1]),
        "round_ties_even" => fx.bcx.ins().nearest(vals[0]),
        "fadd_fast" | "fadd_algebraic" => fx.bcx.ins().fadd(vals[0], vals[1]),
        "fsub_fast" | "fsub_algebraic" => fx.bcx.ins().fsub(vals[0], vals[1]),
        "fmul_fast" | "fmul_algebraic" => fx.bcx.ins().fmul(vals[0], vals[1]),
        "fdiv_fast" | "fdiv_algebraic" => fx.bcx.ins().fdiv(vals[0], vals[1]),
        "fma" | "fmuladd" => call_builtin(fx, libm("fma", "fmaf"), &vals, ty),
        "round" => call_builtin(fx, libm("round", "roundf"), &vals, ty),
        "minnum" => call_builtin(fx, libm("fmin", "fminf"), &vals, ty),
        "maxnum" => call_builtin(fx, libm("fmax", "fmaxf"), &vals, ty),
        "powi" => call_builtin(fx, libm("__powidf2", "__powisf2"), &vals, ty),
        "pow" => call_builtin(fx, libm("pow", "powf"), &vals, ty),
        "exp" => call_builtin(fx, libm("exp", "expf"), &vals, ty),
        "exp2" => call_builtin(fx, libm("exp2", "exp2f"), &vals, ty),
        "log" => call_builtin(fx, libm("log", "logf"), &vals, ty),
        "log2" => call_builtin(fx, libm("log2", "log2f"), &vals, ty),
        "log10" => call_builtin(fx, libm("log10", "log10f"), &vals, ty),
        "sin" => call_builtin(fx, libm("sin", "sinf"), &vals, ty),
        "cos" => call_builtin(fx, libm("cos", "cosf"), &vals, ty),
        "frem_fast" | "frem_algebraic" => call_builtin(fx, libm("fmod", "fmodf"), &vals, ty),
        _ => return false,
    };
    dest.write(fx, CgVal::by_val(res, dest.layout));
    true
}
