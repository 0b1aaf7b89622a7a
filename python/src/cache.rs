//! The disk cache of compiled CPU code (`cache=True`, the default).
//!
//! An entry is keyed by the SHA-256 of everything code generation reads
//! ([`key`]): the typed IR of every function of the program (so the
//! function's source, its callees' across modules, frozen globals, closure
//! values and argument types, as they were compiled), the source files and
//! paths behind them (line numbers of errors), exception codes, frozen array
//! data, code-generation options, penna's version, LLVM's version, and the
//! target triple, CPU and features. The front end always runs (about a
//! millisecond); only LLVM (tens of milliseconds) is skipped on a hit.
//!
//! Invariants:
//! - an entry is written to a temporary file and renamed into place, so a
//!   reader sees a whole entry or none, also across processes;
//! - an entry carries the SHA-256 of its contents: a truncated or corrupt
//!   entry is recompiled (and rewritten), never loaded;
//! - a module's symbols are named after its key, so the same code loads
//!   once per process ([`LOADED`]) and never collides with other modules;
//! - a directory that cannot be written falls back to the user cache
//!   directory with one warning, then to no cache; its entries are still
//!   read (a shared, read-only cache prebuilt by someone else);
//! - the cache stays under its size limit (`PENNA_CACHE_SIZE_MB`, default
//!   1024) by removing the least recently used entries (a hit refreshes an
//!   entry's modification time).
//!
//! `PENNA_CACHE=0` turns the cache off, `PENNA_CACHE_DIR` moves it (default
//! `$XDG_CACHE_HOME/penna` or `~/.cache/penna`).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use penna_compiler::ir::{Expr, Program, Stmt};
use penna_compiler::CompileError;
use penna_targets::{Artifact, Options, Target};
use sha2::{Digest, Sha256};

const MAGIC: &[u8] = b"penna-cache 2\n";
/// Entries in the directory end in this.
const SUFFIX: &str = ".pco";

/// Process counters (`penna.cache.stats()`).
pub static HITS: AtomicU64 = AtomicU64::new(0);
pub static MISSES: AtomicU64 = AtomicU64::new(0);
pub static WRITES: AtomicU64 = AtomicU64::new(0);

/// Code loaded in this process, by key: the entry's address and metadata.
static LOADED: Mutex<Option<HashMap<String, (usize, String)>>> = Mutex::new(None);

/// The directories in use, once chosen (see [`dirs`]).
static DIRS: Mutex<Option<Dirs>> = Mutex::new(None);

/// Where entries are read from and written to.
#[derive(Clone, Default)]
struct Dirs {
    /// Where new entries go (`None`: nothing is written).
    write: Option<PathBuf>,
    /// Where entries are looked up, in order: the configured directory
    /// (even read-only: a shared, prebuilt cache), then the fallback.
    read: Vec<PathBuf>,
}

/// Whether `PENNA_CACHE` leaves the cache on.
pub fn enabled() -> bool {
    !matches!(
        std::env::var("PENNA_CACHE").as_deref(),
        Ok("0" | "" | "false" | "no")
    )
}

/// The user's cache directory for penna.
fn default_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("penna"))
}

