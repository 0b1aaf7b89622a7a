//! penna's typed, structured IR.
//!
//! Invariants (checked by [`crate::validate`]):
//! - Expressions live in an arena per function; each expression handle is used
//!   exactly once (expressions form trees, evaluated left to right when their
//!   statement runs). Shared values go through locals.
//! - Locals are slots: there are no phi nodes; the back end turns slots into SSA
//!   (LLVM's mem2reg).
//! - Control flow is structured: `If`, `While`, `ForRange`, `Break`, `Continue`,
//!   `Return`, `Raise`. A loop body is a subtree, which is what parallel-loop
//!   outlining and the GPU block-loop transform need.
//! - After inference and coercion every expression has a known type in
//!   `expr_types`, and every operation's operands already have exactly the type
//!   the operation works in (explicit `Cast` nodes): back ends never promote.

mod arena;
pub mod parallel;
pub mod print;

pub use arena::{Arena, Handle};
pub use parallel::{NumThreads, Origin, Parallel, ReduceOp, Reduction, Sharing};

use std::sync::Arc;

use crate::abi::ExceptionClass;
use crate::builtins::{Attribute, Builtin, Method};
use crate::env::{Const, FrozenArray, JitFunction};
use crate::source::{SourceFile, Span};
use crate::types::Type;

pub type ExprId = Handle<Expr>;
pub type LocalId = Handle<Local>;
/// Index of a function in its [`Program`].
pub type FuncId = usize;

/// A variable slot: a Python local, a parameter, or a temporary penna made.
#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Type,
    /// Where it is first bound (for error labels).
    pub span: Span,
    /// Temporaries made by lowering (`$t0`); never shown as user variables.
    pub is_temp: bool,
    /// In a kernel run on the CPU ([`crate::blockloop`]): one slot per thread
    /// of the block rather than one per block.
    pub per_thread: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `x is None` / `x is not None`: decided by types at compile time.
    Is,
    IsNot,
    /// `x in c` / `x not in c` on a container (`rhs`).
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
}

/// What a call calls.
#[derive(Clone)]
pub enum Callee {
    Builtin(Builtin),
    /// A method of the first argument's type.
    Method(Method),
    /// The function the first argument holds (a function value); inference
    /// turns it into [`Callee::Function`] once that argument's type is known.
    Value,
    /// `obj.name` where `name` is not an attribute penna knows by itself:
    /// a field or property of a jitclass instance (the only argument).
    GetAttr(Arc<str>),
    /// `obj.name = value` (arguments: the object, the value).
    SetAttr(Arc<str>),
    /// `obj.name(args...)`, a method of a jitclass (the object first);
    /// inference makes it a [`Callee::Function`].
    NamedMethod(Arc<str>),
    /// `Cls(args...)`: a new instance, initialised by `__init__`
    /// (`init`, its specialisation once inferred).
    New {
        class: crate::types::ClassRef,
        init: Option<FuncId>,
    },
    /// Another jitted function; `resolved` is its specialisation once inferred.
    /// `method`: called as `receiver.name(...)`, a method penna's library
    /// writes for `numpy.random.Generator` (see `Env::library_method`); the
    /// receiver is the first argument.
    Function {
        function: Arc<dyn JitFunction>,
        resolved: Option<FuncId>,
        method: bool,
    },
}

