//! Values: the result of evaluating a MIR operand, in registers or behind an address.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, Value};
use rustc_abi::{BackendRepr, FieldIdx, Size};
use rustc_middle::ty::layout::TyAndLayout;

use crate::base::FnCx;
use crate::layout::{RegRepr, reg_repr};

#[derive(Clone, Copy, Debug)]
pub(crate) enum ValKind {
    /// The value lives in memory at this address (with metadata if unsized).
    Mem(Value, Option<Value>),
    /// A `Scalar` layout in one register.
    Reg(Value),
    /// A `ScalarPair` layout in two registers.
    RegPair(Value, Value),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct CgVal<'tcx> {
    pub(crate) kind: ValKind,
    pub(crate) layout: TyAndLayout<'tcx>,
}

/// Offset of the second half of a `ScalarPair` layout.
pub(crate) fn pair_b_offset(fx: &FnCx<'_, '_>, layout: TyAndLayout<'_>) -> Size {
    match layout.backend_repr {
        BackendRepr::ScalarPair { b_offset, .. } => b_offset,
        _ => fx.bug(format!("pair offset of non-pair layout {:?}", layout.ty)),
    }
}

pub(crate) fn mem_flags() -> MemFlagsData {
    MemFlagsData::new().with_notrap()
}

impl<'tcx> CgVal<'tcx> {
    pub(crate) fn by_ref(addr: Value, layout: TyAndLayout<'tcx>) -> Self {
        CgVal { kind: ValKind::Mem(addr, None), layout }
    }

    pub(crate) fn by_ref_unsized(addr: Value, meta: Value, layout: TyAndLayout<'tcx>) -> Self {
        CgVal { kind: ValKind::Mem(addr, Some(meta)), layout }
    }

    pub(crate) fn by_val(value: Value, layout: TyAndLayout<'tcx>) -> Self {
        CgVal { kind: ValKind::Reg(value), layout }
    }

    pub(crate) fn by_val_pair(a: Value, b: Value, layout: TyAndLayout<'tcx>) -> Self {
        CgVal { kind: ValKind::RegPair(a, b), layout }
    }

    /// A value of a zero-sized type: no bytes, any aligned address will do.
    pub(crate) fn zst(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>) -> Self {
        let addr = fx.bcx.ins().iconst(fx.ptr_ty, layout.align.abi.bytes() as i64);
        CgVal::by_ref(addr, layout)
    }

    /// A value of all-zero bytes.
    pub(crate) fn zeroed(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>) -> Self {
        let place = crate::place::CgPlace::new_stack(fx, layout);
        if !layout.is_zst() {
            let addr = place.addr(fx);
            let config = fx.cgu.module_config();
            let zero = fx.bcx.ins().iconst(cranelift_codegen::ir::types::I8, 0);
            let size = fx.bcx.ins().iconst(fx.ptr_ty, layout.size.bytes() as i64);
            fx.bcx.call_memset(config, addr, zero, size);
        }
        place.to_val(fx)
    }

    /// The value as one register; the layout must be `Scalar`.
    pub(crate) fn load_scalar(self, fx: &mut FnCx<'_, 'tcx>) -> Value {
        match self.kind {
            ValKind::Reg(v) => v,
            ValKind::Mem(addr, None) => match reg_repr(fx.tcx, self.layout.backend_repr) {
                Some(RegRepr::Scalar(ty)) => fx.bcx.ins().load(ty, mem_flags(), addr, 0),
                _ => fx.bug(format!("load_scalar of non-scalar {:?}", self.layout.ty)),
            },
            _ => fx.bug(format!("load_scalar of {:?} for {:?}", self.kind, self.layout.ty)),
        }
    }

    /// The value as two registers; the layout must be `ScalarPair`.
    pub(crate) fn load_pair(self, fx: &mut FnCx<'_, 'tcx>) -> (Value, Value) {
        match self.kind {
            ValKind::RegPair(a, b) => (a, b),
            ValKind::Mem(addr, None) => match reg_repr(fx.tcx, self.layout.backend_repr) {
                Some(RegRepr::Pair(ta, tb)) => {
                    let off = pair_b_offset(fx, self.layout).bytes() as i32;
                    let a = fx.bcx.ins().load(ta, mem_flags(), addr, 0);
                    let b = fx.bcx.ins().load(tb, mem_flags(), addr, off);
                    (a, b)
                }
                _ => fx.bug(format!("load_pair of non-pair {:?}", self.layout.ty)),
            },
            _ => fx.bug(format!("load_pair of {:?} for {:?}", self.kind, self.layout.ty)),
        }
    }

