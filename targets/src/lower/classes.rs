//! jitclass instances (`penna_compiler::types::ClassRef`): a new object
//! per `Cls(...)`, initialised by `__init__`, and its fields read and
//! written in place. An instance value is the object's header; its data
//! holds the fields in the C layout of the tuple of their types, zeroed when
//! made (null references), and the runtime releases the references in them
//! when the last reference to the object goes.

use inkwell::values::{BasicValueEnum, PointerValue};
use penna_compiler::abi::ExceptionKind;
use penna_compiler::types::ClassRef;
use penna_compiler::Type;

use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The address of field `name` of the instance `obj`, and its type.
    fn field_ptr(
        &self,
        t: &Type,
        obj: BasicValueEnum<'ctx>,
        name: &str,
    ) -> CgResult<(PointerValue<'ctx>, Type)> {
        let Type::Class(c) = t else {
            return self.record_field_ptr(t, obj, name);
        };
        let (_, ty, offset) = c
            .field(name)
            .ok_or_else(|| bug(format!("no field {name}")))?;
        let at = penna_compiler::abi::OBJECT_DATA_OFFSET + offset as u64;
        Ok((self.byte_offset(obj.into_pointer_value(), at as i64)?, ty))
    }

    /// `obj.name`: the field's value, borrowed from the object. A string,
    /// instance or container field `__init__` never set is null: reading it
    /// raises AttributeError, as Python does for an attribute never assigned.
    pub fn get_field(
        &self,
        t: &Type,
        obj: BasicValueEnum<'ctx>,
        name: &str,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if let Type::RecordArray(a) = t {
            return self.field_view(a, obj, name);
        }
        let (p, ty) = self.field_ptr(t, obj, name)?;
        let v = self.load_memory(&ty, p)?;
        if matches!(ty, Type::Str | Type::Class(_)) || ty.is_container() {
            let null = self.b.build_is_null(v.into_pointer_value(), "unset")?;
            let Type::Class(c) = t else {
                return Err(bug("a field of a non-class"));
            };
            self.raise_if(
                null,
                ExceptionKind::AttributeError,
                &format!("'{}' object has no attribute '{name}'", c.0.name()),
                &[],
            )?;
        }
        Ok(v)
    }

    /// `obj.name = value`: the field takes a reference of its own and drops
    /// the old value's.
    pub fn set_field(
        &self,
        t: &Type,
        obj: BasicValueEnum<'ctx>,
        name: &str,
        value: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        let (p, ty) = self.field_ptr(t, obj, name)?;
        self.retain(&ty, value)?;
        let old = self.load_memory(&ty, p)?;
        self.store_memory(&ty, p, value)?;
        self.release(&ty, old)
    }

    /// `Cls(args...)`: a zeroed object, then `__init__(obj, args...)`.
    pub fn new_instance(
        &mut self,
        class: &ClassRef,
        init: usize,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let desc = self.desc(&class.layout());
        let obj = self.call_rt_ptr("penna_rt_object_new", &[desc.into()])?;
        self.check_allocated(obj, &format!("a {} instance", class.0.name()))?;
        let t = Type::Class(class.clone());
        let obj = self.fresh(&t, obj.into())?;
        let mut all = vec![obj];
        all.extend_from_slice(args);
        self.call_function(init, &all)?;
        Ok(obj)
    }
}
