//! Inline assembly (`asm!`) and `global_asm!` on x86_64 and aarch64.
//!
//! Cranelift cannot embed assembly text, so each `asm!` becomes a small function written in
//! assembly, assembled with the system assembler into an object beside the CGU's, and called
//! from the lowered code. The caller stores the inputs into a stack area and passes its address;
//! the wrapper loads them into the registers the template expects, runs the template, and stores
//! the outputs back into the area. Being a call, it clobbers what a call clobbers; the wrapper
//! saves the callee-saved registers so the template may use any register.
//!
//! The per-architecture modules know the registers, their names in templates, and the
//! wrapper's frame; operands, allocation and the call are shared.
//!
//! Templates that assemble to nothing (comments only, used as optimization barriers) need no
//! wrapper: `inout` values pass through unchanged.

use std::fmt::Write as _;

use cranelift_codegen::ir::{AbiParam, ArgumentPurpose, InstBuilder, Signature, types};
use cranelift_module::{FuncId, Linkage, Module};
use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_middle::mir::{BasicBlock, InlineAsmOperand, UnwindAction};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Instance};
use rustc_target::asm::{InlineAsmReg, InlineAsmRegClass, InlineAsmRegOrRegClass};

mod aarch64;
mod assembler;
mod x86_64;

pub(crate) use assembler::{CguAsm, Complaint, assemble, describe as describe_complaints};

use crate::base::FnCx;
use crate::place::CgPlace;
use crate::value::CgVal;

/// Whether the template is only whitespace and `/* */` or `#`/`//` line comments.
fn assembles_to_nothing(template: &[InlineAsmTemplatePiece]) -> bool {
    let mut text = String::new();
    for piece in template {
        match piece {
            InlineAsmTemplatePiece::String(s) => text.push_str(s),
            // Any operand text is fine inside a comment, and outside one it is not whitespace.
            InlineAsmTemplatePiece::Placeholder { .. } => text.push('x'),
        }
    }
    let mut rest = text.as_str();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return true;
        }
        if let Some(after) = rest.strip_prefix("/*") {
            match after.find("*/") {
                Some(end) => rest = &after[end + 2..],
                None => return false,
            }
        } else if rest.starts_with('#') || rest.starts_with("//") {
            rest = rest.find('\n').map_or("", |end| &rest[end..]);
        } else {
            return false;
        }
    }
}

/// A register an operand lives in, numbered as the architecture's module names them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PhysReg {
    /// A general-purpose register by its encoding number.
    Gpr(u8),
    /// A vector register by number and the bytes of the view the operand uses: 16 (`xmm`,
    /// AArch64's `v`), 32 (`ymm`) or 64 (`zmm`).
    Vec(u8, u32),
    /// An AVX-512 mask register (`k0`-`k7`) by number and the bytes of the operand's type (1,
    /// 2, 4 or 8), which pick the width of the `kmov` that moves it (a byte moves as a word
    /// without AVX512DQ).
    Mask(u8, u32),
}

impl PhysReg {
    /// Size of the register's slot in the operand area.
    fn slot_size(self) -> u32 {
        match self {
            PhysReg::Gpr(_) | PhysReg::Mask(..) => 8,
            PhysReg::Vec(_, bytes) => bytes,
        }
    }

    /// The register for an operand of `layout`: a mask register takes the type's width.
    fn for_operand(self, layout: Option<TyAndLayout<'_>>) -> PhysReg {
        match (self, layout) {
            (PhysReg::Mask(i, _), Some(layout)) => PhysReg::Mask(i, layout.size.bytes() as u32),
            _ => self,
        }
    }

    /// Whether both name (a view of) the same register.
    fn overlaps(self, other: PhysReg) -> bool {
        match (self, other) {
            (PhysReg::Gpr(x), PhysReg::Gpr(y)) => x == y,
            (PhysReg::Vec(x, _), PhysReg::Vec(y, _)) => x == y,
            (PhysReg::Mask(x, _), PhysReg::Mask(y, _)) => x == y,
            _ => false,
        }
    }
}

/// The architectures whose `asm!` we lower; each module knows its registers and wrapper frame.
#[derive(Clone, Copy)]
enum AsmArch {
    X86_64,
    AArch64,
}

impl AsmArch {
    fn of(fx: &FnCx<'_, '_>) -> Option<AsmArch> {
        match fx.tcx.sess.target.arch {
            rustc_target::spec::Arch::X86_64 => Some(AsmArch::X86_64),
            rustc_target::spec::Arch::AArch64 => Some(AsmArch::AArch64),
            _ => None,
        }
    }

