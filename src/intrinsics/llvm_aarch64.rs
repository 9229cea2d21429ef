//! `llvm.aarch64.*` intrinsics that `core::arch::aarch64` functions call through `link_name`.
//! Most NEON functions are written with the generic `simd_*` intrinsics; what is left here are
//! barriers, hints and the across-vector and pairwise operations, emulated lane by lane. An
//! intrinsic not listed is a compile error naming it, never a trap at run time.

use cranelift_codegen::ir::{InstBuilder, Value};

use super::simd::{input, output};
use crate::base::FnCx;
use crate::layout::{RegRepr, reg_repr};
use crate::place::CgPlace;
use crate::value::CgVal;

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
        return Some(NeonForm::Across { op: LaneOp::parse(base)?, widen: false, signed: false });
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
                acc = crate::cast::int_resize(fx, acc, dest_ty, false);
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
        None => fx.unsupported(format!("the LLVM intrinsic `{name}`")),
    }
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
