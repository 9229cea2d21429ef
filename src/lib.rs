//! A rustc codegen backend that lowers MIR to Cranelift IR.
//!
//! rustc loads this dylib through `-Zcodegen-backend` and calls [`__rustc_codegen_backend`]. The
//! module level (CGU scheduling, worker threads, incremental reuse, linking) is driven by
//! `rustc_codegen_ssa`'s coordinator; everything below a CGU is our own single-pass lowering.

#![feature(rustc_private)]
#![warn(rust_2018_idioms)]
#![warn(unreachable_pub)]
#![warn(unused_lifetimes)]

extern crate rustc_abi;
extern crate rustc_ast;
extern crate rustc_codegen_ssa;
extern crate rustc_data_structures;
extern crate rustc_errors;
extern crate rustc_hir;
extern crate rustc_index;
extern crate rustc_middle;
extern crate rustc_session;
extern crate rustc_span;
extern crate rustc_symbol_mangling;
extern crate rustc_target;
extern crate smallvec;

// Links us against the rustc_driver dylib instead of statically duplicating rustc's crates.
#[allow(unused_extern_crates)]
extern crate rustc_driver;

mod abi;
mod allocator;
mod analyze;
mod base;
mod cast;
mod config;
mod constant;
mod debuginfo;
mod discriminant;
mod driver;
mod dwarf_writer;
mod got_relax;
mod host_tools;
mod inline;
mod inline_asm;
mod intrinsics;
mod isa;
mod landing_pad;
mod layout;
mod link_section;
mod lto;
mod main_shim;
mod num;
mod place;
mod remat;
mod slot_sharing;
mod soft_float;
mod target_features;
mod timings;
mod unsize;
mod unsupported;
mod unwind;
mod value;

use std::any::Any;

use rustc_codegen_ssa::traits::CodegenBackend;
use rustc_codegen_ssa::{CompiledModules, CrateInfo, TargetConfig};
use rustc_middle::dep_graph::WorkProductMap;
use rustc_middle::ty::TyCtxt;
use rustc_session::Session;
use rustc_session::config::OutputFilenames;

/// The backend object rustc talks to.
pub struct CraneliftBackend;

impl CodegenBackend for CraneliftBackend {
    fn name(&self) -> &'static str {
        "cranelift"
    }

    fn init(&self, sess: &Session) {
        isa::check_target(sess);
    }

    fn target_config(&self, sess: &Session) -> TargetConfig {
        let (target_features, unstable_target_features) = target_features::cfg_features(sess);
        TargetConfig {
            unstable_target_features,
            target_features,
            // As LLVM says for our targets: f16 math goes through f32; f128 has arithmetic
            // through compiler-builtins, and its math functions (glibc's `*f128`) are relied
            // upon where `long double` is binary128 too (aarch64), not on x86_64. These decide
            // `cfg(target_has_reliable_f128_math)`, so they must agree with LLVM's.
            has_reliable_f16: true,
            has_reliable_f16_math: true,
            has_reliable_f128: true,
            has_reliable_f128_math: sess.target.arch != rustc_target::spec::Arch::X86_64,
        }
    }

    fn target_cpu(&self, sess: &Session) -> String {
        sess.opts.cg.target_cpu.clone().unwrap_or_else(|| sess.target.cpu.to_string())
    }

    /// Keeps rustc from planning ThinLTO (also the implicit crate-local kind) for our modules;
    /// `-Clto=thin` becomes fat LTO, which rustc announces with a warning.
    fn thin_lto_supported(&self) -> bool {
        false
    }

    fn print_version(&self) {
        println!("Cranelift version: {}", cranelift_codegen::VERSION);
    }

    fn codegen_crate(&self, tcx: TyCtxt<'_>) -> Box<dyn Any> {
        config::check_session_options(tcx);
        Box::new(rustc_codegen_ssa::base::codegen_crate(driver::ClifDriver, tcx))
    }

    fn join_codegen(
        &self,
        ongoing_codegen: Box<dyn Any>,
        sess: &Session,
        _outputs: &OutputFilenames,
        crate_info: &CrateInfo,
    ) -> (CompiledModules, WorkProductMap) {
        match ongoing_codegen
            .downcast::<rustc_codegen_ssa::back::write::OngoingCodegen<driver::ClifDriver>>()
        {
            Ok(ongoing) => {
                let joined = ongoing.join(sess, crate_info);
                timings::report(crate_info.local_crate_name.as_str());
                joined
            }
            Err(_) => sess.dcx().fatal("codegen result of an unexpected type"),
        }
    }
}

/// The entry point rustc looks up in a codegen backend dylib.
#[unsafe(no_mangle)]
pub fn __rustc_codegen_backend() -> Box<dyn CodegenBackend> {
    Box::new(CraneliftBackend)
}
