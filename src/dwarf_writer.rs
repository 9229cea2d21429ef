//! Sections encoded by gimli (`.eh_frame`, `.debug_*`) put into our object files.
//!
//! gimli leaves symbolic addresses and cross-section offsets to the writer; we record them and
//! turn them into ELF relocations once the object's symbols and sections exist.

use cranelift_module::{DataId, FuncId};
use cranelift_object::ObjectProduct;
use cranelift_object::object::write::{Relocation, SectionId, SymbolSection};
use cranelift_object::object::{RelocationEncoding, RelocationFlags, RelocationKind};
use gimli::write::{Address, EndianVec, RelocateWriter, RelocationTarget};
use gimli::{RunTimeEndian, constants};

/// Symbolic addresses name functions by their id, and data objects by their id with this bit.
const DATA_SYMBOL: usize = 1 << 31;

pub(crate) fn endian_of(isa: &dyn cranelift_codegen::isa::TargetIsa) -> RunTimeEndian {
    match isa.endianness() {
        cranelift_codegen::ir::Endianness::Little => RunTimeEndian::Little,
        cranelift_codegen::ir::Endianness::Big => RunTimeEndian::Big,
    }
}

pub(crate) fn func_address(id: FuncId) -> Address {
    Address::Symbol { symbol: id.as_u32() as usize, addend: 0 }
}

pub(crate) fn data_address(id: DataId) -> Address {
    Address::Symbol { symbol: DATA_SYMBOL | id.as_u32() as usize, addend: 0 }
}

/// One section's bytes and the relocations they need.
#[derive(Clone)]
pub(crate) struct SectionWriter {
    data: EndianVec<RunTimeEndian>,
    relocs: Vec<gimli::write::Relocation>,
}

impl SectionWriter {
    pub(crate) fn new(endian: RunTimeEndian) -> Self {
        SectionWriter { data: EndianVec::new(endian), relocs: Vec::new() }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.data.slice().is_empty()
    }

    /// Appends the bytes to `section` of `product` and adds their relocations; targets that are
    /// other gimli sections are found through `section_of`.
    pub(crate) fn emit_into(
        &self,
        product: &mut ObjectProduct,
        section: SectionId,
        align: u64,
        section_of: impl Fn(gimli::SectionId) -> Option<SectionId>,
    ) {
        let base = product.object.append_section_data(section, self.data.slice(), align);
        for reloc in &self.relocs {
            let (symbol, addend) = match reloc.target {
                RelocationTarget::Symbol(index) => {
                    let symbol = if index & DATA_SYMBOL != 0 {
                        product.data_symbol(DataId::from_u32((index & !DATA_SYMBOL) as u32))
                    } else {
                        product.function_symbol(FuncId::from_u32(index as u32))
                    };
                    // Point at the defining section, not the (possibly preemptible) global
                    // symbol: a PC-relative reference to an exported function is not allowed in
                    // a shared object.
                    match product.object.symbol(symbol).section {
                        SymbolSection::Section(defining) => {
                            let value = product.object.symbol(symbol).value as i64;
                            (product.object.section_symbol(defining), reloc.addend + value)
                        }
                        _ => (symbol, reloc.addend),
                    }
                }
                RelocationTarget::Section(target) => match section_of(target) {
                    Some(target) => (product.object.section_symbol(target), reloc.addend),
                    None => continue,
                },
            };
            let pc_relative =
                reloc.eh_pe.is_some_and(|pe| pe.application() == constants::DW_EH_PE_pcrel);
            let kind =
                if pc_relative { RelocationKind::Relative } else { RelocationKind::Absolute };
            let _ = product.object.add_relocation(
                section,
                Relocation {
                    offset: base + reloc.offset as u64,
                    symbol,
                    addend,
                    flags: RelocationFlags::Generic {
                        kind,
                        encoding: RelocationEncoding::Generic,
                        size: reloc.size * 8,
                    },
                },
            );
        }
    }
}

impl RelocateWriter for SectionWriter {
    type Writer = EndianVec<RunTimeEndian>;

    fn writer(&self) -> &Self::Writer {
        &self.data
    }

    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.data
    }

    fn relocate(&mut self, relocation: gimli::write::Relocation) {
        self.relocs.push(relocation);
    }
}
