//! The fuzz targets' checks: the same file the stable smoke run uses.

#[path = "../../tests/common/fuzz_checks.rs"]
mod fuzz_checks;

pub use fuzz_checks::*;
