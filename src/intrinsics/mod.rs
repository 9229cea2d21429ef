//! Rust intrinsics (`core::intrinsics`) lowered directly to CLIF or to runtime library calls.

mod atomic;
mod float;
mod llvm_aarch64;
mod llvm_x86;
mod llvm_x86_native;
mod simd;
mod simd_checks;
mod simd_memory;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, BlockArg, InstBuilder, Signature, Value, types};
use cranelift_module::Module;
use rustc_abi::BackendRepr;
use rustc_middle::mir::{BasicBlock, BinOp, SourceInfo, UnwindAction};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Instance, Ty};
use rustc_span::sym;

use crate::base::FnCx;
use crate::num::call_builtin;
use crate::place::CgPlace;
use crate::value::{CgVal, mem_flags};

/// Lowers a call of an LLVM intrinsic (`llvm.*`), which `core::arch` functions reach through
/// `link_name`, by the target family its name belongs to.
pub(crate) fn lower_llvm<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    name: &str,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
) {
    if name.starts_with("llvm.prefetch.") {
        // `_mm_prefetch` & co.: a hint, with no effect on what the program computes.
    } else if name.starts_with("llvm.aarch64.") {
        llvm_aarch64::lower(fx, name, args, dest);
    } else if !llvm_x86_native::lower(fx, name, args, dest) {
        llvm_x86::lower(fx, name, args, dest);
    }
}

