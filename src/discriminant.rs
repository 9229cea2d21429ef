//! Reading and writing enum discriminants under every tag encoding rustc's layout picks.

use cranelift_codegen::ir::InstBuilder;
use cranelift_codegen::ir::condcodes::IntCC;
use rustc_abi::{Primitive, TagEncoding, VariantIdx, Variants};
use rustc_middle::ty::layout::TyAndLayout;

use crate::base::FnCx;
use crate::cast::int_resize;
use crate::layout::{RegRepr, reg_repr};
use crate::place::CgPlace;
use crate::value::CgVal;

fn discr_value_of<'tcx>(
    fx: &FnCx<'_, 'tcx>,
    layout: TyAndLayout<'tcx>,
    variant: VariantIdx,
) -> u128 {
    match layout.ty.discriminant_for_variant(fx.tcx, variant) {
        Some(discr) => discr.val,
        None => variant.as_u32() as u128,
    }
}

/// The discriminant of the enum in `place`, as a value of `out` (the discriminant type).
pub(crate) fn read<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    place: CgPlace<'tcx>,
    out: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    let layout = place.layout;
    let Some(RegRepr::Scalar(out_ty)) = reg_repr(fx.tcx, out.backend_repr) else {
        fx.bug(format!("discriminant type `{}`", out.ty))
    };
    match &layout.variants {
        Variants::Empty => {
            fx.trap_unreachable();
            let dead = fx.bcx.create_block();
            fx.bcx.switch_to_block(dead);
            let v = fx.iconst(out_ty, 0);
            CgVal::by_val(v, out)
        }
        Variants::Single { index } => {
            let value = discr_value_of(fx, layout, *index);
            let v = fx.iconst(out_ty, value as i128);
            CgVal::by_val(v, out)
        }
        Variants::Multiple { tag, tag_encoding, tag_field, .. } => {
            let tag_place = place.field(fx, *tag_field);
            let tag_val = tag_place.to_val(fx).load_scalar(fx);
            let tag_signed = matches!(tag.primitive(), Primitive::Int(_, true));
            match tag_encoding {
                TagEncoding::Direct => {
                    CgVal::by_val(int_resize(fx, tag_val, out_ty, tag_signed), out)
                }
                TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                    let tag_ty = fx.bcx.func.dfg.value_type(tag_val);
                    let start = fx.iconst(tag_ty, *niche_start as i128);
                    let untagged = untagged_variant.as_u32() as i128;
                    if niche_variants.start == niche_variants.last {
                        // One niche value (`Option`-like): a compare, no range arithmetic.
                        let is_niche = fx.bcx.ins().icmp(IntCC::Equal, tag_val, start);
                        let niche = fx.iconst(out_ty, niche_variants.start.as_u32() as i128);
                        let untagged = fx.iconst(out_ty, untagged);
                        let v = fx.bcx.ins().select(is_niche, niche, untagged);
                        return CgVal::by_val(v, out);
                    }
                    let relative = fx.bcx.ins().isub(tag_val, start);
                    let span = niche_variants.last.as_u32() - niche_variants.start.as_u32();
                    let span_v = fx.iconst(tag_ty, span as i128);
                    let is_niche =
                        fx.bcx.ins().icmp(IntCC::UnsignedLessThanOrEqual, relative, span_v);
                    let relative = int_resize(fx, relative, out_ty, false);
                    let first = niche_variants.start.as_u32() as i64;
                    let niche_discr = fx.bcx.ins().iadd_imm_s(relative, first);
                    let untagged = fx.iconst(out_ty, untagged);
                    let v = fx.bcx.ins().select(is_niche, niche_discr, untagged);
                    CgVal::by_val(v, out)
                }
            }
        }
    }
}

/// Makes the enum in `place` have `variant` as its discriminant.
pub(crate) fn write<'tcx>(fx: &mut FnCx<'_, 'tcx>, place: CgPlace<'tcx>, variant: VariantIdx) {
    let layout = place.layout;
    match &layout.variants {
        Variants::Empty | Variants::Single { .. } => {}
        Variants::Multiple { tag_encoding, tag_field, .. } => {
            let value = match tag_encoding {
                TagEncoding::Direct => discr_value_of(fx, layout, variant),
                TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                    if variant == *untagged_variant {
                        return;
                    }
                    let relative = (variant.as_u32() - niche_variants.start.as_u32()) as u128;
                    relative.wrapping_add(*niche_start)
                }
            };
            let tag_place = place.field(fx, *tag_field);
            write_tag(fx, tag_place, value);
        }
    }
}

fn write_tag<'tcx>(fx: &mut FnCx<'_, 'tcx>, tag_place: CgPlace<'tcx>, value: u128) {
    let Some(RegRepr::Scalar(ty)) = reg_repr(fx.tcx, tag_place.layout.backend_repr) else {
        fx.bug(format!("tag of type `{}`", tag_place.layout.ty))
    };
    let v = fx.iconst(ty, value as i128);
    tag_place.write(fx, CgVal::by_val(v, tag_place.layout));
}
