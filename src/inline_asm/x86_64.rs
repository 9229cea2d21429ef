//! x86_64 registers for `asm!` wrappers, and the wrapper's frame (Intel syntax, SysV).

use std::fmt::Write as _;

use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_target::asm::{InlineAsmReg, InlineAsmRegClass, X86InlineAsmRegClass};

use super::{AsmOperand, PhysReg};
use crate::base::FnCx;

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

/// Register 7, `rdi`, holds the operand area's address on entry.
const AREA_REG: PhysReg = PhysReg::Gpr(7);

pub(super) fn explicit_reg(reg: InlineAsmReg) -> Option<PhysReg> {
    let InlineAsmReg::X86(reg) = reg else { return None };
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
    if let Some(n) = name.strip_prefix('k') {
        return n.parse().ok().filter(|n| *n < 8).map(|n| PhysReg::Mask(n, 8));
    }
    for (prefix, bytes) in [("xmm", 16), ("ymm", 32), ("zmm", 64)] {
        if let Some(n) = name.strip_prefix(prefix) {
            return n.parse().ok().filter(|n| *n < 32).map(|n| PhysReg::Vec(n, bytes));
        }
    }
    None
}

/// The registers a class operand may get, in order of preference; `None` for classes we do
/// not handle.
pub(super) fn candidates(class: InlineAsmRegClass) -> Option<Vec<PhysReg>> {
    let InlineAsmRegClass::X86(class) = class else { return None };
    Some(match class {
        X86InlineAsmRegClass::reg_abcd => ABCD_POOL.iter().map(|&i| PhysReg::Gpr(i)).collect(),
        X86InlineAsmRegClass::reg | X86InlineAsmRegClass::reg_byte => {
            REG_POOL.iter().map(|&i| PhysReg::Gpr(i)).collect()
        }
        X86InlineAsmRegClass::xmm_reg => (0..16).map(|i| PhysReg::Vec(i, 16)).collect(),
        X86InlineAsmRegClass::ymm_reg => (0..16).map(|i| PhysReg::Vec(i, 32)).collect(),
        X86InlineAsmRegClass::zmm_reg => (0..32).map(|i| PhysReg::Vec(i, 64)).collect(),
        // `k0` cannot mask an instruction, so `kreg` never gets it.
        X86InlineAsmRegClass::kreg => (1..8).map(|i| PhysReg::Mask(i, 8)).collect(),
        _ => return None,
    })
}

/// The register's name in the template, per class default or explicit modifier.
fn reg_name(reg: PhysReg, class: Option<InlineAsmRegClass>, modifier: Option<char>) -> String {
    match reg {
        PhysReg::Gpr(i) => {
            let i = usize::from(i);
            let byte = class == Some(InlineAsmRegClass::X86(X86InlineAsmRegClass::reg_byte));
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
        PhysReg::Vec(i, bytes) => match (modifier, bytes) {
            (Some('x'), _) | (None, 16) => format!("xmm{i}"),
            (Some('y'), _) | (None, 32) => format!("ymm{i}"),
            _ => format!("zmm{i}"),
        },
        PhysReg::Mask(i, _) => format!("k{i}"),
    }
}

/// The assembly of the wrapper function `name`: SysV, the operand area's address in `rdi`.
/// With `exits` (the labels of `label` operands), it returns in `eax` how the template left.
/// Also returns where in the text the template starts.
pub(super) fn wrapper_text(
    fx: &FnCx<'_, '_>,
    name: &str,
    template: &[InlineAsmTemplatePiece],
    ops: &[AsmOperand<'_>],
    options: InlineAsmOptions,
    exits: &[String],
) -> (String, usize) {
    let att = options.contains(InlineAsmOptions::ATT_SYNTAX);
    let mut s = String::new();
    super::function_start(&mut s, name);
    s.push_str(".p2align 4\n");
    let _ = writeln!(s, "\"{name}\":\n.intel_syntax noprefix");
    s.push_str(PROLOGUE);
    super::load_inputs(&mut s, ops, AREA_REG, "rdi", |reg, offset, base| {
        load_or_store(reg, offset, base, true)
    });
    if att {
        s.push_str(".att_syntax prefix\n");
    }
    let template_start = s.len();
    super::render_template(fx, &mut s, template, ops, !att, |reg, class, modifier| {
        let name = reg_name(reg, class, modifier);
        if att { format!("%{name}") } else { name }
    });
    s.push('\n');
    if att {
        s.push_str(".intel_syntax noprefix\n");
    }
    super::return_path(fx, &mut s, ops, options, exits, &RETURN_PATH);
    s.push_str(".cfi_endproc\n.att_syntax prefix\n");
    super::function_end(&mut s, name);
    (s, template_start)
}

/// Frame, callee-saved registers, and the operand area's address at [rbp - 48]. The call frame
/// information lets an unwinder through (`options(may_unwind)`, backtraces, debuggers): the
/// frame address is `rbp`-based, so whatever the template does with `rsp` does not matter.
const PROLOGUE: &str = "\
.cfi_startproc
push rbp
.cfi_def_cfa_offset 16
.cfi_offset rbp, -16
mov rbp, rsp
.cfi_def_cfa_register rbp
push rbx
.cfi_offset rbx, -24
push r12
.cfi_offset r12, -32
push r13
.cfi_offset r13, -40
push r14
.cfi_offset r14, -48
push r15
.cfi_offset r15, -56
push rdi
";

/// The way out, after the prologue above: the area's address was pushed at [rbp - 48].
const RETURN_PATH: super::ReturnPath = super::ReturnPath {
    scratch: &[7, 6, 11, 10, 9, 8, 1, 2, 0],
    gpr_name: |i| GPR64[usize::from(i)].to_owned(),
    reload_area: |scratch| format!("mov {scratch}, qword ptr [rbp - 48]\n"),
    store: |reg, offset, base| load_or_store(reg, offset, base, false),
    set_exit: |k| format!("mov eax, {k}\n"),
    epilogue: "\
lea rsp, [rbp - 40]
pop r15
pop r14
pop r13
pop r12
pop rbx
.cfi_remember_state
pop rbp
.cfi_def_cfa rsp, 8
ret
.cfi_restore_state
",
};

/// Appends Intel-syntax text of an `asm!` template. LLVM's assembler takes `$3` and `$$3` in
/// inline assembly as the immediate 3 (the valgrind client requests of the `codspeed` crate
/// use `rol rdi, $$3`); the GNU assembler refuses any `$` there, so such a prefix is dropped,
/// outside string literals (`.ascii "$5"`). In `global_asm!` LLVM refuses them too.
pub(super) fn push_intel_text(out: &mut String, text: &str) {
    let mut rest = text;
    let mut in_string = false;
    while let Some(at) = rest.find('$') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let mut escaped = false;
        for c in before.chars() {
            in_string ^= c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
        }
        let dollars = from.len() - from.trim_start_matches('$').len();
        let after = &from[dollars..];
        let prefixed = out
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '@')));
        let immediate = after.starts_with(|c: char| c.is_ascii_digit());
        if in_string || dollars > 2 || !prefixed || !immediate {
            out.push_str(&from[..dollars]);
        }
        rest = after;
    }
    out.push_str(rest);
}

