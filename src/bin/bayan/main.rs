//! `bayan`: the command-line tool over the same core as the page.
//!
//! The JSON it prints is a public contract: fields are added, never renamed.

mod analyze;
mod concordance;
mod decode;
mod eval_gold;
mod eval_ner;
mod eval_seg;
mod eval_statements;
mod flags;
mod fragments;
mod jsonl;
mod normalize;
mod records;
mod segment;
mod sniff;
mod statements;
mod train_ner;

use flags::{Flags, Spec};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when a run went on past documents it could not analyse
/// (`analyze --jsonl`): the exit status is then 1.
pub static SOME_FAILED: AtomicBool = AtomicBool::new(false);

const USAGE: &str = "\
bayan — Arabic statement explorer

USAGE:
    bayan analyze [FILE] [--format json] [--offsets char|utf16|byte] [--section BYTES] [INPUT]
    bayan analyze --jsonl [FILE | DIR | FILE...] [--files] [--jobs N] [--fields LIST]
                  [--format json|tsv] [--max-bytes N] [--offsets …] [INPUT]
    bayan normalize [FILE] [--preset display|light|search|strict | --only OP,…] [--report] [INPUT]
    bayan segment [FILE] [INPUT] | bayan segment --explain WORD
    bayan concordance QUERY [FILE] [--regex] [--exact] [--limit N] [--context N] [--offsets …] [INPUT]
    bayan eval-seg FILE [--errors N] [--format conllu|newsfane] [--stems FILE]
    bayan eval-ner FILE... [--errors N] [--model FILE | --rules | --alone]
    bayan eval-gold DIR [--data PATH] [--errors N] [--model FILE]
    bayan statements [FILE] [INPUT]
    bayan eval-statements DIR [--data PATH] [--errors N]
    bayan train-ner FILE... [--out MODEL] [--cv K] [--epochs N] [--prune W] [--eval FILE]... [--newsfane FILE]
                    [--miss-cost C] [--error-cost C] [--classes TSV]
    bayan --help | --version

Reads FILE, or standard input when FILE is absent or '-'. The encoding is
detected: a BOM (UTF-8, UTF-16), BOM-less UTF-16, UTF-8, else Windows-1256
or ISO-8859-6 (whichever reads as Arabic). Invalid bytes become U+FFFD and
are reported on standard error with their count and first offset. Input that
is not text (a PDF, an image, an archive, a program) is refused by name.

INPUT options:
    --encoding LABEL    decode as LABEL (utf-8, utf-16le, windows-1256,
                        iso-8859-6, …) instead of detecting
    --invalid replace|error
                        replace invalid bytes (default), or refuse the input

analyze     prints one JSON object: tokens (with normalized form and clitic
            segments), sentences, entities and statements. Offsets count Unicode scalar
            values by default (--offsets char), as Python indexes strings;
            utf16 matches JavaScript, byte matches Rust. A long text is
            analysed --section bytes (1 MiB) at a time, cut at line breaks,
            with the same result as all at once, and written as it goes.
            --jsonl analyses many documents: JSON Lines ({\"id\":…,\"text\":…}
            a line; the id is the line number if absent) from FILE or
            standard input, every file of DIR (ids: paths inside it), or
            several FILEs (or one, with --files); one result line per
            document, in input order, {\"id\":…} then --fields (tokens,
            sentences, entities; all by default); --format tsv prints one
            mention a line (id, start, end, type, text, entity, gloss,
            level) after a header. --jobs threads (all cores). A document
            that is not text, over --max-bytes (256 MiB) or not valid in its
            encoding (unless --invalid replace) gives {\"id\":…,\"error\":…};
            the rest go on, a summary goes to standard error and the exit
            status is 1.
normalize   prints the text normalized with a preset (default: search) or exactly
            the operations --only names; --report prints what changed as JSON.
            `bayan normalize --help` lists presets and operations.
segment     prints each word with its clitic segments and the rule that
            decided them, one word a line: وللمجلس<TAB>و+ ل+ ل~=ال مجلس<TAB>
            lexicon (x+ proclitic, x~ article, +x enclitic, =restored form).
            --explain WORD prints every reading of WORD with its points rule
            by rule, the runner-up, and the rules without which WORD would
            be segmented otherwise. docs/ARCHITECTURE.md lists the rules.
concordance prints every occurrence of QUERY with its context as JSON: a word
            or phrase, found whatever its diacritics and spelling and under
            clitics (--exact: not under clitics), or with --regex a regular
            expression over one normalized word (Unicode-aware \\w, \\d, \\b);
            the first --limit hits (500) with --context characters (60).
eval-seg    scores clitic segmentation against a UD treebank that writes
            clitics as words glued by SpaceAfter=No (UD Arabic PUD): exact
            words and split-point precision/recall/F1, for even sentences
            (tuning), odd sentences (held out) and all; --errors N lists
            the first N wrong words of the tuning half, each with the rule
            that decided it and the runner-up reading. --format newsfane
            scores the و/ف and pronoun splits of NewsFANE Gold; --stems
            replaces the built-in lexicon (scripts/clitic-lexicon.py).
eval-ner    scores Bayan's PERSON/LOC/ORG against `token TAG` files (BIO;
            ANERcorp, AQMAR): CoNLL exact-match precision, recall and F1;
            --errors N lists the first N sentences with a mistake; --model
            scores a model file, --rules the lists and rules without a model.
eval-gold   scores all nine entity types against the statement-domain gold
            DIR (tests/gold/entities; its README says the format): exact
            span, type and level, per half (tune, check) and all; --data is
            the shared data folder the gold refers to (../shared/data).
statements  prints the statements (speech acts) as a table: speaker — class —
            act — object; a carried speaker in parentheses; each cell
            isolated for bidirectional text.
eval-statements
            scores the statement layer against the gold DIR
            (tests/gold/statements; its README says the format): act F1 with
            and without class, speaker, object-start and negation accuracy,
            per half (tune: even draw positions, check: odd) and all.
train-ner   trains the entity tagger (deterministic) and writes it to --out;
            --cv K cross-validates on K contiguous blocks of the sentences;
            --eval scores the trained model on other files; --miss-cost and
            --error-cost train recall-oriented (a gold name token tagged O
            costs C, any other wrong tag C; see src/data/ner-model.md);
            --classes gives the word classes (src/data/word-classes.tsv)
            the model learns from and carries.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) if SOME_FAILED.load(Ordering::Relaxed) => ExitCode::from(1),
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bayan: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("missing command\n\n{USAGE}"));
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            Ok(())
        }
        "-V" | "--version" => {
            println!("bayan {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        "analyze" => analyze::run(&Flags::parse(rest, &analyze::FLAGS)?),
        "normalize" => normalize::run(&Flags::parse(rest, &normalize::FLAGS)?),
        "segment" => segment::run(&Flags::parse(rest, &segment::FLAGS)?),
        "concordance" => concordance::run(&Flags::parse(rest, &concordance::FLAGS)?),
        "eval-seg" => eval_seg::run(&Flags::parse(rest, &eval_seg::FLAGS)?),
        "eval-ner" => eval_ner::run(&Flags::parse(rest, &eval_ner::FLAGS)?),
        "eval-gold" => eval_gold::run(&Flags::parse(rest, &eval_gold::FLAGS)?),
        "statements" => statements::run(&Flags::parse(rest, &statements::FLAGS)?),
        "eval-statements" => eval_statements::run(&Flags::parse(rest, &eval_statements::FLAGS)?),
        "train-ner" => train_ner::run(&Flags::parse(rest, &train_ner::FLAGS)?),
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    }
}

