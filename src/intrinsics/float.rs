//! Float intrinsics: native Cranelift instructions where they exist, libm calls otherwise.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};
use rustc_middle::mir::BinOp;
use rustc_span::Symbol;
use rustc_target::spec::Arch;

use crate::base::FnCx;
use crate::num::call_builtin;
use crate::place::CgPlace;
use crate::value::CgVal;

/// Float intrinsics generic over the float type instead of named after it.
const GENERIC: &[&str] = &[
    "fabs",
    "fadd_fast",
    "fsub_fast",
    "fmul_fast",
    "fdiv_fast",
    "frem_fast",
    "fadd_algebraic",
    "fsub_algebraic",
    "fmul_algebraic",
    "fdiv_algebraic",
    "frem_algebraic",
];

/// Lowers `name` if it is a float intrinsic; returns whether it was one. Most are named by
/// their type (`sqrtf64`); a few are generic over it (`fabs::<f64>`).
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
    } else if let Some(base) = name.strip_suffix("f16") {
        (base, types::F16)
    } else if let Some(base) = name.strip_suffix("f128") {
        (base, types::F128)
    } else if GENERIC.contains(&name) && dest.layout.ty.is_floating_point() {
        match dest.layout.size.bytes() {
            2 => (name, types::F16),
            4 => (name, types::F32),
            8 => (name, types::F64),
            _ => (name, types::F128),
        }
    } else {
        return false;
    };
    let mut base = base.strip_suffix('_').unwrap_or(base);
    if base == "fmuladd" {
        if !fuses_mul_add(fx) {
            let product = crate::num::binop(fx, BinOp::Mul, args[0], args[1], dest.layout);
            let sum = crate::num::binop(fx, BinOp::Add, product, args[2], dest.layout);
            dest.write(fx, sum);
            return true;
        }
        base = "fma";
    }
    // LLVM's lowering of these two is `core`'s fallback body for f64 and f128, whose NaN
    // comes from an addition.
    if matches!(base, "minimum" | "maximum") && (ty == types::F64 || ty == types::F128) {
        return false;
    }
    if crate::soft_float::is_soft(ty) {
        return lower_soft(fx, base, ty, args, dest);
    }
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
        // Without SSE4.1 LLVM calls `rint`, which keeps a signaling NaN; Cranelift would call
        // `nearbyint`, which quiets it.
        "round_ties_even" if !crate::isa::rounds_natively(fx.tcx.sess) => {
            call_builtin(fx, libm("rint", "rintf"), &vals, ty)
        }
        "round_ties_even" => fx.bcx.ins().nearest(vals[0]),
        "fadd_fast" | "fadd_algebraic" => fx.bcx.ins().fadd(vals[0], vals[1]),
        "fsub_fast" | "fsub_algebraic" => fx.bcx.ins().fsub(vals[0], vals[1]),
        "fmul_fast" | "fmul_algebraic" => fx.bcx.ins().fmul(vals[0], vals[1]),
        "fdiv_fast" | "fdiv_algebraic" => fx.bcx.ins().fdiv(vals[0], vals[1]),
        "fma" => call_builtin(fx, libm("fma", "fmaf"), &vals, ty),
        "round" => call_builtin(fx, libm("round", "roundf"), &vals, ty),
        "minimum" => min_max_ieee(fx, false, vals[0], vals[1]),
        "maximum" => min_max_ieee(fx, true, vals[0], vals[1]),
        "minimum_number_nsz" => min_max_number(fx, false, vals[0], vals[1]),
        "maximum_number_nsz" => min_max_number(fx, true, vals[0], vals[1]),
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

/// `f32::maximum`/`minimum` (IEEE 754-2019 maximum/minimum: NaN-propagating, -0.0 below 0.0)
/// bit for bit as LLVM lowers them. AArch64's `fmax`/`fmin`, Cranelift's lowering there, are
/// LLVM's too; x86_64 has no such instruction.
fn min_max_ieee(fx: &mut FnCx<'_, '_>, max: bool, a: Value, b: Value) -> Value {
    if fx.tcx.sess.target.arch != Arch::X86_64 {
        return if max { fx.bcx.ins().fmax(a, b) } else { fx.bcx.ins().fmin(a, b) };
    }
    // `maxss`/`minss` (the first operand if it is greater, resp. less, else the second) with
    // the operands ordered by `a`'s sign so that the zero the result must be comes second, and
    // a NaN first operand kept.
    let ty = fx.bcx.func.dfg.value_type(a);
    let a_bits = fx.bcx.ins().bitcast(ty.as_int(), MemFlagsData::new(), a);
    let a_negative = fx.bcx.ins().icmp_imm_s(IntCC::SignedLessThan, a_bits, 0);
    let (a_first, b_first) = if max { (a, b) } else { (b, a) };
    let first = fx.bcx.ins().select(a_negative, a_first, b_first);
    let second = fx.bcx.ins().select(a_negative, b_first, a_first);
    let cc = if max { FloatCC::GreaterThan } else { FloatCC::LessThan };
    let pick_first = fx.bcx.ins().fcmp(cc, first, second);
    let first_nan = fx.bcx.ins().fcmp(FloatCC::Unordered, first, first);
    let pick_first = fx.bcx.ins().bor(pick_first, first_nan);
    fx.bcx.ins().select(pick_first, first, second)
}

