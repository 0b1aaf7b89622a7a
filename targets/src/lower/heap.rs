//! `heapq` functions on lists (the runtime's `penna_heap_*`): the lowering
//! made each a method of its heap list.

use inkwell::values::BasicValueEnum;
use inkwell::IntPredicate;
use penna_compiler::abi::containers as abi;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::builtins::Method;
use penna_compiler::Type;

use super::list::item_of;
use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn heap_method(
        &mut self,
        m: Method,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let item = item_of(types[0])?.clone();
        let l = args[0];
        match m {
            Method::Heapify => {
                self.call_rt(abi::HEAPIFY, None, &[l])?;
                Ok(self.none_value())
            }
            Method::HeapPush => {
                let p = self.give(&item, args[1])?;
                self.call_rt(abi::HEAP_PUSH, None, &[l, p.into()])?;
                Ok(self.none_value())
            }
            Method::HeapPop | Method::HeapReplace => {
                let n = self.list_len(l.into_pointer_value())?;
                let empty = self
                    .b
                    .build_int_compare(IntPredicate::EQ, n, self.i64(0), "empty")?;
                self.raise_if(empty, ExceptionKind::IndexError, "index out of range", &[])?;
                let out = self.slot(&item)?;
                if m == Method::HeapPop {
                    self.call_rt_int(abi::HEAP_POP, 32, &[l, out.into()])?;
                } else {
                    let p = self.give(&item, args[1])?;
                    self.call_rt_int(abi::HEAP_REPLACE, 32, &[l, p.into(), out.into()])?;
                }
                let v = self.load_item(&item, out)?;
                self.fresh(&item, v)
            }
            Method::HeapPushPop => {
                let p = self.give(&item, args[1])?;
                let out = self.slot(&item)?;
                self.call_rt(abi::HEAP_PUSHPOP, None, &[l, p.into(), out.into()])?;
                let v = self.load_item(&item, out)?;
                self.fresh(&item, v)
            }
            Method::NSmallest | Method::NLargest => {
                let largest = self.i32((m == Method::NLargest) as i64);
                let out = self.call_rt_ptr(abi::HEAP_SELECT, &[l, args[1], largest.into()])?;
                self.fresh(ty, out.into())
            }
            m => Err(bug(format!("{} is not a heapq function", m.name()))),
        }
    }
}
