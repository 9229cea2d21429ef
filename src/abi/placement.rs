//! Where Cranelift would put an argument somewhere else than LLVM does, the parameter list we
//! give it is rearranged so that both agree. The natural list is the argument's `arg_params` in
//! order (the return pointer first); a [`Slot`] list says what Cranelift gets instead.
//!
//! - x86_64 SysV: a 128-bit integer that finds only one free integer register goes on the
//!   stack, and LLVM gives that register to the next integer argument, as the psABI says;
//!   Cranelift leaves it unused. That next argument moves in front of the 128-bit one.
//! - x86_64 SysV: LLVM starts a 16-aligned `byval` struct at a 16-byte boundary of the stack,
//!   Cranelift at the next 8-byte one: an 8-byte dummy struct argument fills the gap.
//! - AArch64 (AAPCS64): an argument that must not be split between registers and the stack (a
//!   128-bit integer, a composite or homogeneous float aggregate cast to an array) goes on the
//!   stack whole when it does not fit, and then no later argument of its class gets a register.
//!   Cranelift would give the registers left to later arguments: dummy register arguments use
//!   them up first. On the stack such an aggregate of `f32`s or `f16`s is packed, so its
//!   fields travel in groups, as `f64`s.
//!
//! The functions below replay the register assignment: six integer and eight vector registers
//! (x86_64), eight of each (AArch64), then the stack.

use cranelift_codegen::ir::{
    AbiParam, ArgumentPurpose, InstBuilder, MemFlagsData, Type, Value, types,
};
use cranelift_codegen::isa::CallConv;
use rustc_middle::ty::{Ty, TyCtxt};
use rustc_target::callconv::{ArgAbi, PassMode};
use rustc_target::spec::Arch;

use super::pass_mode::arg_params;
use crate::base::FnCx;
use crate::layout::MonoFnAbi;

/// One parameter of the list Cranelift gets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Slot {
    /// The natural list's parameter of this index.
    Param(usize),
    /// An 8-byte dummy struct argument; callers copy it from the address in the natural
    /// list's parameter of this index (the struct it makes room for).
    StackPad(usize),
    /// A register nobody reads.
    RegPad(Type),
    /// An `f64` holding the bits of `count` consecutive float parameters of type `ty` from
    /// the natural list's `first`, the first one in the lowest bits.
    Packed { first: usize, count: usize, ty: Type },
}

/// How many parameters the natural list has.
pub(crate) fn natural_len(slots: &[Slot]) -> usize {
    slots
        .iter()
        .map(|slot| match slot {
            Slot::Param(_) => 1,
            Slot::Packed { count, .. } => *count,
            Slot::StackPad(_) | Slot::RegPad(_) => 0,
        })
        .sum()
}

/// Caller side of [`Slot::Packed`]: the word holding `floats`.
pub(crate) fn pack(fx: &mut FnCx<'_, '_>, floats: &[Value]) -> Value {
    let mut word = fx.bcx.ins().iconst(types::I64, 0);
    let mut shift = 0;
    for &float in floats {
        let ty = fx.bcx.func.dfg.value_type(float);
        let bits = fx.bcx.ins().bitcast(ty.as_int(), MemFlagsData::new(), float);
        let bits = fx.bcx.ins().uextend(types::I64, bits);
        let bits = fx.bcx.ins().ishl_imm_u(bits, shift);
        word = fx.bcx.ins().bor(word, bits);
        shift += i64::from(ty.bits());
    }
    fx.bcx.ins().bitcast(types::F64, MemFlagsData::new(), word)
}

/// Callee side of [`Slot::Packed`]: the `count` floats of type `ty` in `word`.
pub(crate) fn unpack<'a>(
    fx: &'a mut FnCx<'_, '_>,
    word: Value,
    count: usize,
    ty: Type,
) -> impl Iterator<Item = Value> + 'a {
    let word = fx.bcx.ins().bitcast(types::I64, MemFlagsData::new(), word);
    (0..count).map(move |i| {
        let bits = fx.bcx.ins().ushr_imm_u(word, i as i64 * i64::from(ty.bits()));
        let bits = fx.bcx.ins().ireduce(ty.as_int(), bits);
        fx.bcx.ins().bitcast(ty, MemFlagsData::new(), bits)
    })
}

