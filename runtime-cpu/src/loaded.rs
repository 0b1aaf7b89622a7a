//! Libraries already loaded into the process, and their C symbols: how the
//! runtime borrows what NumPy brought (its OpenBLAS for `np.linalg`, its
//! random distributions for `numpy.random.Generator`) without searching
//! the disk or linking against NumPy.

use std::ffi::{c_int, c_void, CStr, CString};

/// A loaded library, opened again by path (the handle lives for the process).
pub struct Loaded {
    path: String,
    handle: *mut c_void,
}

// SAFETY: a dlopen handle may be used from any thread.
unsafe impl Send for Loaded {}
unsafe impl Sync for Loaded {}

impl Loaded {
    /// The first loaded object whose path satisfies `wanted`.
    pub fn find(wanted: impl Fn(&str) -> bool) -> Option<Loaded> {
        let path = loaded_path(&wanted)?;
        let c_path = CString::new(path.clone()).ok()?;
        // SAFETY: dlopen of an object that is already loaded: it only takes
        // another reference (RTLD_NOLOAD: never loads anything new).
        let handle = unsafe {
            libc::dlopen(
                c_path.as_ptr(),
                libc::RTLD_NOW | libc::RTLD_LOCAL | libc::RTLD_NOLOAD,
            )
        };
        (!handle.is_null()).then_some(Loaded { path, handle })
    }

    /// The file the library was loaded from.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The address of `name`, or a message naming what is missing.
    pub fn symbol(&self, name: &str) -> Result<usize, String> {
        let missing = || format!("{} has no `{name}`", self.path);
        let c = CString::new(name).map_err(|_| missing())?;
        // SAFETY: dlsym on a live handle.
        let p = unsafe { libc::dlsym(self.handle, c.as_ptr()) };
        if p.is_null() {
            Err(missing())
        } else {
            Ok(p as usize)
        }
    }
}

fn loaded_path(wanted: &dyn Fn(&str) -> bool) -> Option<String> {
    struct Search<'a> {
        wanted: &'a dyn Fn(&str) -> bool,
        found: Option<String>,
    }
    unsafe extern "C" fn visit(
        info: *mut libc::dl_phdr_info,
        _: libc::size_t,
        data: *mut c_void,
    ) -> c_int {
        // SAFETY: the loader passes a valid info; `data` is our Search.
        let (info, search) = unsafe { (&*info, &mut *data.cast::<Search>()) };
        if info.dlpi_name.is_null() {
            return 0;
        }
        // SAFETY: a NUL-terminated path owned by the loader.
        let name = unsafe { CStr::from_ptr(info.dlpi_name) }.to_string_lossy();
        if (search.wanted)(&name) {
            search.found = Some(name.into_owned());
            return 1;
        }
        0
    }
    let mut search = Search {
        wanted,
        found: None,
    };
    // SAFETY: `visit` only reads the infos and writes `search`.
    unsafe { libc::dl_iterate_phdr(Some(visit), (&mut search as *mut Search).cast()) };
    search.found
}
