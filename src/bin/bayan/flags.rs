//! A command's flags, read with lexopt: `--name value` or `--name=value`,
//! switches without a value, and FILE arguments. Each command says which
//! flags it takes; anything else is refused with a message that says what
//! is wrong.

use lexopt::{Arg, Parser};

/// Flags every command that reads input accepts (see `read_input`).
const INPUT_FLAGS: &[&str] = &["--encoding", "--invalid"];

/// What a command accepts.
pub struct Spec {
    /// Flags that take a value (given twice, the last one counts).
    pub values: &'static [&'static str],
    /// Flags without a value.
    pub switches: &'static [&'static str],
    /// Whether the command reads its input with `read_input` (and so takes
    /// [`INPUT_FLAGS`]).
    pub input: bool,
    /// Whether several FILEs may be given (else at most one).
    pub files: bool,
}

/// Parsed flags: `--name value` pairs, switches and the FILE arguments.
pub struct Flags {
    /// The first FILE, when there is one.
    pub file: Option<String>,
    /// Every FILE, in order.
    pub files: Vec<String>,
    values: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Flags {
    /// Reads `args` (those after the command's name) as `spec` says.
    pub fn parse(args: &[String], spec: &Spec) -> Result<Flags, String> {
        let mut flags = Flags { file: None, files: vec![], values: vec![], switches: vec![] };
        let mut parser = Parser::from_args(args);
        while let Some(arg) = parser.next().map_err(message)? {
            match arg {
                Arg::Long(name) => {
                    let name = format!("--{name}");
                    if spec.switches.contains(&name.as_str()) {
                        flags.switches.push(name);
                    } else if spec.values.contains(&name.as_str())
                        || spec.input && INPUT_FLAGS.contains(&name.as_str())
                    {
                        let value = parser.value().map_err(|_| format!("{name} needs {}", noun(&name)))?;
                        let value = value.into_string().map_err(|v| format!("{name}: {v:?} is not UTF-8"))?;
                        flags.values.push((name, value));
                    } else {
                        return Err(format!("unknown option {name}; see bayan --help"));
                    }
                }
                Arg::Short(c) => {
                    let name = format!("-{c}");
                    if !spec.switches.contains(&name.as_str()) {
                        return Err(format!("unknown option {name}; see bayan --help"));
                    }
                    flags.switches.push(name);
                }
                Arg::Value(value) => {
                    let value = value.into_string().map_err(|v| format!("{v:?} is not UTF-8"))?;
                    if !spec.files && !flags.files.is_empty() {
                        return Err(format!("unexpected argument {value:?}: give at most one FILE"));
                    }
                    flags.file.get_or_insert_with(|| value.clone());
                    flags.files.push(value);
                }
            }
        }
        Ok(flags)
    }

    /// The value of `name` (the last one when it was given twice).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Every value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.values.iter().filter(|(n, _)| n == name).map(|(_, v)| v.clone()).collect()
    }

    /// Whether the switch `name` was given.
    pub fn has(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }
}

/// What a flag's value is, for the message when it is missing.
fn noun(name: &str) -> &'static str {
    match name {
        "--eval" | "--newsfane" => "a FILE",
        _ => "a value",
    }
}

/// lexopt's errors, worded as the rest of the CLI's.
fn message(e: lexopt::Error) -> String {
    match e {
        lexopt::Error::UnexpectedValue { option, .. } => format!("{option} takes no value"),
        lexopt::Error::MissingValue { option: Some(option) } => format!("{option} needs a value"),
        other => other.to_string(),
    }
}