#[derive(Clone)]
pub enum Expr {
    Literal(Const),
    /// A global NumPy array frozen as constant data (read-only, C order).
    Frozen(Arc<FrozenArray>),
    /// A type as a value (the item type of `List.empty_list(float64[:])`).
    TypeRef(crate::types::Type),
    /// A string literal (a `str` object of the loaded code).
    Str(Arc<str>),
    /// A jitted function as a value (`apply(f, x)`, `g = f`).
    Function(crate::types::FnRef),
    Local(LocalId),
    /// The i-th argument as passed (of type `Function::param_types[i]`). The body
    /// starts by assigning each to its parameter's local, whose type may be wider.
    Param(usize),
    Unary {
        op: UnaryOp,
        value: ExprId,
    },
    Binary {
        op: BinaryOp,
        lhs: ExprId,
        rhs: ExprId,
    },
    Compare {
        op: CmpOp,
        lhs: ExprId,
        rhs: ExprId,
    },
    /// Python `and` / `or`: short-circuit; the value is one of the operands.
    Logical {
        op: LogicalOp,
        lhs: ExprId,
        rhs: ExprId,
    },
    /// `accept if cond else reject`, evaluating only one branch.
    Select {
        cond: ExprId,
        accept: ExprId,
        reject: ExprId,
    },
    /// Conversion to this expression's type (numeric, tuple-wise, layout).
    Cast(ExprId),
    Call {
        callee: Callee,
        args: Vec<ExprId>,
        /// Keyword arguments, bound to parameters during inference.
        keywords: Vec<(String, ExprId)>,
    },
    Tuple(Vec<ExprId>),
    /// `*t` among a call's arguments (`t` a local or parameter): inference
    /// replaces it by the items of the tuple `t` (`infer::unpack`), so
    /// nothing after inference sees one.
    Unpack(ExprId),
    /// `base[i, j]`: an array element or a tuple item, by the base's type;
    /// with slices among the indices, a view of the array.
    Index {
        base: ExprId,
        indices: Vec<ExprId>,
    },
    /// `start:stop:step` as an index (omitted parts are `None` literals).
    Slice {
        start: ExprId,
        stop: ExprId,
        step: ExprId,
    },
    Attr {
        value: ExprId,
        attr: Attribute,
    },
}

impl Expr {
    /// The direct operands, in evaluation order.
    pub fn operands(&self) -> Vec<ExprId> {
        let mut out = Vec::new();
        self.visit_operands(|e| out.push(e));
        out
    }

    pub fn visit_operands(&self, mut f: impl FnMut(ExprId)) {
        match self {
            Expr::Literal(_)
            | Expr::Frozen(_)
            | Expr::TypeRef(_)
            | Expr::Str(_)
            | Expr::Function(_)
            | Expr::Local(_)
            | Expr::Param(_) => {}
            Expr::Unary { value, .. }
            | Expr::Cast(value)
            | Expr::Attr { value, .. }
            | Expr::Unpack(value) => f(*value),
            Expr::Binary { lhs, rhs, .. }
            | Expr::Compare { lhs, rhs, .. }
            | Expr::Logical { lhs, rhs, .. } => {
                f(*lhs);
                f(*rhs)
            }
            Expr::Select {
                cond,
                accept,
                reject,
            } => {
                f(*cond);
                f(*accept);
                f(*reject)
            }
            Expr::Slice { start, stop, step } => {
                f(*start);
                f(*stop);
                f(*step)
            }
            Expr::Call { args, keywords, .. } => {
                args.iter().for_each(|a| f(*a));
                keywords.iter().for_each(|(_, a)| f(*a));
            }
            Expr::Tuple(items) => items.iter().for_each(|a| f(*a)),
            Expr::Index { base, indices } => {
                f(*base);
                indices.iter().for_each(|a| f(*a))
            }
        }
    }

    /// Mutable access to the operands, in the same order as [`Expr::operands`].
    pub fn operands_mut(&mut self) -> Vec<&mut ExprId> {
        match self {
            Expr::Literal(_)
            | Expr::Frozen(_)
            | Expr::TypeRef(_)
            | Expr::Str(_)
            | Expr::Function(_)
            | Expr::Local(_)
            | Expr::Param(_) => vec![],
            Expr::Unary { value, .. }
            | Expr::Cast(value)
            | Expr::Attr { value, .. }
            | Expr::Unpack(value) => {
                vec![value]
            }
            Expr::Binary { lhs, rhs, .. }
            | Expr::Compare { lhs, rhs, .. }
            | Expr::Logical { lhs, rhs, .. } => vec![lhs, rhs],
            Expr::Select {
                cond,
                accept,
                reject,
            } => vec![cond, accept, reject],
            Expr::Slice { start, stop, step } => vec![start, stop, step],
            Expr::Call { args, keywords, .. } => args
                .iter_mut()
                .chain(keywords.iter_mut().map(|(_, a)| a))
                .collect(),
            Expr::Tuple(items) => items.iter_mut().collect(),
            Expr::Index { base, indices } => {
                std::iter::once(base).chain(indices.iter_mut()).collect()
            }
        }
    }
}

