//! Inline assembly (`asm!`) and `global_asm!` on x86_64.
//!
//! Cranelift cannot embed assembly text, so each `asm!` becomes a small function written in
//! assembly, assembled with the system assembler into an object beside the CGU's, and called
//! from the lowered code. The caller stores the inputs into a stack area and passes its address;
//! the wrapper loads them into the registers the template expects, runs the template, and stores
//! the outputs back into the area. Being a call, it clobbers what a call clobbers; the wrapper
//! saves the callee-saved registers so the template may use any register.
//!
//! Templates that assemble to nothing (comments only, used as optimization barriers) need no
//! wrapper: `inout` values pass through unchanged.

use std::fmt::Write as _;

use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature};
use cranelift_module::{Linkage, Module};
use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_middle::mir::{BasicBlock, InlineAsmOperand};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Instance};
use rustc_target::asm::{
    InlineAsmReg, InlineAsmRegClass, InlineAsmRegOrRegClass, X86InlineAsmReg, X86InlineAsmRegClass,
};

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

/// The x86_64 registers an operand can live in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PhysReg {
    /// A general-purpose register by its encoding number (0 = rax ... 15 = r15).
    Gpr(u8),
    /// A vector register by number; `wide` for the 256-bit `ymm` view.
    Vec(u8, bool),
}

const GPR64: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15",
];
const GPR32: [&str; 16] = [
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d",
    "r13d", "r14d", "r15d",
];
const GPR16: [&str; 16] = [
    "ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w",
    "r14w", "r15w",
];
const GPR8: [&str; 16] = [
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b",
    "r13b", "r14b", "r15b",
];

/// The high byte registers; `h` is only valid for `reg_abcd`, whose pool is rax..rdx.
const GPR8_HIGH: [&str; 4] = ["ah", "ch", "dh", "bh"];

/// Registers handed out for `reg` operands. `rdi` carries the operand area into the wrapper and
/// `rsp`/`rbp` frame it, so they are never allocated.
const REG_POOL: [u8; 13] = [0, 1, 2, 3, 6, 8, 9, 10, 11, 12, 13, 14, 15];
const ABCD_POOL: [u8; 4] = [0, 3, 1, 2];

/// One operand of an `asm!` as the wrapper sees it.
struct AsmOperand<'tcx> {
    reg: Option<PhysReg>,
    class: Option<X86InlineAsmRegClass>,
    input: Option<CgVal<'tcx>>,
    output: Option<CgPlace<'tcx>>,
    /// Offset of the operand's slot in the operand area.
    offset: u32,
    /// Text substituted for a placeholder naming a `const` or `sym` operand.
    text: Option<String>,
}

fn explicit_reg(reg: X86InlineAsmReg) -> Option<PhysReg> {
    let name = reg.name();
    if let Some(i) = GPR16.iter().position(|r| *r == name) {
        return Some(PhysReg::Gpr(i as u8));
    }
    if let Some(i) = GPR8.iter().position(|r| *r == name) {
        return Some(PhysReg::Gpr(i as u8));
    }
    if let Some(i) = GPR64.iter().position(|r| *r == name) {
        return Some(PhysReg::Gpr(i as u8));
    }
    if let Some(n) = name.strip_prefix("xmm") {
        return n.parse().ok().filter(|n| *n < 16).map(|n| PhysReg::Vec(n, false));
    }
    if let Some(n) = name.strip_prefix("ymm") {
        return n.parse().ok().filter(|n| *n < 16).map(|n| PhysReg::Vec(n, true));
    }
    None
}