fn load_or_store(reg: PhysReg, offset: u32, base: &str, load: bool) -> String {
    let (insn, name, width) = match reg {
        PhysReg::Gpr(i) => ("mov", GPR64[usize::from(i)].to_string(), "qword"),
        PhysReg::Vec(i, 16) => ("movups", format!("xmm{i}"), "xmmword"),
        PhysReg::Vec(i, 32) => ("vmovups", format!("ymm{i}"), "ymmword"),
        PhysReg::Vec(i, _) => ("vmovups", format!("zmm{i}"), "zmmword"),
        PhysReg::Mask(i, 1) => ("kmovb", format!("k{i}"), "byte"),
        PhysReg::Mask(i, 2) => ("kmovw", format!("k{i}"), "word"),
        PhysReg::Mask(i, 4) => ("kmovd", format!("k{i}"), "dword"),
        PhysReg::Mask(i, _) => ("kmovq", format!("k{i}"), "qword"),
    };
    if load {
        format!("{insn} {name}, {width} ptr [{base} + {offset}]\n")
    } else {
        format!("{insn} {width} ptr [{base} + {offset}], {name}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intel_immediates() {
        let text = |t| {
            let mut out = String::from("x ");
            push_intel_text(&mut out, t);
            out
        };
        assert_eq!(text("rol rdi, $$3\nadd rax, $0x10"), "x rol rdi, 3\nadd rax, 0x10");
        assert_eq!(text("mov eax, [rbx + $$8]"), "x mov eax, [rbx + 8]");
        assert_eq!(text("jmp a$1\n.L$$2:\nmov al, '$'"), "x jmp a$1\n.L$$2:\nmov al, '$'");
        assert_eq!(text("$$$5"), "x $$$5");
        assert_eq!(text(".ascii \"a \\\" $5\"\nmov al, $1"), "x .ascii \"a \\\" $5\"\nmov al, 1");
    }

    #[test]
    fn register_names() {
        let class = |c| Some(InlineAsmRegClass::X86(c));
        assert_eq!(reg_name(PhysReg::Gpr(0), class(X86InlineAsmRegClass::reg), None), "rax");
        assert_eq!(reg_name(PhysReg::Gpr(9), None, Some('e')), "r9d");
        assert_eq!(reg_name(PhysReg::Gpr(6), class(X86InlineAsmRegClass::reg_byte), None), "sil");
        assert_eq!(reg_name(PhysReg::Vec(3, 32), None, Some('x')), "xmm3");
        assert_eq!(reg_name(PhysReg::Vec(17, 64), None, None), "zmm17");
        assert_eq!(reg_name(PhysReg::Vec(17, 64), None, Some('y')), "ymm17");
        assert_eq!(
            load_or_store(PhysReg::Vec(20, 64), 64, "rdi", false),
            "vmovups zmmword ptr [rdi + 64], zmm20\n"
        );
        assert_eq!(
            reg_name(PhysReg::Gpr(3), class(X86InlineAsmRegClass::reg_abcd), Some('h')),
            "bh"
        );
        assert_eq!(
            load_or_store(PhysReg::Gpr(1), 8, "rdi", true),
            "mov rcx, qword ptr [rdi + 8]\n"
        );
    }
}