pub type Block = Vec<Statement>;

/// An argument of `print`: a value, or text written in the source.
#[derive(Clone, Debug)]
pub enum PrintItem {
    Value(ExprId),
    Text(String),
}

impl PrintItem {
    pub fn value(&self) -> Option<ExprId> {
        match self {
            PrintItem::Value(e) => Some(*e),
            PrintItem::Text(_) => None,
        }
    }
}

#[derive(Clone)]
pub struct Statement {
    pub kind: Stmt,
    pub span: Span,
}

/// One `except` clause.
#[derive(Clone)]
pub struct Handler {
    /// The classes caught; empty catches every exception (a bare `except:`,
    /// `except Exception`, `except BaseException`).
    pub classes: Vec<ExceptionClass>,
    /// `as name`: the local that receives the exception's message (a str).
    pub name: Option<LocalId>,
    pub body: Block,
}

#[derive(Clone)]
pub enum Stmt {
    Assign {
        local: LocalId,
        value: ExprId,
    },
    /// `base[indices] = value` on an array.
    Store {
        base: ExprId,
        indices: Vec<ExprId>,
        value: ExprId,
    },
    /// An expression evaluated for its effects (a call).
    Eval(ExprId),
    If {
        cond: ExprId,
        accept: Block,
        reject: Block,
    },
    /// `while cond: body`; `continue` re-tests `cond`.
    While {
        cond: ExprId,
        body: Block,
    },
    /// `for var in range(start, stop, step)`; bounds are evaluated once, before the
    /// loop. `parallel` marks loops that run on the thread pool (`prange`,
    /// `with omp("parallel for")`): the body is outlined and its iterations are
    /// dealt to a team of threads.
    ForRange {
        var: LocalId,
        start: ExprId,
        stop: ExprId,
        step: ExprId,
        body: Block,
        parallel: Option<Box<Parallel>>,
    },
    /// `with omp("parallel"):` every thread of a team runs `body` once.
    Region {
        body: Block,
        parallel: Box<Parallel>,
    },
    /// `with omp("critical"):` one thread at a time, process-wide.
    Critical(Block),
    /// `with omp("barrier"):` waits for the rest of the team.
    Barrier,
    Break,
    Continue,
    /// `None` returns Python's `None`.
    Return(Option<ExprId>),
    /// `print(items..., sep=..., end=...)`: values and literal text.
    Print {
        items: Vec<PrintItem>,
        sep: String,
        end: String,
    },
    /// Raise an exception with a constant message.
    Raise {
        class: ExceptionClass,
        message: String,
    },
    /// Raise an exception whose message is computed (`raise
    /// ValueError(f"bad {i}")`): `message` is a string.
    RaiseValue {
        class: ExceptionClass,
        message: ExprId,
    },
    /// `try: body / except ...: / else: orelse / finally: finally` (CPU
    /// code only). An exception raised in `body` (by a `raise`, a callee or
    /// the runtime) goes to the first handler whose classes match it; one
    /// that none matches runs `finally` and propagates.
    Try {
        body: Block,
        handlers: Vec<Handler>,
        orelse: Block,
        finally: Block,
    },
    /// A bare `raise` in an `except` block: the exception being handled.
    Reraise,
    /// `yield value` in a generator ([`Function::generator`]): hands the
    /// value to whoever advanced the generator and suspends the function
    /// until it is advanced again.
    Yield(ExprId),
    /// `with objmode(out="type", ...):` the block runs in the interpreter
    /// (the host's function `handle`), given the values of `inputs`; it
    /// sets `outputs`, converted to their declared types.
    ObjMode {
        handle: u64,
        inputs: Vec<LocalId>,
        outputs: Vec<(LocalId, Type)>,
    },
    /// A GPU kernel on the CPU ([`crate::blockloop`]): runs `body` for every
    /// live thread of the block in turn. Per-thread locals name the current
    /// thread's slot; `return` retires the thread.
    ThreadLoop(Block),
    /// A GPU kernel on the CPU: an operation over all threads of the block at
    /// once, between two thread loops. `args` are per-thread locals.
    Collective {
        op: crate::blockloop::Collective,
        args: Vec<LocalId>,
        result: Option<LocalId>,
    },
}

