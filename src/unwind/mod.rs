//! `.eh_frame` for every function we emit, so that panics unwind through our frames.
//!
//! Cranelift describes each function's frame as System V CFI; we collect one FDE per function
//! and encode the section with gimli, turning symbolic addresses into object relocations.
//! Functions with landing pads also get an LSDA and an FDE under a CIE that names
//! `rust_eh_personality`.

mod lsda;

use cranelift_codegen::Context;
use cranelift_codegen::ir::Signature;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::object::write::{Relocation, StandardSection, SymbolSection};
use cranelift_object::object::{RelocationEncoding, RelocationFlags, RelocationKind};
use cranelift_object::{ObjectModule, ObjectProduct};
use gimli::write::{Address, CieId, EhFrame, EndianVec, FrameTable, Writer};
use gimli::{RunTimeEndian, constants};

pub(crate) struct EhFrameBuilder {
    table: FrameTable,
    /// `None` when the ISA has no System V unwind description (never for our Linux targets).
    cie: Option<CieId>,
    /// The CIE with the personality routine, made when the first landing pad shows up.
    personality_cie: Option<CieId>,
    endian: RunTimeEndian,
}

/// Symbolic addresses in the frame table name functions by their id, and data objects by
/// their id with this bit set.
const DATA_SYMBOL: usize = 1 << 31;

fn pcrel_sdata4() -> constants::DwEhPe {
    constants::DwEhPe(constants::DW_EH_PE_pcrel.0 | constants::DW_EH_PE_sdata4.0)
}

impl EhFrameBuilder {
    pub(crate) fn new(isa: &dyn TargetIsa) -> Self {
        let mut table = FrameTable::default();
        let cie = isa.create_systemv_cie().map(|mut cie| {
            // Position-independent FDE addresses: no dynamic relocations in `.eh_frame`.
            cie.fde_address_encoding = pcrel_sdata4();
            table.add_cie(cie)
        });
        let endian = match isa.endianness() {
            cranelift_codegen::ir::Endianness::Little => RunTimeEndian::Little,
            cranelift_codegen::ir::Endianness::Big => RunTimeEndian::Big,
        };
        EhFrameBuilder { table, cie, personality_cie: None, endian }
    }

    /// The CIE for functions with landing pads; its personality pointer goes through a local
    /// `DW.ref`-style data object so `.eh_frame` itself needs only PC-relative relocations.
    fn personality_cie(&mut self, module: &mut ObjectModule) -> Result<CieId, String> {
        if let Some(cie) = self.personality_cie {
            return Ok(cie);
        }
        let Some(mut cie) = module.isa().create_systemv_cie() else {
            return Err("no CFI for this target".into());
        };
        let call_conv = module.isa().default_call_conv();
        let personality = module
            .declare_function("rust_eh_personality", Linkage::Import, &Signature::new(call_conv))
            .map_err(|err| err.to_string())?;
        let slot = module.declare_anonymous_data(true, false).map_err(|err| err.to_string())?;
        let mut desc = DataDescription::new();
        // Explicit zero bytes, not `define_zeroinit`: a zero-init object lands in `.bss`, where
        // the relocation filling it in is lost once `ld -r` merges objects (LTO).
        desc.define(vec![0; module.isa().pointer_bytes().into()].into_boxed_slice());
        desc.set_align(module.isa().pointer_bytes().into());
        let func_ref = module.declare_func_in_data(personality, &mut desc);
        desc.write_function_addr(0, func_ref);
        module.define_data(slot, &desc).map_err(|err| err.to_string())?;

        let indirect = constants::DwEhPe(pcrel_sdata4().0 | constants::DW_EH_PE_indirect.0);
        cie.fde_address_encoding = pcrel_sdata4();
        cie.lsda_encoding = Some(pcrel_sdata4());
        cie.personality = Some((indirect, data_address(slot)));
        let id = self.table.add_cie(cie);
        self.personality_cie = Some(id);
        Ok(id)
    }

    /// Records the frame description of a function just compiled in `ctx`.
    pub(crate) fn add_function(
        &mut self,
        module: &mut ObjectModule,
        ctx: &Context,
        id: FuncId,
    ) -> Result<(), String> {
        let Some(plain_cie) = self.cie else { return Ok(()) };
        let Some(code) = ctx.compiled_code() else { return Ok(()) };
        match code.create_unwind_info(module.isa()) {
            Ok(Some(UnwindInfo::SystemV(info))) => {
                let address = Address::Symbol { symbol: id.as_u32() as usize, addend: 0 };
                let mut fde = info.to_fde(address);
                let cie = match lsda::encode(&code.buffer, code.code_info().total_size) {
                    Some(bytes) => {
                        let data = module
                            .declare_anonymous_data(false, false)
                            .map_err(|e| e.to_string())?;
                        let mut desc = DataDescription::new();
                        desc.define(bytes.into_boxed_slice());
                        module.define_data(data, &desc).map_err(|e| e.to_string())?;
                        fde.lsda = Some(data_address(data));
                        self.personality_cie(module)?
                    }
                    None => plain_cie,
                };
                self.table.add_fde(cie, fde);
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
            let symbol = if reloc.func & DATA_SYMBOL != 0 {
                product.data_symbol(DataId::from_u32((reloc.func & !DATA_SYMBOL) as u32))
            } else {
                product.function_symbol(FuncId::from_u32(reloc.func as u32))
            };
            // Point at the defining section, not the (possibly preemptible) global symbol: a
            // PC-relative reference to an exported function is not allowed in a shared object.
            let (symbol, addend) = match product.object.symbol(symbol).section {
                SymbolSection::Section(defining) => {
                    let value = product.object.symbol(symbol).value as i64;
                    (product.object.section_symbol(defining), reloc.addend + value)
                }
                _ => (symbol, reloc.addend),
            };
            let kind =
                if reloc.pc_relative { RelocationKind::Relative } else { RelocationKind::Absolute };
            // The section was empty before, so `offset` is zero; keep it for clarity.
            let _ = product.object.add_relocation(
                section,
                Relocation {
                    offset: offset + reloc.offset,
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

fn data_address(id: DataId) -> Address {
    Address::Symbol { symbol: DATA_SYMBOL | id.as_u32() as usize, addend: 0 }
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
