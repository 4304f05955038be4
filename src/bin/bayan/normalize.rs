//! `bayan normalize`: the normalized text, to check any operation from the shell.

use crate::{write_out, Flags};

pub fn run(flags: &Flags) -> Result<(), String> {
    let name = flags.get("--preset").unwrap_or("search");
    let options = bayan::normalize::Options::preset(name).ok_or_else(|| {
        let names: Vec<&str> = bayan::normalize::Options::PRESETS.iter().map(|(n, _)| *n).collect();
        format!("unknown preset {name:?}: expected one of {}", names.join(", "))
    })?;
    let text = flags.read_input()?;
    write_out(&bayan::normalize::normalize(&text, &options).text)
}
