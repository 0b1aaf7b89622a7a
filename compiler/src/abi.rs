//! The calling ABI shared by compiled code and the runtimes.
//!
//! Every compiled function gets one uniform C entry point, so the dispatcher never
//! needs per-signature FFI:
//!
//! ```c
//! int32_t entry(void **args, void *ret, ExceptionRecord *exc);
//! ```
//!
//! - `args[i]` points to the i-th argument in memory: a scalar (bool as one byte),
//!   a tuple as a C struct (see [`crate::types::Type::field_offsets`]), or an
//!   [`ArrayDescriptor`].
//! - `ret` points to a buffer of the return type's size (unused for `None`).
//! - The status is [`STATUS_OK`] or [`STATUS_EXCEPTION`]; on an exception the code
//!   fills `*exc`, and the runtime raises the matching Python exception.
//!
//! The back ends write these layouts; the runtimes read them. This module is the
//! one place both agree on ([`containers`] for lists, dicts and sets).

pub mod containers;

/// Returned by an entry point that completed normally.
pub const STATUS_OK: i32 = 0;
/// Returned by an entry point that raised; `*exc` describes the exception.
pub const STATUS_EXCEPTION: i32 = 1;

/// Python exception classes compiled code can raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum ExceptionKind {
    ZeroDivisionError = 1,
    IndexError = 2,
    ValueError = 3,
    AssertionError = 4,
    TypeError = 5,
    OverflowError = 6,
    RuntimeError = 7,
    ArithmeticError = 8,
    KeyError = 9,
    NotImplementedError = 10,
    UnboundLocalError = 11,
    RecursionError = 12,
    MemoryError = 13,
    AttributeError = 14,
    /// `next()` of a generator that has finished.
    StopIteration = 15,
}

impl ExceptionKind {
    pub const ALL: [ExceptionKind; 15] = [
        ExceptionKind::ZeroDivisionError,
        ExceptionKind::IndexError,
        ExceptionKind::ValueError,
        ExceptionKind::AssertionError,
        ExceptionKind::TypeError,
        ExceptionKind::OverflowError,
        ExceptionKind::RuntimeError,
        ExceptionKind::ArithmeticError,
        ExceptionKind::KeyError,
        ExceptionKind::NotImplementedError,
        ExceptionKind::UnboundLocalError,
        ExceptionKind::RecursionError,
        ExceptionKind::MemoryError,
        ExceptionKind::AttributeError,
        ExceptionKind::StopIteration,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExceptionKind::ZeroDivisionError => "ZeroDivisionError",
            ExceptionKind::IndexError => "IndexError",
            ExceptionKind::ValueError => "ValueError",
            ExceptionKind::AssertionError => "AssertionError",
            ExceptionKind::TypeError => "TypeError",
            ExceptionKind::OverflowError => "OverflowError",
            ExceptionKind::RuntimeError => "RuntimeError",
            ExceptionKind::ArithmeticError => "ArithmeticError",
            ExceptionKind::KeyError => "KeyError",
            ExceptionKind::NotImplementedError => "NotImplementedError",
            ExceptionKind::UnboundLocalError => "UnboundLocalError",
            ExceptionKind::RecursionError => "RecursionError",
            ExceptionKind::MemoryError => "MemoryError",
            ExceptionKind::AttributeError => "AttributeError",
            ExceptionKind::StopIteration => "StopIteration",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn from_code(code: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|k| *k as u32 == code)
    }
}

/// The first exception code of classes the host registers (user exception
/// classes and builtin classes without an [`ExceptionKind`]); codes below it
/// are [`ExceptionKind`]s.
pub const REGISTERED_EXCEPTION_BASE: u32 = 0x100;

/// The class a `raise` statement names, as compiled code records it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExceptionClass {
    Builtin(ExceptionKind),
    /// A class the host registered under `code` (at least
    /// [`REGISTERED_EXCEPTION_BASE`]); the host maps the code back to the class.
    Registered {
        code: u32,
        name: String,
    },
}

