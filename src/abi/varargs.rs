//! C-variadic functions defined in Rust (`unsafe extern "C" fn f(n: u32, args: ...)`) and the
//! `va_arg` family on x86_64 System V, whose `va_list` is
//! `{ gp_offset: i32, fp_offset: i32, overflow_arg_area: *const u8, reg_save_area: *const u8 }`.
//!
//! The variadic arguments arrive in the argument registers the fixed parameters leave free and
//! then on the stack. Cranelift only hands a function the registers its signature names, so the
//! definition's signature gets one extra `i64` parameter per free integer register and one `f64`
//! per free vector register; the prologue stores them into a register save area laid out as the
//! ABI's (six 8-byte integer slots, then eight 16-byte vector slots), and the overflow area
//! starts where the caller's stack arguments do, above the return address and saved frame
//! pointer. Fixed parameters on the stack would move that start; they are refused.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, ArgumentPurpose, BlockArg, InstBuilder, Signature, StackSlot, StackSlotData,
    StackSlotKind, Value, types,
};
use rustc_abi::{BackendRepr, Primitive};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_target::spec::Arch;

use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

const INT_REGS: u32 = 6;
const VECTOR_REGS: u32 = 8;
/// Bytes of the register save area: the integer slots, then the vector slots.
const INT_AREA: u32 = INT_REGS * 8;
const SAVE_AREA: u32 = INT_AREA + VECTOR_REGS * 16;

/// Field offsets in the `va_list` structure.
const GP_OFFSET: i32 = 0;
const FP_OFFSET: i32 = 4;
const OVERFLOW_AREA: i32 = 8;
const REG_SAVE_AREA: i32 = 16;

/// The argument registers a C-variadic function's fixed parameters take.
#[derive(Clone, Copy)]
pub(crate) struct FixedRegisters {
    ints: u32,
    vectors: u32,
}

/// The registers `params` (a definition's natural Cranelift parameters) take, or `None` if
/// the variadic arguments cannot be found: another target, or a fixed parameter on the stack.
pub(crate) fn fixed_registers(arch: &Arch, params: &[AbiParam]) -> Option<FixedRegisters> {
    if *arch != Arch::X86_64 {
        return None;
    }
    let mut used = FixedRegisters { ints: 0, vectors: 0 };
    for param in params {
        match param.purpose {
            ArgumentPurpose::StructArgument(_) => return None,
            _ if param.value_type == types::I128 => used.ints += 2,
            _ if param.value_type.is_int() => used.ints += 1,
            _ => used.vectors += 1,
        }
    }
    (used.ints <= INT_REGS && used.vectors <= VECTOR_REGS).then_some(used)
}

/// Appends the parameters through which the free argument registers arrive.
pub(crate) fn add_register_params(sig: &mut Signature, used: FixedRegisters) {
    sig.params.extend((used.ints..INT_REGS).map(|_| AbiParam::new(types::I64)));
    sig.params.extend((used.vectors..VECTOR_REGS).map(|_| AbiParam::new(types::F64)));
}

/// `va_start`: saves the free argument registers (`registers`, the parameters added by
/// [`add_register_params`]) and builds the `va_list` of the `...` arguments in a new slot.
pub(crate) fn va_start<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    registers: &[Value],
    used: FixedRegisters,
    layout: TyAndLayout<'tcx>,
) -> (CgPlace<'tcx>, Option<StackSlot>) {
    let save = fx.bcx.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        SAVE_AREA,
        4,
    ));
    let (ints, vectors) = registers.split_at((INT_REGS - used.ints) as usize);
    for (i, &value) in ints.iter().enumerate() {
        let offset = (used.ints as usize + i) * 8;
        let ty = fx.bcx.func.dfg.value_type(value);
        fx.bcx.ins().stack_store(ty, value, save, offset as i32);
    }
    for (i, &value) in vectors.iter().enumerate() {
        let offset = INT_AREA as usize + (used.vectors as usize + i) * 16;
        let ty = fx.bcx.func.dfg.value_type(value);
        fx.bcx.ins().stack_store(ty, value, save, offset as i32);
    }

    let (list, slot) = CgPlace::new_stack_slot(fx, layout);
    let addr = list.addr(fx);
    let gp_offset = fx.bcx.ins().iconst(types::I32, i64::from(used.ints * 8));
    let fp_offset = fx.bcx.ins().iconst(types::I32, i64::from(INT_AREA + used.vectors * 16));
    // Above the saved frame pointer and the return address.
    let frame = fx.bcx.ins().get_frame_pointer(fx.ptr_ty);
    let overflow = fx.bcx.ins().iadd_imm_s(frame, 16);
    let save_addr = fx.bcx.ins().stack_addr(fx.ptr_ty, save, 0);
    let flags = mem_flags();
    fx.bcx.ins().store(flags, gp_offset, addr, GP_OFFSET);
    fx.bcx.ins().store(flags, fp_offset, addr, FP_OFFSET);
    fx.bcx.ins().store(flags, overflow, addr, OVERFLOW_AREA);
    fx.bcx.ins().store(flags, save_addr, addr, REG_SAVE_AREA);
    (list, slot)
}

