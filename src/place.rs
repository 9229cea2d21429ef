//! Places: where a MIR place lives (SSA variables or memory) and how projections move through it.

use cranelift_codegen::ir::{InstBuilder, StackSlot, StackSlotData, StackSlotKind, Value};
use cranelift_frontend::Variable;
use rustc_abi::{FieldIdx, Size, VariantIdx};
use rustc_middle::ty::layout::TyAndLayout;

use crate::base::FnCx;
use crate::layout::{RegRepr, reg_repr};
use crate::value::{CgVal, ValKind, mem_flags, pair_b_offset};

#[derive(Clone, Copy, Debug)]
pub(crate) enum PlaceKind {
    Var(SsaReg, Option<Home>),
    /// A `ScalarPair` in two variables, and the offset of the second; kept here because a
    /// downcast's variant layout may not be a pair itself.
    VarPair(SsaReg, SsaReg, Size, Option<StackSlot>),
    /// In memory at this address, with metadata if pointers to it are wide.
    Addr(Value, Option<Value>),
}

/// A register an SSA local lives in.
#[derive(Clone, Copy, Debug)]
pub(crate) enum SsaReg {
    /// A Cranelift frontend variable: written any number of times.
    Var(Variable),
    /// Written once before every read (`LocalStorage::SsaValue`): the index of its value in
    /// [`FnCx::ssa_values`].
    Value(usize),
}

/// Where in its local's debugger home an SSA variable's writes are also stored.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Home {
    slot: StackSlot,
    offset: i32,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct CgPlace<'tcx> {
    pub(crate) kind: PlaceKind,
    pub(crate) layout: TyAndLayout<'tcx>,
}

impl<'tcx> CgPlace<'tcx> {
    pub(crate) fn at(addr: Value, layout: TyAndLayout<'tcx>) -> Self {
        CgPlace { kind: PlaceKind::Addr(addr, None), layout }
    }

    pub(crate) fn at_unsized(addr: Value, meta: Option<Value>, layout: TyAndLayout<'tcx>) -> Self {
        CgPlace { kind: PlaceKind::Addr(addr, meta), layout }
    }

    /// A fresh stack slot holding a value of `layout`.
    pub(crate) fn new_stack(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>) -> Self {
        Self::new_stack_slot(fx, layout).0
    }

