//! The GPU kernel entry: `void kernel(params...)` with every argument
//! flattened into kernel parameters (the layout a launcher packs):
//! a scalar by value (bool as one byte), an array as its data pointer, then
//! `ndim` extents and `ndim` byte strides (GPU arrays have no meminfo).
//!
//! The kernel rebuilds the values, calls the entry function with an
//! exception record of its own and returns. An exception raised in a kernel
//! ends that thread only, as in Numba without `debug=True`.
//!
//! A device function compiled on its own (`compile_ptx(device=True)`) gets
//! the same parameters in a `.visible .func` that CUDA C can call: with
//! [`DeviceAbi::C`] it returns the result by value (`void` for None); with
//! [`DeviceAbi::Numba`] it is `int f(T *ret, params...)`, writing the result
//! and returning 0, or 1 when the function raised.

use inkwell::module::Linkage;
use inkwell::types::{BasicMetadataTypeEnum, BasicType};
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FunctionValue};
use inkwell::AddressSpace;
use penna_compiler::{Scalar, Type};

use super::{FnLowering, ModuleLowering};
use crate::error::{bug, CgResult};
use crate::{DeviceAbi, KernelOptions};

/// The LLVM types of the kernel parameters for one argument of type `t`.
fn flat_params<'ctx>(
    m: &ModuleLowering<'ctx, '_>,
    t: &Type,
) -> CgResult<Vec<BasicMetadataTypeEnum<'ctx>>> {
    let i64t = m.ctx.i64_type();
    let ptr = m.ctx.ptr_type(AddressSpace::default());
    Ok(match t {
        Type::Scalar(s) if !s.is_complex() => vec![m.scalar_memory_type(*s).into()],
        Type::Array(a) => {
            let mut v: Vec<BasicMetadataTypeEnum> = vec![ptr.into()];
            v.extend(std::iter::repeat_n(
                BasicMetadataTypeEnum::from(i64t),
                2 * a.ndim as usize,
            ));
            v
        }
        other => {
            return Err(bug(format!(
                "kernel argument of type {other} (rejected before lowering)"
            )))
        }
    })
}

pub fn build_kernel(
    m: &ModuleLowering<'_, '_>,
    name: &str,
    options: &KernelOptions,
) -> CgResult<()> {
    let ctx = m.ctx;
    let f = m.program.entry();
    let params = all_flat_params(m)?;
    let kernel = m.module.add_function(
        name,
        ctx.void_type().fn_type(&params, false),
        Some(Linkage::External),
    );
    m.set_attributes(kernel);
    if let Some(gpu) = m.target.gpu() {
        gpu.finish_kernel(&m.module, kernel, options)?;
    }
    let mut w = FnLowering::new(m, f, kernel);
    let values = unpack_params(&mut w, kernel, 0)?;
    // The status is dropped: a raising thread has already stopped.
    w.call_internal(m.functions[m.program.entry], &values)?;
    w.b.build_return(None)?;
    Ok(())
}

