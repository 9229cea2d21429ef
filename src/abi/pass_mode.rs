//! One argument or return value: its Cranelift parameters and the conversions between a
//! [`CgVal`] and the registers that carry it, for every `PassMode`.

use cranelift_codegen::ir::{AbiParam, ArgumentPurpose, InstBuilder, Type, Value, types};
use rustc_abi::{BackendRepr, Reg, RegKind, Size};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{Ty, TyCtxt};
use rustc_target::callconv::{ArgAbi, ArgAttributes, ArgExtension, CastTarget, PassMode};

use crate::base::FnCx;
use crate::layout::{RegRepr, reg_repr};
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

fn reg_ty(reg: Reg) -> Option<Type> {
    Some(match (reg.kind, reg.size.bytes()) {
        (RegKind::Integer, 1) => types::I8,
        (RegKind::Integer, 2) => types::I16,
        (RegKind::Integer, 3..=4) => types::I32,
        (RegKind::Integer, 5..=8) => types::I64,
        (RegKind::Integer, 9..=16) => types::I128,
        (RegKind::Float, 2) => types::F16,
        (RegKind::Float, 4) => types::F32,
        (RegKind::Float, 8) => types::F64,
        (RegKind::Float, 16) => types::F128,
        (RegKind::Vector { .. }, 16) => types::I8X16,
        _ => return None,
    })
}

/// A 16-byte SIMD vector (`__m128`, `float32x4_t`...) passed directly: it travels in one vector
/// register, whatever its lanes. Our values keep vectors in memory.
fn is_xmm_vector<T>(layout: rustc_abi::TyAndLayout<'_, T>) -> bool {
    matches!(layout.backend_repr, BackendRepr::SimdVector { .. }) && layout.size.bytes() == 16
}

/// The registers of a cast target with their offsets in the value's memory.
pub(crate) fn cast_pieces(tcx: TyCtxt<'_>, cast: &CastTarget) -> Vec<(Size, Type)> {
    let ty_of = |reg: Reg| {
        reg_ty(reg).unwrap_or_else(|| {
            crate::unsupported::unsupported_here(
                tcx,
                format!("passing values in {reg:?} registers"),
            )
        })
    };
    let mut pieces = Vec::new();
    let mut offset = Size::ZERO;
    for &reg in cast.prefix.iter() {
        pieces.push((offset, ty_of(reg)));
        offset += reg.size;
    }
    if let Some(rest_offset) = cast.rest_offset {
        offset = rest_offset;
    }
    let unit = cast.rest.unit;
    if unit.size.bytes() > 0 {
        let count = cast.rest.total.bytes() / unit.size.bytes();
        let rem = cast.rest.total.bytes() % unit.size.bytes();
        for _ in 0..count {
            pieces.push((offset, ty_of(unit)));
            offset += unit.size;
        }
        if rem > 0 {
            pieces
                .push((offset, ty_of(Reg { kind: RegKind::Integer, size: Size::from_bytes(rem) })));
        }
    }
    pieces
}

fn with_ext(param: AbiParam, attrs: &ArgAttributes) -> AbiParam {
    match attrs.arg_ext {
        ArgExtension::None => param,
        ArgExtension::Zext => param.uext(),
        ArgExtension::Sext => param.sext(),
    }
}

/// The Cranelift parameters carrying one argument (or the return value, unless indirect).
pub(crate) fn arg_params(tcx: TyCtxt<'_>, arg: &ArgAbi<'_, Ty<'_>>) -> Vec<AbiParam> {
    let ptr = crate::layout::pointer_ty(tcx);
    let unsupported_layout = || -> ! {
        crate::unsupported::unsupported_here(
            tcx,
            format!("passing `{}` in registers", arg.layout.ty),
        )
    };
    match &arg.mode {
        PassMode::Ignore => vec![],
        PassMode::Direct(_) if is_xmm_vector(arg.layout) => vec![AbiParam::new(types::I8X16)],
        PassMode::Direct(attrs) => match reg_repr(tcx, arg.layout.backend_repr) {
            Some(RegRepr::Scalar(ty)) => vec![with_ext(AbiParam::new(ty), attrs)],
            _ => unsupported_layout(),
        },
        PassMode::Pair(a_attrs, b_attrs) => match reg_repr(tcx, arg.layout.backend_repr) {
            Some(RegRepr::Pair(a, b)) => {
                vec![with_ext(AbiParam::new(a), a_attrs), with_ext(AbiParam::new(b), b_attrs)]
            }
            _ => unsupported_layout(),
        },
        PassMode::Cast { cast, pad_i32 } => {
            let mut params = Vec::new();
            if *pad_i32 {
                params.push(AbiParam::new(types::I32));
            }
            params.extend(cast_pieces(tcx, cast).into_iter().map(|(_, ty)| AbiParam::new(ty)));
            params
        }
        PassMode::Indirect { meta_attrs: Some(_), .. } => {
            vec![AbiParam::new(ptr), AbiParam::new(ptr)]
        }
        PassMode::Indirect { on_stack: true, .. } => {
            // 16-byte alignment is what `placement` provides.
            let align = super::placement::byval_align(arg).unwrap_or(8);
            if align > 16 {
                crate::unsupported::unsupported_here(
                    tcx,
                    format!(
                        "passing `{}` (aligned to {align} bytes) by value on the stack",
                        arg.layout.ty
                    ),
                );
            }
            vec![AbiParam::special(ptr, ArgumentPurpose::StructArgument(stack_arg_size(tcx, arg)))]
        }
        PassMode::Indirect { .. } => vec![AbiParam::new(ptr)],
    }
}