    fn explicit_reg(self, reg: InlineAsmReg) -> Option<PhysReg> {
        match self {
            AsmArch::X86_64 => x86_64::explicit_reg(reg),
            AsmArch::AArch64 => aarch64::explicit_reg(reg),
        }
    }

    fn candidates(self, class: InlineAsmRegClass) -> Option<Vec<PhysReg>> {
        match self {
            AsmArch::X86_64 => x86_64::candidates(class),
            AsmArch::AArch64 => aarch64::candidates(class),
        }
    }

    fn wrapper_text(
        self,
        fx: &FnCx<'_, '_>,
        name: &str,
        template: &[InlineAsmTemplatePiece],
        ops: &[AsmOperand<'_>],
        options: InlineAsmOptions,
        exits: &[String],
    ) -> (String, usize) {
        match self {
            AsmArch::X86_64 => x86_64::wrapper_text(fx, name, template, ops, options, exits),
            AsmArch::AArch64 => aarch64::wrapper_text(fx, name, template, ops, options, exits),
        }
    }
}

/// One operand of an `asm!` as the wrapper sees it.
struct AsmOperand<'tcx> {
    reg: Option<PhysReg>,
    class: Option<InlineAsmRegClass>,
    input: Option<CgVal<'tcx>>,
    output: Option<CgPlace<'tcx>>,
    /// Offset of the operand's slot in the operand area.
    offset: u32,
    /// Text substituted for a placeholder naming a `const` or `sym` operand.
    text: Option<String>,
}

pub(crate) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    template: &[InlineAsmTemplatePiece],
    operands: &[InlineAsmOperand<'tcx>],
    options: InlineAsmOptions,
    line_spans: &[rustc_span::Span],
    targets: &[BasicBlock],
    unwind: UnwindAction,
) {
    let labels: Vec<usize> = operands
        .iter()
        .filter_map(|op| match op {
            InlineAsmOperand::Label { target_index } => Some(*target_index),
            _ => None,
        })
        .collect();
    if labels.is_empty() && assembles_to_nothing(template) {
        lower_empty(fx, operands);
    } else if let Some(exit) =
        lower_with_wrapper(fx, template, operands, options, line_spans, unwind)
    {
        // 0 is the fall-through, k the k-th `label` operand.
        let fallthrough = targets.first().filter(|_| !options.contains(InlineAsmOptions::NORETURN));
        let mut switch = cranelift_frontend::Switch::new();
        for (k, &target_index) in labels.iter().enumerate() {
            switch.set_entry(k as u128 + 1, fx.blocks[targets[target_index]]);
        }
        let otherwise = fx.bcx.create_block();
        if let Some(&bb) = fallthrough {
            switch.set_entry(0, fx.blocks[bb]);
        }
        switch.emit(&mut fx.bcx, exit, otherwise);
        fx.bcx.switch_to_block(otherwise);
        fx.trap_unreachable();
        return;
    }
    match targets.first() {
        Some(&bb) => fx.jump(bb),
        None => fx.trap_unreachable(),
    }
}

/// An `asm!` without instructions: outputs take the inputs of `inout`s, or zero.
fn lower_empty<'tcx>(fx: &mut FnCx<'_, 'tcx>, operands: &[InlineAsmOperand<'tcx>]) {
    for operand in operands {
        match operand {
            InlineAsmOperand::InOut { in_value, out_place: Some(place), .. } => {
                let value = fx.operand(in_value);
                let place = fx.place(*place);
                place.write(fx, value);
            }
            InlineAsmOperand::Out { place: Some(place), .. } => {
                let place = fx.place(*place);
                let zero = CgVal::zeroed(fx, place.layout);
                place.write(fx, zero);
            }
            _ => {}
        }
    }
}