/// The entry function as a device function CUDA C can call, by `abi`.
pub fn build_device_function(
    m: &ModuleLowering<'_, '_>,
    name: &str,
    abi: DeviceAbi,
) -> CgResult<()> {
    let ctx = m.ctx;
    let f = m.program.entry();
    let ret = match &f.ret {
        Type::None => None,
        Type::Scalar(s) if !s.is_complex() => Some(m.scalar_memory_type(*s)),
        other => {
            return Err(penna_compiler::CompileError::target(format!(
                "a device function compiled on its own returns a real number or nothing; `{}` returns {other}",
                f.name
            ))
            .into())
        }
    };
    let mut params = all_flat_params(m)?;
    let fn_type = match abi {
        DeviceAbi::C => match ret {
            Some(t) => t.fn_type(&params, false),
            None => ctx.void_type().fn_type(&params, false),
        },
        DeviceAbi::Numba => {
            params.insert(0, ctx.ptr_type(AddressSpace::default()).into());
            ctx.i32_type().fn_type(&params, false)
        }
    };
    let func = m
        .module
        .add_function(name, fn_type, Some(Linkage::External));
    m.set_attributes(func);
    let mut w = FnLowering::new(m, f, func);
    let first = u32::from(abi == DeviceAbi::Numba);
    let values = unpack_params(&mut w, func, first)?;
    let (status, result) = w.call_internal(m.functions[m.program.entry], &values)?;
    let value = match ret {
        Some(t) => {
            let v = w.b.build_extract_value(result, 1, "value")?;
            // bool travels as a byte, as in the parameters.
            Some(match f.ret {
                Type::Scalar(Scalar::Bool) => {
                    w.b.build_int_z_extend(v.into_int_value(), t.into_int_type(), "byte")?
                        .into()
                }
                _ => v,
            })
        }
        None => None,
    };
    match abi {
        DeviceAbi::C => match value {
            Some(v) => w.b.build_return(Some(&v))?,
            None => w.b.build_return(None)?,
        },
        DeviceAbi::Numba => {
            if let Some(v) = value {
                let out = func
                    .get_nth_param(0)
                    .expect("declared")
                    .into_pointer_value();
                w.b.build_store(out, v)?;
            }
            w.b.build_return(Some(&status))?
        }
    };
    Ok(())
}

/// The flattened parameters of every argument of the entry.
fn all_flat_params<'ctx>(
    m: &ModuleLowering<'ctx, '_>,
) -> CgResult<Vec<BasicMetadataTypeEnum<'ctx>>> {
    let mut params = Vec::new();
    for t in &m.program.entry().param_types {
        params.extend(flat_params(m, t)?);
    }
    Ok(params)
}

/// Starts `w` (lowering the wrapper `func`) with an exception record and
/// rebuilds the entry's arguments from `func`'s flattened parameters, which
/// begin at parameter `first`: the arguments of a call to the entry.
fn unpack_params<'ctx>(
    w: &mut FnLowering<'_, 'ctx, '_>,
    func: FunctionValue<'ctx>,
    first: u32,
) -> CgResult<Vec<BasicMetadataValueEnum<'ctx>>> {
    let (m, ctx, f) = (w.m, w.ctx, w.f);
    w.b.position_at_end(w.alloca_block);
    let record_type = w.exception_record_type();
    let record = w.entry_alloca(record_type.into(), "exc")?;
    w.b.build_store(record, record_type.const_zero())?;
    w.exc_ptr = record;
    let mut values: Vec<BasicMetadataValueEnum> = vec![record.into()];
    let mut next = first;
    let mut param = || {
        let p = func.get_nth_param(next).expect("declared");
        next += 1;
        p
    };
    for t in &f.param_types {
        values.push(match t {
            Type::Scalar(Scalar::Bool) => {
                let byte = param().into_int_value();
                w.b.build_int_compare(
                    inkwell::IntPredicate::NE,
                    byte,
                    byte.get_type().const_zero(),
                    "bool",
                )?
                .into()
            }
            Type::Scalar(_) => param().into(),
            Type::Array(a) => {
                let ty = m.descriptor_type(a.ndim as u32);
                let mut d = ty.get_undef();
                let no_meminfo = ctx.ptr_type(AddressSpace::default()).const_null();
                d =
                    w.b.build_insert_value(d, no_meminfo, 0, "")?
                        .into_struct_value();
                d =
                    w.b.build_insert_value(d, param(), 1, "")?
                        .into_struct_value();
                for field in [2, 3] {
                    let mut dims = ctx.i64_type().array_type(a.ndim as u32).get_undef();
                    for k in 0..a.ndim as u32 {
                        let v: BasicValueEnum = param();
                        dims = w.b.build_insert_value(dims, v, k, "")?.into_array_value();
                    }
                    d =
                        w.b.build_insert_value(d, dims, field, "")?
                            .into_struct_value();
                }
                d.into()
            }
            other => return Err(bug(format!("kernel argument of type {other}"))),
        });
    }
    Ok(values)
}