impl Stmt {
    /// The expressions the statement evaluates itself, in order (not those of
    /// its nested blocks).
    pub fn visit_own_exprs(&self, mut visit: impl FnMut(ExprId)) {
        match self {
            Stmt::Assign { value, .. } => visit(*value),
            Stmt::Store {
                base,
                indices,
                value,
            } => {
                visit(*base);
                indices.iter().for_each(|&i| visit(i));
                visit(*value);
            }
            Stmt::Eval(e)
            | Stmt::Return(Some(e))
            | Stmt::Yield(e)
            | Stmt::RaiseValue { message: e, .. } => visit(*e),
            Stmt::If { cond, .. } | Stmt::While { cond, .. } => visit(*cond),
            Stmt::ForRange {
                start, stop, step, ..
            } => {
                visit(*start);
                visit(*stop);
                visit(*step);
            }
            Stmt::Print { items, .. } => items.iter().filter_map(PrintItem::value).for_each(visit),
            Stmt::Return(None)
            | Stmt::Region { .. }
            | Stmt::Critical(_)
            | Stmt::Barrier
            | Stmt::Break
            | Stmt::Continue
            | Stmt::Raise { .. }
            | Stmt::Try { .. }
            | Stmt::Reraise
            | Stmt::ObjMode { .. }
            | Stmt::ThreadLoop(_)
            | Stmt::Collective { .. } => {}
        }
    }

    /// The expressions the statement evaluates itself, to replace them (the
    /// same order as [`Stmt::visit_own_exprs`]).
    pub fn own_exprs_mut(&mut self) -> Vec<&mut ExprId> {
        match self {
            Stmt::Assign { value, .. } => vec![value],
            Stmt::Store {
                base,
                indices,
                value,
            } => std::iter::once(base)
                .chain(indices.iter_mut())
                .chain(std::iter::once(value))
                .collect(),
            Stmt::Eval(e)
            | Stmt::Return(Some(e))
            | Stmt::Yield(e)
            | Stmt::RaiseValue { message: e, .. }
            | Stmt::If { cond: e, .. }
            | Stmt::While { cond: e, .. } => vec![e],
            Stmt::ForRange {
                start, stop, step, ..
            } => vec![start, stop, step],
            Stmt::Print { items, .. } => items
                .iter_mut()
                .filter_map(|i| match i {
                    PrintItem::Value(e) => Some(e),
                    PrintItem::Text(_) => None,
                })
                .collect(),
            _ => vec![],
        }
    }

    /// The locals the statement itself binds (not those of its nested
    /// blocks).
    pub fn bound_locals(&self) -> Vec<LocalId> {
        match self {
            Stmt::Assign { local, .. } | Stmt::ForRange { var: local, .. } => vec![*local],
            Stmt::Try { handlers, .. } => handlers.iter().filter_map(|h| h.name).collect(),
            Stmt::ObjMode {
                inputs, outputs, ..
            } => inputs
                .iter()
                .copied()
                .chain(outputs.iter().map(|(l, _)| *l))
                .collect(),
            Stmt::Collective { args, result, .. } => {
                args.iter().copied().chain(result.iter().copied()).collect()
            }
            _ => vec![],
        }
    }

