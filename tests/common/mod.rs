use hecha::db::ClaimsDb;
use hecha::Pipeline;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The pipeline over the shipped claims DB, built once for all tests.
pub static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| {
    let (db, problems) = ClaimsDb::load(&root().join("claims")).expect("claims/ loads");
    assert!(
        problems.is_empty(),
        "shipped claims DB has problems: {problems:#?}"
    );
    Pipeline::new(db)
});

/// insta settings: snapshots flat in the top-level `snapshots/`.
pub fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(root().join("snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

/// The built `hecha` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_hecha"))
}

/// A fresh temporary folder for one test.
pub fn tmp(name: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}