/// The configured directory (`PENNA_CACHE_DIR`, else the default).
pub fn configured_dir() -> Option<PathBuf> {
    std::env::var_os("PENNA_CACHE_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(default_dir)
}

fn writable(dir: &Path) -> bool {
    if std::fs::create_dir_all(dir).is_err() {
        return false;
    }
    let probe = dir.join(format!(".probe-{}", std::process::id()));
    let ok = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(&probe);
    ok
}

/// The directories, chosen at first use: entries are written to the
/// configured directory if it can be written, else to the user cache
/// directory (with one warning), else nowhere; a configured directory that
/// exists but cannot be written is still read. `warn` reports the fallback.
fn dirs(warn: &dyn Fn(&str)) -> Dirs {
    let mut chosen = DIRS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(d) = &*chosen {
        return d.clone();
    }
    let configured = configured_dir();
    let picked = match configured {
        Some(d) if writable(&d) => Dirs {
            write: Some(d.clone()),
            read: vec![d],
        },
        other => {
            let fallback = default_dir().filter(|d| Some(d) != other.as_ref() && writable(d));
            let what = other
                .as_ref()
                .map_or("no cache directory".to_string(), |d| {
                    format!("the cache directory {} cannot be written", d.display())
                });
            match &fallback {
                Some(f) => warn(&format!(
                    "penna: {what}; caching in {} instead",
                    f.display()
                )),
                None => warn(&format!("penna: {what}; compiled code is not cached")),
            }
            let read = other
                .into_iter()
                .filter(|d| d.is_dir())
                .chain(fallback.clone());
            Dirs {
                read: read.collect(),
                write: fallback,
            }
        }
    };
    *chosen = Some(picked.clone());
    picked
}

/// Forgets the chosen directory (tests change `PENNA_CACHE_DIR`).
pub fn reset() {
    *DIRS.lock().unwrap_or_else(|p| p.into_inner()) = None;
}

/// This build of penna: the size and modification time of the extension
/// module holding this code, so that a rebuilt or reinstalled penna of the
/// same version never loads code another build compiled.
fn build_identity() -> &'static str {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        // SAFETY: `dladdr` on an address of this library; the name it fills
        // in lives as long as the library.
        unsafe {
            let mut info: libc::Dl_info = std::mem::zeroed();
            let here = build_identity as *const () as *const libc::c_void;
            if libc::dladdr(here, &mut info) == 0 || info.dli_fname.is_null() {
                return String::new();
            }
            let path = std::ffi::CStr::from_ptr(info.dli_fname).to_string_lossy();
            match std::fs::metadata(&*path) {
                Ok(m) => format!("{} {:?}", m.len(), m.modified().ok()),
                Err(_) => String::new(),
            }
        }
    })
}

/// The key of `program` compiled with `options` for `target`.
pub fn key(program: &Program, options: &Options, target: &dyn Target, kind: &str) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "penna {} {} llvm {:?} {} {} {} {kind} {options:?}",
        env!("CARGO_PKG_VERSION"),
        build_identity(),
        penna_targets::llvm_version(),
        target.triple(),
        target.cpu(),
        target.features()
    );
    let mut h = Sha256::new();
    let mut files: Vec<&str> = Vec::new();
    for f in &program.functions {
        let _ = writeln!(text, "{:?} {}:{:?}", f.flags, f.source.path, f.span);
        text.push_str(&penna_compiler::ir::print::print_function(f));
        if !files.contains(&f.source.path.as_str()) {
            files.push(&f.source.path);
            h.update(f.source.text.as_bytes());
        }
        facts(&f.body, &mut text);
        for (_, e) in f.exprs.iter() {
            if let Expr::Frozen(a) = e {
                let _ = writeln!(text, "frozen {:?}", a);
                h.update(&a.data);
            }
        }
    }
    h.update(text.as_bytes());
    hex(&h.finalize()[..16])
}

