//! The masked SIMD memory intrinsics: `simd_masked_load`/`simd_masked_store` (consecutive lanes
//! from one pointer) and `simd_gather`/`simd_scatter` (a pointer per lane).
//!
//! A lane whose mask is clear may point at memory that must not be touched (the tail of a slice
//! past its end, a null pointer), so every selected lane is its own access behind a branch.

use cranelift_codegen::ir::{InstBuilder, Value};

use super::simd::{Lanes, input, output};
use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

pub(super) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    op: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    match op {
        "masked_load" => {
            let mask = input(fx, args[0]);
            let base = args[1].load_scalar(fx);
            let (tmp, out) = output(fx, dest);
            tmp.write(fx, args[2]);
            for i in 0..out.count {
                let addr = fx.ptr_add(base, (i * out.elem.size.bytes()) as i64);
                load_if(fx, &mask, i, addr, &out);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "gather" => {
            let ptrs = input(fx, args[1]);
            let mask = input(fx, args[2]);
            let (tmp, out) = output(fx, dest);
            tmp.write(fx, args[0]);
            for i in 0..out.count {
                let addr = ptrs.load(fx, i);
                load_if(fx, &mask, i, addr, &out);
            }
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        "masked_store" => {
            let mask = input(fx, args[0]);
            let base = args[1].load_scalar(fx);
            let vals = input(fx, args[2]);
            for i in 0..vals.count {
                let addr = fx.ptr_add(base, (i * vals.elem.size.bytes()) as i64);
                store_if(fx, &mask, i, addr, &vals);
            }
        }
        _ => {
            let vals = input(fx, args[0]);
            let ptrs = input(fx, args[1]);
            let mask = input(fx, args[2]);
            for i in 0..vals.count {
                let addr = ptrs.load(fx, i);
                store_if(fx, &mask, i, addr, &vals);
            }
        }
    }
}

/// Runs `access` in a block entered only when lane `i` of `mask` is set.
fn if_lane_set(
    fx: &mut FnCx<'_, '_>,
    mask: &Lanes<'_>,
    i: u64,
    access: impl FnOnce(&mut FnCx<'_, '_>),
) {
    let set = mask.load(fx, i);
    let then_block = fx.bcx.create_block();
    let next = fx.bcx.create_block();
    fx.bcx.ins().brif(set, then_block, &[], next, &[]);
    fx.bcx.switch_to_block(then_block);
    access(fx);
    fx.bcx.ins().jump(next, &[]);
    fx.bcx.switch_to_block(next);
}

fn load_if(fx: &mut FnCx<'_, '_>, mask: &Lanes<'_>, i: u64, addr: Value, out: &Lanes<'_>) {
    if_lane_set(fx, mask, i, |fx| {
        let v = fx.bcx.ins().load(out.elem_ty, mem_flags(), addr, 0);
        out.store(fx, i, v);
    });
}

fn store_if(fx: &mut FnCx<'_, '_>, mask: &Lanes<'_>, i: u64, addr: Value, vals: &Lanes<'_>) {
    if_lane_set(fx, mask, i, |fx| {
        let v = vals.load(fx, i);
        fx.bcx.ins().store(mem_flags(), v, addr, 0);
    });
}