/// The stack bytes a by-value (`byval`) argument takes: its size in whole 8-byte words, as
/// the SysV ABI lays out the stack and Cranelift requires.
fn stack_arg_size(tcx: TyCtxt<'_>, arg: &ArgAbi<'_, Ty<'_>>) -> u32 {
    u32::try_from(arg.layout.size.bytes().next_multiple_of(8)).unwrap_or_else(|_| {
        crate::unsupported::unsupported_here(
            tcx,
            format!("passing `{}` by value on the stack", arg.layout.ty),
        )
    })
}

/// Caller side: the registers that pass `val` according to `arg`.
pub(crate) fn to_abi_values<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    val: CgVal<'tcx>,
    arg: &ArgAbi<'tcx, Ty<'tcx>>,
    may_pass_in_place: bool,
) -> Vec<Value> {
    match &arg.mode {
        PassMode::Ignore => vec![],
        PassMode::Direct(_) if is_xmm_vector(val.layout) => {
            let (addr, _) = val.force_addr(fx);
            vec![fx.bcx.ins().load(types::I8X16, mem_flags(), addr, 0)]
        }
        PassMode::Direct(_) => vec![val.load_scalar(fx)],
        PassMode::Pair(..) => {
            let (a, b) = val.load_pair(fx);
            vec![a, b]
        }
        PassMode::Cast { cast, pad_i32 } => {
            let pieces = cast_pieces(fx.tcx, cast);
            let addr = cast_slot(fx, val.layout, cast);
            CgPlace::at(addr, val.layout).write(fx, val);
            let mut values = Vec::new();
            if *pad_i32 {
                values.push(fx.bcx.ins().iconst(types::I32, 0));
            }
            for (offset, ty) in pieces {
                values.push(fx.bcx.ins().load(ty, mem_flags(), addr, offset.bytes() as i32));
            }
            values
        }
        PassMode::Indirect { meta_attrs: Some(_), .. } => {
            let (addr, meta) = val.force_addr(fx);
            let Some(meta) = meta else { fx.bug("unsized argument without metadata") };
            vec![addr, meta]
        }
        PassMode::Indirect { on_stack: true, .. } if !arg.layout.size.bytes().is_multiple_of(8) => {
            // The call copies whole words from this address: give it a slot that has them.
            let words = stack_arg_size(fx.tcx, arg) / 8;
            let words = Ty::new_array(fx.tcx, fx.tcx.types.u64, u64::from(words));
            let slot = CgPlace::new_stack(fx, fx.layout_of(words)).addr(fx);
            CgPlace::at(slot, val.layout).write(fx, val);
            vec![slot]
        }
        PassMode::Indirect { .. } => {
            // The callee may write to its argument: hand it a private copy unless the value
            // is being moved out of a place nobody reads again.
            let addr = match val.kind {
                crate::value::ValKind::Mem(addr, None) if may_pass_in_place => addr,
                _ => {
                    let copy = CgPlace::new_stack(fx, val.layout);
                    copy.write(fx, val);
                    copy.addr(fx)
                }
            };
            vec![addr]
        }
    }
}

/// A stack slot big enough for both the value and every register of the cast.
fn cast_slot<'tcx>(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>, cast: &CastTarget) -> Value {
    let size = cast.size(&fx.tcx).max(layout.size);
    let words = Ty::new_array(fx.tcx, fx.tcx.types.u64, size.bytes().div_ceil(8));
    let slot_layout = fx.layout_of(words);
    CgPlace::new_stack(fx, slot_layout).addr(fx)
}

/// Callee side (and call results): rebuilds a value from the registers that carried it.
pub(crate) fn from_abi_values<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    values: &[Value],
    arg: &ArgAbi<'tcx, Ty<'tcx>>,
) -> CgVal<'tcx> {
    let layout = arg.layout;
    match &arg.mode {
        PassMode::Ignore => CgVal::zst(fx, layout),
        PassMode::Direct(_) if is_xmm_vector(layout) => {
            let addr = CgPlace::new_stack(fx, layout).addr(fx);
            fx.bcx.ins().store(mem_flags(), values[0], addr, 0);
            CgVal::by_ref(addr, layout)
        }
        PassMode::Direct(_) => CgVal::by_val(values[0], layout),
        PassMode::Pair(..) => CgVal::by_val_pair(values[0], values[1], layout),
        PassMode::Cast { cast, pad_i32 } => {
            let values = if *pad_i32 { &values[1..] } else { values };
            let addr = cast_slot(fx, layout, cast);
            for ((offset, _), &v) in cast_pieces(fx.tcx, cast).iter().zip(values) {
                fx.bcx.ins().store(mem_flags(), v, addr, offset.bytes() as i32);
            }
            CgVal::by_ref(addr, layout)
        }
        PassMode::Indirect { meta_attrs: Some(_), .. } => {
            CgVal::by_ref_unsized(values[0], values[1], layout)
        }
        PassMode::Indirect { .. } => CgVal::by_ref(values[0], layout),
    }
}