/// `va_arg::<T>(list)`: the next argument, from the register save area while registers of its
/// class are left, then from the overflow area.
pub(crate) fn va_arg<'tcx>(fx: &mut FnCx<'_, 'tcx>, list: Value, dest: CgPlace<'tcx>) {
    if fx.tcx.sess.target.arch != Arch::X86_64 {
        fx.unsupported(format!("`va_arg` on {}", fx.tcx.sess.target.arch.desc()));
    }
    let size = dest.layout.size.bytes();
    let is_float = matches!(dest.layout.backend_repr, BackendRepr::Scalar(s) if matches!(s.primitive(), Primitive::Float(_)));
    // The offset field to advance, the last offset at which the value still fits, the bytes
    // it takes there.
    let (field, last, step) = match (is_float, size) {
        (true, 8) => (FP_OFFSET, SAVE_AREA - 16, 16),
        (false, 1..=8) => (GP_OFFSET, INT_AREA - 8, 8),
        (false, 16) => (GP_OFFSET, INT_AREA - 16, 16),
        _ => fx.unsupported(format!("`va_arg` of `{}`", dest.layout.ty)),
    };
    let flags = mem_flags();
    let offset = fx.bcx.ins().load(types::I32, flags, list, field);
    let fits = fx.bcx.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, offset, i64::from(last));
    let in_registers = fx.bcx.create_block();
    let on_stack = fx.bcx.create_block();
    let join = fx.bcx.create_block();
    let addr = fx.bcx.append_block_param(join, fx.ptr_ty);
    fx.bcx.ins().brif(fits, in_registers, &[], on_stack, &[]);

    fx.bcx.switch_to_block(in_registers);
    fx.bcx.seal_block(in_registers);
    let save = fx.bcx.ins().load(fx.ptr_ty, flags, list, REG_SAVE_AREA);
    let wide_offset = fx.bcx.ins().uextend(fx.ptr_ty, offset);
    let in_save = fx.bcx.ins().iadd(save, wide_offset);
    let next = fx.bcx.ins().iadd_imm_s(offset, step);
    fx.bcx.ins().store(flags, next, list, field);
    fx.bcx.ins().jump(join, &[BlockArg::Value(in_save)]);

    fx.bcx.switch_to_block(on_stack);
    fx.bcx.seal_block(on_stack);
    let mut overflow = fx.bcx.ins().load(fx.ptr_ty, flags, list, OVERFLOW_AREA);
    if dest.layout.align.abi.bytes() > 8 {
        let bumped = fx.bcx.ins().iadd_imm_s(overflow, 15);
        overflow = fx.bcx.ins().band_imm_s(bumped, -16);
    }
    let next = fx.bcx.ins().iadd_imm_s(overflow, size.next_multiple_of(8) as i64);
    fx.bcx.ins().store(flags, next, list, OVERFLOW_AREA);
    fx.bcx.ins().jump(join, &[BlockArg::Value(overflow)]);

    fx.bcx.switch_to_block(join);
    fx.bcx.seal_block(join);
    dest.write(fx, CgVal::by_ref(addr, dest.layout));
}
