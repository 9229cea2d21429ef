//! The callee side of the ABI: binding incoming parameters to MIR locals, and returning.

use cranelift_codegen::ir::{Block, InstBuilder, StackSlotData, StackSlotKind, Value};
use rustc_abi::FieldIdx;
use rustc_index::IndexVec;
use rustc_middle::mir::{self, Local};
use rustc_middle::ty;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_session::config::OptLevel;
use rustc_target::callconv::PassMode;

use super::Slot;
use super::pass_mode::{arg_params, from_abi_values, to_abi_values};
use super::varargs::FixedRegisters;
use crate::analyze::LocalStorage;
use crate::base::FnCx;
use crate::debuginfo::VarHome;
use crate::place::CgPlace;
use crate::slot_sharing::{Candidate, SlotSharing};

/// Takes `n` parameters from the entry block's list.
fn take<'a>(params: &mut &'a [Value], n: usize) -> &'a [Value] {
    let (head, tail) = params.split_at(n);
    *params = tail;
    head
}

/// `va_registers`: for a C-variadic function, the argument registers its fixed parameters take
/// (the entry block has parameters for the others after the fixed ones).
pub(crate) fn lower_prologue(
    fx: &mut FnCx<'_, '_>,
    entry: Block,
    va_registers: Option<FixedRegisters>,
) {
    let mut all_params: Vec<Value> = fx.bcx.block_params(entry).to_vec();
    let call_conv = fx.bcx.func.signature.call_conv;
    if let Some(slots) = super::placement::placement(fx.tcx, fx.fn_abi, call_conv) {
        let mut natural = vec![None; super::placement::natural_len(&slots)];
        // A C-variadic function's free argument registers follow the placed parameters.
        let free_registers = all_params.split_off(slots.len().min(all_params.len()));
        for (slot, value) in slots.into_iter().zip(all_params) {
            match slot {
                Slot::Param(index) => natural[index] = Some(value),
                Slot::Packed { first, count, ty } => {
                    for (i, float) in super::placement::unpack(fx, value, count, ty).enumerate() {
                        natural[first + i] = Some(float);
                    }
                }
                Slot::StackPad(_) | Slot::RegPad(_) => {}
            }
        }
        all_params = natural
            .into_iter()
            .map(|value| value.unwrap_or_else(|| fx.bug("a parameter missing from the placement")))
            .chain(free_registers)
            .collect();
    }
    let mut params = &all_params[..];
    let debug_vars = fx.debug_vars_enabled();
    let layouts: IndexVec<Local, TyAndLayout<'_>> =
        fx.mir.local_decls.iter().map(|decl| fx.layout_of(fx.monomorphize(decl.ty))).collect();
    let storage = crate::analyze::local_storage(fx.lcx(), fx.mir, &layouts, debug_vars);
    let fn_abi = fx.fn_abi;

    // The return place: the caller's buffer when returning indirectly.
    let ret_layout = layouts[mir::RETURN_PLACE];
    let (ret_place, ret_home) = match fn_abi.ret.mode {
        PassMode::Indirect { .. } => (CgPlace::at(take(&mut params, 1)[0], ret_layout), None),
        _ => new_local(fx, ret_layout, storage[mir::RETURN_PLACE]),
    };
    fx.locals.push(ret_place);
    fx.local_homes.push(ret_home);

    // A C-variadic function's last MIR argument is the `VaList` of its `...` arguments.
    let va_list = va_registers.zip(fx.mir.args_iter().last());
    let mut abi_args = fn_abi.args.iter();
    for local in fx.mir.args_iter() {
        let layout = layouts[local];
        if let Some((used, last)) = va_list
            && local == last
        {
            let registers = std::mem::take(&mut params);
            let (place, slot) = super::varargs::va_start(fx, registers, used, layout);
            fx.locals.push(place);
            fx.local_homes.push(slot.map(VarHome::Slot));
            continue;
        }
        if Some(local) == fx.mir.spread_arg {
            // "rust-call" shims: the tuple arrives as one ABI argument per field.
            let (place, slot) = CgPlace::new_stack_slot(fx, layout);
            let ty::Tuple(fields) = layout.ty.kind() else {
                fx.bug(format!("spread argument of type `{}`", layout.ty))
            };
            for i in 0..fields.len() {
                let Some(arg) = abi_args.next() else { fx.bug("missing ABI argument") };
                let n = arg_params(fx.tcx, arg).len();
                let val = from_abi_values(fx, take(&mut params, n), arg);
                place.field(fx, FieldIdx::from_usize(i)).write(fx, val);
            }
            fx.locals.push(place);
            fx.local_homes.push(slot.map(VarHome::Slot));
            continue;
        }
        let Some(arg) = abi_args.next() else { fx.bug("missing ABI argument") };
        let n = arg_params(fx.tcx, arg).len();
        let val = from_abi_values(fx, take(&mut params, n), arg);
        let (place, home) = match (&arg.mode, val.kind) {
            // An indirect argument is the callee's own copy: use it in place.
            (PassMode::Indirect { .. }, crate::value::ValKind::Mem(addr, meta)) => {
                let home = debug_vars.then(|| spill_address(fx, addr));
                (CgPlace::at_unsized(addr, meta, layout), home)
            }
            _ => {
                let (place, home) = new_local(fx, layout, storage[local]);
                place.write(fx, val);
                (place, home)
            }
        };
        fx.locals.push(place);
        fx.local_homes.push(home);
    }

    if fx.instance.def.requires_caller_location(fx.tcx) {
        let Some(arg) = abi_args.next() else { fx.bug("missing caller location argument") };
        let n = arg_params(fx.tcx, arg).len();
        fx.caller_location = Some(from_abi_values(fx, take(&mut params, n), arg));
    }

    let mut sharing = plan_slot_sharing(fx, &layouts, &storage);
    for local in fx.mir.vars_and_temps_iter() {
        let layout = layouts[local];
        let (place, home) = match sharing.slot(&mut fx.bcx, local) {
            Some(slot) => {
                let addr = fx.bcx.ins().stack_addr(fx.ptr_ty, slot, 0);
                (CgPlace::at(addr, layout), Some(VarHome::Slot(slot)))
            }
            None => new_local(fx, layout, storage[local]),
        };
        fx.locals.push(place);
        fx.local_homes.push(home);
    }
    fx.slot_sharing = sharing;
    debug_assert_eq!(
        Local::from_usize(fx.locals.len()),
        Local::from_usize(fx.mir.local_decls.len())
    );
}