impl ExceptionClass {
    /// The value of [`ExceptionRecord::kind`] that raises this class.
    pub fn code(&self) -> u32 {
        match self {
            ExceptionClass::Builtin(kind) => *kind as u32,
            ExceptionClass::Registered { code, .. } => *code,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            ExceptionClass::Builtin(kind) => kind.name(),
            ExceptionClass::Registered { name, .. } => name,
        }
    }
}

/// How many integers an exception can carry into its message.
pub const EXCEPTION_ARGS: usize = 3;

/// Filled by compiled code when it returns [`STATUS_EXCEPTION`].
///
/// `message` points to `message_len` bytes of UTF-8 that live in the loaded code
/// (a constant), in which each `{}` is replaced by the next of `args`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ExceptionRecord {
    pub kind: u32,
    pub nargs: u32,
    pub message: *const u8,
    pub message_len: u64,
    pub args: [i64; EXCEPTION_ARGS],
    /// Set by the caller, read by compiled code: the lowest stack address
    /// recursive functions may reach before raising `RecursionError` instead of
    /// overflowing the stack (0: no limit). Every function receives the record,
    /// so the limit needs no extra parameter.
    pub stack_limit: u64,
}

impl Default for ExceptionRecord {
    fn default() -> Self {
        ExceptionRecord {
            kind: 0,
            nargs: 0,
            message: std::ptr::null(),
            message_len: 0,
            args: [0; EXCEPTION_ARGS],
            stack_limit: 0,
        }
    }
}

/// Separates, in a message computed at run time, the text `str(exc)` gives
/// from the exception's arguments as a Python tuple literal (which the host
/// evaluates to rebuild `exc.args`).
pub const EXCEPTION_ARGS_SEPARATOR: char = '\u{1}';

/// The text of a message without the arguments' literal.
pub fn plain_message(text: &str) -> &str {
    text.split_once(EXCEPTION_ARGS_SEPARATOR)
        .map_or(text, |(plain, _)| plain)
}

/// `nargs` of a record whose `message` is owned: a boxed copy of a message
/// computed at run time, freed by [`ExceptionRecord::take_message`].
pub const OWNED_MESSAGE: u32 = u32::MAX;

impl ExceptionRecord {
    /// Fills in an exception whose message was computed at run time; the
    /// record owns the copy until [`ExceptionRecord::take_message`].
    pub fn set_owned_message(&mut self, kind: u32, message: String) {
        self.release_message();
        let bytes = message.into_bytes().into_boxed_slice();
        self.kind = kind;
        self.nargs = OWNED_MESSAGE;
        self.message_len = bytes.len() as u64;
        self.message = Box::into_raw(bytes) as *const u8;
    }

    /// The rendered message, freeing an owned one (the record is left
    /// without a message).
    ///
    /// # Safety
    /// As [`ExceptionRecord::render_message`].
    pub unsafe fn take_message(&mut self) -> String {
        // SAFETY: guaranteed by the caller.
        let text = unsafe { self.render_message() };
        self.release_message();
        text
    }

    /// Frees an owned message (a record dropped without being raised).
    pub fn release_message(&mut self) {
        if self.nargs == OWNED_MESSAGE && !self.message.is_null() {
            let len = self.message_len as usize;
            // SAFETY: made by `set_owned_message` from a boxed slice of `len` bytes.
            drop(unsafe {
                Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    self.message as *mut u8,
                    len,
                ))
            });
        }
        if self.nargs == OWNED_MESSAGE {
            self.nargs = 0;
            self.message = std::ptr::null();
            self.message_len = 0;
        }
    }

    /// The message with its `{}` placeholders filled in.
    ///
    /// # Safety
    /// `message`/`message_len` must describe live UTF-8 bytes (as compiled code
    /// writes them) or be null.
    pub unsafe fn render_message(&self) -> String {
        let text = if self.message.is_null() {
            ""
        } else {
            // SAFETY: the caller guarantees the pointer and length.
            let bytes =
                unsafe { std::slice::from_raw_parts(self.message, self.message_len as usize) };
            std::str::from_utf8(bytes).unwrap_or("<invalid message>")
        };
        if self.nargs == OWNED_MESSAGE {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut args = self.args.iter().take(self.nargs as usize);
        let mut parts = text.split("{}");
        if let Some(first) = parts.next() {
            out.push_str(first);
        }
        for part in parts {
            match args.next() {
                Some(a) => out.push_str(&a.to_string()),
                None => out.push_str("{}"),
            }
            out.push_str(part);
        }
        out
    }
}

