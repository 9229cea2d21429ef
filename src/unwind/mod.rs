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
use cranelift_module::{DataDescription, FuncId, FuncOrDataId, Linkage, Module};
use cranelift_object::object::write::StandardSection;
use cranelift_object::{ObjectModule, ObjectProduct};
use gimli::write::{CieId, EhFrame, FrameTable};
use gimli::{RunTimeEndian, constants};

use crate::dwarf_writer::{SectionWriter, data_address, endian_of, func_address};

pub(crate) struct EhFrameBuilder {
    table: FrameTable,
    /// `None` when the ISA has no System V unwind description (never for our Linux targets) or
    /// unwind tables are off.
    cie: Option<CieId>,
    /// The CIE with the personality routine, made when the first landing pad shows up.
    personality_cie: Option<CieId>,
    endian: RunTimeEndian,
}

fn pcrel_sdata4() -> constants::DwEhPe {
    constants::DwEhPe(constants::DW_EH_PE_pcrel.0 | constants::DW_EH_PE_sdata4.0)
}

impl EhFrameBuilder {
    /// Without `enabled`, records nothing: functions get no frame descriptions.
    pub(crate) fn new(isa: &dyn TargetIsa, enabled: bool) -> Self {
        let mut table = FrameTable::default();
        let cie = isa.create_systemv_cie().filter(|_| enabled).map(|mut cie| {
            // Position-independent FDE addresses: no dynamic relocations in `.eh_frame`.
            cie.fde_address_encoding = pcrel_sdata4();
            table.add_cie(cie)
        });
        EhFrameBuilder { table, cie, personality_cie: None, endian: endian_of(isa) }
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
        // std defines the personality function itself; elsewhere it is an import.
        let personality = match module.declarations().get_name("rust_eh_personality") {
            Some(FuncOrDataId::Func(id)) => id,
            _ => {
                let signature = Signature::new(module.isa().default_call_conv());
                module
                    .declare_function("rust_eh_personality", Linkage::Import, &signature)
                    .map_err(|err| err.to_string())?
            }
        };
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
                let address = func_address(id);
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
        let mut eh_frame = EhFrame(SectionWriter::new(self.endian));
        if self.table.write_eh_frame(&mut eh_frame).is_err() {
            return;
        }
        let section = product.object.section_id(StandardSection::EhFrame);
        eh_frame.0.emit_into(product, section, 8, |_| None);
    }
}