/// Lowers the block as a call of its wrapper; with `label` operands, returns the wrapper's
/// result telling how the template left (0 by falling through, k by the k-th label).
fn lower_with_wrapper<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    template: &[InlineAsmTemplatePiece],
    operands: &[InlineAsmOperand<'tcx>],
    options: InlineAsmOptions,
    line_spans: &[rustc_span::Span],
    unwind: UnwindAction,
) -> Option<cranelift_codegen::ir::Value> {
    let Some(arch) = AsmArch::of(fx) else {
        fx.unsupported(format!("inline assembly (`asm!`) on {}", fx.tcx.sess.target.arch.desc()))
    };
    let mut ops: Vec<AsmOperand<'tcx>> = Vec::with_capacity(operands.len());
    // Local labels of the wrapper that the template's `label` operands jump to.
    let mut exits: Vec<String> = Vec::new();
    // Registers the template clobbers, and whether only after reading its inputs.
    let mut clobbered: Vec<(PhysReg, bool)> = Vec::new();
    let block = fx.cgu.asm_label_blocks;
    for operand in operands {
        let op = match operand {
            InlineAsmOperand::In { reg, value } => {
                let input = Some(fx.operand(value));
                asm_operand(fx, arch, *reg, input, None)
            }
            // A clobber: the wrapper is a call, so caller-saved registers are clobbered anyway
            // and it restores the callee-saved ones. The template writes it, so class operands
            // must keep out of it: outputs always, inputs unless the write comes after the
            // inputs are read (`lateout`, as `clobber_abi` makes them), as with LLVM.
            InlineAsmOperand::Out { reg: InlineAsmRegOrRegClass::Reg(reg), late, place: None } => {
                clobbered.extend(arch.explicit_reg(*reg).map(|phys| (phys, *late)));
                AsmOperand::text(String::new())
            }
            InlineAsmOperand::Out { reg, place, .. } => {
                let output = place.map(|p| fx.place(p));
                asm_operand(fx, arch, *reg, None, output)
            }
            InlineAsmOperand::InOut { reg, in_value, out_place, .. } => {
                let input = Some(fx.operand(in_value));
                let output = out_place.map(|p| fx.place(p));
                asm_operand(fx, arch, *reg, input, output)
            }
            InlineAsmOperand::Const { value } => AsmOperand::text(const_int_text(fx, value)),
            InlineAsmOperand::SymFn { value } => {
                let ty = fx.monomorphize(value.const_.ty());
                let ty::FnDef(def_id, args) = *ty.kind() else {
                    fx.unsupported("a `sym` operand that is not a function item")
                };
                let Some(args) = args.no_bound_vars() else { fx.bug("late-bound sym args") };
                let instance = Instance::resolve_for_fn_ptr(
                    fx.tcx,
                    ty::TypingEnv::fully_monomorphized(),
                    def_id,
                    args,
                )
                .unwrap_or_else(|| fx.bug("cannot resolve `sym` function"));
                crate::abi::declare_instance(fx.cgu, instance, Linkage::Import);
                let name = fx.tcx.symbol_name(instance).name;
                // The wrapper lives in another object: see `export_asm_symbols`.
                fx.cgu.asm_symbols.insert(name.to_owned());
                AsmOperand::text(symbol_text(name))
            }
            InlineAsmOperand::SymStatic { def_id } => {
                let name = fx.tcx.symbol_name(Instance::mono(fx.tcx, *def_id)).name;
                fx.cgu.asm_symbols.insert(name.to_owned());
                AsmOperand::text(symbol_text(name))
            }
            InlineAsmOperand::Label { .. } => {
                let label = format!(".Lclif_asm_label{block}_{}", exits.len() + 1);
                exits.push(label.clone());
                AsmOperand::text(label)
            }
        };
        ops.push(op);
    }
    if !exits.is_empty() {
        fx.cgu.asm_label_blocks += 1;
    }
    allocate_registers(fx, arch, &mut ops, &clobbered);
    if !has_feature(fx, "avx512dq") {
        // `kmovb` needs AVX512DQ. Without it a one-byte mask moves as a word, as LLVM moves
        // it through a general register; the slot is cleared below so that the high byte,
        // which the template must not rely on, is at least the same from run to run.
        for op in ops.iter_mut() {
            if let Some(PhysReg::Mask(i, 1)) = op.reg {
                op.reg = Some(PhysReg::Mask(i, 2));
            }
        }
    }

    // The operand area, one slot per register operand.
    let mut size = 0u32;
    for op in ops.iter_mut() {
        if let Some(reg) = op.reg {
            op.offset = size.next_multiple_of(reg.slot_size());
            size = op.offset + reg.slot_size();
        }
    }
    let area_layout = fx.layout_of(ty::Ty::new_array(
        fx.tcx,
        fx.tcx.types.u64,
        u64::from(size.div_ceil(8)).max(1),
    ));
    let area = CgPlace::new_stack(fx, area_layout).addr(fx);
    for op in &ops {
        if let Some(input) = op.input {
            let addr = fx.ptr_add(area, i64::from(op.offset));
            if let Some(PhysReg::Mask(_, width)) = op.reg
                && u64::from(width) > input.layout.size.bytes()
            {
                let zero = fx.bcx.ins().iconst(types::I64, 0);
                fx.bcx.ins().store(crate::value::mem_flags(), zero, addr, 0);
            }
            CgPlace::at(addr, input.layout).write(fx, input);
        }
    }

    let name = format!("{}.{}.asm{}", fx.cgu.name, fx.symbol, fx.asm_count);
    fx.asm_count += 1;
    let (text, template_start) = arch.wrapper_text(fx, &name, template, &ops, options, &exits);
    fx.cgu.asm.push_wrapper(&text, template_start, line_spans);

    let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
    sig.params.push(AbiParam::new(fx.ptr_ty));
    if !exits.is_empty() {
        sig.returns.push(AbiParam::new(types::I32));
    }
    let id = match fx.cgu.module.declare_function(&name, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(err) => fx.bug(format!("cannot declare `{name}`: {err}")),
    };
    let r = fx.func_ref(id);
    // A template that may unwind (a call of a function that panics) is a call with the
    // block's unwind edge; the wrapper's frame information lets the unwinder through it.
    let unwind = if options.contains(InlineAsmOptions::MAY_UNWIND) {
        unwind
    } else {
        UnwindAction::Unreachable
    };
    let results = fx.call_unwinding_to(crate::landing_pad::CallTarget::Direct(r), &[area], unwind);
    let exit = results.first().copied();

    for op in &ops {
        if let Some(place) = op.output {
            let addr = fx.ptr_add(area, i64::from(op.offset));
            let val = CgPlace::at(addr, place.layout).to_val(fx);
            place.write(fx, val);
        }
    }
    exit
}

