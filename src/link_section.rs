//! `#[link_section]` on functions. cranelift-object chooses the sections of functions itself:
//! with `-Zfunction-sections` (the default on ELF) a `.text.*` section of its own for each. The
//! object file is rewritten once written to give the sections of such functions the names
//! their attributes ask for; the sections keep their flags, as LLVM's do for `.text.startup`
//! (`inventory`'s and `ctor`'s constructors) and other code sections.

use object::build::elf::{Builder, SectionData};

/// A function `#[link_section]` places: its symbol and the section's name.
pub(crate) struct Placement {
    pub(crate) symbol: String,
    pub(crate) section: String,
}

/// Whether functions of objects for this session can be placed; otherwise the attribute is
/// reported unsupported.
pub(crate) fn can_place_functions(sess: &rustc_session::Session) -> bool {
    sess.target.binary_format == rustc_target::spec::BinaryFormat::Elf
        && sess.opts.unstable_opts.function_sections.unwrap_or(true)
}

/// The ELF object `bytes` with each placed function's section, and its relocations' section,
/// renamed.
pub(crate) fn place_functions(bytes: &[u8], placements: &[Placement]) -> Result<Vec<u8>, String> {
    let mut builder =
        Builder::read(bytes).map_err(|err| format!("cannot read back the object file: {err}"))?;
    for Placement { symbol, section: name } in placements {
        let section = builder
            .symbols
            .iter()
            .find(|sym| &*sym.name == symbol.as_bytes())
            .and_then(|sym| sym.section)
            .ok_or_else(|| format!("no section holds the function `{symbol}`"))?;
        let old = builder.sections.get(section).name.to_vec();
        builder.sections.get_mut(section).name = name.clone().into_bytes().into();
        for relocs in builder.sections.iter_mut() {
            let is_relocs = matches!(relocs.data, SectionData::Relocation(_));
            if is_relocs && relocs.sh_info_section == Some(section) {
                let prefix = relocs.name.strip_suffix(&old[..]).unwrap_or(b".rela").to_vec();
                relocs.name = [prefix, name.clone().into_bytes()].concat().into();
            }
        }
    }
    let mut out = Vec::with_capacity(bytes.len());
    builder.write(&mut out).map_err(|err| format!("cannot rewrite the object file: {err}"))?;
    Ok(out)
}