/// Alignment of a by-value stack argument, if `arg` is one.
pub(crate) fn byval_align(arg: &ArgAbi<'_, Ty<'_>>) -> Option<u64> {
    match &arg.mode {
        PassMode::Indirect { on_stack: true, attrs, .. } => {
            Some(attrs.pointee_align.unwrap_or(arg.layout.align.abi).bytes())
        }
        _ => None,
    }
}

/// A natural parameter with the argument it belongs to (`None`: the return pointer).
type NaturalParam<'a> = (AbiParam, Option<&'a ArgAbi<'a, Ty<'a>>>);

fn natural_params<'a>(tcx: TyCtxt<'_>, fn_abi: MonoFnAbi<'a>) -> Vec<NaturalParam<'a>> {
    let mut params = Vec::new();
    if let PassMode::Indirect { .. } = fn_abi.ret.mode {
        let ptr = crate::layout::pointer_ty(tcx);
        params.push((AbiParam::special(ptr, ArgumentPurpose::StructReturn), None));
    }
    for arg in fn_abi.args.iter() {
        params.extend(arg_params(tcx, arg).into_iter().map(|param| (param, Some(arg))));
    }
    params
}

/// The parameter list Cranelift gets, or `None` when it is the natural one.
pub(crate) fn placement(
    tcx: TyCtxt<'_>,
    fn_abi: MonoFnAbi<'_>,
    conv: CallConv,
) -> Option<Vec<Slot>> {
    if conv != CallConv::SystemV || !fn_abi.args.iter().any(may_move) {
        return None;
    }
    let slots = match tcx.sess.target.arch {
        Arch::X86_64 => {
            let params = natural_params(tcx, fn_abi);
            let order = sysv_order(&params);
            sysv_stack_pads(&params, order)
        }
        Arch::AArch64 => aapcs_pads(&natural_params(tcx, fn_abi)),
        _ => return None,
    };
    let natural = slots.iter().enumerate().all(|(index, slot)| *slot == Slot::Param(index));
    (!natural).then_some(slots)
}

/// Whether `arg` can make the two place arguments differently: a 128-bit integer (alone or
/// in a pair), a cast to registers or a `byval` struct. Calls without one, most of them, skip
/// the replay.
fn may_move(arg: &ArgAbi<'_, Ty<'_>>) -> bool {
    let size = arg.layout.size.bytes();
    match arg.mode {
        PassMode::Cast { .. } | PassMode::Indirect { on_stack: true, .. } => true,
        PassMode::Direct(_) => size > 8,
        // A pair with a 16-byte half is at least 32 bytes.
        PassMode::Pair(..) => size > 16,
        PassMode::Ignore | PassMode::Indirect { .. } => false,
    }
}