/// What a GPU kernel run on the CPU gets besides its arguments (see
/// [`crate::blockloop`]): the exception record first, so that functions taking
/// the record (device functions) reach the rest through the same pointer.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct BlockState {
    pub exc: ExceptionRecord,
    pub block_idx: [u32; 3],
    pub block_dim: [u32; 3],
    pub grid_dim: [u32; 3],
    /// The linear index within the block of the thread running now (x
    /// fastest), written by the kernel: for device functions and for errors.
    pub thread: u32,
    /// Bytes of dynamic shared memory of the launch: the size of
    /// `cuda.shared.array(0, dtype)` is this over the item size.
    pub dynamic_shared: u64,
}

/// `i32 block(void **args, u8 *frame, u8 *shared, BlockState *state)`: runs
/// one block of a GPU kernel on the CPU. `frame` holds
/// `frame_per_thread * threads` bytes, `shared` the block's shared memory
/// (static, then dynamic); both 16-byte aligned.
pub type BlockFn =
    unsafe extern "C" fn(*const *mut std::ffi::c_void, *mut u8, *mut u8, *mut BlockState) -> i32;

/// An array argument as compiled code sees it; `shape` and `strides` (in bytes)
/// have `ndim` entries each and follow `data` directly:
/// `{ meminfo: *mut u8, data: *mut u8, shape: [i64; ndim], strides: [i64; ndim] }`.
/// `meminfo` is null for arrays owned by Python.
pub struct ArrayDescriptor;

impl ArrayDescriptor {
    /// Number of 8-byte words of a descriptor with `ndim` dimensions.
    pub fn words(ndim: usize) -> usize {
        2 + 2 * ndim
    }
}

/// The runtime function `print()` in compiled code calls:
/// `void penna_rt_print(const PrintRecord *items, i64 n, const u8 *sep,
/// i64 sep_len, const u8 *end, i64 end_len)`. The host runtime defines it (the
/// CPU runtime maps it to Python's `print`, taking the GIL if it must).
pub const PRINT_SYMBOL: &str = "penna_rt_print";

/// One value to print, in the order `print` received them; a tuple is a
/// [`PrintKind::Tuple`] record followed by the records of its items.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct PrintRecord {
    pub kind: u64,
    pub a: u64,
    pub b: u64,
}

/// What a [`PrintRecord`] holds in `a` and `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum PrintKind {
    None = 0,
    /// `a`: 0 or 1.
    Bool = 1,
    /// `a`: the value as i64 bits.
    Int = 2,
    /// `a`: the value as u64.
    UInt = 3,
    /// `a`: the f64 bits (float32 values are widened).
    Float = 4,
    /// `a`, `b`: real and imaginary f64 bits.
    Complex = 5,
    /// `a`: pointer to UTF-8 text, `b`: its length.
    Text = 6,
    /// `a`: the number of items that follow.
    Tuple = 7,
    /// `a`: a list, set or dict (borrowed while printing), `b`: its type's
    /// canonical text (UTF-8); the text's length in bits 16.. of `kind`.
    Container = 8,
    /// `a`: 1 when a value is present, `b`: the number of records that
    /// follow (the value's, read only when present).
    Optional = 9,
}