/// `f32::max`/`min` (IEEE minimumNumber/maximumNumber, either of equal operands allowed) bit
/// for bit as LLVM lowers them; glibc's fmin/fmax differ in both the zeros and the NaNs.
fn min_max_number(fx: &mut FnCx<'_, '_>, max: bool, a: Value, b: Value) -> Value {
    let a_nan = fx.bcx.ins().fcmp(FloatCC::Unordered, a, a);
    if fx.tcx.sess.target.arch == Arch::X86_64 {
        // `maxss`/`minss`, which give `b` unless `a` is greater (resp. less), then `a` for a
        // NaN result: `b` of equal zeros, `a` of two NaNs.
        let cc = if max { FloatCC::GreaterThan } else { FloatCC::LessThan };
        let pick_a = fx.bcx.ins().fcmp(cc, a, b);
        let picked = fx.bcx.ins().select(pick_a, a, b);
        let nan = fx.bcx.ins().fcmp(FloatCC::Unordered, picked, picked);
        return fx.bcx.ins().select(nan, a, picked);
    }
    // AArch64's `fmaxnm`/`fminnm` after quieting both operands: -0.0 below 0.0, a NaN loses
    // to a number, of two NaNs `a`, quieted.
    let b_nan = fx.bcx.ins().fcmp(FloatCC::Unordered, b, b);
    let ordered = if max { fx.bcx.ins().fmax(a, b) } else { fx.bcx.ins().fmin(a, b) };
    let number = fx.bcx.ins().select(a_nan, b, ordered);
    let ty = fx.bcx.func.dfg.value_type(a);
    let int = ty.as_int();
    let a_bits = fx.bcx.ins().bitcast(int, MemFlagsData::new(), a);
    let quiet_bit = 1i64 << (if ty == types::F32 { 22 } else { 51 });
    let quieted = fx.bcx.ins().bor_imm_u(a_bits, quiet_bit);
    let quieted = fx.bcx.ins().bitcast(ty, MemFlagsData::new(), quieted);
    let a_quiet = fx.bcx.ins().select(a_nan, quieted, a);
    fx.bcx.ins().select(b_nan, a_quiet, number)
}

/// `f16` computes in `f32` and rounds back; `f128` calls glibc's `*f128` functions. Sign
/// operations work on the bits. Returns false for names we leave to the fallback body.
fn lower_soft<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    base: &str,
    ty: types::Type,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) -> bool {
    use crate::soft_float::{float_to_float, sign_op};
    let vals: Vec<_> = args.iter().map(|a| a.load_scalar(fx)).collect();
    let arith = match base {
        "fadd_fast" | "fadd_algebraic" => Some(BinOp::Add),
        "fsub_fast" | "fsub_algebraic" => Some(BinOp::Sub),
        "fmul_fast" | "fmul_algebraic" => Some(BinOp::Mul),
        "fdiv_fast" | "fdiv_algebraic" => Some(BinOp::Div),
        "frem_fast" | "frem_algebraic" => Some(BinOp::Rem),
        _ => None,
    };
    let res = match base {
        _ if let Some(op) = arith => crate::soft_float::binop(fx, op, vals[0], vals[1]),
        "fabs" => sign_op(fx, vals[0], None, true),
        "copysign" => sign_op(fx, vals[0], Some(vals[1]), false),
        "sqrt" | "floor" | "ceil" | "trunc" | "round" | "round_ties_even" | "fma" | "minimum"
        | "maximum" | "minimum_number_nsz" | "maximum_number_nsz" | "powi" | "pow" | "exp"
        | "exp2" | "log" | "log2" | "log10" | "sin" | "cos" => {
            if ty == types::F16 {
                let f32_name = Symbol::intern(&format!("{base}f32"));
                let wide: Vec<CgVal<'tcx>> = args
                    .iter()
                    .zip(&vals)
                    .map(|(arg, &v)| {
                        if arg.layout.ty.is_floating_point() {
                            let w = float_to_float(fx, v, types::F32);
                            CgVal::by_val(w, fx.layout_of(fx.tcx.types.f32))
                        } else {
                            *arg
                        }
                    })
                    .collect();
                let tmp = CgPlace::new_stack(fx, fx.layout_of(fx.tcx.types.f32));
                if !lower(fx, f32_name, &wide, tmp) {
                    return false;
                }
                let r = tmp.to_val(fx).load_scalar(fx);
                float_to_float(fx, r, types::F16)
            } else if let Some(max) = match base {
                "maximum_number_nsz" => Some(true),
                "minimum_number_nsz" => Some(false),
                _ => None,
            } {
                crate::soft_float::f128_min_max(fx, max, vals[0], vals[1])
            } else {
                let name = match base {
                    "round_ties_even" => "rintf128".to_owned(),
                    "powi" => "__powitf2".to_owned(),
                    other => format!("{other}f128"),
                };
                call_builtin(fx, &name, &vals, ty)
            }
        }
        _ => return false,
    };
    dest.write(fx, CgVal::by_val(res, dest.layout));
    true
}

/// Whether LLVM fuses `fmuladd` (`mul_add` hints, `simd_relaxed_fma`) here: where the target has
/// fused multiply-add, always on AArch64, on x86_64 with the `fma` feature for the crate or the
/// function. Elsewhere it is a multiply and an add, each rounded.
fn fuses_mul_add(fx: &FnCx<'_, '_>) -> bool {
    let fma = Symbol::intern("fma");
    match fx.tcx.sess.target.arch {
        Arch::AArch64 => true,
        Arch::X86_64 => {
            fx.tcx.sess.unstable_target_features.contains(&fma)
                || fx
                    .tcx
                    .codegen_instance_attrs(fx.instance.def)
                    .target_features
                    .iter()
                    .any(|feature| feature.name == fma)
        }
        _ => false,
    }
}