    /// The locals the statement itself binds (not those of its nested
    /// blocks), to replace them.
    pub fn bound_locals_mut(&mut self) -> Vec<&mut LocalId> {
        match self {
            Stmt::Assign { local, .. } | Stmt::ForRange { var: local, .. } => vec![local],
            Stmt::Try { handlers, .. } => handlers
                .iter_mut()
                .filter_map(|h| h.name.as_mut())
                .collect(),
            Stmt::ObjMode {
                inputs, outputs, ..
            } => inputs
                .iter_mut()
                .chain(outputs.iter_mut().map(|(l, _)| l))
                .collect(),
            Stmt::Collective { args, result, .. } => {
                args.iter_mut().chain(result.iter_mut()).collect()
            }
            _ => vec![],
        }
    }

    /// The statement's nested blocks, in order, to change them.
    pub fn visit_blocks_mut(&mut self, mut visit: impl FnMut(&mut Block)) {
        match self {
            Stmt::If { accept, reject, .. } => {
                visit(accept);
                visit(reject);
            }
            Stmt::While { body, .. }
            | Stmt::ForRange { body, .. }
            | Stmt::Region { body, .. }
            | Stmt::Critical(body)
            | Stmt::ThreadLoop(body) => visit(body),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                visit(body);
                handlers.iter_mut().for_each(|h| visit(&mut h.body));
                visit(orelse);
                visit(finally);
            }
            _ => {}
        }
    }

    /// The statement's nested blocks, in order.
    pub fn visit_blocks(&self, mut visit: impl FnMut(&[Statement])) {
        match self {
            Stmt::If { accept, reject, .. } => {
                visit(accept);
                visit(reject);
            }
            Stmt::While { body, .. }
            | Stmt::ForRange { body, .. }
            | Stmt::Region { body, .. }
            | Stmt::Critical(body)
            | Stmt::ThreadLoop(body) => visit(body),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                visit(body);
                handlers.iter().for_each(|h| visit(&h.body));
                visit(orelse);
                visit(finally);
            }
            _ => {}
        }
    }
}

/// One specialisation of one Python function: IR plus its side tables.
#[derive(Clone)]
pub struct Function {
    /// The Python name.
    pub name: String,
    /// A name unique within its program, for the back end (`fib.1`).
    pub symbol: String,
    pub source: Arc<SourceFile>,
    /// Span of the `def` line, for errors about the function as a whole.
    pub span: Span,
    /// The parameters' locals, in order (for names and spans).
    pub params: Vec<LocalId>,
    /// The argument types of this specialisation (the ABI types of the parameters).
    pub param_types: Vec<Type>,
    pub locals: Arena<Local>,
    pub exprs: Arena<Expr>,
    pub expr_spans: Vec<Span>,
    pub expr_types: Vec<Type>,
    pub body: Block,
    pub ret: Type,
    /// The return type an explicit signature declared (a number): every
    /// returned value converts to it, as in Numba (`int32(int64)` wraps).
    pub declared_ret: Option<Type>,
    /// The flags of the Python function this specialises.
    pub flags: crate::env::FunctionFlags,
    /// Per local: whether it may be read before assignment, so the back end
    /// keeps an "assigned" flag and raises `UnboundLocalError` (see `definite`).
    pub checked: Vec<bool>,
    /// The `Binary` expressions of augmented assignments to names (`a += b`):
    /// on arrays they update the array in place, as in NumPy.
    pub augmented: Vec<ExprId>,
    /// The body `yield`s: calling the function makes a generator object
    /// (`ret` is [`Type::GeneratorOf`] the yielded type) that runs the body
    /// as it is advanced; its `return`s carry no value.
    pub generator: bool,
    /// Calls the lowering bound as NumPy array methods (`x.sum()`, filling
    /// in NumPy's defaults), with the method's name and the arguments as
    /// written (receiver first) and keywords: on a jitclass instance they
    /// call the class's method of that name instead.
    pub method_forms: Vec<MethodForm>,
}

/// A call written as a method, as the source wrote it (see
/// [`Function::method_forms`]).
#[derive(Clone)]
pub struct MethodForm {
    pub call: ExprId,
    pub name: Arc<str>,
    pub args: Vec<ExprId>,
    pub keywords: Vec<(String, ExprId)>,
}