    /// A fresh stack slot holding a value of `layout`, and the slot if the value sits at its
    /// start (not for zero-sized or over-aligned values).
    pub(crate) fn new_stack_slot(
        fx: &mut FnCx<'_, 'tcx>,
        layout: TyAndLayout<'tcx>,
    ) -> (Self, Option<StackSlot>) {
        if layout.is_unsized() {
            fx.unsupported(format!("unsized local of type `{}`", layout.ty));
        }
        if layout.is_zst() {
            let addr = fx.bcx.ins().iconst(fx.ptr_ty, layout.align.abi.bytes() as i64);
            return (CgPlace::at(addr, layout), None);
        }
        let align = layout.align.abi.bytes();
        // Cranelift frames are 16-byte aligned: stricter alignment takes over-allocation and
        // rounding the address up at run time.
        let extra = align.saturating_sub(16);
        let size = u32::try_from(layout.size.bytes() + extra).unwrap_or_else(|_| {
            fx.unsupported(format!("a stack value of {} bytes", layout.size.bytes()))
        });
        let slot = fx.bcx.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            align.min(16).trailing_zeros() as u8,
        ));
        let addr = fx.bcx.ins().stack_addr(fx.ptr_ty, slot, 0);
        if extra > 0 {
            let bumped = fx.bcx.ins().iadd_imm_s(addr, extra as i64);
            let addr = fx.bcx.ins().band_imm_s(bumped, -(align as i64));
            (CgPlace::at(addr, layout), None)
        } else {
            (CgPlace::at(addr, layout), Some(slot))
        }
    }

    /// Fresh SSA variables for a layout that fits in registers, whose writes also go to a
    /// fresh stack slot, laid out as in memory (for a debugger).
    pub(crate) fn new_var_with_home(
        fx: &mut FnCx<'_, 'tcx>,
        layout: TyAndLayout<'tcx>,
    ) -> Option<(Self, StackSlot)> {
        let align = layout.align.abi.bytes();
        if reg_repr(fx.tcx, layout.backend_repr).is_none() || align > 16 {
            return None;
        }
        let size = u32::try_from(layout.size.bytes()).ok()?;
        let slot = fx.bcx.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            align.trailing_zeros() as u8,
        ));
        Some((Self::new_var(fx, layout, Some(slot), false)?, slot))
    }

    /// Fresh SSA registers for a layout that fits in them, plain values if `single` (a local
    /// written once before its reads); every write also goes to `home` if there is one.
    pub(crate) fn new_var(
        fx: &mut FnCx<'_, 'tcx>,
        layout: TyAndLayout<'tcx>,
        home: Option<StackSlot>,
        single: bool,
    ) -> Option<Self> {
        let reg = |fx: &mut FnCx<'_, 'tcx>, ty| {
            if single {
                fx.ssa_values.push((ty, crate::base::SsaValue::Unassigned));
                SsaReg::Value(fx.ssa_values.len() - 1)
            } else {
                SsaReg::Var(fx.bcx.declare_var(ty))
            }
        };
        let kind = match reg_repr(fx.tcx, layout.backend_repr)? {
            RegRepr::Scalar(ty) => {
                PlaceKind::Var(reg(fx, ty), home.map(|slot| Home { slot, offset: 0 }))
            }
            RegRepr::Pair(a, b) => {
                PlaceKind::VarPair(reg(fx, a), reg(fx, b), pair_b_offset(fx, layout), home)
            }
        };
        Some(CgPlace { kind, layout })
    }

    pub(crate) fn addr(self, fx: &FnCx<'_, 'tcx>) -> Value {
        match self.kind {
            PlaceKind::Addr(addr, None) => addr,
            _ => fx.bug(format!("address of a place {:?} of `{}`", self.kind, self.layout.ty)),
        }
    }

    pub(crate) fn addr_and_meta(self, fx: &FnCx<'_, 'tcx>) -> (Value, Option<Value>) {
        match self.kind {
            PlaceKind::Addr(addr, meta) => (addr, meta),
            _ => fx.bug(format!("address of an SSA place of `{}`", self.layout.ty)),
        }
    }

    pub(crate) fn to_val(self, fx: &mut FnCx<'_, 'tcx>) -> CgVal<'tcx> {
        match self.kind {
            PlaceKind::Var(v, _) => CgVal::by_val(fx.use_reg(v), self.layout),
            PlaceKind::VarPair(a, b, ..) => {
                let a = fx.use_reg(a);
                let b = fx.use_reg(b);
                CgVal::by_val_pair(a, b, self.layout)
            }
            PlaceKind::Addr(addr, meta) => {
                CgVal { kind: ValKind::Mem(addr, meta), layout: self.layout }
            }
        }
    }

    /// Stores `val` into this place; both must have the same size.
    pub(crate) fn write(self, fx: &mut FnCx<'_, 'tcx>, val: CgVal<'tcx>) {
        if self.layout.size != val.layout.size && !self.layout.is_unsized() {
            fx.bug(format!("writing `{}` into a place of `{}`", val.layout.ty, self.layout.ty));
        }
        if self.layout.is_zst() {
            return;
        }
        match self.kind {
            PlaceKind::Var(var, home) => {
                let val = val.transmute(fx, self.layout);
                let v = val.load_scalar(fx);
                fx.def_reg(var, v);
                if let Some(Home { slot, offset }) = home {
                    fx.bcx.ins().stack_store(fx.ptr_ty, v, slot, offset);
                }
            }
            PlaceKind::VarPair(va, vb, b_offset, home) => {
                let val = val.transmute(fx, self.layout);
                let (a, b) = val.load_pair(fx);
                fx.def_reg(va, a);
                fx.def_reg(vb, b);
                if let Some(slot) = home {
                    fx.bcx.ins().stack_store(fx.ptr_ty, a, slot, 0);
                    fx.bcx.ins().stack_store(fx.ptr_ty, b, slot, b_offset.bytes() as i32);
                }
            }
            PlaceKind::Addr(addr, _) => match val.kind {
                ValKind::Reg(v) => {
                    fx.bcx.ins().store(mem_flags(), v, addr, 0);
                }
                ValKind::RegPair(a, b) => {
                    let off = pair_b_offset(fx, val.layout).bytes() as i32;
                    fx.bcx.ins().store(mem_flags(), a, addr, 0);
                    fx.bcx.ins().store(mem_flags(), b, addr, off);
                }
                ValKind::Mem(src, _) => {
                    let align = self.layout.align.abi.min(val.layout.align.abi).bytes();
                    fx.memcpy(addr, src, self.layout.size.bytes(), align);
                }
            },
        }
    }

    /// The place of field `idx`.
    pub(crate) fn field(self, fx: &mut FnCx<'_, 'tcx>, idx: FieldIdx) -> Self {
        let field_layout = self.layout.field(&fx.lcx(), idx.as_usize());
        let offset = self.layout.fields.offset(idx.as_usize());
        match self.kind {
            PlaceKind::Addr(addr, meta) => {
                if field_layout.is_unsized() {
                    let addr = fx.ptr_add(addr, offset.bytes() as i64);
                    let tail = fx.tcx.struct_tail_for_codegen(
                        field_layout.ty,
                        rustc_middle::ty::TypingEnv::fully_monomorphized(),
                    );
                    let addr = match (tail.kind(), meta) {
                        // A `dyn` tail sits at its dynamic alignment, known from the vtable.
                        (rustc_middle::ty::Dynamic(..), Some(meta)) if offset != Size::ZERO => {
                            let ptr_ty = rustc_middle::ty::Ty::new_mut_ptr(fx.tcx, field_layout.ty);
                            let ptr = CgVal::by_val_pair(addr, meta, fx.layout_of(ptr_ty));
                            let (_, mut align) =
                                crate::intrinsics::size_and_align_of_val(fx, field_layout.ty, ptr);
                            // A `repr(packed(N))` container caps the tail's alignment at N.
                            if let Some(pack) =
                                self.layout.ty.ty_adt_def().and_then(|d| d.repr().pack)
                            {
                                let pack = fx.bcx.ins().iconst(fx.ptr_ty, pack.bytes() as i64);
                                align = fx.bcx.ins().umin(align, pack);
                            }
                            let mask = fx.bcx.ins().iadd_imm_s(align, -1);
                            let bumped = fx.bcx.ins().iadd(addr, mask);
                            let inverted = fx.bcx.ins().bnot(mask);
                            fx.bcx.ins().band(bumped, inverted)
                        }
                        (rustc_middle::ty::Foreign(_), _) if offset != Size::ZERO => {
                            extern_type_offset_panic(fx, tail);
                            addr
                        }
                        _ => addr,
                    };
                    CgPlace::at_unsized(addr, meta, field_layout)
                } else {
                    let addr = fx.ptr_add(addr, offset.bytes() as i64);
                    CgPlace::at(addr, field_layout)
                }
            }
            _ if field_layout.is_zst() => {
                let addr = fx.bcx.ins().iconst(fx.ptr_ty, field_layout.align.abi.bytes() as i64);
                CgPlace::at(addr, field_layout)
            }
            PlaceKind::Var(..) if field_layout.size == self.layout.size => {
                CgPlace { kind: self.kind, layout: field_layout }
            }
            PlaceKind::VarPair(a, b, b_offset, home) => {
                let half = |var, offset: Size| {
                    let home = home.map(|slot| Home { slot, offset: offset.bytes() as i32 });
                    CgPlace { kind: PlaceKind::Var(var, home), layout: field_layout }
                };
                if field_layout.size == self.layout.size {
                    CgPlace { kind: self.kind, layout: field_layout }
                } else if offset == Size::ZERO {
                    half(a, offset)
                } else if offset == b_offset {
                    half(b, offset)
                } else {
                    fx.bug(format!("field {idx:?} of SSA pair `{}`", self.layout.ty))
                }
            }
            PlaceKind::Var(..) => fx.bug(format!("field {idx:?} of SSA `{}`", self.layout.ty)),
        }
    }

    /// The place viewed as one variant of an enum.
    pub(crate) fn downcast(self, fx: &FnCx<'_, 'tcx>, variant: VariantIdx) -> Self {
        CgPlace { kind: self.kind, layout: self.layout.for_variant(&fx.lcx(), variant) }
    }

    /// Element `index` of an array or slice place.
    pub(crate) fn index(self, fx: &mut FnCx<'_, 'tcx>, index: Value) -> Self {
        let elem = self.elem_layout(fx);
        let (addr, _) = self.addr_and_meta(fx);
        let offset = fx.scale(index, elem.size.bytes());
        let addr = fx.bcx.ins().iadd(addr, offset);
        CgPlace::at(addr, elem)
    }

    pub(crate) fn elem_layout(self, fx: &FnCx<'_, 'tcx>) -> TyAndLayout<'tcx> {
        match self.layout.ty.kind() {
            rustc_middle::ty::Array(elem, _) | rustc_middle::ty::Slice(elem) => fx.layout_of(*elem),
            rustc_middle::ty::Str => fx.layout_of(fx.tcx.types.u8),
            _ => fx.bug(format!("indexing into `{}`", self.layout.ty)),
        }
    }
}

/// An extern type's alignment is unknown, so a field ending in one has no computable address
/// past a sized prefix. As in rustc's own codegen, reaching it panics without unwinding; the
/// code after it is unreachable.
fn extern_type_offset_panic<'tcx>(fx: &mut FnCx<'_, 'tcx>, extern_ty: rustc_middle::ty::Ty<'tcx>) {
    use rustc_middle::ty::print::{with_no_trimmed_paths, with_no_visible_paths};
    let msg = with_no_visible_paths!(with_no_trimmed_paths!(format!(
        "attempted to compute the size or alignment of extern type `{extern_ty}`"
    )));
    let msg = crate::constant::str_const(fx, &msg);
    let source_info = rustc_middle::mir::SourceInfo::outermost(fx.span);
    crate::abi::call_panic_lang_item(
        fx,
        rustc_hir::LangItem::PanicNounwind,
        vec![msg],
        rustc_middle::mir::UnwindAction::Unreachable,
        source_info,
    );
    let dead = fx.bcx.create_block();
    fx.bcx.switch_to_block(dead);
}