/// Lowers a call of `instance` (an intrinsic) and jumps to `target`. Returns the instance to
/// call instead when the intrinsic is better served by its fallback body in `core`.
pub(crate) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    instance: Instance<'tcx>,
    args: &[CgVal<'tcx>],
    dest: CgPlace<'tcx>,
    (target, unwind): (Option<BasicBlock>, UnwindAction),
    source_info: SourceInfo,
) -> Option<Instance<'tcx>> {
    let tcx = fx.tcx;
    let name = tcx.item_name(instance.def_id());
    let generic_ty = |i: usize| instance.args.type_at(i);

    match name {
        sym::abort => {
            fx.bcx.ins().trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
            return None;
        }
        sym::unreachable => {
            fx.trap_unreachable();
            return None;
        }
        sym::catch_unwind => {
            let try_fn = args[0].load_scalar(fx);
            let data = args[1].load_scalar(fx);
            let catch_fn = args[2].load_scalar(fx);
            let caught = fx.catch_unwind(try_fn, data, catch_fn);
            // The intrinsic returns `bool` or `i32` depending on the std version.
            let Some(crate::layout::RegRepr::Scalar(ty)) =
                crate::layout::reg_repr(fx.tcx, dest.layout.backend_repr)
            else {
                fx.bug("catch_unwind result of a non-scalar type")
            };
            let caught = crate::cast::int_resize(fx, caught, ty, false);
            dest.write(fx, CgVal::by_val(caught, dest.layout));
        }
        sym::assume | sym::cold_path => {}
        sym::unlikely | sym::black_box => dest.write(fx, args[0]),
        sym::va_arg => {
            let list = args[0].load_scalar(fx);
            crate::abi::va_arg(fx, list, dest);
        }
        // On the targets we support a `va_list` is plain data: copying copies its cursor.
        sym::va_copy => {
            let src = args[0].load_scalar(fx);
            dest.write(fx, CgVal::by_ref(src, dest.layout));
        }
        sym::va_end => {}
        _ if name.as_str() == "likely" => dest.write(fx, args[0]),
        sym::forget => {}
        sym::caller_location => {
            let loc = crate::abi::caller_location(fx, source_info);
            dest.write(fx, loc);
        }
        sym::vtable_size | sym::vtable_align => {
            // Entries 1 and 2 of every vtable: size and alignment of the concrete type.
            let vtable = args[0].load_scalar(fx);
            let slot = if name == sym::vtable_size { 1 } else { 2 };
            let offset = (slot * tcx.data_layout.pointer_size().bytes()) as i32;
            let v = fx.bcx.ins().load(fx.ptr_ty, mem_flags(), vtable, offset);
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        sym::breakpoint => {
            fx.bcx.ins().debugtrap();
        }
        sym::offset => {
            let val = crate::num::binop(fx, BinOp::Offset, args[0], args[1], dest.layout);
            dest.write(fx, val);
        }
        sym::size_of_val | sym::align_of_val => {
            let (size, align) = size_and_align_of_val(fx, generic_ty(0), args[0]);
            let v = if name == sym::size_of_val { size } else { align };
            dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        sym::needs_drop
        | sym::type_id
        | sym::type_name
        | sym::size_of
        | sym::align_of
        | sym::variant_count => {
            let value = match tcx.const_eval_instance(
                ty::TypingEnv::fully_monomorphized(),
                instance,
                source_info.span,
            ) {
                Ok(value) => value,
                Err(_) => tcx.dcx().span_fatal(source_info.span, "could not evaluate intrinsic"),
            };
            let val = crate::constant::const_value(fx, value, dest.layout.ty);
            dest.write(fx, val);
        }
        sym::copy_nonoverlapping | sym::copy => {
            let elem = fx.layout_of(generic_ty(0));
            let src = args[0].load_scalar(fx);
            let dst = args[1].load_scalar(fx);
            let count = args[2].load_scalar(fx);
            copy_bytes(fx, dst, src, count, elem, name == sym::copy_nonoverlapping);
        }
        sym::write_bytes | sym::volatile_set_memory => {
            let elem = fx.layout_of(generic_ty(0));
            let dst = args[0].load_scalar(fx);
            let byte = args[1].load_scalar(fx);
            let count = args[2].load_scalar(fx);
            let bytes = fx.scale(count, elem.size.bytes());
            let config = fx.cgu.module_config();
            fx.bcx.call_memset(config, dst, byte, bytes);
        }
        sym::volatile_copy_memory | sym::volatile_copy_nonoverlapping_memory => {
            let elem = fx.layout_of(generic_ty(0));
            let dst = args[0].load_scalar(fx);
            let src = args[1].load_scalar(fx);
            let count = args[2].load_scalar(fx);
            copy_bytes(fx, dst, src, count, elem, false);
        }
        sym::volatile_load | sym::unaligned_volatile_load => {
            let ptr = args[0].load_scalar(fx);
            let val = CgPlace::at(ptr, dest.layout).to_val(fx);
            let val = force_load(fx, val);
            dest.write(fx, val);
        }
        sym::volatile_store | sym::unaligned_volatile_store | sym::nontemporal_store => {
            let ptr = args[0].load_scalar(fx);
            CgPlace::at(ptr, args[1].layout).write(fx, args[1]);
        }
        sym::ctpop | sym::ctlz | sym::ctlz_nonzero | sym::cttz | sym::cttz_nonzero => {
            let v = args[0].load_scalar(fx);
            let res = match name {
                sym::ctpop => fx.bcx.ins().popcnt(v),
                sym::ctlz | sym::ctlz_nonzero => fx.bcx.ins().clz(v),
                _ => fx.bcx.ins().ctz(v),
            };
            let res = crate::cast::int_resize(fx, res, types::I32, false);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::bswap => {
            let v = args[0].load_scalar(fx);
            let ty = fx.bcx.func.dfg.value_type(v);
            let res = if ty == types::I8 { v } else { fx.bcx.ins().bswap(v) };
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::bitreverse => {
            let v = args[0].load_scalar(fx);
            let res = fx.bcx.ins().bitrev(v);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::rotate_left | sym::rotate_right => {
            let v = args[0].load_scalar(fx);
            let amount = args[1].load_scalar(fx);
            let res = if name == sym::rotate_left {
                fx.bcx.ins().rotl(v, amount)
            } else {
                fx.bcx.ins().rotr(v, amount)
            };
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::saturating_add | sym::saturating_sub => {
            let signed = generic_ty(0).is_signed();
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let res = saturating(fx, name == sym::saturating_add, signed, a, b);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::exact_div
        | sym::unchecked_div
        | sym::unchecked_rem
        | sym::unchecked_add
        | sym::unchecked_sub
        | sym::unchecked_mul
        | sym::unchecked_shl
        | sym::unchecked_shr
        | sym::wrapping_add
        | sym::wrapping_sub
        | sym::wrapping_mul
        | sym::disjoint_bitor
        | sym::three_way_compare => {
            let op = match name {
                sym::exact_div | sym::unchecked_div => BinOp::Div,
                sym::unchecked_rem => BinOp::Rem,
                sym::unchecked_add | sym::wrapping_add => BinOp::Add,
                sym::unchecked_sub | sym::wrapping_sub => BinOp::Sub,
                sym::unchecked_mul | sym::wrapping_mul => BinOp::Mul,
                sym::unchecked_shl => BinOp::Shl,
                sym::unchecked_shr => BinOp::Shr,
                sym::disjoint_bitor => BinOp::BitOr,
                _ => BinOp::Cmp,
            };
            let val = crate::num::binop(fx, op, args[0], args[1], dest.layout);
            dest.write(fx, val);
        }
        sym::add_with_overflow | sym::sub_with_overflow | sym::mul_with_overflow => {
            let op = match name {
                sym::add_with_overflow => BinOp::AddWithOverflow,
                sym::sub_with_overflow => BinOp::SubWithOverflow,
                _ => BinOp::MulWithOverflow,
            };
            let val = crate::num::binop(fx, op, args[0], args[1], dest.layout);
            dest.write(fx, val);
        }
        sym::float_to_int_unchecked => {
            let val = crate::cast::cast(
                fx,
                rustc_middle::mir::CastKind::FloatToInt,
                args[0],
                dest.layout,
            );
            dest.write(fx, val);
        }
        sym::ptr_offset_from | sym::ptr_offset_from_unsigned => {
            let size = fx.layout_of(generic_ty(0)).size.bytes() as i64;
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let diff = fx.bcx.ins().isub(a, b);
            let res = if size <= 1 {
                diff
            } else if name == sym::ptr_offset_from {
                fx.bcx.ins().sdiv_imm_s(diff, size)
            } else {
                fx.bcx.ins().udiv_imm_u(diff, size)
            };
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::arith_offset => {
            let size = fx.layout_of(generic_ty(0)).size.bytes();
            let ptr = args[0].load_scalar(fx);
            let count = args[1].load_scalar(fx);
            let bytes = fx.scale(count, size);
            let res = fx.bcx.ins().iadd(ptr, bytes);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::ptr_mask => {
            let ptr = args[0].load_scalar(fx);
            let mask = args[1].load_scalar(fx);
            let res = fx.bcx.ins().band(ptr, mask);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::ptr_guaranteed_cmp => {
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let res = fx.bcx.ins().icmp(IntCC::Equal, a, b);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::raw_eq => {
            let layout = fx.layout_of(generic_ty(0));
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let size = fx.bcx.ins().iconst(fx.ptr_ty, layout.size.bytes() as i64);
            let cmp = call_builtin(fx, "memcmp", &[a, b, size], types::I32);
            let res = fx.bcx.ins().icmp_imm_s(IntCC::Equal, cmp, 0);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::compare_bytes => {
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let n = args[2].load_scalar(fx);
            let res = call_builtin(fx, "memcmp", &[a, b, n], types::I32);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::is_val_statically_known => {
            let res = fx.bcx.ins().iconst(types::I8, 0);
            dest.write(fx, CgVal::by_val(res, dest.layout));
        }
        sym::select_unpredictable => {
            let cond = args[0].load_scalar(fx);
            select_val(fx, cond, args[1], args[2], dest);
        }
        sym::discriminant_value => {
            let ptr = args[0].load_scalar(fx);
            let place = CgPlace::at(ptr, fx.layout_of(generic_ty(0)));
            let val = crate::discriminant::read(fx, place, dest.layout);
            dest.write(fx, val);
        }
        sym::assert_inhabited | sym::assert_zero_valid | sym::assert_mem_uninitialized_valid => {
            if let Some(msg) = invalid_value_message(fx, name, generic_ty(0)) {
                let msg = crate::constant::str_const(fx, &msg);
                let item = rustc_hir::LangItem::PanicNounwind;
                crate::abi::call_panic_lang_item(fx, item, vec![msg], unwind, source_info);
                return None;
            }
        }
        sym::const_allocate => {
            let null = fx.bcx.ins().iconst(fx.ptr_ty, 0);
            dest.write(fx, CgVal::by_val(null, dest.layout));
        }
        sym::const_deallocate => {}
        _ if atomic::lower(fx, name, instance, args, dest) => {}
        _ if float::lower(fx, name, args, dest) => {}
        _ if simd::lower(fx, name, instance, args, dest) => {}
        _ => {
            let intrinsic = tcx.intrinsic(instance.def_id());
            if intrinsic.is_some_and(|i| !i.must_be_overridden) {
                return Some(Instance::new_raw(instance.def_id(), instance.args));
            }
            fx.unsupported(format!("the intrinsic `{name}`"));
        }
    }
    match target {
        Some(bb) => fx.goto(bb),
        None => fx.trap_unreachable(),
    }
    None
}

/// Copies `count` elements of `elem` from `src` to `dst` (memcpy or memmove).
pub(crate) fn copy_bytes(
    fx: &mut FnCx<'_, '_>,
    dst: Value,
    src: Value,
    count: Value,
    elem: TyAndLayout<'_>,
    nonoverlapping: bool,
) {
    let bytes = fx.scale(count, elem.size.bytes());
    let config = fx.cgu.module_config();
    if nonoverlapping {
        fx.bcx.call_memcpy(config, dst, src, bytes);
    } else {
        fx.bcx.call_memmove(config, dst, src, bytes);
    }
}

/// Loads a value now (for volatile reads), rather than leaving it behind an address.
fn force_load<'tcx>(fx: &mut FnCx<'_, 'tcx>, val: CgVal<'tcx>) -> CgVal<'tcx> {
    match val.layout.backend_repr {
        BackendRepr::Scalar(_) => {
            let v = val.load_scalar(fx);
            CgVal::by_val(v, val.layout)
        }
        BackendRepr::ScalarPair { .. } => {
            let (a, b) = val.load_pair(fx);
            CgVal::by_val_pair(a, b, val.layout)
        }
        _ => {
            let copy = CgPlace::new_stack(fx, val.layout);
            copy.write(fx, val);
            copy.to_val(fx)
        }
    }
}

pub(super) fn saturating(
    fx: &mut FnCx<'_, '_>,
    add: bool,
    signed: bool,
    a: Value,
    b: Value,
) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    let op = if add { BinOp::Add } else { BinOp::Sub };
    let (wrapped, overflow) = crate::num::int_with_overflow(fx, op, signed, a, b);
    let limit = if signed {
        // On overflow the exact result has the sign of `a`: saturate towards it.
        let bits = ty.bits();
        let min = fx.iconst(ty, i128::MIN >> (128 - bits));
        let max = fx.iconst(ty, i128::MAX >> (128 - bits));
        let zero = fx.iconst(ty, 0);
        let a_neg = fx.bcx.ins().icmp(IntCC::SignedLessThan, a, zero);
        fx.bcx.ins().select(a_neg, min, max)
    } else if add {
        fx.iconst(ty, -1)
    } else {
        fx.iconst(ty, 0)
    };
    if ty != types::I128 {
        return fx.bcx.ins().select(overflow, limit, wrapped);
    }
    // Cranelift's optimizer turns this `select` into `umax`/`umin`, which x86_64 cannot lower
    // for 128-bit integers: branch instead.
    let saturate = fx.bcx.create_block();
    let done = fx.bcx.create_block();
    let res = fx.bcx.append_block_param(done, ty);
    fx.bcx.ins().brif(overflow, saturate, &[], done, &[BlockArg::Value(wrapped)]);
    fx.bcx.switch_to_block(saturate);
    fx.bcx.ins().jump(done, &[BlockArg::Value(limit)]);
    fx.bcx.switch_to_block(done);
    res
}

/// `dest = if cond { if_true } else { if_false }`: one write of `dest`, which a local written
/// once needs, for values in registers; a branch to one copy each for others.
fn select_val<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    cond: Value,
    if_true: CgVal<'tcx>,
    if_false: CgVal<'tcx>,
    dest: CgPlace<'tcx>,
) {
    match crate::layout::reg_repr(fx.tcx, dest.layout.backend_repr) {
        Some(crate::layout::RegRepr::Scalar(_)) => {
            let (a, b) = (if_true.load_scalar(fx), if_false.load_scalar(fx));
            let v = fx.bcx.ins().select(cond, a, b);
            return dest.write(fx, CgVal::by_val(v, dest.layout));
        }
        Some(crate::layout::RegRepr::Pair(..)) => {
            let ((a0, a1), (b0, b1)) = (if_true.load_pair(fx), if_false.load_pair(fx));
            let v0 = fx.bcx.ins().select(cond, a0, b0);
            let v1 = fx.bcx.ins().select(cond, a1, b1);
            return dest.write(fx, CgVal::by_val_pair(v0, v1, dest.layout));
        }
        None => {}
    }
    let then_block = fx.bcx.create_block();
    let else_block = fx.bcx.create_block();
    let join = fx.bcx.create_block();
    fx.bcx.ins().brif(cond, then_block, &[], else_block, &[]);
    fx.bcx.switch_to_block(then_block);
    dest.write(fx, if_true);
    fx.bcx.ins().jump(join, &[]);
    fx.bcx.switch_to_block(else_block);
    dest.write(fx, if_false);
    fx.bcx.ins().jump(join, &[]);
    fx.bcx.switch_to_block(join);
}

/// Size and alignment of the value behind a (possibly wide) pointer.
pub(crate) fn size_and_align_of_val<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    ty: Ty<'tcx>,
    ptr: CgVal<'tcx>,
) -> (Value, Value) {
    let layout = fx.layout_of(ty);
    if layout.is_sized() {
        let size = fx.bcx.ins().iconst(fx.ptr_ty, layout.size.bytes() as i64);
        let align = fx.bcx.ins().iconst(fx.ptr_ty, layout.align.abi.bytes() as i64);
        return (size, align);
    }
    let (_, meta) = ptr.load_pair(fx);
    unsized_size_and_align(fx, ty, meta)
}

/// Size and alignment of an unsized `ty` with metadata `meta`; a struct whose tail is itself
/// a struct with an unsized tail takes a step per level, each with its own prefix, padding
/// and `repr(packed)` cap (as rustc's `size_and_align_of_dst`).
fn unsized_size_and_align<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    ty: Ty<'tcx>,
    meta: Value,
) -> (Value, Value) {
    let layout = fx.layout_of(ty);
    match ty.kind() {
        ty::Dynamic(..) => {
            let psize = fx.tcx.data_layout.pointer_size().bytes() as i32;
            let size = fx.bcx.ins().load(fx.ptr_ty, mem_flags(), meta, psize);
            let align = fx.bcx.ins().load(fx.ptr_ty, mem_flags(), meta, 2 * psize);
            (size, align)
        }
        ty::Slice(_) | ty::Str => {
            let elem = layout.field(&fx.lcx(), 0);
            let size = fx.scale(meta, elem.size.bytes());
            let align = fx.bcx.ins().iconst(fx.ptr_ty, elem.align.abi.bytes() as i64);
            (size, align)
        }
        ty::Adt(..) | ty::Tuple(..) => {
            let last = layout.fields.count() - 1;
            let prefix = layout.fields.offset(last).bytes() as i64;
            let tail = layout.field(&fx.lcx(), last).ty;
            let (tail_size, tail_align) = unsized_size_and_align(fx, tail, meta);
            let tail_align = match ty.ty_adt_def().and_then(|def| def.repr().pack) {
                Some(pack) => {
                    let pack = fx.bcx.ins().iconst(fx.ptr_ty, pack.bytes() as i64);
                    fx.bcx.ins().umin(tail_align, pack)
                }
                None => tail_align,
            };
            let sized_align = fx.bcx.ins().iconst(fx.ptr_ty, layout.align.abi.bytes() as i64);
            let align = fx.bcx.ins().umax(sized_align, tail_align);
            let unaligned = fx.bcx.ins().iadd_imm_s(tail_size, prefix);
            let mask = fx.bcx.ins().iadd_imm_s(align, -1);
            let rounded = fx.bcx.ins().iadd(unaligned, mask);
            let not_mask = fx.bcx.ins().bnot(mask);
            let size = fx.bcx.ins().band(rounded, not_mask);
            (size, align)
        }
        _ => fx.unsupported(format!("the size of a value of type `{ty}`")),
    }
}

/// The panic message of an `assert_*` intrinsic whose requirement `ty` does not meet, if any.
fn invalid_value_message<'tcx>(
    fx: &FnCx<'_, 'tcx>,
    name: rustc_span::Symbol,
    ty: Ty<'tcx>,
) -> Option<String> {
    use rustc_middle::ty::layout::ValidityRequirement;
    let requirement = ValidityRequirement::from_intrinsic(name)?;
    let input = ty::TypingEnv::fully_monomorphized().as_query_input(ty);
    if fx.tcx.check_validity_requirement((requirement, input)).unwrap_or(true) {
        return None;
    }
    let uninhabited = fx.layout_of(ty).is_uninhabited();
    let ty = rustc_middle::ty::print::with_no_visible_paths!(
        rustc_middle::ty::print::with_no_trimmed_paths!(ty.to_string())
    );
    Some(if uninhabited {
        format!("attempted to instantiate uninhabited type `{ty}`")
    } else if requirement == ValidityRequirement::Zero {
        format!("attempted to zero-initialize type `{ty}`, which is invalid")
    } else {
        format!("attempted to leave type `{ty}` uninitialized, which is invalid")
    })
}

/// What an assembly helper gives back: a vector it stores through its first argument, a scalar
/// in its return register, or nothing.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum HelperOutput {
    Vector,
    Scalar(types::Type),
    Nothing,
}

/// Calls the assembly helper `stem` (`body` is defined once per CGU) with the addresses of
/// `inputs` and then `scalars`, after the result's address when it gives back a vector.
pub(super) fn call_memory_helper<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    stem: &str,
    body: &str,
    inputs: &[CgVal<'tcx>],
    scalars: &[Value],
    output: HelperOutput,
    dest: CgPlace<'tcx>,
) {
    let tmp = (output == HelperOutput::Vector).then(|| CgPlace::new_stack(fx, dest.layout));
    let mut call_args = Vec::new();
    if let Some(tmp) = tmp {
        call_args.push(tmp.addr(fx));
    }
    for input in inputs {
        let (addr, _) = input.force_addr(fx);
        call_args.push(addr);
    }
    call_args.extend_from_slice(scalars);
    let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
    for &arg in &call_args {
        sig.params.push(AbiParam::new(fx.bcx.func.dfg.value_type(arg)));
    }
    if let HelperOutput::Scalar(ty) = output {
        sig.returns.push(AbiParam::new(ty));
    }
    let res = crate::inline_asm::call_helper(fx, stem, body, sig, &call_args);
    match (output, tmp) {
        (HelperOutput::Vector, Some(tmp)) => {
            let val = tmp.to_val(fx);
            dest.write(fx, val);
        }
        (HelperOutput::Scalar(_), _) => dest.write(fx, CgVal::by_val(res[0], dest.layout)),
        _ => {}
    }
}

/// The value of `arg` if it is an integer constant, perhaps behind integer casts: how rustc
/// passes immediates and constant lane indices.
fn constant_int<'tcx>(fx: &mut FnCx<'_, 'tcx>, arg: CgVal<'tcx>) -> Option<i64> {
    use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
    let mut v = arg.load_scalar(fx);
    let dfg = &fx.bcx.func.dfg;
    while let ValueDef::Result(inst, 0) = dfg.value_def(v) {
        match dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => return Some(imm.bits()),
            InstructionData::Unary {
                opcode: Opcode::Ireduce | Opcode::Uextend | Opcode::Sextend,
                arg,
            } => v = arg,
            _ => return None,
        }
    }
    None
}

/// Writes the values an intrinsic returns in registers (an asm helper's results) into the
/// fields of the tuple `dest`, in order.
fn write_fields<'tcx>(fx: &mut FnCx<'_, 'tcx>, dest: CgPlace<'tcx>, values: Vec<Value>) {
    for (index, value) in values.into_iter().enumerate() {
        let field = dest.field(fx, rustc_abi::FieldIdx::from_usize(index));
        field.write(fx, CgVal::by_val(value, field.layout));
    }
}
