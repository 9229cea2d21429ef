//! Stack slot addresses recomputed where they are used.
//!
//! Lowering takes the address of every memory local once, in the entry block. Each such address
//! would then be a value live across the whole function: the register allocator spends most of
//! its time on long live ranges like these, and spills them. A `stack_addr` is one `lea`, or
//! nothing at all when a load or store next to it folds it into its addressing mode, so giving
//! each use its own copy is cheaper in compile time and in the code it produces.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{Function, InstBuilder, InstructionData, Opcode, ValueDef};

/// Gives every instruction that uses a `stack_addr` result outside the instruction's own block,
/// or as the address of a load or store, a fresh `stack_addr` right before it.
pub(crate) fn rematerialize_stack_addrs(func: &mut Function) {
    let mut cursor = FuncCursor::new(func);
    while cursor.next_block().is_some() {
        while let Some(inst) = cursor.next_inst() {
            let block = cursor.current_block();
            let memory_access = cursor.func.dfg.insts[inst].opcode().can_load()
                || cursor.func.dfg.insts[inst].opcode().can_store();
            let arg_count = cursor.func.dfg.inst_args(inst).len();
            for index in 0..arg_count {
                let arg = cursor.func.dfg.resolve_aliases(cursor.func.dfg.inst_args(inst)[index]);
                let ValueDef::Result(def, 0) = cursor.func.dfg.value_def(arg) else { continue };
                let InstructionData::StackAddr { opcode: Opcode::StackAddr, stack_slot, offset } =
                    cursor.func.dfg.insts[def]
                else {
                    continue;
                };
                if cursor.func.layout.inst_block(def) == block && !memory_access {
                    continue;
                }
                let ty = cursor.func.dfg.value_type(arg);
                let srcloc = cursor.func.srcloc(inst);
                cursor.set_srcloc(srcloc);
                let fresh = cursor.ins().stack_addr(ty, stack_slot, offset);
                cursor.func.dfg.inst_args_mut(inst)[index] = fresh;
            }
        }
    }
}