    /// The address of the value, copying it to a fresh stack slot if it is in registers.
    pub(crate) fn force_addr(self, fx: &mut FnCx<'_, 'tcx>) -> (Value, Option<Value>) {
        match self.kind {
            ValKind::Mem(addr, meta) => (addr, meta),
            _ => {
                let place = crate::place::CgPlace::new_stack(fx, self.layout);
                place.write(fx, self);
                (place.addr(fx), None)
            }
        }
    }

    /// Reinterprets the bytes of this value as another layout of the same size.
    pub(crate) fn transmute(self, fx: &mut FnCx<'_, 'tcx>, to: TyAndLayout<'tcx>) -> Self {
        if self.layout.size != to.size {
            fx.bug(format!("transmute between sizes: {:?} -> {:?}", self.layout.ty, to.ty));
        }
        let from_repr = reg_repr(fx.tcx, self.layout.backend_repr);
        let to_repr = reg_repr(fx.tcx, to.backend_repr);
        match (self.kind, from_repr, to_repr) {
            (ValKind::Mem(addr, meta), ..) => CgVal { kind: ValKind::Mem(addr, meta), layout: to },
            (ValKind::Reg(v), _, Some(RegRepr::Scalar(ty))) => {
                CgVal::by_val(fx.bitcast_scalar(v, ty), to)
            }
            (ValKind::RegPair(a, b), Some(RegRepr::Pair(fa, fb)), Some(RegRepr::Pair(ta, tb)))
                if fa.bytes() == ta.bytes()
                    && fb.bytes() == tb.bytes()
                    && pair_b_offset(fx, self.layout) == pair_b_offset(fx, to) =>
            {
                let a = fx.bitcast_scalar(a, ta);
                let b = fx.bitcast_scalar(b, tb);
                CgVal::by_val_pair(a, b, to)
            }
            _ => {
                // Go through memory: the reinterpretation is then exact by construction.
                let (addr, _) = self.force_addr(fx);
                CgVal::by_ref(addr, to)
            }
        }
    }

    /// Reads field `idx` of this value.
    pub(crate) fn field(self, fx: &mut FnCx<'_, 'tcx>, idx: FieldIdx) -> Self {
        let field_layout = self.layout.field(&fx.lcx(), idx.as_usize());
        let offset = self.layout.fields.offset(idx.as_usize());
        match self.kind {
            ValKind::Mem(addr, _) => {
                let addr = fx.ptr_add(addr, offset.bytes() as i64);
                CgVal::by_ref(addr, field_layout)
            }
            _ if field_layout.is_zst() => CgVal::zst(fx, field_layout),
            ValKind::Reg(v) if field_layout.size == self.layout.size => {
                CgVal::by_val(v, field_layout)
            }
            ValKind::RegPair(a, b) => {
                if field_layout.size == self.layout.size {
                    CgVal::by_val_pair(a, b, field_layout)
                } else if offset == Size::ZERO {
                    CgVal::by_val(a, field_layout)
                } else if offset == pair_b_offset(fx, self.layout) {
                    CgVal::by_val(b, field_layout)
                } else {
                    fx.bug(format!("field {idx:?} of pair {:?}", self.layout.ty))
                }
            }
            _ => fx.bug(format!("field {idx:?} of {:?} in registers", self.layout.ty)),
        }
    }
}

impl FnCx<'_, '_> {
    /// Converts a register to another type of the same width (int <-> float) or keeps it.
    pub(crate) fn bitcast_scalar(&mut self, v: Value, ty: Type) -> Value {
        let from = self.bcx.func.dfg.value_type(v);
        if from == ty {
            v
        } else if from.bits() == ty.bits() {
            self.bcx.ins().bitcast(ty, MemFlagsData::new(), v)
        } else {
            self.bug(format!("bitcast between {from} and {ty}"))
        }
    }
}
