//! `.eh_frame` for every function we emit, so that panics unwind through our frames.
//!
//! Cranelift describes each function's frame as System V CFI; we collect one FDE per function
//! and encode the section with gimli, turning symbolic addresses into object relocations.

use cranelift_codegen::Context;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use cranelift_object::object::write::{Relocation, StandardSection};
use cranelift_object::object::{RelocationEncoding, RelocationFlags, RelocationKind};
use gimli::write::{Address, CieId, EhFrame, EndianVec, FrameTable, Writer};
use gimli::{RunTimeEndian, constants};

pub(crate) struct EhFrameBuilder {
    table: FrameTable,
    /// `None` when the ISA has no System V unwind description (never for our Linux targets).
    cie: Option<CieId>,
    endian: RunTimeEndian,
}

impl EhFrameBuilder {
    pub(crate) fn new(isa: &dyn TargetIsa) -> Self {
        let mut table = FrameTable::default();
        let cie = isa.create_systemv_cie().map(|mut cie| {
            // Position-independent FDE addresses: no dynamic relocations in `.eh_frame`.
            cie.fde_address_encoding = constants::DW_EH_PE_pcrel | constants::DW_EH_PE_sdata4;
            table.add_cie(cie)
        });
        let endian = match isa.endianness() {
            cranelift_codegen::ir::Endianness::Little => RunTimeEndian::Little,
            cranelift_codegen::ir::Endianness::Big => RunTimeEndian::Big,
        };
        EhFrameBuilder { table, cie, endian }
    }

    /// Records the frame description of a function just compiled in `ctx`.
    pub(crate) fn add_function(
        &mut self,
        isa: &dyn TargetIsa,
        ctx: &Context,
        id: FuncId,
    ) -> Result<(), String> {
        let Some(cie) = self.cie else { return Ok(()) };
        let Some(code) = ctx.compiled_code() else { return Ok(()) };
        match code.create_unwind_info(isa) {
            Ok(Some(UnwindInfo::SystemV(info))) => {
                let address = Address::Symbol { symbol: id.as_u32() as usize, addend: 0 };
                self.table.add_fde(cie, info.to_fde(address));
                Ok(())
            }
            Ok(_) => Ok(()),
            Err(err) => Err(format!("cannot describe the frame of a function: {err:?}")),
        }
    }

    /// Appends `.eh_frame` to the object, with relocations to the described functions.
    pub(crate) fn emit(self, product: &mut ObjectProduct) {
        if self.cie.is_none() {
            return;
        }
        let mut eh_frame =
            EhFrame(RelocWriter { data: EndianVec::new(self.endian), relocs: vec![] });
        if self.table.write_eh_frame(&mut eh_frame).is_err() {
            return;
        }
        let RelocWriter { data, relocs } = eh_frame.0;
        let section = product.object.section_id(StandardSection::EhFrame);
        let offset = product.object.append_section_data(section, data.slice(), 8);
        for reloc in relocs {
            let symbol = product.function_symbol(FuncId::from_u32(reloc.func as u32));
            let kind =
                if reloc.pc_relative { RelocationKind::Relative } else { RelocationKind::Absolute };
            // The section was empty before, so `offset` is zero; keep it for clarity.
            let _ = product.object.add_relocation(
                section,
                Relocation {
                    offset: offset + reloc.offset,
                    symbol,
                    addend: reloc.addend,
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

struct PendingReloc {
    offset: u64,
    func: usize,
    addend: i64,
    size: u8,
    pc_relative: bool,
}

/// A gimli writer that records symbolic addresses as relocations instead of failing on them.
struct RelocWriter {
    data: EndianVec<RunTimeEndian>,
    relocs: Vec<PendingReloc>,
}

impl RelocWriter {
    fn reloc(
        &mut self,
        func: usize,
        addend: i64,
        size: u8,
        pc_relative: bool,
    ) -> gimli::write::Result<()> {
        self.relocs.push(PendingReloc {
            offset: self.data.len() as u64,
            func,
            addend,
            size,
            pc_relative,
        });
        self.data.write_udata(0, size)
    }
}

impl Writer for RelocWriter {
    type Endian = RunTimeEndian;

    fn endian(&self) -> RunTimeEndian {
        self.data.endian()
    }

    fn len(&self) -> usize {
        self.data.len()
    }

    fn write(&mut self, bytes: &[u8]) -> gimli::write::Result<()> {
        self.data.write(bytes)
    }

    fn write_at(&mut self, offset: usize, bytes: &[u8]) -> gimli::write::Result<()> {
        self.data.write_at(offset, bytes)
    }

    fn write_address(&mut self, address: Address, size: u8) -> gimli::write::Result<()> {
        match address {
            Address::Constant(value) => self.data.write_udata(value, size),
            Address::Symbol { symbol, addend } => self.reloc(symbol, addend, size, false),
        }
    }

    fn write_eh_pointer(
        &mut self,
        address: Address,
        eh_pe: constants::DwEhPe,
        size: u8,
    ) -> gimli::write::Result<()> {
        match address {
            Address::Constant(_) => self.data.write_eh_pointer(address, eh_pe, size),
            Address::Symbol { symbol, addend } => {
                let size = match eh_pe.format() {
                    constants::DW_EH_PE_sdata4 | constants::DW_EH_PE_udata4 => 4,
                    constants::DW_EH_PE_sdata8 | constants::DW_EH_PE_udata8 => 8,
                    constants::DW_EH_PE_absptr => size,
                    format => return Err(gimli::write::Error::UnsupportedPointerEncoding(format)),
                };
                let pc_relative = eh_pe.application() == constants::DW_EH_PE_pcrel;
                self.reloc(symbol, addend, size, pc_relative)
            }
        }
    }
}
