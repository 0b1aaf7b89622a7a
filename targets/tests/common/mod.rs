//! What the golden tests share: where the inputs and snapshots live, and the
//! comparison that `BLESS=1` turns into a rewrite.

use std::fs;
use std::path::{Path, PathBuf};

/// The repository's `tests/` folder.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests")
}

/// The `.py` files directly in `dir`, sorted.
pub fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no golden inputs in {}", dir.display());
    inputs
}

/// Compares `actual` with the snapshot at `path`, or rewrites it under `BLESS=1`.
pub fn compare_or_bless(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, actual).unwrap();
        return;
    }
    match fs::read_to_string(path) {
        Ok(expected) if expected == actual => {}
        Ok(_) => failures.push(format!("{} differs (BLESS=1 to accept)", path.display())),
        Err(_) => failures.push(format!("{} is missing (BLESS=1 to create)", path.display())),
    }
}
