//! The type checks rustc's own codegen makes on `simd_*` instances. Generic code can
//! instantiate these intrinsics with any types, and rustc leaves the checks to codegen: an
//! instance LLVM's backend rejects with E0511 must not compile under ours either (it would
//! read past a vector or reach an internal error).

use rustc_middle::ty::{self, Instance, Ty};

use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::CgVal;

/// Operations defined on integer lanes only.
const INTEGER_ONLY: &[&str] = &[
    "shl",
    "shr",
    "and",
    "or",
    "xor",
    "saturating_add",
    "saturating_sub",
    "funnel_shl",
    "funnel_shr",
    "bitreverse",
    "bswap",
    "ctlz",
    "cttz",
    "ctpop",
    "carryless_mul",
    "reduce_and",
    "reduce_or",
    "reduce_xor",
];

/// Operations defined on float lanes only.
const FLOAT_ONLY: &[&str] = &[
    "fsqrt",
    "fsin",
    "fcos",
    "fexp",
    "fexp2",
    "flog",
    "flog2",
    "flog10",
    "fabs",
    "fma",
    "relaxed_fma",
    "floor",
    "ceil",
    "round",
    "round_ties_even",
    "trunc",
    "minimum_number_nsz",
    "maximum_number_nsz",
];

/// Operations whose result is a vector.
const RETURNS_VECTOR: &[&str] = &[
    "shuffle",
    "shuffle_const_generic",
    "cast",
    "as",
    "cast_ptr",
    "expose_provenance",
    "with_exposed_provenance",
    "splat",
    "select",
    "select_bitmask",
    "masked_load",
    "gather",
    "insert",
    "insert_dyn",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
];

pub(super) fn check<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    op: &str,
    instance: Instance<'tcx>,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    let reject = |fx: &FnCx<'_, 'tcx>, why: String| -> ! {
        crate::unsupported::invalid_monomorphization(fx.tcx, fx.span, name, why)
    };
    let vector = match op {
        "splat" => None,
        "select_bitmask" => args.get(1),
        _ => args.first(),
    };
    let Some(vector) = vector.map(|arg| arg.layout.ty) else { return };
    if !vector.is_simd() {
        reject(fx, format!("expected SIMD input type, found non-SIMD `{vector}`"));
    }
    let ret = dest.layout.ty;
    if RETURNS_VECTOR.contains(&op) && !ret.is_simd() {
        reject(fx, format!("expected SIMD return type, found non-SIMD `{ret}`"));
    }
    let (lanes, elem) = vector.simd_size_and_type(fx.tcx);
    let ret_lanes = || ret.simd_size_and_type(fx.tcx);
    if INTEGER_ONLY.contains(&op) && !elem.is_integral() {
        reject(fx, format!("unsupported operation on `{vector}` with element `{elem}`"));
    }
    if FLOAT_ONLY.contains(&op) && !elem.is_floating_point() {
        reject(fx, format!("expected basic float type, found `{vector}`"));
    }
    // The intrinsic is defined for integer lanes only (core_simd folds float lanes with
    // `max`/`min`), and rustc's LLVM backend rejects float lanes.
    if matches!(op, "reduce_min" | "reduce_max") && elem.is_floating_point() {
        reject(fx, format!("unsupported {name} from `{vector}` with element `{elem}` to `{ret}`"));
    }
    match op {
        "eq"
        | "ne"
        | "lt"
        | "le"
        | "gt"
        | "ge"
        | "cast"
        | "as"
        | "cast_ptr"
        | "expose_provenance"
        | "with_exposed_provenance" => {
            let (n, ret_elem) = ret_lanes();
            if n != lanes {
                reject(fx, format!("expected return type with length {lanes}, found `{ret}`"));
            }
            let compare = matches!(op, "eq" | "ne" | "lt" | "le" | "gt" | "ge");
            if compare && !ret_elem.is_integral() {
                reject(fx, format!("expected return type with integer elements, found `{ret}`"));
            }
        }
        "select" => {
            let (n, _) = ret_lanes();
            if n != lanes || !elem.is_integral() {
                reject(fx, format!("mask `{vector}` does not fit values of type `{ret}`"));
            }
        }
        "shuffle" | "shuffle_const_generic" => {
            let (_, ret_elem) = ret_lanes();
            if ret_elem != elem {
                reject(fx, format!("expected return element type `{elem}`, found `{ret}`"));
            }
        }
        "bitmask" => check_mask_type(fx, name, lanes, ret),
        "select_bitmask" => check_mask_type(fx, name, lanes, args[0].layout.ty),
        "extract" | "extract_dyn" if ret != elem => {
            reject(fx, format!("expected return type `{elem}` (element of input `{vector}`)"))
        }
        "insert" | "insert_dyn" if args.get(2).is_some_and(|v| v.layout.ty != elem) => {
            reject(fx, format!("expected inserted type `{elem}` (element of input `{vector}`)"))
        }
        "reduce_add_ordered"
        | "reduce_add_unordered"
        | "reduce_mul_ordered"
        | "reduce_mul_unordered"
        | "reduce_min"
        | "reduce_max"
        | "reduce_and"
        | "reduce_or"
        | "reduce_xor"
            if ret != elem =>
        {
            reject(fx, format!("expected return type `{elem}` (element of input `{vector}`)"))
        }
        _ => {}
    }
    if op == "shuffle_const_generic"
        && let Some(indices) = instance.args.get(2).and_then(|arg| arg.as_const())
        && let Some((i, _)) = indices
            .to_branch()
            .iter()
            .map(|index| u64::from(index.to_leaf().to_u32()))
            .enumerate()
            .find(|&(_, index)| index >= 2 * lanes)
    {
        reject(fx, format!("SIMD index #{i} is out of bounds (limit {})", 2 * lanes));
    }
    // The non-`_dyn` forms take a constant lane index, which must be in range.
    if matches!(op, "extract" | "insert")
        && let Some(index) = args.get(1).and_then(|arg| super::constant_int(fx, *arg))
        && index as u64 >= lanes
    {
        reject(fx, format!("SIMD index #{index} is out of bounds (limit {lanes})"));
    }
}

/// A bitmask of `lanes` lanes is an unsigned integer of at least 8 bits, the lane count rounded
/// up to a power of two, or an array of that many bits in bytes.
fn check_mask_type<'tcx>(fx: &FnCx<'_, 'tcx>, name: &str, lanes: u64, ty: Ty<'tcx>) {
    let bits = lanes.next_power_of_two().max(8);
    let fits = match ty.kind() {
        ty::Uint(uint) => {
            uint.bit_width().unwrap_or(fx.tcx.data_layout.pointer_size().bits()) == bits
        }
        ty::Array(elem, len) => {
            *elem == fx.tcx.types.u8 && len.try_to_target_usize(fx.tcx) == Some(lanes.div_ceil(8))
        }
        _ => false,
    };
    if !fits {
        let why = format!(
            "cannot use `{ty}` as a bitmask of {lanes} lanes, expected `u{bits}` or `[u8; {}]`",
            lanes.div_ceil(8)
        );
        crate::unsupported::invalid_monomorphization(fx.tcx, fx.span, name, why);
    }
}
