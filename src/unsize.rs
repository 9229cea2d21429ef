//! Unsizing coercions: `&[T; N]` to `&[T]`, `&T` to `&dyn Trait`, and smart pointers around them.

use cranelift_codegen::ir::{InstBuilder, Value};
use rustc_abi::FieldIdx;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Ty};

use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::CgVal;

/// `val` coerced to the unsized-pointer type of `to`.
pub(crate) fn coerce<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    val: CgVal<'tcx>,
    to: TyAndLayout<'tcx>,
) -> CgVal<'tcx> {
    if let (Some(from_pointee), Some(to_pointee)) = (pointee(val.layout.ty), pointee(to.ty)) {
        let (data, meta) = unsize_ptr(fx, val, from_pointee, to_pointee);
        return CgVal::by_val_pair(data, meta, to);
    }
    match (val.layout.ty.kind(), to.ty.kind()) {
        (ty::Adt(from_def, _), ty::Adt(to_def, _)) if from_def == to_def => {
            // A struct around a pointer (`Box`, `Rc`, `NonNull`, ...): coerce the one field
            // whose type changes and copy the others.
            let dest = CgPlace::new_stack(fx, to);
            for i in 0..to.fields.count() {
                let idx = FieldIdx::from_usize(i);
                let from_field = val.field(fx, idx);
                let to_field = dest.field(fx, idx);
                if from_field.layout.ty == to_field.layout.ty {
                    to_field.write(fx, from_field);
                } else {
                    let coerced = coerce(fx, from_field, to_field.layout);
                    to_field.write(fx, coerced);
                }
            }
            dest.to_val(fx)
        }
        _ => fx.bug(format!("unsizing `{}` to `{}`", val.layout.ty, to.ty)),
    }
}

/// The pointee of a builtin pointer, also through pattern types such as `*const T is !null`.
fn pointee(ty: Ty<'_>) -> Option<Ty<'_>> {
    match ty.kind() {
        ty::Ref(_, pointee, _) | ty::RawPtr(pointee, _) => Some(*pointee),
        ty::Pat(base, _) => pointee(*base),
        _ => None,
    }
}

/// Data pointer and new metadata for a pointer to `from` coerced to a pointer to `to`.
fn unsize_ptr<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    val: CgVal<'tcx>,
    from: Ty<'tcx>,
    to: Ty<'tcx>,
) -> (Value, Value) {
    let (from_tail, to_tail) =
        fx.tcx.struct_lockstep_tails_for_codegen(from, to, ty::TypingEnv::fully_monomorphized());
    match (from_tail.kind(), to_tail.kind()) {
        (ty::Array(_, len), ty::Slice(_)) => {
            let data = val.load_scalar(fx);
            let Some(len) = len.try_to_target_usize(fx.tcx) else {
                fx.bug("array length not known after monomorphization")
            };
            let len = fx.bcx.ins().iconst(fx.ptr_ty, len as i64);
            (data, len)
        }
        (ty::Dynamic(..), ty::Dynamic(..)) => {
            // Upcasting: rustc says where the vtable keeps the supertrait's vtable, if it is
            // not the same one.
            let (data, vtable) = val.load_pair(fx);
            match fx.tcx.supertrait_vtable_slot((from_tail, to_tail)) {
                Some(slot) => {
                    let offset = slot as u64 * fx.tcx.data_layout.pointer_size().bytes();
                    let flags = crate::value::mem_flags();
                    let vtable = fx.bcx.ins().load(fx.ptr_ty, flags, vtable, offset as i32);
                    (data, vtable)
                }
                None => (data, vtable),
            }
        }
        (_, ty::Dynamic(preds, ..)) => {
            let data = val.load_scalar(fx);
            let principal =
                preds.principal().map(|p| fx.tcx.instantiate_bound_regions_with_erased(p));
            let vtable = crate::constant::data_for_vtable(fx, from_tail, principal);
            (data, vtable)
        }
        _ => fx.bug(format!("unsizing `{from}` to `{to}`")),
    }
}