impl PrintKind {
    /// The kind in the low byte of a record's `kind` field.
    pub fn from_code(code: u64) -> Option<PrintKind> {
        use PrintKind::*;
        [
            None, Bool, Int, UInt, Float, Complex, Text, Tuple, Container, Optional,
        ]
        .into_iter()
        .find(|k| *k as u64 == code & 0xff)
    }

    /// A record's `kind` field: the kind, and for `Float` and `Complex` the
    /// width in bytes of the printed float type in the second byte (0 for
    /// float64), so float32 and float16 print as NumPy prints them.
    pub fn code(self, float_width: u32) -> u64 {
        self as u64 | ((float_width as u64 & 0xff) << 8)
    }

    /// A [`PrintKind::Container`] record's `kind`: the type text's length
    /// above the kind.
    pub fn container_code(text_len: usize) -> u64 {
        PrintKind::Container as u64 | ((text_len as u64) << 16)
    }

    /// The type text's length of a `Container` record's `kind`.
    pub fn text_len(code: u64) -> usize {
        (code >> 16) as usize
    }

    /// The float width of a record's `kind` field (see [`PrintKind::code`]).
    pub fn float_width(code: u64) -> u32 {
        ((code >> 8) & 0xff) as u32
    }
}

// ---- parallel regions (the CPU thread pool) ----
//
// A parallel loop or `omp parallel` region is outlined into a *body* function
//
// ```c
// int32_t body(void *ctx, int64_t lo, int64_t hi, void *partial, ExceptionRecord *exc);
// ```
//
// which runs iterations `[lo, hi)` of the loop (numbered from 0, and always
// `0 <= lo < hi <= n`: bodies tell LLVM so) with the captured values in `ctx`, accumulating reductions into `partial` (this team
// member's slot). The calling code asks the runtime how many threads the region
// gets, gives each a slot of identities, calls [`PARALLEL_FOR_SYMBOL`], and
// combines the slots in order afterwards:
//
// ```c
// int64_t penna_rt_team_size(int64_t requested);   // 1 inside a region (nesting)
// int32_t penna_rt_parallel_for(body, void *ctx, int64_t n, void *partials,
//                               int64_t partial_size, int64_t team,
//                               int32_t schedule, int64_t chunk, ExceptionRecord *exc);
// ```
//
// A region (`with omp("parallel")`) is a loop of `team` iterations with the
// [`Schedule::Team`] schedule: member t runs iteration t.

/// `int64_t penna_rt_team_size(int64_t requested)`: 0 requests the default.
pub const TEAM_SIZE_SYMBOL: &str = "penna_rt_team_size";
/// Runs a body over `n` iterations on a team; returns a status.
pub const PARALLEL_FOR_SYMBOL: &str = "penna_rt_parallel_for";
/// `void f(void)`: a barrier of the current team (no-op outside a region).
pub const BARRIER_SYMBOL: &str = "penna_rt_barrier";

/// `i32 penna_rt_race_access(BlockState *state, void *addr, u64 size, u32
/// is_write, u32 line)`: a kernel run on the CPU with race checking reports an
/// element access of the running thread; nonzero means the access races with
/// another thread's since the last barrier, and the exception record in
/// `state` has been filled.
pub const RACE_ACCESS_SYMBOL: &str = "penna_rt_race_access";
/// `void penna_rt_race_sync(u32 scope)`: the block passed a barrier (scope 1)
/// or its warps synchronised (scope 0).
pub const RACE_SYNC_SYMBOL: &str = "penna_rt_race_sync";
/// `void f(void)`: enter / leave the process-wide unnamed critical section.
pub const CRITICAL_ENTER_SYMBOL: &str = "penna_rt_critical_enter";
pub const CRITICAL_EXIT_SYMBOL: &str = "penna_rt_critical_exit";
/// `int64_t f(void)`: `omp.get_thread_num()`, `omp.get_num_threads()`.
pub const THREAD_NUM_SYMBOL: &str = "penna_rt_thread_num";
pub const NUM_THREADS_SYMBOL: &str = "penna_rt_num_threads";
/// `double f(void)`: `omp.get_wtime()`, seconds since an arbitrary origin.
pub const WTIME_SYMBOL: &str = "penna_rt_wtime";