/// What the printed IR leaves out that code depends on: exception codes.
fn facts(block: &[penna_compiler::ir::Statement], text: &mut String) {
    for s in block {
        if let Stmt::Raise { class, .. } = &s.kind {
            let _ = writeln!(text, "raise code {}", class.code());
        }
        s.kind.visit_blocks(|b| facts(b, text));
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One compile through the cache: the module name to compile under (named
/// after the key, so that the same code loads once per process and never
/// collides with other modules) and the warnings met, to report once the
/// GIL is held again ([`Compile::report`]).
pub struct Compile {
    key: Option<String>,
    pub module: String,
    warnings: Mutex<Vec<String>>,
}

impl Compile {
    /// A compile of `program` for `target`; `what` names the kind of entry
    /// and everything else the code depends on (a kernel's launch bounds).
    /// `enabled` is the function's `cache=`; `PENNA_CACHE=0` wins.
    pub fn new(
        enabled: bool,
        program: &Program,
        options: &Options,
        target: &dyn Target,
        what: &str,
    ) -> Compile {
        let _span = tracing::debug_span!("cache_key").entered();
        let key = (enabled && self::enabled()).then(|| key(program, options, target, what));
        let module = key
            .as_deref()
            .map_or_else(crate::codegen::next_module_name, |k| format!("pc{k}"));
        Compile {
            key,
            module,
            warnings: Mutex::new(Vec::new()),
        }
    }

    fn warn(&self, message: &str) {
        self.warnings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(message.to_owned());
    }

    /// Host code loaded into this process: its entry's address and the
    /// metadata `meta` made of the artifact when it was compiled. Code of
    /// the same key loaded before is reused; an entry on disk is loaded; else
    /// `compile` (given the module name) runs and its object is stored.
    pub fn load_host(
        &self,
        compile: impl FnOnce(&str) -> Result<Artifact, CompileError>,
        meta: impl FnOnce(&Artifact) -> String,
    ) -> Result<(usize, String), CompileError> {
        match self.cached()? {
            Cached::Found(address, meta) => Ok((address, meta)),
            Cached::Missing(module) => self.compile_and_store(&module, compile, meta),
        }
    }

    /// Host code of this key loaded before, or stored on disk (loaded now).
    pub fn cached(&self) -> Result<Cached, CompileError> {
        {
            let _span = tracing::debug_span!("register").entered();
            crate::print::register().map_err(CompileError::internal)?;
        }
        let warn = |m: &str| self.warn(m);
        let mut module = self.module.clone();
        if let Some(key) = &self.key {
            if let Some(loaded) = loaded(key) {
                return Ok(Cached::Found(loaded.0, loaded.1));
            }
            if let Some(stored) = read(key, &warn) {
                match penna_runtime_cpu::load_address(&stored.object, &stored.entry) {
                    Ok(address) => {
                        HITS.fetch_add(1, Ordering::Relaxed);
                        remember(key, (address, stored.meta.clone()));
                        return Ok(Cached::Found(address, stored.meta));
                    }
                    // An entry LLVM refuses is compiled again, under a name
                    // its half-loaded symbols cannot clash with.
                    Err(_) => module.push('r'),
                }
            }
            MISSES.fetch_add(1, Ordering::Relaxed);
        }
        Ok(Cached::Missing(module))
    }

    /// Compiles (`compile`, given `module`), loads and stores host code that
    /// [`Compile::cached`] did not find. Code of the same key that another
    /// thread loaded meanwhile (a background optimised tier, a second
    /// dispatcher of the same function) is used instead: a module's symbols
    /// load once per process.
    pub fn compile_and_store(
        &self,
        module: &str,
        compile: impl FnOnce(&str) -> Result<Artifact, CompileError>,
        meta: impl FnOnce(&Artifact) -> String,
    ) -> Result<(usize, String), CompileError> {
        let artifact = compile(module)?;
        let meta = meta(&artifact);
        let Some(key) = &self.key else {
            let address = load(&artifact)?;
            return Ok((address, meta));
        };
        let address = {
            static LOADING: Mutex<()> = Mutex::new(());
            let _one_at_a_time = LOADING.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(loaded) = loaded(key) {
                return Ok(loaded);
            }
            let address = load(&artifact)?;
            remember(key, (address, meta.clone()));
            address
        };
        write(key, &Stored::of(&artifact, meta.clone()), &|m: &str| {
            self.warn(m)
        });
        Ok((address, meta))
    }

    /// The warnings met, for a thread without Python to hand on.
    pub fn into_warnings(self) -> Vec<String> {
        self.warnings
            .into_inner()
            .unwrap_or_else(|p| p.into_inner())
    }

    /// Code that is not loaded here (PTX): `(entry, bytes)` read from disk,
    /// or compiled by `compile` and stored.
    pub fn bytes(
        &self,
        compile: impl FnOnce(&str) -> Result<Artifact, CompileError>,
    ) -> Result<(String, Vec<u8>), CompileError> {
        let warn = |m: &str| self.warn(m);
        if let Some(key) = &self.key {
            if let Some(stored) = read(key, &warn) {
                HITS.fetch_add(1, Ordering::Relaxed);
                return Ok((stored.entry, stored.object));
            }
            MISSES.fetch_add(1, Ordering::Relaxed);
        }
        let artifact = compile(&self.module)?;
        if let Some(key) = &self.key {
            write(key, &Stored::of(&artifact, String::new()), &warn);
        }
        Ok((artifact.entry, artifact.bytes))
    }

    /// Emits the warnings met as Python `RuntimeWarning`s, each text once
    /// per process, with those the background compiler met since the last
    /// report.
    pub fn report(self, py: pyo3::Python<'_>) {
        emit_warnings(py, self.into_warnings());
    }
}

/// Emits `warnings` and the background compiler's as `RuntimeWarning`s, each
/// text once per process.
pub fn emit_warnings(py: pyo3::Python<'_>, warnings: Vec<String>) {
    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
    for w in warnings.into_iter().chain(crate::tiers::take_warnings()) {
        let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
        if seen.contains(&w) {
            continue;
        }
        seen.push(w.clone());
        drop(seen);
        let category = py.get_type::<pyo3::exceptions::PyRuntimeWarning>();
        let text = std::ffi::CString::new(w).unwrap_or_default();
        let _ = pyo3::PyErr::warn(py, &category, &text, 1);
    }
}

fn load(artifact: &Artifact) -> Result<usize, CompileError> {
    penna_runtime_cpu::load_address(&artifact.bytes, &artifact.entry)
        .map_err(|e| CompileError::internal(e.to_string()))
}

fn loaded(key: &str) -> Option<(usize, String)> {
    LOADED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()?
        .get(key)
        .cloned()
}

fn remember(key: &str, entry: (usize, String)) {
    LOADED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get_or_insert_with(HashMap::new)
        .insert(key.to_owned(), entry);
}

/// What [`Compile::cached`] found.
pub enum Cached {
    /// Loaded code: its entry's address and metadata.
    Found(usize, String),
    /// Nothing: the module name to compile it under.
    Missing(String),
}

/// What an entry holds.
struct Stored {
    /// The entry symbol.
    entry: String,
    /// What the caller needs beyond the code (one line of text).
    meta: String,
    object: Vec<u8>,
}

impl Stored {
    fn of(artifact: &Artifact, meta: String) -> Stored {
        Stored {
            entry: artifact.entry.clone(),
            meta,
            object: artifact.bytes.clone(),
        }
    }

    /// The entry symbol, a newline, the metadata, a newline, the object.
    fn body(&self) -> Vec<u8> {
        let mut body = Vec::with_capacity(self.object.len() + 128);
        body.extend_from_slice(self.entry.as_bytes());
        body.push(b'\n');
        body.extend_from_slice(self.meta.as_bytes());
        body.push(b'\n');
        body.extend_from_slice(&self.object);
        body
    }

    /// `MAGIC`, the SHA-256 of the body (32 bytes), the body.
    fn parse(bytes: &[u8]) -> Option<Stored> {
        let rest = bytes.strip_prefix(MAGIC)?;
        if rest.len() < 32 {
            return None;
        }
        let (sum, body) = rest.split_at(32);
        if Sha256::digest(body).as_slice() != sum {
            return None;
        }
        let mut parts = body.splitn(3, |&b| b == b'\n');
        let entry = std::str::from_utf8(parts.next()?).ok()?.to_owned();
        let meta = std::str::from_utf8(parts.next()?).ok()?.to_owned();
        let object = parts.next()?.to_vec();
        Some(Stored {
            entry,
            meta,
            object,
        })
    }
}

fn entry_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}{SUFFIX}"))
}

/// The entry stored under `key`, if whole.
fn read(key: &str, warn: &dyn Fn(&str)) -> Option<Stored> {
    let _span = tracing::debug_span!("cache_read").entered();
    dirs(warn).read.iter().find_map(|dir| {
        let path = entry_path(dir, key);
        let parsed = Stored::parse(&std::fs::read(&path).ok()?)?;
        // Refresh for least-recently-used eviction (a read-only entry
        // stays as it is).
        if let Ok(f) = std::fs::File::options().append(true).open(&path) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        Some(parsed)
    })
}

/// Stores an entry atomically (a temporary file renamed into place), then
/// keeps the directory under its size limit. Failures only warn: the
/// compiled code works without its entry.
fn write(key: &str, stored: &Stored, warn: &dyn Fn(&str)) {
    let Some(dir) = dirs(warn).write else { return };
    let path = entry_path(&dir, key);
    let tmp = dir.join(format!(
        ".{key}.{}.{:?}.tmp",
        std::process::id(),
        std::thread::current().id()
    ));
    let written = (|| -> std::io::Result<()> {
        let body = stored.body();
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(MAGIC)?;
        f.write_all(&Sha256::digest(&body))?;
        f.write_all(&body)?;
        // No fsync: readers never see a partial file (the rename), and a
        // crash's torn file fails its checksum and is recompiled.
        std::fs::rename(&tmp, &path)
    })();
    match written {
        Ok(()) => {
            WRITES.fetch_add(1, Ordering::Relaxed);
            evict(&dir);
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            warn(&format!(
                "penna: cannot write the cache entry {}: {e}",
                path.display()
            ));
        }
    }
}

/// `PENNA_CACHE_SIZE_MB` (fractions allowed), default 1024 MB.
fn limit_bytes() -> u64 {
    let mb = std::env::var("PENNA_CACHE_SIZE_MB")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| *v >= 0.0)
        .unwrap_or(1024.0);
    (mb * 1024.0 * 1024.0) as u64
}

