//! C-variadic functions defined in Rust (`unsafe extern "C" fn f(n: u32, args: ...)`) and the
//! `va_arg` family, for the two `va_list` layouts of our targets:
//! - x86_64 System V: `{ gp_offset: i32, fp_offset: i32, overflow_arg_area, reg_save_area }`,
//!   offsets counting up from the start of one register save area (six 8-byte integer slots,
//!   then eight 16-byte vector slots) to its end;
//! - AArch64 (AAPCS64): `{ stack, gr_top, vr_top, gr_offs: i32, vr_offs: i32 }`, offsets
//!   counting up from minus the size of the unread part of each save area (eight 8-byte
//!   integer slots, eight 16-byte vector slots) to zero, below `gr_top`/`vr_top`.
//!
//! The variadic arguments arrive in the argument registers the fixed parameters leave free and
//! then on the stack. Cranelift only hands a function the registers its signature names, so the
//! definition's signature gets one extra `i64` parameter per free integer register and one `f64`
//! per free vector register (the low half of the register, all a `double` needs); the prologue
//! stores them into the save areas, and the stack arguments start where the caller's do, above
//! the saved frame pointer and return address, after the fixed parameters passed there (8
//! bytes each: integers once the integer registers are taken, floats once the vector ones
//! are). Fixed parameters that would need more (structs by value, `i128` past the registers)
//! are refused.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, ArgumentPurpose, Block, BlockArg, InstBuilder, Signature, StackSlot, StackSlotData,
    StackSlotKind, Value, types,
};
use rustc_abi::{BackendRepr, Primitive};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_target::spec::Arch;

use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

#[derive(Clone, Copy, PartialEq)]
enum Convention {
    SysV,
    Aapcs,
}

impl Convention {
    fn of(arch: &Arch) -> Option<Self> {
        match arch {
            Arch::X86_64 => Some(Convention::SysV),
            Arch::AArch64 => Some(Convention::Aapcs),
            _ => None,
        }
    }

    fn int_regs(self) -> u32 {
        match self {
            Convention::SysV => 6,
            Convention::Aapcs => 8,
        }
    }
}

const VECTOR_REGS: u32 = 8;

/// Field offsets in the x86_64 `va_list`.
const SYSV_GP_OFFSET: i32 = 0;
const SYSV_FP_OFFSET: i32 = 4;
const SYSV_OVERFLOW: i32 = 8;
const SYSV_SAVE_AREA: i32 = 16;
/// x86_64's register save area: the integer slots, then the vector slots.
const SYSV_INT_AREA: u32 = 6 * 8;
const SYSV_AREA: u32 = SYSV_INT_AREA + VECTOR_REGS * 16;

/// Field offsets in the AArch64 `va_list`.
const AAPCS_STACK: i32 = 0;
const AAPCS_GR_TOP: i32 = 8;
const AAPCS_VR_TOP: i32 = 16;
const AAPCS_GR_OFFS: i32 = 24;
const AAPCS_VR_OFFS: i32 = 28;
/// AArch64's save areas, one per register class.
const AAPCS_GR_AREA: u32 = 8 * 8;
const AAPCS_VR_AREA: u32 = VECTOR_REGS * 16;

/// The argument registers and stack bytes a C-variadic function's fixed parameters take.
#[derive(Clone, Copy)]
pub(crate) struct FixedRegisters {
    convention: Convention,
    ints: u32,
    vectors: u32,
    stack: u32,
}

/// Where `params` (a definition's Cranelift parameters) go, or `None` if the variadic
/// arguments cannot be found: another target, or a fixed `i128`, `f16`, `f128` or vector
/// parameter on the stack, whose slot may be aligned past the next word.
pub(crate) fn fixed_registers(arch: &Arch, params: &[AbiParam]) -> Option<FixedRegisters> {
    let convention = Convention::of(arch)?;
    let mut used = FixedRegisters { convention, ints: 0, vectors: 0, stack: 0 };
    for param in params {
        let ty = param.value_type;
        match param.purpose {
            // A struct passed by value in memory (x86_64), and the padding before one aligned
            // to 16, which is a parameter of its own: their sizes are whole words.
            ArgumentPurpose::StructArgument(size) => used.stack += size,
            // AArch64 passes the return buffer in x8, outside the argument registers.
            ArgumentPurpose::StructReturn if convention == Convention::Aapcs => {}
            _ if ty == types::I128 => {
                if convention == Convention::Aapcs {
                    used.ints = used.ints.next_multiple_of(2);
                }
                used.ints += 2;
                if used.ints > convention.int_regs() {
                    return None;
                }
            }
            _ if ty.is_int() && used.ints < convention.int_regs() => used.ints += 1,
            _ if !ty.is_int() && used.vectors < VECTOR_REGS => used.vectors += 1,
            _ if ty.is_int() || ty == types::F32 || ty == types::F64 => used.stack += 8,
            _ => return None,
        }
    }
    Some(used)
}

