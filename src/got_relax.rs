//! Makes Cranelift's GOT loads on x86_64 relaxable by the linker.
//!
//! In position-independent code Cranelift takes every symbol's address with
//! `mov sym@GOTPCREL(%rip), %reg`, also for data in the same object, and cranelift-object marks
//! that `R_X86_64_GOTPCREL`. The linker must then keep a GOT entry (and, in a PIE, a dynamic
//! relocation) per symbol, and the code loads each address from memory. Marked
//! `R_X86_64_REX_GOTPCRELX` instead, as LLVM marks its GOT loads, the linker turns the load
//! into `lea sym(%rip), %reg` wherever the symbol ends up in the same executable or library.
//! The relocation's computation is the same; only the permission to relax is new, and it holds
//! because the instruction is exactly the REX.W `mov` with a RIP-relative operand the x86-64
//! psABI requires for it (checked for each one).

use object::elf::{FileHeader64, R_X86_64_GOTPCREL, R_X86_64_REX_GOTPCRELX, Rela64, SHT_RELA};
use object::read::elf::{FileHeader, Rela, SectionHeader};
use object::{LittleEndian, SectionIndex};

/// Rewrites the relocation type of every relaxable GOT load in the ELF object `bytes`.
/// Anything it does not understand it leaves as it is.
pub(crate) fn mark_relaxable(bytes: &mut [u8]) {
    let patches = relaxable_entries(bytes);
    for offset in patches {
        // `r_info` is `symbol << 32 | type`: its type is the low, little-endian word.
        if let Some(word) = bytes.get_mut(offset..offset + 4) {
            word.copy_from_slice(&R_X86_64_REX_GOTPCRELX.to_le_bytes());
        }
    }
}

/// File offsets of the `r_info` fields to rewrite.
fn relaxable_entries(bytes: &[u8]) -> Vec<usize> {
    let endian = LittleEndian;
    let mut found = Vec::new();
    let Ok(header) = FileHeader64::<LittleEndian>::parse(bytes) else { return found };
    let Ok(sections) = header.sections(endian, bytes) else { return found };
    for section in sections.iter() {
        if section.sh_type(endian) != SHT_RELA {
            continue;
        }
        let target = SectionIndex(section.sh_info(endian) as usize);
        let Ok(code) = sections.section(target).and_then(|s| s.data(endian, bytes)) else {
            continue;
        };
        let Ok(Some((relocations, _))) = section.rela(endian, bytes) else { continue };
        let table = section.sh_offset(endian) as usize;
        for (index, rela) in relocations.iter().enumerate() {
            if rela.r_type(endian, false) != R_X86_64_GOTPCREL {
                continue;
            }
            let at = rela.r_offset(endian) as usize;
            if at >= 3 && code.get(at - 3..at).is_some_and(is_rex_w_mov_riprel) {
                let r_info = std::mem::offset_of!(Rela64<LittleEndian>, r_info);
                found.push(table + index * size_of::<Rela64<LittleEndian>>() + r_info);
            }
        }
    }
    found
}

/// `REX.W 8B /r` with ModRM `mod = 00, rm = 101`: `mov disp32(%rip), %r64`.
fn is_rex_w_mov_riprel(insn: &[u8]) -> bool {
    matches!(insn, &[rex, 0x8b, modrm] if rex & 0xf8 == 0x48 && modrm & 0xc7 == 0x05)
}