/// The register's name in the template, per class default or explicit modifier.
fn reg_name(reg: PhysReg, class: Option<X86InlineAsmRegClass>, modifier: Option<char>) -> String {
    match reg {
        PhysReg::Gpr(i) => {
            let i = usize::from(i);
            let byte = class == Some(X86InlineAsmRegClass::reg_byte);
            match modifier {
                // rustc allows `h` only for `reg_abcd`, whose registers all have a high byte.
                Some('h') => GPR8_HIGH.get(i).copied().unwrap_or(GPR8[i]),
                Some('l') => GPR8[i],
                Some('x') => GPR16[i],
                Some('e') => GPR32[i],
                Some('r') => GPR64[i],
                _ if byte => GPR8[i],
                _ => GPR64[i],
            }
            .to_string()
        }
        PhysReg::Vec(i, wide) => match modifier {
            Some('x') => format!("xmm{i}"),
            Some('y') => format!("ymm{i}"),
            _ if wide => format!("ymm{i}"),
            _ => format!("xmm{i}"),
        },
    }
}

fn slot_size(reg: PhysReg) -> u32 {
    match reg {
        PhysReg::Gpr(_) => 8,
        PhysReg::Vec(_, false) => 16,
        PhysReg::Vec(_, true) => 32,
    }
}