/// With optimizations, the locals that would get a stack slot of their own share slots where
/// their storage allows (`crate::slot_sharing`); user variables in SSA form keep their homes.
fn plan_slot_sharing<'tcx>(
    fx: &FnCx<'_, 'tcx>,
    layouts: &IndexVec<Local, TyAndLayout<'tcx>>,
    storage: &IndexVec<Local, LocalStorage>,
) -> SlotSharing {
    if fx.tcx.sess.opts.optimize == OptLevel::No {
        return SlotSharing::none(fx.mir);
    }
    let candidates = fx
        .mir
        .vars_and_temps_iter()
        .filter_map(|local| {
            let layout = layouts[local];
            let in_memory = storage[local] == LocalStorage::Memory
                || (storage[local] != LocalStorage::Unused
                    && crate::layout::reg_repr(fx.tcx, layout.backend_repr).is_none());
            let align = layout.align.abi.bytes();
            let size = u32::try_from(layout.size.bytes()).ok()?;
            (in_memory && layout.is_sized() && !layout.is_zst() && align <= 16)
                .then_some(Candidate { local, size, align })
        })
        .collect();
    SlotSharing::plan(fx.mir, candidates)
}

/// A local's place, and where a debugger finds it if it has a fixed home in the frame.
fn new_local<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    layout: rustc_middle::ty::layout::TyAndLayout<'tcx>,
    storage: LocalStorage,
) -> (CgPlace<'tcx>, Option<VarHome>) {
    if storage == LocalStorage::Unused {
        // Nothing reads or writes it: any aligned address stands for it.
        let dangling = fx.bcx.ins().iconst(fx.ptr_ty, layout.align.abi.bytes() as i64);
        return (CgPlace::at(dangling, layout), None);
    }
    let single = storage == LocalStorage::SsaValue;
    if (storage == LocalStorage::Ssa || single)
        && !layout.is_zst()
        && let Some(place) = CgPlace::new_var(fx, layout, None, single)
    {
        return (place, None);
    }
    if storage == LocalStorage::SsaWithHome
        && !layout.is_zst()
        && let Some((place, slot)) = CgPlace::new_var_with_home(fx, layout)
    {
        return (place, Some(VarHome::Slot(slot)));
    }
    let (place, slot) = CgPlace::new_stack_slot(fx, layout);
    let home = match slot {
        Some(slot) => Some(VarHome::Slot(slot)),
        None if layout.is_zst() => Some(VarHome::Zst),
        // Over-aligned: the address is computed at run time; keep it where a debugger finds it.
        None => fx.debug_vars_enabled().then(|| spill_address(fx, place.addr(fx))),
    };
    (place, home)
}

/// Stores `addr` in a stack slot of its own, for a debugger to follow.
fn spill_address(fx: &mut FnCx<'_, '_>, addr: Value) -> VarHome {
    let bytes = fx.ptr_ty.bytes();
    let slot = fx.bcx.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        bytes,
        bytes.trailing_zeros() as u8,
    ));
    fx.bcx.ins().stack_store(fx.ptr_ty, addr, slot, 0);
    VarHome::Indirect(slot)
}

pub(crate) fn lower_return(fx: &mut FnCx<'_, '_>) {
    let ret = &fx.fn_abi.ret;
    let values = match ret.mode {
        PassMode::Ignore | PassMode::Indirect { .. } => vec![],
        _ => {
            let val = fx.locals[mir::RETURN_PLACE].to_val(fx);
            to_abi_values(fx, val, ret, false)
        }
    };
    fx.bcx.ins().return_(&values);
}
