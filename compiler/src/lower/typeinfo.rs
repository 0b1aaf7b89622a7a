//! `np.finfo(t).eps` and `np.iinfo(t).max`: machine limits of a dtype, read
//! as attributes of the call. The pair becomes one call of a hidden
//! `NpFn` row per attribute (`finfo.eps`, ...), typed and folded to a
//! constant from the argument's dtype (`t` a dtype, a number or an array).
//! The info object itself is not a value (`fi = np.finfo(t)` is an error).
//! `a.flags.c_contiguous` (`f_contiguous`, `writeable`) is read the same
//! way: one call of a hidden row on `a`.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::{Lower, Resolved};
use crate::builtins::{Builtin, ModuleItem, NpFn};
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::Span;

impl Lower<'_> {
    /// `Some(call)` if `a` is `np.finfo(t).<attr>`, `np.iinfo(t).<attr>` or
    /// `<array>.flags.<flag>`.
    pub(super) fn type_info_attribute(&mut self, a: &ast::ExprAttribute) -> Result<Option<ExprId>> {
        if let AstExpr::Attribute(inner) = &*a.value {
            if inner.attr.id.as_str() == "flags" {
                return self.flag(inner, a).map(Some);
            }
        }
        let AstExpr::Call(call) = &*a.value else {
            return Ok(None);
        };
        let Some(Resolved::Item(
            ModuleItem::Function(Builtin::Np(info @ (NpFn::Finfo | NpFn::Iinfo))),
            _,
        )) = self.resolve_global_expr(&call.func)?
        else {
            return Ok(None);
        };
        let span = Span::from(a.range());
        let attr = a.attr.id.as_str();
        let f = match (info, attr) {
            (NpFn::Finfo, "eps") => NpFn::FinfoEps,
            (NpFn::Finfo, "max") => NpFn::FinfoMax,
            (NpFn::Finfo, "min") => NpFn::FinfoMin,
            (NpFn::Finfo, "tiny" | "smallest_normal") => NpFn::FinfoTiny,
            (NpFn::Finfo, "resolution") => NpFn::FinfoResolution,
            (NpFn::Iinfo, "max") => NpFn::IinfoMax,
            (NpFn::Iinfo, "min") => NpFn::IinfoMin,
            (_, "bits") => NpFn::InfoBits,
            _ => {
                return Err(CompileError::unsupported(
                    format!("np.{}(...).{attr} is not supported", info.name()),
                    span,
                )
                .with_hint("supported: np.finfo(t).eps .max .min .tiny .resolution .bits, np.iinfo(t).max .min .bits"))
            }
        };
        let [arg] = call.arguments.args.as_ref() else {
            return Err(CompileError::typing(
                format!("np.{}() takes one argument", info.name()),
                Span::from(call.range()),
            ));
        };
        let value = self.expr(arg)?;
        Ok(Some(self.call_np(f, value, span)))
    }

    /// `<array>.flags.<flag>` (`flags` is `inner`).
    fn flag(&mut self, inner: &ast::ExprAttribute, a: &ast::ExprAttribute) -> Result<ExprId> {
        let span = Span::from(a.range());
        let f = match a.attr.id.as_str() {
            "c_contiguous" | "contiguous" => NpFn::FlagsC,
            "f_contiguous" | "fortran" => NpFn::FlagsF,
            "writeable" => NpFn::FlagsWriteable,
            other => {
                return Err(CompileError::unsupported(
                    format!("the array flag `.{other}` is not supported"),
                    span,
                )
                .with_hint(
                    "supported: a.flags.c_contiguous, a.flags.f_contiguous, a.flags.writeable",
                ))
            }
        };
        let value = self.expr(&inner.value)?;
        Ok(self.call_np(f, value, span))
    }

    fn call_np(&mut self, f: NpFn, value: ExprId, span: Span) -> ExprId {
        self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Np(f)),
                args: vec![value],
                keywords: vec![],
            },
            span,
        )
    }
}