impl Flags {
    /// The input text, decoded as `--encoding` says or as detected; what
    /// the decoding decided is noted on standard error.
    pub fn read_input(&self) -> Result<String, String> {
        self.read_file(self.file.as_deref())
    }

    /// [`Flags::read_input`] of `file` (standard input when it is `None`
    /// or `-`).
    pub fn read_file(&self, file: Option<&str>) -> Result<String, String> {
        let (name, bytes) = match file {
            None | Some("-") => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                ("standard input".to_string(), bytes)
            }
            Some(path) => {
                (path.to_string(), std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?)
            }
        };
        let d = self.decode(&name, bytes)?;
        if d.bom && d.encoding != "UTF-8" {
            eprintln!("bayan: note: {name}: read as {} (byte-order mark)", d.encoding);
        }
        for note in &d.notes {
            eprintln!("bayan: note: {name}: {note}");
        }
        Ok(d.text)
    }

    /// `bytes` decoded as `--encoding` and `--invalid` say: refused when
    /// they are not text, or (with `--invalid error`) not valid in their
    /// encoding. `name` names them in messages.
    pub fn decode(&self, name: &str, bytes: Vec<u8>) -> Result<decode::Decoded, String> {
        self.decode_with(name, bytes, "replace")
    }

    /// [`Flags::decode`] with `default` as `--invalid` when it is not given.
    pub fn decode_with(&self, name: &str, bytes: Vec<u8>, default: &str) -> Result<decode::Decoded, String> {
        let forced =
            match self.get("--encoding") {
                None | Some("auto") => None,
                Some(label) => Some(encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| {
                    format!("unknown encoding {label:?}: try utf-8, utf-16le, windows-1256")
                })?),
            };
        let strict = match self.get("--invalid").unwrap_or(default) {
            "replace" => false,
            "error" => true,
            other => return Err(format!("unknown --invalid {other:?}: expected replace or error")),
        };
        if let Some(what) = sniff::sniff(&bytes) {
            let what = if what.kind == "binary" {
                "binary data".to_string()
            } else {
                format!("binary data ({})", what.name)
            };
            return Err(format!(
                "{name} is not text but {what}; bayan reads text in UTF-8, UTF-16, Windows-1256 or ISO-8859-6"
            ));
        }
        let d = decode::decode_owned(bytes, forced);
        if strict {
            if let Some(at) = d.first_invalid {
                return Err(format!(
                    "{name} is not valid {} (first invalid byte at offset {at}), {} invalid sequence(s) in all; convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8",
                    d.encoding, d.invalid
                ));
            }
        }
        Ok(d)
    }
}

pub fn write_out(s: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        // A closed pipe (bayan … | head) is the reader's choice, not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}
