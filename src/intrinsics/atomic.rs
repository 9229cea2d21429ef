//! Atomic intrinsics. Cranelift's atomic instructions are sequentially consistent, which is at
//! least as strong as every ordering Rust can ask for.
//!
//! Cranelift has 128-bit atomics only on x86_64 with `cmpxchg16b`. aarch64 has them
//! (`AtomicU128`), and rustc's target asks LLVM for "outline atomics": calls to
//! compiler-builtins' `__aarch64_cas16_<ordering>`, a compare-and-swap using CASP or an
//! LDXP/STXP loop. We call the same functions, so code from both backends agrees on how such a
//! location is accessed, and build every other operation as a compare-and-swap loop around
//! them.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AtomicRmwOp, BlockArg, InstBuilder, Value, types};
use rustc_middle::ty::{AtomicOrdering, Instance};
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
    if value_layout.size.bytes() == 16
        && fx.tcx.sess.target.arch == rustc_target::spec::Arch::AArch64
    {
        lower_128(fx, name, instance, args, dest);
        return true;
    }
    if value_layout.size.bytes() > 8
        && !(value_layout.size.bytes() == 16 && crate::isa::has_native_atomics_128(fx.tcx.sess))
    {
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

/// A 128-bit atomic on aarch64, through compiler-builtins' outline compare-and-swap.
fn lower_128<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    instance: Instance<'tcx>,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    // The orderings are the last generic arguments: one, or success and failure.
    let last = instance.args.len() - 1;
    let ordering = |index: usize| {
        instance.args.const_at(index).to_value().to_branch()[0].to_leaf().to_atomic_ordering()
    };
    let ptr = args[0].load_scalar(fx);
    match name {
        "atomic_load" => {
            // Swapping zero for zero leaves memory as it is and returns what it holds.
            let zero = fx.bcx.ins().iconst(types::I64, 0);
            let zero = fx.bcx.ins().iconcat(zero, zero);
            let value = cas_128(fx, ordering(last), ordering(last), ptr, zero, zero);
            dest.write(fx, CgVal::by_val(value, dest.layout));
        }
        "atomic_store" => {
            let value = args[1].load_scalar(fx);
            cas_loop_128(fx, ordering(last), ptr, |_, _| value);
        }
        "atomic_cxchg" | "atomic_cxchgweak" => {
            let expected = args[1].load_scalar(fx);
            let new = args[2].load_scalar(fx);
            let old = cas_128(fx, ordering(last - 1), ordering(last), ptr, expected, new);
            let ok = fx.bcx.ins().icmp(IntCC::Equal, old, expected);
            dest.write(fx, CgVal::by_val_pair(old, ok, dest.layout));
        }
        _ => {
            let operand = args[1].load_scalar(fx);
            let order = ordering(last);
            // A branch, not a `select`: Cranelift's optimizer turns `select` of a comparison's
            // operands into `umin`/`smax`..., which its aarch64 backend cannot lower for i128.
            let choose = |fx: &mut FnCx<'_, '_>, cc, current| {
                let keep = fx.bcx.ins().icmp(cc, current, operand);
                let chosen = fx.bcx.create_block();
                let value = fx.bcx.append_block_param(chosen, types::I128);
                fx.bcx.ins().brif(
                    keep,
                    chosen,
                    &[BlockArg::Value(current)],
                    chosen,
                    &[BlockArg::Value(operand)],
                );
                fx.bcx.switch_to_block(chosen);
                value
            };
            let old = match name {
                "atomic_xchg" => cas_loop_128(fx, order, ptr, |_, _| operand),
                "atomic_xadd" => {
                    cas_loop_128(fx, order, ptr, |fx, current| fx.bcx.ins().iadd(current, operand))
                }
                "atomic_xsub" => {
                    cas_loop_128(fx, order, ptr, |fx, current| fx.bcx.ins().isub(current, operand))
                }
                "atomic_and" => {
                    cas_loop_128(fx, order, ptr, |fx, current| fx.bcx.ins().band(current, operand))
                }
                "atomic_nand" => cas_loop_128(fx, order, ptr, |fx, current| {
                    let and = fx.bcx.ins().band(current, operand);
                    fx.bcx.ins().bnot(and)
                }),
                "atomic_or" => {
                    cas_loop_128(fx, order, ptr, |fx, current| fx.bcx.ins().bor(current, operand))
                }
                "atomic_xor" => {
                    cas_loop_128(fx, order, ptr, |fx, current| fx.bcx.ins().bxor(current, operand))
                }
                "atomic_max" => cas_loop_128(fx, order, ptr, |fx, current| {
                    choose(fx, IntCC::SignedGreaterThan, current)
                }),
                "atomic_min" => cas_loop_128(fx, order, ptr, |fx, current| {
                    choose(fx, IntCC::SignedLessThan, current)
                }),
                "atomic_umax" => cas_loop_128(fx, order, ptr, |fx, current| {
                    choose(fx, IntCC::UnsignedGreaterThan, current)
                }),
                "atomic_umin" => cas_loop_128(fx, order, ptr, |fx, current| {
                    choose(fx, IntCC::UnsignedLessThan, current)
                }),
                _ => fx.unsupported(format!("the intrinsic `{name}` on 128-bit integers")),
            };
            dest.write(fx, CgVal::by_val(old, dest.layout));
        }
    }
}

/// Replaces the value at `ptr` by `update(current)` until no other thread intervened;
/// returns the value it replaced.
fn cas_loop_128(
    fx: &mut FnCx<'_, '_>,
    ordering: AtomicOrdering,
    ptr: Value,
    update: impl FnOnce(&mut FnCx<'_, '_>, Value) -> Value,
) -> Value {
    // A torn first guess only costs one more round: the compare-and-swap checks it.
    let guess = fx.bcx.ins().load(types::I128, mem_flags(), ptr, 0);
    let retry = fx.bcx.create_block();
    let done = fx.bcx.create_block();
    let current = fx.bcx.append_block_param(retry, types::I128);
    let old = fx.bcx.append_block_param(done, types::I128);
    fx.bcx.ins().jump(retry, &[BlockArg::Value(guess)]);

    fx.bcx.switch_to_block(retry);
    let new = update(fx, current);
    let seen = cas_128(fx, ordering, ordering, ptr, current, new);
    let swapped = fx.bcx.ins().icmp(IntCC::Equal, seen, current);
    fx.bcx.ins().brif(swapped, done, &[BlockArg::Value(current)], retry, &[BlockArg::Value(seen)]);

    fx.bcx.switch_to_block(done);
    old
}

/// `__aarch64_cas16_*`: stores `new` if the location holds `expected`; returns what it held.
fn cas_128(
    fx: &mut FnCx<'_, '_>,
    success: AtomicOrdering,
    failure: AtomicOrdering,
    ptr: Value,
    expected: Value,
    new: Value,
) -> Value {
    use AtomicOrdering::*;
    let acquires = |o| matches!(o, Acquire | AcqRel | SeqCst);
    let releases = |o| matches!(o, Release | AcqRel | SeqCst);
    // The helpers come in four strengths; sequential consistency uses the strongest, as LLVM's
    // calls to them do.
    let suffix = match (acquires(success) || acquires(failure), releases(success)) {
        (false, false) => "relax",
        (true, false) => "acq",
        (false, true) => "rel",
        (true, true) => "acq_rel",
    };
    let helper = format!("__aarch64_cas16_{suffix}");
    crate::num::call_builtin(fx, &helper, &[expected, new, ptr], types::I128)
}
