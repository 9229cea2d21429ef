//! Atomic intrinsics. Cranelift's atomic instructions are sequentially consistent, which is at
//! least as strong as every ordering Rust can ask for.

use cranelift_codegen::ir::{AtomicRmwOp, InstBuilder, types};
use rustc_middle::ty::Instance;
use rustc_span::Symbol;

use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

/// Lowers `name` if it is an atomic intrinsic; returns whether it was one.
pub(super) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: Symbol,
    instance: Instance<'tcx>,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) -> bool {
    let name = name.as_str();
    if !name.starts_with("atomic_") {
        return false;
    }
    if name == "atomic_fence" || name == "atomic_singlethreadfence" {
        fx.bcx.ins().fence();
        return true;
    }
    let value_layout = fx.layout_of(instance.args.type_at(0));
    if value_layout.size.bytes() > 8 {
        fx.unsupported(format!("the intrinsic `{name}` on `{}`", value_layout.ty));
    }
    let ptr = args[0].load_scalar(fx);
    let flags = mem_flags();
    match name {
        "atomic_load" => {
            let ty = clif_ty(fx, value_layout);
            let v = fx.bcx.ins().atomic_load(ty, flags, ptr);
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        "atomic_store" => {
            let v = args[1].load_scalar(fx);
            fx.bcx.ins().atomic_store(flags, v, ptr);
        }
        "atomic_cxchg" | "atomic_cxchgweak" => {
            let expected = args[1].load_scalar(fx);
            let new = args[2].load_scalar(fx);
            let old = fx.bcx.ins().atomic_cas(flags, ptr, expected, new);
            let ok =
                fx.bcx.ins().icmp(cranelift_codegen::ir::condcodes::IntCC::Equal, old, expected);
            dest.write(fx, CgVal::by_val_pair(old, ok, dest.layout));
        }
        _ => {
            let op = match name {
                "atomic_xchg" => AtomicRmwOp::Xchg,
                "atomic_xadd" => AtomicRmwOp::Add,
                "atomic_xsub" => AtomicRmwOp::Sub,
                "atomic_and" => AtomicRmwOp::And,
                "atomic_nand" => AtomicRmwOp::Nand,
                "atomic_or" => AtomicRmwOp::Or,
                "atomic_xor" => AtomicRmwOp::Xor,
                "atomic_max" => AtomicRmwOp::Smax,
                "atomic_min" => AtomicRmwOp::Smin,
                "atomic_umax" => AtomicRmwOp::Umax,
                "atomic_umin" => AtomicRmwOp::Umin,
                _ => fx.unsupported(format!("the intrinsic `{name}`")),
            };
            let ty = clif_ty(fx, value_layout);
            let operand = args[1].load_scalar(fx);
            let operand = crate::cast::int_resize(fx, operand, ty, false);
            let old = fx.bcx.ins().atomic_rmw(ty, flags, op, ptr, operand);
            dest.write(fx, CgVal::by_val(old, dest.layout));
        }
    }
    true
}

fn clif_ty(fx: &FnCx<'_, '_>, layout: rustc_middle::ty::layout::TyAndLayout<'_>) -> types::Type {
    match crate::layout::reg_repr(fx.tcx, layout.backend_repr) {
        Some(crate::layout::RegRepr::Scalar(ty)) if ty.is_int() => ty,
        _ => fx.unsupported(format!("atomics on `{}`", layout.ty)),
    }
}