/// The entries of `dir`: (path, size, last use).
fn entries(dir: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    read.filter_map(|e| {
        let e = e.ok()?;
        let path = e.path();
        if !path.to_string_lossy().ends_with(SUFFIX) {
            return None;
        }
        let meta = e.metadata().ok()?;
        Some((path, meta.len(), meta.modified().ok()?))
    })
    .collect()
}

/// Removes least recently used entries until the directory fits its limit.
fn evict(dir: &Path) {
    let mut all = entries(dir);
    let mut total: u64 = all.iter().map(|e| e.1).sum();
    let limit = limit_bytes();
    if total <= limit {
        return;
    }
    all.sort_by_key(|e| e.2);
    for (path, size, _) in all {
        if total <= limit {
            break;
        }
        if std::fs::remove_file(&path).is_ok() {
            total -= size;
        }
    }
}

/// `(directory, entries, bytes)` of the configured cache.
pub fn info() -> (Option<PathBuf>, usize, u64) {
    let Some(dir) = configured_dir() else {
        return (None, 0, 0);
    };
    let all = entries(&dir);
    let bytes = all.iter().map(|e| e.1).sum();
    (Some(dir), all.len(), bytes)
}

/// Removes every entry of the configured cache; returns how many.
pub fn clear() -> usize {
    let Some(dir) = configured_dir() else {
        return 0;
    };
    entries(&dir)
        .into_iter()
        .filter(|(p, _, _)| std::fs::remove_file(p).is_ok())
        .count()
}

