//! Runs the `bayan` binary of this build on arguments and standard input,
//! for the tests of the CLI's contract.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `bayan ARGS < stdin`, with its status, standard output and error.
pub fn bayan(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bayan"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bayan runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}
