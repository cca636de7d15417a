//! Helpers shared by the unit tests.

/// A small deterministic xorshift generator: the same values every run,
/// no dependency.
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