impl<'tcx> AsmOperand<'tcx> {
    fn text(text: String) -> Self {
        AsmOperand {
            reg: None,
            class: None,
            input: None,
            output: None,
            offset: 0,
            text: Some(text),
        }
    }
}

fn const_int_text<'tcx>(
    fx: &FnCx<'_, 'tcx>,
    value: &rustc_middle::mir::ConstOperand<'tcx>,
) -> String {
    let const_ = fx.monomorphize(value.const_);
    match const_.eval(fx.tcx, ty::TypingEnv::fully_monomorphized(), value.span) {
        Ok(rustc_middle::mir::ConstValue::Scalar(rustc_middle::mir::interpret::Scalar::Int(
            int,
        ))) => {
            if const_.ty().is_signed() {
                int.to_int(int.size()).to_string()
            } else {
                int.to_uint(int.size()).to_string()
            }
        }
        _ => fx.unsupported("a `const` operand in `asm!` that is not an integer"),
    }
}

fn asm_operand<'tcx>(
    fx: &FnCx<'_, 'tcx>,
    arch: AsmArch,
    reg: InlineAsmRegOrRegClass,
    input: Option<CgVal<'tcx>>,
    output: Option<CgPlace<'tcx>>,
) -> AsmOperand<'tcx> {
    let layout: Option<TyAndLayout<'tcx>> = input.map(|v| v.layout).or(output.map(|p| p.layout));
    if layout.is_some_and(|l| l.size.bytes() > 64) {
        fx.unsupported("an `asm!` operand wider than 512 bits");
    }
    match reg {
        InlineAsmRegOrRegClass::Reg(r) => match arch.explicit_reg(r) {
            Some(phys) => AsmOperand {
                reg: Some(phys.for_operand(layout)),
                class: None,
                input,
                output,
                offset: 0,
                text: None,
            },
            None => fx.unsupported(format!("the register `{}` in `asm!`", r.name())),
        },
        InlineAsmRegOrRegClass::RegClass(class) => {
            if arch.candidates(class).is_none() {
                fx.unsupported(format!("the register class `{}` in `asm!`", class.name()));
            }
            AsmOperand { reg: None, class: Some(class), input, output, offset: 0, text: None }
        }
    }
}

/// Whether the function is compiled with target feature `name`, for the crate or by its own
/// `#[target_feature]`.
fn has_feature(fx: &FnCx<'_, '_>, name: &str) -> bool {
    let name = rustc_span::Symbol::intern(name);
    fx.tcx.sess.unstable_target_features.contains(&name)
        || fx
            .tcx
            .codegen_instance_attrs(fx.instance.def)
            .target_features
            .iter()
            .any(|feature| feature.name == name)
}