/// Appends the parameters through which the free argument registers arrive.
pub(crate) fn add_register_params(sig: &mut Signature, used: FixedRegisters) {
    let ints = used.convention.int_regs();
    sig.params.extend((used.ints..ints).map(|_| AbiParam::new(types::I64)));
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
    let free_ints = used.convention.int_regs() - used.ints;
    let (ints, vectors) = registers.split_at(free_ints as usize);
    // Each class's save area, and the offset of the first free register's slot in it.
    let (int_area, int_start, vector_area, vector_start) = match used.convention {
        Convention::SysV => {
            let area = save_area(fx, SYSV_AREA);
            (area, used.ints * 8, area, SYSV_INT_AREA + used.vectors * 16)
        }
        Convention::Aapcs => {
            let grs = save_area(fx, AAPCS_GR_AREA);
            let vrs = save_area(fx, AAPCS_VR_AREA);
            (grs, used.ints * 8, vrs, used.vectors * 16)
        }
    };
    for (i, &value) in ints.iter().enumerate() {
        let offset = int_start as usize + i * 8;
        fx.bcx.ins().stack_store(fx.ptr_ty, value, int_area, offset as i32);
    }
    for (i, &value) in vectors.iter().enumerate() {
        let offset = vector_start as usize + i * 16;
        fx.bcx.ins().stack_store(fx.ptr_ty, value, vector_area, offset as i32);
    }

    let (list, slot) = CgPlace::new_stack_slot(fx, layout);
    let addr = list.addr(fx);
    // Above the saved frame pointer and the return address (x86_64) or link register, and
    // past the fixed parameters passed on the stack.
    let frame = fx.bcx.ins().get_frame_pointer(fx.ptr_ty);
    let stack_args = fx.bcx.ins().iadd_imm_s(frame, 16 + i64::from(used.stack));
    let flags = mem_flags();
    let store_i32 = |fx: &mut FnCx<'_, 'tcx>, value: i64, offset: i32| {
        let value = fx.bcx.ins().iconst(types::I32, value);
        fx.bcx.ins().store(flags, value, addr, offset);
    };
    match used.convention {
        Convention::SysV => {
            store_i32(fx, i64::from(int_start), SYSV_GP_OFFSET);
            store_i32(fx, i64::from(vector_start), SYSV_FP_OFFSET);
            let area = fx.bcx.ins().stack_addr(fx.ptr_ty, int_area, 0);
            fx.bcx.ins().store(flags, stack_args, addr, SYSV_OVERFLOW);
            fx.bcx.ins().store(flags, area, addr, SYSV_SAVE_AREA);
        }
        Convention::Aapcs => {
            store_i32(fx, -i64::from(AAPCS_GR_AREA - int_start), AAPCS_GR_OFFS);
            store_i32(fx, -i64::from(AAPCS_VR_AREA - vector_start), AAPCS_VR_OFFS);
            let gr_top = fx.bcx.ins().stack_addr(fx.ptr_ty, int_area, AAPCS_GR_AREA as i32);
            let vr_top = fx.bcx.ins().stack_addr(fx.ptr_ty, vector_area, AAPCS_VR_AREA as i32);
            fx.bcx.ins().store(flags, stack_args, addr, AAPCS_STACK);
            fx.bcx.ins().store(flags, gr_top, addr, AAPCS_GR_TOP);
            fx.bcx.ins().store(flags, vr_top, addr, AAPCS_VR_TOP);
        }
    }
    (list, slot)
}

fn save_area(fx: &mut FnCx<'_, '_>, size: u32) -> StackSlot {
    fx.bcx.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 4))
}