/// The C type of an outlined body.
pub type ParallelBody =
    unsafe extern "C" fn(*mut u8, i64, i64, *mut u8, *mut ExceptionRecord) -> i32;

/// How the iterations of a parallel loop are dealt to the team (OpenMP's
/// `schedule` clause).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Schedule {
    /// Contiguous blocks of about n/team iterations, or round-robin chunks of
    /// the given size.
    #[default]
    StaticBlocks,
    Static(u64),
    /// Chunks of the given size taken from a shared counter as threads free up.
    Dynamic(u64),
    /// Like dynamic, with chunks shrinking from remaining/(2*team) down to the
    /// given minimum.
    Guided(u64),
    /// One iteration per member, every member running at once (barriers
    /// allowed): how `omp parallel` regions run.
    Team,
}

impl Schedule {
    /// The `(schedule, chunk)` arguments of `penna_rt_parallel_for`.
    pub fn code(self) -> (i32, i64) {
        match self {
            Schedule::StaticBlocks => (0, 0),
            Schedule::Static(c) => (1, c as i64),
            Schedule::Dynamic(c) => (2, c as i64),
            Schedule::Guided(c) => (3, c as i64),
            Schedule::Team => (4, 1),
        }
    }

    pub fn from_code(schedule: i32, chunk: i64) -> Schedule {
        let c = chunk.max(1) as u64;
        match schedule {
            1 => Schedule::Static(c),
            2 => Schedule::Dynamic(c),
            3 => Schedule::Guided(c),
            4 => Schedule::Team,
            _ => Schedule::StaticBlocks,
        }
    }
}

// ---- Owned arrays (the role of Numba's NRT) ----
//
// An array created by compiled code lives in one allocation owned by a
// `MemInfo` header. Array descriptors carry the header's address in their
// first word (`meminfo`); arrays passed in from Python carry null there (the
// caller keeps them alive), and every reference-count operation on null does
// nothing. Compiled code increments and decrements `refcount` itself (atomic
// `add`/`sub` at offset 0) and calls `penna_rt_free` when it drops to zero;
// the header's data pointer is at [`MEMINFO_DATA_OFFSET`].

/// Header of an owned allocation. Reference counting is atomic, so owned
/// arrays may cross threads (parallel loops).
#[repr(C)]
pub struct MemInfo {
    pub refcount: std::sync::atomic::AtomicI64,
    pub data: *mut u8,
    pub size: u64,
    /// Frees the object when the last reference goes (containers, which own
    /// their items); null for plain array allocations.
    pub dtor: Option<unsafe extern "C" fn(*mut MemInfo)>,
}

pub const MEMINFO_DATA_OFFSET: u64 = 8;

/// Byte offset of a jitclass instance's fields from its header: the header,
/// the descriptor pointer, padding to 16. Compiled code addresses fields
/// from the header directly (no load of the data pointer, so that LLVM keeps
/// fields in registers across loops).
pub const OBJECT_DATA_OFFSET: u64 = 48;

/// Generator objects ([`crate::Type::GeneratorOf`]): one block of the CPU
/// runtime, the [`MemInfo`] header padded to `GENERATOR_FRAME_OFFSET`, then
/// the coroutine frame LLVM lays out for the generator's function
/// (switch-resumed lowering: the resume function's address, null once the
/// body has finished; the destroy function's address; then the promise).
/// Whoever advances a generator calls its resume function itself, and so
/// needs to know nothing else of the function: every generator yielding one
/// type is interchangeable.
pub mod generators {
    use super::ExceptionRecord;