/// `penna.cache.info()`: the directory, its entries and their bytes, and
/// this process's hits, misses and writes, once the optimised tiers queued
/// so far are in (they write the entries).
#[pyo3::pyfunction]
pub fn cache_info(py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::Bound<'_, pyo3::types::PyDict>> {
    use pyo3::types::PyDictMethods;
    crate::tiers::_tiers_wait(py);
    let (dir, entries, bytes) = info();
    let d = pyo3::types::PyDict::new(py);
    d.set_item("directory", dir.map(|p| p.to_string_lossy().into_owned()))?;
    d.set_item("entries", entries)?;
    d.set_item("bytes", bytes)?;
    d.set_item("enabled", enabled())?;
    d.set_item("hits", HITS.load(Ordering::Relaxed))?;
    d.set_item("misses", MISSES.load(Ordering::Relaxed))?;
    d.set_item("writes", WRITES.load(Ordering::Relaxed))?;
    Ok(d)
}

/// `penna.cache.clear()`: removes every entry; returns how many.
#[pyo3::pyfunction]
pub fn cache_clear(py: pyo3::Python<'_>) -> usize {
    py.detach(crate::tiers::wait_idle);
    clear()
}

/// Forgets the chosen directory (tests switch `PENNA_CACHE_DIR` within one
/// process).
#[pyo3::pyfunction]
pub fn cache_reset() {
    reset();
}
