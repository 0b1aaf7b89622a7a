//! Strings (`penna_compiler::strings`): literals as objects of the module,
//! and every `StrFn` row as one call of its runtime function.

use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::IntPredicate;
use penna_compiler::abi::ExceptionClass;
use penna_compiler::strings::{StrFn, StrParam, StrResult};
use penna_compiler::Type;

use super::FnLowering;
use crate::error::{bug, CgResult};

/// The reference count literals start with: they are never freed.
const LITERAL_REFCOUNT: u64 = 1 << 62;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// A string literal: a `MemInfo` header, the code point count and the
    /// UTF-8 bytes in one writable global (its count changes as references
    /// come and go, but never reaches zero).
    pub fn string_literal(&self, text: &str) -> CgResult<BasicValueEnum<'ctx>> {
        let key = format!("\u{0}str:{text}");
        if let Some(g) = self.m.strings.borrow().get(&key) {
            return Ok(g.as_pointer_value().into());
        }
        let i64t = self.ctx.i64_type();
        let ptr = self.ptr_type();
        let bytes = self.ctx.const_string(text.as_bytes(), false);
        let ty = self.ctx.struct_type(
            &[
                i64t.into(),
                ptr.into(),
                i64t.into(),
                ptr.into(),
                i64t.into(),
                bytes.get_type().into(),
            ],
            false,
        );
        let n = self.m.strings.borrow().len();
        let g = self
            .m
            .module
            .add_global(ty, None, &format!("penna.str.{n}"));
        // The header's data pointer: the count field of the same global.
        let data = unsafe {
            g.as_pointer_value()
                .const_in_bounds_gep(self.ctx.i8_type(), &[i64t.const_int(32, false)])
        };
        let init = ty.const_named_struct(&[
            i64t.const_int(LITERAL_REFCOUNT, false).into(),
            data.into(),
            i64t.const_int(8 + text.len() as u64, false).into(),
            ptr.const_null().into(),
            i64t.const_int(text.chars().count() as u64, false).into(),
            bytes.into(),
        ]);
        g.set_initializer(&init);
        g.set_linkage(Linkage::Private);
        g.set_alignment(8);
        self.m.strings.borrow_mut().insert(key, g);
        Ok(g.as_pointer_value().into())
    }

    /// `f(args...)`: the row's runtime function. A new string or list is
    /// recorded as a temporary; a function that raised propagates.
    pub fn str_call(
        &mut self,
        f: StrFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut c_args: Vec<BasicValueEnum<'ctx>> = Vec::with_capacity(args.len() + 2);
        for ((&v, p), t) in args.iter().zip(f.params()).zip(types) {
            c_args.push(match (p, t) {
                (StrParam::Bound, Type::None) => self.i64(i64::MIN).into(),
                (StrParam::Int | StrParam::Bound, _) => {
                    let i = v.into_int_value();
                    self.b
                        .build_int_s_extend_or_bit_cast(i, self.ctx.i64_type(), "")?
                        .into()
                }
                _ => v,
            });
        }
        let ret = match f.result() {
            StrResult::Str | StrResult::StrList => self.ptr_type().into(),
            StrResult::Float => self.ctx.f64_type().into(),
            StrResult::Int | StrResult::Bool => self.ctx.i64_type().into(),
        };
        let value = if f.raises() {
            let out = self.entry_alloca(ret, "str.out")?;
            let mut all: Vec<BasicValueEnum<'ctx>> = vec![self.exc_ptr.into(), out.into()];
            all.extend(c_args);
            let status = self
                .call_rt(f.symbol(), Some(self.ctx.i32_type().into()), &all)?
                .ok_or_else(|| bug("a string function returned nothing"))?
                .into_int_value();
            let failed =
                self.b
                    .build_int_compare(IntPredicate::NE, status, self.i32(0), "failed")?;
            let fail = self.new_block("str.raise");
            let ok = self.new_block("str.ok");
            self.b
                .build_conditional_branch(self.unlikely(failed)?, fail, ok)?;
            self.b.position_at_end(fail);
            self.return_status(status)?;
            self.b.position_at_end(ok);
            self.b.build_load(ret, out, "str.result")?
        } else {
            self.call_rt(f.symbol(), Some(ret), &c_args)?
                .ok_or_else(|| bug("a string function returned nothing"))?
        };
        match f.result() {
            StrResult::Str | StrResult::StrList => {
                self.check_allocated(value.into_pointer_value(), "a string")?;
                self.fresh(ty, value)
            }
            StrResult::Bool => Ok(self
                .b
                .build_int_compare(IntPredicate::NE, value.into_int_value(), self.i64(0), "")?
                .into()),
            StrResult::Int | StrResult::Float => Ok(value),
        }
    }

    /// Raises MemoryError where the runtime could not allocate (`p` null).
    pub fn check_allocated(&self, p: PointerValue<'ctx>, what: &str) -> CgResult<()> {
        let null = self.b.build_is_null(p, "oom")?;
        self.raise_if(
            null,
            penna_compiler::abi::ExceptionKind::MemoryError,
            &format!("out of memory for {what}"),
            &[],
        )
    }

    /// `raise Cls(message)` with a computed message.
    pub fn raise_value(
        &mut self,
        class: &ExceptionClass,
        message: PointerValue<'ctx>,
    ) -> CgResult<()> {
        let args: [BasicValueEnum<'ctx>; 3] = [
            self.exc_ptr.into(),
            self.i32(class.code() as i64).into(),
            message.into(),
        ];
        self.call_rt("penna_rt_raise_str", None, &args)?;
        self.return_status(self.i32(penna_compiler::abi::STATUS_EXCEPTION as i64))?;
        self.after_terminator();
        Ok(())
    }
}