    pub const FRAME_OFFSET: u64 = 64;
    /// The promise's offset in the frame (after the two function addresses;
    /// the promise is 8-aligned).
    pub const PROMISE_OFFSET: u64 = 16;
    /// The promise: the body's exception record (the advancing code sets its
    /// `stack_limit`, and copies it out when the body raised), the status
    /// with which the body finished (i64), whether the item is pending
    /// (i64), then the last item yielded, in memory layout.
    pub const STATUS_OFFSET: u64 = std::mem::size_of::<ExceptionRecord>() as u64;
    /// 1 from a `yield` until the item is taken (its reference moves to the
    /// taker, who stores 0). An item nobody took (`zip` stopped by a shorter
    /// sequence) is released by the body when it resumes or is destroyed.
    pub const PENDING_OFFSET: u64 = STATUS_OFFSET + 8;
    pub const ITEM_OFFSET: u64 = PENDING_OFFSET + 8;
    /// The part of the record an exception fills (all but the stack limit).
    pub const RECORD_EXCEPTION_BYTES: u64 =
        std::mem::offset_of!(ExceptionRecord, stack_limit) as u64;
    pub const STACK_LIMIT_OFFSET: u64 = RECORD_EXCEPTION_BYTES;
    /// `u8 *penna_rt_generator_alloc(int64_t frame_size)`: a generator's
    /// block (refcount 1); returns the frame's address.
    pub const ALLOC_SYMBOL: &str = "penna_rt_generator_alloc";
    /// `void penna_rt_generator_free(u8 *frame)`: frees the block of a
    /// frame (null: nothing), from the frame's destroy function.
    pub const FREE_SYMBOL: &str = "penna_rt_generator_free";
}

/// `MemInfo *penna_rt_alloc(int64_t nbytes)`: a new allocation (data aligned
/// to 64 bytes, refcount 1), or null when memory is exhausted.
pub const ALLOC_SYMBOL: &str = "penna_rt_alloc";
/// `void penna_rt_free(MemInfo *)`: called when the refcount reaches zero.
pub const FREE_SYMBOL: &str = "penna_rt_free";

// --- ufunc loops -----------------------------------------------------------
//
// `@vectorize` / `@guvectorize` kernels run inside NumPy's legacy inner-loop
// signature, which cannot report an error: a kernel that raises stops the
// loop and hands its record to the runtime, and the Python wrapper raises it
// once NumPy returns.

/// `void penna_rt_ufunc_error(const ExceptionRecord *)`: keeps the first
/// error of the current thread's ufunc call.
pub const UFUNC_ERROR_SYMBOL: &str = "penna_rt_ufunc_error";

// --- float16 means ----------------------------------------------------------

/// `f32 penna_rt_sum_f16_as_f32(const u16 *data, i64 n)`: the float32 sum of
/// `n` contiguous float16 values in NumPy's order (for `mean`).
pub const SUM_F16_SYMBOL: &str = "penna_rt_sum_f16_as_f32";

// --- sorting -----------------------------------------------------------------
//
// `np.sort`, `argsort` and `unique` call the runtime on C-contiguous rows; the
// element type travels as its [`scalar_code`]. Floats sort with NaN last and
// every sort is stable (NumPy's `kind="stable"`).

/// `void penna_rt_sort(u32 dtype, void *data, i64 rows, i64 len)`: sorts each
/// of `rows` consecutive rows of `len` elements in place.
pub const SORT_SYMBOL: &str = "penna_rt_sort";
/// `void penna_rt_argsort(u32 dtype, const void *data, i64 rows, i64 len,
/// i64 *out)`: the stable sorting permutation of each row, into `out`.
pub const ARGSORT_SYMBOL: &str = "penna_rt_argsort";
/// `i64 penna_rt_unique(u32 dtype, void *data, i64 n)`: sorts `n` elements,
/// moves the distinct ones to the front (NaNs count as one) and returns how many.
pub const UNIQUE_SYMBOL: &str = "penna_rt_unique";

/// The code of an element type in runtime calls: its index in [`Scalar::ALL`].
pub fn scalar_code(s: crate::Scalar) -> u32 {
    crate::Scalar::ALL
        .iter()
        .position(|&x| x == s)
        .expect("every scalar is in ALL") as u32
}
