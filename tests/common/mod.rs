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
/// The report of one corpus article, identified by its file name.
pub fn report(path: &Path) -> hecha::report::Report {
    let id = path.file_name().unwrap().to_string_lossy().to_string();
    let doc = hecha::load::read_input(&hecha::load::Input::File {
        path: path.to_path_buf(),
        id,
    })
    .expect("corpus article decodes");
    PIPELINE.check(&doc)
}

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

/// A small deterministic generator (xorshift64*) for fuzzing: the same seed
/// gives the same inputs on every machine, so a failure can be replayed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// One element of a non-empty slice.
    pub fn pick<T: Clone>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize].clone()
    }

    /// True with probability 1/n.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }
}