/// Gives every class operand a register that no explicit operand uses and the template does
/// not clobber while the operand is live (`clobbered`: a late clobber only outputs avoid).
fn allocate_registers(
    fx: &FnCx<'_, '_>,
    arch: AsmArch,
    ops: &mut [AsmOperand<'_>],
    clobbered: &[(PhysReg, bool)],
) {
    let mut used: Vec<PhysReg> = ops.iter().filter_map(|op| op.reg).collect();
    for op in ops.iter_mut() {
        let Some(class) = op.class else { continue };
        let candidates = arch.candidates(class).unwrap_or_default();
        let output = op.output.is_some();
        let free = |c: &PhysReg| {
            !used.iter().any(|u| u.overlaps(*c))
                && !clobbered.iter().any(|&(r, late)| (output || !late) && r.overlaps(*c))
        };
        let Some(reg) = candidates.into_iter().find(free) else {
            fx.unsupported("an `asm!` with more register operands than free registers")
        };
        used.push(reg);
        let layout = op.input.map(|v| v.layout).or(op.output.map(|p| p.layout));
        op.reg = Some(reg.for_operand(layout));
    }
}

/// Appends the template to `out`, with each placeholder replaced by its operand's text or by
/// the name `reg_name` gives its register (under the placeholder's modifier). `intel`: x86
/// Intel syntax, whose immediates may carry LLVM's `$` prefixes.
fn render_template(
    fx: &FnCx<'_, '_>,
    out: &mut String,
    template: &[InlineAsmTemplatePiece],
    ops: &[AsmOperand<'_>],
    intel: bool,
    reg_name: impl Fn(PhysReg, Option<InlineAsmRegClass>, Option<char>) -> String,
) {
    for piece in template {
        match piece {
            InlineAsmTemplatePiece::String(text) if intel => x86_64::push_intel_text(out, text),
            InlineAsmTemplatePiece::String(text) => out.push_str(text),
            InlineAsmTemplatePiece::Placeholder { operand_idx, modifier, .. } => {
                let op = &ops[*operand_idx];
                match (&op.text, op.reg) {
                    (Some(text), _) => out.push_str(text),
                    (None, Some(reg)) => out.push_str(&reg_name(reg, op.class, *modifier)),
                    (None, None) => fx.bug("asm placeholder without a register"),
                }
            }
        }
    }
}

/// Appends the loads of the input registers from the operand area, whose address is in
/// `area` (named `area_name`); that register is loaded last.
fn load_inputs(
    out: &mut String,
    ops: &[AsmOperand<'_>],
    area: PhysReg,
    area_name: &str,
    load: impl Fn(PhysReg, u32, &str) -> String,
) {
    let mut area_input = None;
    for op in ops {
        let (Some(reg), Some(_)) = (op.reg, op.input) else { continue };
        if reg == area {
            area_input = Some(op.offset);
            continue;
        }
        out.push_str(&load(reg, op.offset, area_name));
    }
    if let Some(offset) = area_input {
        out.push_str(&load(area, offset, area_name));
    }
}

/// How an architecture writes the wrapper's way out (see [`return_path`]).
struct ReturnPath {
    /// General registers that may hold the area's address again, in order of preference.
    scratch: &'static [u8],
    gpr_name: fn(u8) -> String,
    /// Reloads the area's address (saved by the prologue) into the named register.
    reload_area: fn(&str) -> String,
    /// Stores a register into the area at an offset from the named register.
    store: fn(PhysReg, u32, &str) -> String,
    /// Sets the wrapper's result to the exit taken.
    set_exit: fn(usize) -> String,
    epilogue: &'static str,
}

/// Appends what follows the template: the outputs go back to the operand area and the frame is
/// undone. With `exits` (the labels of `label` operands), the result says how the template
/// left: 0 by falling through, k by the k-th exit. Each way out stores the outputs before it
/// sets the result, since an output may live in the result's register.
fn return_path(
    fx: &FnCx<'_, '_>,
    out: &mut String,
    ops: &[AsmOperand<'_>],
    options: InlineAsmOptions,
    exits: &[String],
    arch: &ReturnPath,
) {
    let outputs: Vec<PhysReg> =
        ops.iter().filter(|o| o.output.is_some()).filter_map(|o| o.reg).collect();
    let scratch = arch
        .scratch
        .iter()
        .find(|&&i| !outputs.contains(&PhysReg::Gpr(i)))
        .map(|&i| (arch.gpr_name)(i))
        .unwrap_or_else(|| fx.unsupported("an `asm!` using every register for outputs"));
    let leave = |out: &mut String, exit: Option<usize>| {
        out.push_str(&(arch.reload_area)(&scratch));
        for op in ops {
            if let (Some(reg), Some(_)) = (op.reg, op.output) {
                out.push_str(&(arch.store)(reg, op.offset, &scratch));
            }
        }
        if let Some(k) = exit {
            out.push_str(&(arch.set_exit)(k));
        }
        out.push_str(arch.epilogue);
    };
    if !options.contains(InlineAsmOptions::NORETURN) {
        leave(out, (!exits.is_empty()).then_some(0));
    }
    for (k, exit) in exits.iter().enumerate() {
        let _ = writeln!(out, "{exit}:");
        leave(out, Some(k + 1));
    }
}

/// A symbol as a `sym` operand writes it into assembly: quoted when it has characters the
/// assembler would not take as part of a name (`exit@GLIBC_2.2.5` from a `link_name`), as
/// LLVM prints it.
fn symbol_text(name: &str) -> String {
    if name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$')) {
        return name.to_owned();
    }
    let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// Opens the section and symbol of an assembly function visible to this CGU's object only.
/// `%` type prefixes: GNU `as` takes them on every target (`@` starts a comment on some).
fn function_start(out: &mut String, name: &str) {
    let _ = writeln!(out, ".pushsection .text.{name},\"ax\",%progbits");
    let _ = writeln!(out, ".globl \"{name}\"\n.hidden \"{name}\"\n.type \"{name}\",%function");
}

fn function_end(out: &mut String, name: &str) {
    let _ = writeln!(out, ".size \"{name}\", . - \"{name}\"\n.popsection");
}

/// Calls a small function written in assembly (the C calling convention; Intel syntax on
/// x86_64; `body` ends with `ret`), defined once per CGU under `stem`; for LLVM intrinsics that
/// need one specific instruction.
pub(crate) fn call_helper(
    fx: &mut FnCx<'_, '_>,
    stem: &str,
    body: &str,
    sig: Signature,
    args: &[cranelift_codegen::ir::Value],
) -> Vec<cranelift_codegen::ir::Value> {
    let name = format!("{}.{stem}", fx.cgu.name);
    let intel = fx.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64;
    let id = asm_function(fx, &name, &sig, || {
        if intel {
            format!(".intel_syntax noprefix\n{body}\n.att_syntax prefix")
        } else {
            body.to_owned()
        }
    });
    let r = fx.func_ref(id);
    let call = fx.bcx.ins().call(r, args);
    fx.bcx.inst_results(call).to_vec()
}

/// The function to call for a direct call to the C-variadic function `target` with the
/// signature `sig` on x86_64: a trampoline that sets `al` and jumps to `target`. The SysV ABI
/// has a variadic callee read from `al` how many vector registers carry arguments (its
/// prologue saves them only if it is not zero), and Cranelift cannot set it; 8 is an upper
/// bound, which the ABI allows.
pub(crate) fn variadic_trampoline(fx: &mut FnCx<'_, '_>, target: &str, sig: &Signature) -> FuncId {
    let name = format!("{}.va.{target}.{}", fx.cgu.name, shape_name(sig));
    asm_function(fx, &name, sig, || format!("movl $8, %eax\njmp \"{target}\"@PLT"))
}

/// The same for a call through a pointer: a trampoline of `sig` plus one more pointer
/// argument, the target, which it moves to `r11` (free at calls) before setting `al` and
/// jumping there. The callee reads no more integer registers than the call fills, so the one
/// carrying the target is lost on no one. None when `sig`'s own arguments leave no integer
/// argument register for it.
pub(crate) fn variadic_pointer_trampoline(
    fx: &mut FnCx<'_, '_>,
    sig: &Signature,
) -> Option<FuncId> {
    const INT_ARG_REGS: [&str; 6] = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];
    let mut used = 0;
    for param in &sig.params {
        let ty = param.value_type;
        if ty.is_int() && !matches!(param.purpose, ArgumentPurpose::StructArgument(_)) {
            used += ty.bytes().div_ceil(8) as usize;
        }
    }
    // With all arguments in registers, the next integer one is the target's.
    let reg = INT_ARG_REGS.get(used)?;
    let mut trampoline = sig.clone();
    trampoline.params.push(AbiParam::new(fx.ptr_ty));
    let name = format!("{}.va.ptr.{}", fx.cgu.name, shape_name(&trampoline));
    Some(asm_function(fx, &name, &trampoline, || {
        format!("movq %{reg}, %r11\nmovl $8, %eax\njmp *%r11")
    }))
}

/// `sig` as part of a symbol name, for trampolines needed once per signature.
fn shape_name(sig: &Signature) -> String {
    sig.to_string().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

/// Declares the CGU-local assembly function `name` and, the first time, defines it in the
/// CGU's assembly with the text `body` makes (GNU `as` syntax, after the label).
fn asm_function(
    fx: &mut FnCx<'_, '_>,
    name: &str,
    sig: &Signature,
    body: impl FnOnce() -> String,
) -> FuncId {
    let id = match fx.cgu.module.declare_function(name, Linkage::Import, sig) {
        Ok(id) => id,
        Err(err) => fx.bug(format!("cannot declare `{name}`: {err}")),
    };
    if fx.cgu.asm_helpers.insert(name.to_owned()) {
        let mut text = String::new();
        function_start(&mut text, name);
        let _ = writeln!(text, "\"{name}\":\n{}", body());
        function_end(&mut text, name);
        fx.cgu.asm.text.push_str(&text);
    }
    id
}

/// `global_asm!` items: their text goes into the CGU's assembly as written.
pub(crate) fn global_asm(cx: &mut crate::driver::CguCx<'_>, item_id: rustc_hir::ItemId) {
    let mut asm = std::mem::take(&mut cx.asm);
    rustc_codegen_ssa::base::codegen_global_asm(
        &mut GlobalAsmCx { tcx: cx.tcx, asm: &mut asm, symbols: &mut cx.asm_symbols },
        item_id,
    );
    cx.asm = asm;
}

/// A `#[unsafe(naked)]` function: its body is assembly, which rustc's own helper turns into
/// global assembly with the symbol's directives. Our code calls it through an undefined symbol
/// of the CGU's object, resolved against the separate assembly object, so a local function
/// becomes a hidden global one (its mangled name is unique to the crate).
pub(crate) fn naked_function<'tcx>(
    cx: &mut crate::driver::CguCx<'tcx>,
    instance: Instance<'tcx>,
    mut data: rustc_middle::mono::MonoItemData,
) {
    use rustc_hir::attrs::Linkage;
    use rustc_middle::mono::Visibility;
    if data.linkage == Linkage::Internal {
        data.linkage = Linkage::External;
        data.visibility = Visibility::Hidden;
    }
    let mut asm = std::mem::take(&mut cx.asm);
    rustc_codegen_ssa::mir::naked_asm::codegen_naked_asm(
        &mut GlobalAsmCx { tcx: cx.tcx, asm: &mut asm, symbols: &mut cx.asm_symbols },
        instance,
        data,
    );
    cx.asm = asm;
}

struct GlobalAsmCx<'a, 'tcx> {
    tcx: ty::TyCtxt<'tcx>,
    asm: &'a mut CguAsm,
    /// The symbols its `sym` operands name.
    symbols: &'a mut std::collections::BTreeSet<String>,
}

impl GlobalAsmCx<'_, '_> {
    fn push_symbol(&mut self, name: &str) {
        self.asm.text.push_str(&symbol_text(name));
        self.symbols.insert(name.to_owned());
    }
}

/// Makes the functions and statics of this CGU that `sym` operands of `asm!`, `global_asm!` or
/// naked functions name hidden globals instead of local symbols: all assembly goes into another
/// object, which cannot reach a local symbol of the CGU's (the link failed with an undefined
/// symbol). Names this CGU only imports stay as they are.
pub(crate) fn export_asm_symbols(
    module: &mut cranelift_object::ObjectModule,
    names: &std::collections::BTreeSet<String>,
) {
    use cranelift_module::FuncOrDataId;
    for name in names {
        match module.declarations().get_name(name) {
            Some(FuncOrDataId::Func(id)) => {
                let decl = module.declarations().get_function_decl(id);
                if decl.linkage == Linkage::Local {
                    let signature = decl.signature.clone();
                    let _ = module.declare_function(name, Linkage::Hidden, &signature);
                }
            }
            Some(FuncOrDataId::Data(id)) => {
                let decl = module.declarations().get_data_decl(id);
                if decl.linkage == Linkage::Local {
                    let (writable, tls) = (decl.writable, decl.tls);
                    let _ = module.declare_data(name, Linkage::Hidden, writable, tls);
                }
            }
            None => {}
        }
    }
}

impl<'tcx> rustc_codegen_ssa::traits::AsmCodegenMethods<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn codegen_global_asm(
        &mut self,
        template: &[InlineAsmTemplatePiece],
        operands: &[rustc_codegen_ssa::traits::GlobalAsmOperandRef<'tcx>],
        options: InlineAsmOptions,
        line_spans: &[rustc_span::Span],
    ) {
        use rustc_codegen_ssa::traits::GlobalAsmOperandRef;
        // Rust's default for x86 is Intel syntax; other targets have one syntax.
        let x86 = self.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64;
        let att = !x86 || options.contains(InlineAsmOptions::ATT_SYNTAX);
        if !att {
            self.asm.text.push_str(".intel_syntax noprefix\n");
        }
        // A naked function's template is framed by rustc's directives: its lines do not match
        // the spans, which are those of the user's lines.
        let lines = 1 + template
            .iter()
            .map(|piece| match piece {
                InlineAsmTemplatePiece::String(s) => s.matches('\n').count(),
                InlineAsmTemplatePiece::Placeholder { .. } => 0,
            })
            .sum::<usize>();
        self.asm.begin_item(line_spans, lines == line_spans.len());
        for piece in template {
            match piece {
                InlineAsmTemplatePiece::String(s) => self.asm.text.push_str(s),
                InlineAsmTemplatePiece::Placeholder { operand_idx, .. } => {
                    match &operands[*operand_idx] {
                        GlobalAsmOperandRef::Const { string } => self.asm.text.push_str(string),
                        GlobalAsmOperandRef::SymFn { instance } => {
                            self.push_symbol(self.tcx.symbol_name(*instance).name)
                        }
                        GlobalAsmOperandRef::SymStatic { def_id } => {
                            let instance = Instance::mono(self.tcx, *def_id);
                            self.push_symbol(self.tcx.symbol_name(instance).name)
                        }
                    }
                }
            }
        }
        self.asm.text.push('\n');
        if !att {
            self.asm.text.push_str(".att_syntax prefix\n");
        }
    }

    fn mangled_name(&self, instance: Instance<'tcx>) -> String {
        self.tcx.symbol_name(instance).name.to_owned()
    }
}

impl<'tcx> rustc_middle::ty::layout::LayoutOfHelpers<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn handle_layout_err(
        &self,
        err: rustc_middle::ty::layout::LayoutError<'tcx>,
        span: rustc_span::Span,
        ty: ty::Ty<'tcx>,
    ) -> ! {
        crate::layout::MonoCx(self.tcx).handle_layout_err(err, span, ty)
    }
}