/// x86_64: the natural order, except that an integer argument that LLVM puts in the register a
/// 128-bit integer before it left free comes first.
fn sysv_order(params: &[NaturalParam<'_>]) -> Vec<usize> {
    let mut order = Vec::with_capacity(params.len());
    let mut gprs = 0;
    // Where the 128-bit integer that left the last register free sits in `order`.
    let mut waiting = None;
    for (index, (param, _)) in params.iter().enumerate() {
        let ty = param.value_type;
        if ty == types::I128 {
            if gprs + 2 <= 6 {
                gprs += 2;
            } else if gprs == 5 && waiting.is_none() {
                waiting = Some(order.len());
            }
        } else if ty.is_int() && !is_struct_arg(param) && gprs < 6 {
            gprs += 1;
            if let Some(at) = waiting.take() {
                order.insert(at, index);
                continue;
            }
        }
        order.push(index);
    }
    order
}

fn is_struct_arg(param: &AbiParam) -> bool {
    matches!(param.purpose, ArgumentPurpose::StructArgument(_))
}

/// x86_64: `order` with dummy struct arguments in front of the 16-aligned `byval` structs that
/// Cranelift would place at an offset LLVM does not. The replay is Cranelift's: a 128-bit
/// integer on the stack uses up two integer registers there too.
fn sysv_stack_pads(params: &[NaturalParam<'_>], order: Vec<usize>) -> Vec<Slot> {
    let over_aligned =
        |index: usize| params[index].1.and_then(byval_align).is_some_and(|align| align > 8);
    if !order.iter().any(|&index| over_aligned(index)) {
        return order.into_iter().map(Slot::Param).collect();
    }
    let (mut gprs, mut vregs, mut stack) = (0u32, 0u32, 0u32);
    let mut slots = Vec::with_capacity(order.len() + 1);
    for index in order {
        let param = &params[index].0;
        if let ArgumentPurpose::StructArgument(size) = param.purpose {
            if over_aligned(index) && !stack.is_multiple_of(16) {
                slots.push(Slot::StackPad(index));
                stack += 8;
            }
            stack += size;
        } else if param.value_type == types::I128 {
            if gprs + 2 > 6 {
                stack = stack.next_multiple_of(16) + 16;
            }
            gprs += 2;
        } else if param.value_type.is_int() {
            if gprs < 6 {
                gprs += 1;
            } else {
                stack += 8;
            }
        } else if vregs < 8 {
            vregs += 1;
        } else {
            let size = param.value_type.bytes().max(8);
            stack = stack.next_multiple_of(size) + size;
        }
        slots.push(Slot::Param(index));
    }
    slots
}

/// AArch64: the natural order, with dummy registers in front of each argument that AAPCS64
/// puts on the stack whole while registers of its class are left.
fn aapcs_pads(params: &[NaturalParam<'_>]) -> Vec<Slot> {
    let (mut xregs, mut vregs) = (0usize, 0usize);
    let mut slots = Vec::with_capacity(params.len());
    let mut index = 0;
    while index < params.len() {
        let (param, arg) = params[index];
        // A cast to several registers of one class is one block, anything else goes parameter
        // by parameter.
        let mut block = 1;
        if let Some(arg @ ArgAbi { mode: PassMode::Cast { .. }, .. }) = arg {
            let rest = &params[index..];
            let pieces = rest.iter().take_while(|(_, a)| a.is_some_and(|a| std::ptr::eq(a, arg)));
            let pieces: Vec<Type> = pieces.map(|(p, _)| p.value_type).collect();
            if pieces.iter().all(|ty| ty.is_int() == param.value_type.is_int()) {
                block = pieces.len();
            }
        }
        let ints = param.value_type.is_int();
        let (used, pad) = if ints { (&mut xregs, types::I64) } else { (&mut vregs, types::F64) };
        let (start, needed) = match param.value_type {
            // It starts at an even register, in both.
            types::I128 => (used.next_multiple_of(2), 2),
            _ => (*used, block),
        };
        if param.purpose == ArgumentPurpose::StructReturn {
            // It travels in x8, outside the argument registers.
        } else if needed > 1 && start + needed > 8 {
            while *used < 8 {
                slots.push(Slot::RegPad(pad));
                *used += 1;
            }
            let ty = param.value_type;
            if !ints && ty.bytes() < 8 {
                // On the stack the aggregate is packed, where Cranelift gives each float 8 bytes.
                let per_word = (8 / ty.bytes()) as usize;
                let words = (index..index + block).step_by(per_word);
                slots.extend(words.map(|first| {
                    let count = per_word.min(index + block - first);
                    Slot::Packed { first, count, ty }
                }));
                index += block;
                continue;
            }
        } else {
            *used = (start + needed).min(8);
        }
        slots.extend((index..index + block).map(Slot::Param));
        index += block;
    }
    slots
}