impl Function {
    pub fn new(name: &str, source: Arc<SourceFile>, span: Span) -> Self {
        Function {
            name: name.to_owned(),
            symbol: name.to_owned(),
            source,
            span,
            params: Vec::new(),
            param_types: Vec::new(),
            locals: Arena::default(),
            exprs: Arena::default(),
            expr_spans: Vec::new(),
            expr_types: Vec::new(),
            body: Vec::new(),
            ret: Type::Unknown,
            declared_ret: None,
            checked: Vec::new(),
            augmented: Vec::new(),
            generator: false,
            method_forms: Vec::new(),
            flags: Default::default(),
        }
    }

    pub fn add_expr(&mut self, expr: Expr, span: Span) -> ExprId {
        self.expr_spans.push(span);
        self.expr_types.push(Type::Unknown);
        self.exprs.push(expr)
    }

    pub fn add_local(&mut self, name: &str, span: Span, is_temp: bool) -> LocalId {
        self.locals.push(Local {
            name: name.to_owned(),
            ty: Type::Unknown,
            span,
            is_temp,
            per_thread: false,
        })
    }

    pub fn ty(&self, e: ExprId) -> &Type {
        &self.expr_types[e.index()]
    }

    pub fn span(&self, e: ExprId) -> Span {
        self.expr_spans[e.index()]
    }

    /// The constant integer value of an expression, if it is a literal.
    pub fn const_int(&self, e: ExprId) -> Option<i64> {
        match self.exprs[e] {
            Expr::Literal(Const::Int(v)) => Some(v),
            Expr::Literal(Const::Bool(b)) => Some(b as i64),
            _ => None,
        }
    }
}

/// The unit handed to a back end: the entry function and every function it calls.
#[derive(Clone)]
pub struct Program {
    pub functions: Vec<Function>,
    pub entry: FuncId,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&print::print_program(self))
    }
}

impl Program {
    pub fn entry(&self) -> &Function {
        &self.functions[self.entry]
    }

    /// The functions each function calls.
    pub fn callees(&self, f: FuncId) -> Vec<FuncId> {
        let mut out = Vec::new();
        for (_, e) in self.functions[f].exprs.iter() {
            if let Expr::Call {
                callee:
                    Callee::Function {
                        resolved: Some(id), ..
                    },
                ..
            } = e
            {
                if !out.contains(id) {
                    out.push(*id);
                }
            }
        }
        out
    }

    /// Whether any function runs code on the thread pool (then the caller
    /// must not hold the GIL: workers may need it, e.g. to print).
    pub fn is_parallel(&self) -> bool {
        fn block(b: &[Statement]) -> bool {
            b.iter().any(|s| match &s.kind {
                Stmt::ForRange {
                    parallel: Some(_), ..
                }
                | Stmt::Region { .. } => true,
                Stmt::If { accept, reject, .. } => block(accept) || block(reject),
                Stmt::While { body, .. } | Stmt::ForRange { body, .. } | Stmt::Critical(body) => {
                    block(body)
                }
                _ => false,
            })
        }
        self.functions.iter().any(|f| block(&f.body))
    }

    /// `reaches[a][b]`: function `a` can call `b`, directly or through others.
    /// A call from `f` to `g` closes a cycle (recursion) when `reaches[g][f]`;
    /// only such calls can nest without bound, so only they check the stack.
    pub fn reachability(&self) -> Vec<Vec<bool>> {
        let n = self.functions.len();
        let edges: Vec<Vec<FuncId>> = (0..n).map(|f| self.callees(f)).collect();
        (0..n)
            .map(|start| {
                let mut seen = vec![false; n];
                let mut stack = edges[start].clone();
                while let Some(f) = stack.pop() {
                    if !std::mem::replace(&mut seen[f], true) {
                        stack.extend(&edges[f]);
                    }
                }
                seen
            })
            .collect()
    }
}