/// `va_arg::<T>(list)`: the next argument, from a register save area while registers of its
/// class are left, then from the stack arguments.
pub(crate) fn va_arg<'tcx>(fx: &mut FnCx<'_, 'tcx>, list: Value, dest: CgPlace<'tcx>) {
    let Some(convention) = Convention::of(&fx.tcx.sess.target.arch) else {
        fx.unsupported(format!("`va_arg` on {}", fx.tcx.sess.target.arch.desc()))
    };
    let size = dest.layout.size.bytes();
    let is_float = matches!(
        dest.layout.backend_repr,
        BackendRepr::Scalar(s) if matches!(s.primitive(), Primitive::Float(_))
    );
    // The register slots the value takes: one integer or vector slot, or two integer ones.
    let (is_vector, slot_bytes) = match (is_float, size) {
        (true, 8) => (true, 16),
        (false, 1..=8) => (false, 8),
        (false, 16) => (false, 16),
        _ => fx.unsupported(format!("`va_arg` of `{}`", dest.layout.ty)),
    };
    let pair_aligned = dest.layout.align.abi.bytes() > 8;

    let on_stack = fx.bcx.create_block();
    let join = fx.bcx.create_block();
    let addr = fx.bcx.append_block_param(join, fx.ptr_ty);
    let flags = mem_flags();
    match convention {
        Convention::SysV => {
            let (field, area_end) = if is_vector {
                (SYSV_FP_OFFSET, SYSV_AREA)
            } else {
                (SYSV_GP_OFFSET, SYSV_INT_AREA)
            };
            let offset = fx.bcx.ins().load(types::I32, flags, list, field);
            let last = i64::from(area_end - slot_bytes);
            let fits = fx.bcx.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, offset, last);
            continue_if(fx, fits, on_stack);
            let save = fx.bcx.ins().load(fx.ptr_ty, flags, list, SYSV_SAVE_AREA);
            let wide = fx.bcx.ins().uextend(fx.ptr_ty, offset);
            let in_save = fx.bcx.ins().iadd(save, wide);
            let next = fx.bcx.ins().iadd_imm_s(offset, i64::from(slot_bytes));
            fx.bcx.ins().store(flags, next, list, field);
            fx.bcx.ins().jump(join, &[BlockArg::Value(in_save)]);
        }
        Convention::Aapcs => {
            let (field, top) = if is_vector {
                (AAPCS_VR_OFFS, AAPCS_VR_TOP)
            } else {
                (AAPCS_GR_OFFS, AAPCS_GR_TOP)
            };
            let mut offset = fx.bcx.ins().load(types::I32, flags, list, field);
            let exhausted = fx.bcx.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, offset, 0);
            leave_if(fx, exhausted, on_stack);
            if pair_aligned && !is_vector {
                let bumped = fx.bcx.ins().iadd_imm_s(offset, 15);
                offset = fx.bcx.ins().band_imm_s(bumped, -16);
            }
            let next = fx.bcx.ins().iadd_imm_s(offset, i64::from(slot_bytes));
            fx.bcx.ins().store(flags, next, list, field);
            let past = fx.bcx.ins().icmp_imm_s(IntCC::SignedGreaterThan, next, 0);
            leave_if(fx, past, on_stack);
            let top = fx.bcx.ins().load(fx.ptr_ty, flags, list, top);
            let wide = fx.bcx.ins().sextend(fx.ptr_ty, offset);
            let in_save = fx.bcx.ins().iadd(top, wide);
            fx.bcx.ins().jump(join, &[BlockArg::Value(in_save)]);
        }
    }

    fx.bcx.switch_to_block(on_stack);
    fx.bcx.seal_block(on_stack);
    let field = match convention {
        Convention::SysV => SYSV_OVERFLOW,
        Convention::Aapcs => AAPCS_STACK,
    };
    let mut stack = fx.bcx.ins().load(fx.ptr_ty, flags, list, field);
    if pair_aligned {
        let bumped = fx.bcx.ins().iadd_imm_s(stack, 15);
        stack = fx.bcx.ins().band_imm_s(bumped, -16);
    }
    let next = fx.bcx.ins().iadd_imm_s(stack, size.next_multiple_of(8) as i64);
    fx.bcx.ins().store(flags, next, list, field);
    fx.bcx.ins().jump(join, &[BlockArg::Value(stack)]);

    fx.bcx.switch_to_block(join);
    fx.bcx.seal_block(join);
    dest.write(fx, CgVal::by_ref(addr, dest.layout));
}

/// Continues in a new block if `cond` holds, else goes to `otherwise`.
fn continue_if(fx: &mut FnCx<'_, '_>, cond: Value, otherwise: Block) {
    let next = fx.bcx.create_block();
    fx.bcx.ins().brif(cond, next, &[], otherwise, &[]);
    fx.bcx.switch_to_block(next);
    fx.bcx.seal_block(next);
}

/// Goes to `taken` if `cond` holds, else continues in a new block.
fn leave_if(fx: &mut FnCx<'_, '_>, cond: Value, taken: Block) {
    let next = fx.bcx.create_block();
    fx.bcx.ins().brif(cond, taken, &[], next, &[]);
    fx.bcx.switch_to_block(next);
    fx.bcx.seal_block(next);
}
