//! Stack slot addresses recomputed where they are used.
//!
//! Lowering takes the address of every memory local once, in the entry block. Each such address
//! would then be a value live across the whole function: the register allocator spends most of
//! its time on long live ranges like these, and spills them. A `stack_addr` is one `lea`, or
//! nothing at all when the load or store right after it folds it into its addressing mode (which
//! Cranelift only does for a `stack_addr` with that single use), so every load and store, and
//! every other use outside the defining block, gets its own copy; the originals left without
//! uses are removed.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{BlockArg, Function, Inst, InstBuilder, InstructionData, ValueDef};
use rustc_data_structures::fx::FxHashSet;

pub(crate) fn rematerialize_stack_addrs(func: &mut Function) {
    let mut originals: Vec<Inst> = Vec::new();
    let mut still_used: FxHashSet<Inst> = FxHashSet::default();
    let mut cursor = FuncCursor::new(func);
    while cursor.next_block().is_some() {
        // Copies are inserted before the instruction at the cursor, so they are never visited.
        while let Some(inst) = cursor.next_inst() {
            let block = cursor.current_block();
            let data = cursor.func.dfg.insts[inst];
            if let InstructionData::StackAddr { .. } = data {
                originals.push(inst);
                continue;
            }
            let memory_access = matches!(data, InstructionData::Load { .. })
                || matches!(data, InstructionData::Store { .. });
            let arg_count = cursor.func.dfg.inst_args(inst).len();
            for index in 0..arg_count {
                let arg = cursor.func.dfg.resolve_aliases(cursor.func.dfg.inst_args(inst)[index]);
                let ValueDef::Result(def, 0) = cursor.func.dfg.value_def(arg) else { continue };
                let InstructionData::StackAddr { stack_slot, offset, .. } =
                    cursor.func.dfg.insts[def]
                else {
                    continue;
                };
                if cursor.func.layout.inst_block(def) == block && !memory_access {
                    still_used.insert(def);
                    continue;
                }
                let ty = cursor.func.dfg.value_type(arg);
                let srcloc = cursor.func.srcloc(inst);
                cursor.set_srcloc(srcloc);
                let fresh = cursor.ins().stack_addr(ty, stack_slot, offset);
                cursor.func.dfg.inst_args_mut(inst)[index] = fresh;
            }
            // Block arguments of branches keep their values as they are.
            let dfg = &cursor.func.dfg;
            for call in data.branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                for arg in call.args(&dfg.value_lists) {
                    if let BlockArg::Value(value) = arg
                        && let ValueDef::Result(def, 0) = dfg.value_def(dfg.resolve_aliases(value))
                        && let InstructionData::StackAddr { .. } = dfg.insts[def]
                    {
                        still_used.insert(def);
                    }
                }
            }
        }
    }
    for inst in originals {
        if !still_used.contains(&inst) {
            func.layout.remove_inst(inst);
        }
    }
}