pub(crate) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    template: &[InlineAsmTemplatePiece],
    operands: &[InlineAsmOperand<'tcx>],
    options: InlineAsmOptions,
    targets: &[BasicBlock],
) {
    if options.contains(InlineAsmOptions::MAY_UNWIND) {
        fx.unsupported("inline assembly (`asm!`) that may unwind");
    }
    if assembles_to_nothing(template) {
        lower_empty(fx, operands);
    } else {
        lower_with_wrapper(fx, template, operands, options);
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

fn lower_with_wrapper<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    template: &[InlineAsmTemplatePiece],
    operands: &[InlineAsmOperand<'tcx>],
    options: InlineAsmOptions,
) {
    if fx.tcx.sess.target.arch != rustc_target::spec::Arch::X86_64 {
        fx.unsupported(format!("inline assembly (`asm!`) on {}", fx.tcx.sess.target.arch.desc()));
    }
    let mut ops: Vec<AsmOperand<'tcx>> = Vec::with_capacity(operands.len());
    for operand in operands {
        let op = match operand {
            InlineAsmOperand::In { reg, value } => {
                let input = Some(fx.operand(value));
                asm_operand(fx, *reg, input, None)
            }
            // A clobber: the wrapper is a call, so caller-saved registers are clobbered anyway
            // and it restores the callee-saved ones.
            InlineAsmOperand::Out { reg: InlineAsmRegOrRegClass::Reg(_), place: None, .. } => {
                AsmOperand::text(String::new())
            }
            InlineAsmOperand::Out { reg, place, .. } => {
                let output = place.map(|p| fx.place(p));
                asm_operand(fx, *reg, None, output)
            }
            InlineAsmOperand::InOut { reg, in_value, out_place, .. } => {
                let input = Some(fx.operand(in_value));
                let output = out_place.map(|p| fx.place(p));
                asm_operand(fx, *reg, input, output)
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
                let id = crate::abi::declare_instance(fx.cgu, instance, Linkage::Import);
                let decl = fx.cgu.module.declarations().get_function_decl(id);
                if decl.linkage == Linkage::Local {
                    // The wrapper lives in another object: it needs a (hidden) global symbol.
                    let (name, sig) = (decl.linkage_name(id).into_owned(), decl.signature.clone());
                    let _ = fx.cgu.module.declare_function(&name, Linkage::Hidden, &sig);
                }
                AsmOperand::text(fx.tcx.symbol_name(instance).name.to_owned())
            }
            InlineAsmOperand::SymStatic { def_id } => {
                let name = fx.tcx.symbol_name(Instance::mono(fx.tcx, *def_id)).name.to_owned();
                if let Some(cranelift_module::FuncOrDataId::Data(id)) =
                    fx.cgu.module.declarations().get_name(&name)
                {
                    let decl = fx.cgu.module.declarations().get_data_decl(id);
                    if decl.linkage == Linkage::Local {
                        let (writable, tls) = (decl.writable, decl.tls);
                        let _ = fx.cgu.module.declare_data(&name, Linkage::Hidden, writable, tls);
                    }
                }
                AsmOperand::text(name)
            }
            InlineAsmOperand::Label { .. } => {
                fx.unsupported("inline assembly (`asm!`) with `label` operands")
            }
        };
        ops.push(op);
    }
    allocate_registers(fx, &mut ops);

    // The operand area, one slot per register operand.
    let mut size = 0;
    for op in ops.iter_mut() {
        if let Some(reg) = op.reg {
            op.offset = size;
            size += slot_size(reg);
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
            CgPlace::at(addr, input.layout).write(fx, input);
        }
    }

    let name = format!("{}.{}.asm{}", fx.cgu.name, fx.symbol, fx.asm_count);
    fx.asm_count += 1;
    let text = wrapper_text(fx, &name, template, &ops, options);
    fx.cgu.asm.push_str(&text);

    let mut sig = Signature::new(fx.cgu.module.isa().default_call_conv());
    sig.params.push(AbiParam::new(fx.ptr_ty));
    let id = match fx.cgu.module.declare_function(&name, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(err) => fx.bug(format!("cannot declare `{name}`: {err}")),
    };
    let r = fx.func_ref(id);
    fx.bcx.ins().call(r, &[area]);

    for op in &ops {
        if let Some(place) = op.output {
            let addr = fx.ptr_add(area, i64::from(op.offset));
            let val = CgPlace::at(addr, place.layout).to_val(fx);
            place.write(fx, val);
        }
    }
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
    reg: InlineAsmRegOrRegClass,
    input: Option<CgVal<'tcx>>,
    output: Option<CgPlace<'tcx>>,
) -> AsmOperand<'tcx> {
    let layout: Option<TyAndLayout<'tcx>> = input.map(|v| v.layout).or(output.map(|p| p.layout));
    if layout.is_some_and(|l| l.size.bytes() > 32) {
        fx.unsupported("an `asm!` operand wider than 256 bits");
    }
    match reg {
        InlineAsmRegOrRegClass::Reg(InlineAsmReg::X86(r)) => match explicit_reg(r) {
            Some(phys) => {
                AsmOperand { reg: Some(phys), class: None, input, output, offset: 0, text: None }
            }
            None => fx.unsupported(format!("the register `{}` in `asm!`", r.name())),
        },
        InlineAsmRegOrRegClass::RegClass(InlineAsmRegClass::X86(class)) => match class {
            X86InlineAsmRegClass::reg
            | X86InlineAsmRegClass::reg_abcd
            | X86InlineAsmRegClass::reg_byte
            | X86InlineAsmRegClass::xmm_reg
            | X86InlineAsmRegClass::ymm_reg => {
                AsmOperand { reg: None, class: Some(class), input, output, offset: 0, text: None }
            }
            _ => fx.unsupported(format!("the register class `{}` in `asm!`", class.name())),
        },
        _ => fx.unsupported("inline assembly for this architecture"),
    }
}

/// Gives every class operand a register no explicit operand uses.
fn allocate_registers(fx: &FnCx<'_, '_>, ops: &mut [AsmOperand<'_>]) {
    let mut used: Vec<PhysReg> = ops.iter().filter_map(|op| op.reg).collect();
    for op in ops.iter_mut() {
        let Some(class) = op.class else { continue };
        let candidates: Vec<PhysReg> = match class {
            X86InlineAsmRegClass::reg_abcd => ABCD_POOL.iter().map(|&i| PhysReg::Gpr(i)).collect(),
            X86InlineAsmRegClass::reg | X86InlineAsmRegClass::reg_byte => {
                REG_POOL.iter().map(|&i| PhysReg::Gpr(i)).collect()
            }
            X86InlineAsmRegClass::xmm_reg => (0..16).map(|i| PhysReg::Vec(i, false)).collect(),
            _ => (0..16).map(|i| PhysReg::Vec(i, true)).collect(),
        };
        let same = |a: PhysReg, b: PhysReg| match (a, b) {
            (PhysReg::Gpr(x), PhysReg::Gpr(y)) => x == y,
            (PhysReg::Vec(x, _), PhysReg::Vec(y, _)) => x == y,
            _ => false,
        };
        let Some(reg) = candidates.into_iter().find(|c| !used.iter().any(|u| same(*u, *c))) else {
            fx.unsupported("an `asm!` with more register operands than free registers")
        };
        used.push(reg);
        op.reg = Some(reg);
    }
}

/// The assembly of the wrapper function `name`.
fn wrapper_text(
    fx: &FnCx<'_, '_>,
    name: &str,
    template: &[InlineAsmTemplatePiece],
    ops: &[AsmOperand<'_>],
    options: InlineAsmOptions,
) -> String {
    let att = options.contains(InlineAsmOptions::ATT_SYNTAX);
    let mut s = String::new();
    let _ = writeln!(s, ".pushsection .text.{name},\"ax\",@progbits");
    let _ = writeln!(s, ".globl \"{name}\"\n.hidden \"{name}\"\n.type \"{name}\",@function");
    let _ = writeln!(s, ".p2align 4\n\"{name}\":\n.intel_syntax noprefix");
    // Frame, callee-saved registers, and the operand area's address at [rbp - 48].
    s.push_str(
        "push rbp\nmov rbp, rsp\npush rbx\npush r12\npush r13\npush r14\npush r15\npush rdi\n",
    );
    let mut rdi_input = None;
    for op in ops {
        let (Some(reg), Some(_)) = (op.reg, op.input) else { continue };
        if reg == PhysReg::Gpr(7) {
            rdi_input = Some(op.offset);
            continue;
        }
        s.push_str(&load_or_store(reg, op.offset, "rdi", true));
    }
    if let Some(offset) = rdi_input {
        s.push_str(&load_or_store(PhysReg::Gpr(7), offset, "rdi", true));
    }
    if att {
        s.push_str(".att_syntax prefix\n");
    }
    for piece in template {
        match piece {
            InlineAsmTemplatePiece::String(text) => s.push_str(text),
            InlineAsmTemplatePiece::Placeholder { operand_idx, modifier, .. } => {
                let op = &ops[*operand_idx];
                match (&op.text, op.reg) {
                    (Some(text), _) => s.push_str(text),
                    (None, Some(reg)) => {
                        if att {
                            s.push('%');
                        }
                        s.push_str(&reg_name(reg, op.class, *modifier));
                    }
                    (None, None) => fx.bug("asm placeholder without a register"),
                }
            }
        }
    }
    s.push('\n');
    if att {
        s.push_str(".intel_syntax noprefix\n");
    }
    if !options.contains(InlineAsmOptions::NORETURN) {
        // Reload the area's address into a register that holds no output.
        let outputs: Vec<PhysReg> =
            ops.iter().filter(|o| o.output.is_some()).filter_map(|o| o.reg).collect();
        let scratch = [7u8, 6, 11, 10, 9, 8, 1, 2, 0]
            .into_iter()
            .find(|i| !outputs.contains(&PhysReg::Gpr(*i)))
            .map(|i| GPR64[usize::from(i)])
            .unwrap_or_else(|| fx.unsupported("an `asm!` using every register for outputs"));
        let _ = writeln!(s, "mov {scratch}, qword ptr [rbp - 48]");
        for op in ops {
            if let (Some(reg), Some(_)) = (op.reg, op.output) {
                s.push_str(&load_or_store(reg, op.offset, scratch, false));
            }
        }
        s.push_str(
            "lea rsp, [rbp - 40]\npop r15\npop r14\npop r13\npop r12\npop rbx\npop rbp\nret\n",
        );
    }
    let _ = writeln!(s, ".size \"{name}\", . - \"{name}\"\n.att_syntax prefix\n.popsection");
    s
}

fn load_or_store(reg: PhysReg, offset: u32, base: &str, load: bool) -> String {
    let (insn, name) = match reg {
        PhysReg::Gpr(i) => ("mov", GPR64[usize::from(i)].to_string()),
        PhysReg::Vec(i, false) => ("movups", format!("xmm{i}")),
        PhysReg::Vec(i, true) => ("vmovups", format!("ymm{i}")),
    };
    let width = match reg {
        PhysReg::Gpr(_) => "qword",
        PhysReg::Vec(_, false) => "xmmword",
        PhysReg::Vec(_, true) => "ymmword",
    };
    if load {
        format!("{insn} {name}, {width} ptr [{base} + {offset}]\n")
    } else {
        format!("{insn} {width} ptr [{base} + {offset}], {name}\n")
    }
}

/// Calls a small SysV function written in assembly (Intel syntax, `body` ends with `ret`),
/// defined once per CGU under `stem`; for LLVM intrinsics that need one specific instruction.
pub(crate) fn call_helper(
    fx: &mut FnCx<'_, '_>,
    stem: &str,
    body: &str,
    sig: Signature,
    args: &[cranelift_codegen::ir::Value],
) -> Vec<cranelift_codegen::ir::Value> {
    let name = format!("{}.{stem}", fx.cgu.name);
    let id = match fx.cgu.module.declare_function(&name, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(err) => fx.bug(format!("cannot declare `{name}`: {err}")),
    };
    if fx.cgu.asm_helpers.insert(name.clone()) {
        let text = format!(
            ".pushsection .text.{name},\"ax\",@progbits\n.globl \"{name}\"\n.hidden \"{name}\"\n\
             .type \"{name}\",@function\n\"{name}\":\n.intel_syntax noprefix\n{body}\n\
             .att_syntax prefix\n.size \"{name}\", . - \"{name}\"\n.popsection\n"
        );
        fx.cgu.asm.push_str(&text);
    }
    let r = fx.func_ref(id);
    let call = fx.bcx.ins().call(r, args);
    fx.bcx.inst_results(call).to_vec()
}

/// `global_asm!` items: their text goes into the CGU's assembly as written.
pub(crate) fn global_asm(cx: &mut crate::driver::CguCx<'_>, item_id: rustc_hir::ItemId) {
    let mut text = std::mem::take(&mut cx.asm);
    rustc_codegen_ssa::base::codegen_global_asm(
        &mut GlobalAsmCx { tcx: cx.tcx, text: &mut text },
        item_id,
    );
    cx.asm = text;
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
    let mut text = std::mem::take(&mut cx.asm);
    rustc_codegen_ssa::mir::naked_asm::codegen_naked_asm(
        &mut GlobalAsmCx { tcx: cx.tcx, text: &mut text },
        instance,
        data,
    );
    cx.asm = text;
}

struct GlobalAsmCx<'a, 'tcx> {
    tcx: ty::TyCtxt<'tcx>,
    text: &'a mut String,
}

impl<'tcx> rustc_codegen_ssa::traits::AsmCodegenMethods<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn codegen_global_asm(
        &mut self,
        template: &[InlineAsmTemplatePiece],
        operands: &[rustc_codegen_ssa::traits::GlobalAsmOperandRef<'tcx>],
        options: InlineAsmOptions,
        _line_spans: &[rustc_span::Span],
    ) {
        use rustc_codegen_ssa::traits::GlobalAsmOperandRef;
        // Rust's default for x86 is Intel syntax; other targets have one syntax.
        let x86 = self.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64;
        let att = !x86 || options.contains(InlineAsmOptions::ATT_SYNTAX);
        if !att {
            self.text.push_str(".intel_syntax noprefix\n");
        }
        for piece in template {
            match piece {
                InlineAsmTemplatePiece::String(s) => self.text.push_str(s),
                InlineAsmTemplatePiece::Placeholder { operand_idx, .. } => {
                    match &operands[*operand_idx] {
                        GlobalAsmOperandRef::Const { string } => self.text.push_str(string),
                        GlobalAsmOperandRef::SymFn { instance } => {
                            self.text.push_str(self.tcx.symbol_name(*instance).name)
                        }
                        GlobalAsmOperandRef::SymStatic { def_id } => {
                            let instance = Instance::mono(self.tcx, *def_id);
                            self.text.push_str(self.tcx.symbol_name(instance).name)
                        }
                    }
                }
            }
        }
        self.text.push('\n');
        if !att {
            self.text.push_str(".att_syntax prefix\n");
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

/// Assembles the collected assembly of a CGU into an object file next to `object`.
pub(crate) fn assemble(
    text: &str,
    object: &std::path::Path,
    target_arch: &str,
) -> Result<std::path::PathBuf, String> {
    let source = object.with_extension("asm.s");
    let output = object.with_extension("asm.o");
    let mut text =
        if target_arch == "x86_64" { without_slash_comments(text) } else { text.to_owned() };
    // Without this note the object asks for an executable stack, which `ld -r` (LTO) carries
    // into the merged object and the final link then refuses.
    text.push_str("\n.section .note.GNU-stack,\"\",%progbits\n");
    std::fs::write(&source, text).map_err(|e| format!("cannot write {}: {e}", source.display()))?;
    let assembler = crate::host_tools::for_target(target_arch, "cc", "gcc");
    let result = std::process::Command::new(&assembler)
        .args(["-c", "-x", "assembler"])
        .arg(&source)
        .arg("-o")
        .arg(&output)
        .output()
        .map_err(|e| format!("cannot run the assembler `{assembler}`: {e}"))?;
    if !result.status.success() {
        return Err(format!(
            "the assembler rejected the inline assembly:\n{}",
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    let _ = std::fs::remove_file(&source);
    Ok(output)
}

/// Removes `//` line comments, which LLVM's assembler accepts on x86 and GNU `as` does not
/// (its x86 comment character is `#`); templates such as compiler-builtins' stack probe use
/// them. Strings and `/* */` or `#` comments are kept as they are.
fn without_slash_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push(c);
                while let Some(c) = chars.next() {
                    out.push(c);
                    match c {
                        '\\' => out.extend(chars.next()),
                        '"' | '\n' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                out.push(c);
                let mut previous = ' ';
                for c in chars.by_ref() {
                    out.push(c);
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                // The comment goes, the line break stays.
                while chars.next_if(|&c| c != '\n').is_some() {}
            }
            '#' => {
                out.push(c);
                while let Some(c) = chars.next_if(|&c| c != '\n') {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
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

    #[test]
    fn slash_comments() {
        assert_eq!(without_slash_comments("mov r11, rax // copy\nret\n"), "mov r11, rax \nret\n");
        assert_eq!(without_slash_comments(".ascii \"a//b\" // c"), ".ascii \"a//b\" ");
        assert_eq!(without_slash_comments(".ascii \"\\\"//\""), ".ascii \"\\\"//\"");
        assert_eq!(without_slash_comments("/* \" */ nop // x"), "/* \" */ nop ");
        assert_eq!(without_slash_comments("# a \" b\nnop"), "# a \" b\nnop");
        assert_eq!(without_slash_comments("mov eax, 6/2"), "mov eax, 6/2");
    }

    #[test]
    fn register_names() {
        assert_eq!(reg_name(PhysReg::Gpr(0), Some(X86InlineAsmRegClass::reg), None), "rax");
        assert_eq!(reg_name(PhysReg::Gpr(9), None, Some('e')), "r9d");
        assert_eq!(reg_name(PhysReg::Gpr(6), Some(X86InlineAsmRegClass::reg_byte), None), "sil");
        assert_eq!(reg_name(PhysReg::Vec(3, true), None, Some('x')), "xmm3");
        assert_eq!(
            reg_name(PhysReg::Gpr(3), Some(X86InlineAsmRegClass::reg_abcd), Some('h')),
            "bh"
        );
        assert_eq!(
            load_or_store(PhysReg::Gpr(1), 8, "rdi", true),
            "mov rcx, qword ptr [rdi + 8]\n"
        );
    }
}