impl<'tcx> rustc_middle::ty::layout::FnAbiOfHelpers<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn handle_fn_abi_err(
        &self,
        err: rustc_middle::ty::layout::FnAbiError<'tcx>,
        span: rustc_span::Span,
        fn_abi_request: rustc_middle::ty::layout::FnAbiRequest<'tcx>,
    ) -> ! {
        crate::layout::MonoCx(self.tcx).handle_fn_abi_err(err, span, fn_abi_request)
    }
}

impl<'tcx> rustc_middle::ty::layout::HasTyCtxt<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn tcx(&self) -> ty::TyCtxt<'tcx> {
        self.tcx
    }
}

impl<'tcx> rustc_middle::ty::layout::HasTypingEnv<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn typing_env(&self) -> ty::TypingEnv<'tcx> {
        ty::TypingEnv::fully_monomorphized()
    }
}

impl rustc_abi::HasDataLayout for GlobalAsmCx<'_, '_> {
    fn data_layout(&self) -> &rustc_abi::TargetDataLayout {
        &self.tcx.data_layout
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &'static str) -> InlineAsmTemplatePiece {
        InlineAsmTemplatePiece::String(text.into())
    }

    fn p() -> InlineAsmTemplatePiece {
        InlineAsmTemplatePiece::Placeholder {
            operand_idx: 0,
            modifier: None,
            span: rustc_span::DUMMY_SP,
        }
    }

    #[test]
    fn comments_only() {
        assert!(assembles_to_nothing(&[]));
        assert!(assembles_to_nothing(&[s("/*"), p(), s("*/")]));
        assert!(assembles_to_nothing(&[s("  # note\n // other\n")]));
        assert!(!assembles_to_nothing(&[s("nop")]));
        assert!(!assembles_to_nothing(&[s("/* open")]));
        assert!(!assembles_to_nothing(&[s("mov "), p(), s(", 1")]));
    }
}
