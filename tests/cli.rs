//! The CLI's public contract: arguments, JSON shape, offsets, errors.

use serde_json::Value;
#[path = "common/run_cli.rs"]
mod run_cli;
use run_cli::bayan;

fn analyze(text: &str, offsets: &str) -> Value {
    let out = bayan(&["analyze", "--offsets", offsets], text.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

#[test]
fn json_has_the_documented_shape() {
    let v = analyze("وفد بسوريا.", "char");
    let token = &v["tokens"][1];
    for key in ["start", "end", "text", "kind", "norm", "segments"] {
        assert!(token.get(key).is_some(), "token lacks {key}: {token}");
    }
    let segment = &token["segments"][0];
    for key in ["start", "end", "text", "kind"] {
        assert!(segment.get(key).is_some(), "segment lacks {key}: {segment}");
    }
    assert_eq!(v["sentences"][0]["start"], 0);
    let entity = &v["entities"][0];
    assert_eq!((entity["text"].as_str(), entity["type"].as_str()), (Some("سوريا"), Some("LOC")));
}

/// Keys come in the documented order (docs/ARCHITECTURE.md, "The CLI's
/// JSON"): the stages in pipeline order, then start, end, text, kind first
/// in every record.
#[test]
fn json_keys_come_in_the_documented_order() {
    let out = bayan(&["analyze"], "في حلب.".as_bytes());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        concat!(
            r#"{"tokens":[{"start":0,"end":2,"text":"في","kind":"word","norm":"في","segments":[{"start":0,"end":2,"text":"في","kind":"stem","restored":"في"}]},"#,
            r#"{"start":3,"end":6,"text":"حلب","kind":"word","norm":"حلب","segments":[{"start":3,"end":6,"text":"حلب","kind":"stem","restored":"حلب"}]},"#,
            r#"{"start":6,"end":7,"text":".","kind":"punct","norm":".","segments":[]}],"#,
            r#""sentences":[{"start":0,"end":7}],"#,
            r#""entities":[{"start":3,"end":6,"text":"حلب","type":"LOC","id":"city-aleppo","gloss":"Aleppo","inner":[]}],"#,
            r#""statements":[]}"#,
            "\n"
        )
    );
    let out = bayan(&["analyze"], "وأدان البيان الهجوم.".as_bytes());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).split(r#""statements":"#).nth(1),
        Some(concat!(
            r#"[{"start":1,"end":19,"class":"CONDEMN","act":{"start":1,"end":5,"text":"أدان"},"#,
            r#""speaker":{"start":6,"end":12,"text":"البيان","implicit":false,"entities":[]},"#,
            r#""object":{"start":13,"end":19,"text":"الهجوم"},"targets":[],"negated":false,"#,
            r#""rules":{"lexicon":"أدان","speaker":"after-verb"}}]}"#,
            "\n"
        ))
    );
    let out = bayan(&["normalize", "--report", "--only", "tatweel,controls"], "حلبـ\u{200F}".as_bytes());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        concat!(
            r#"{"ops":["tatweel","controls"],"text":"حلب","counts":{"tatweel":1,"controls":1},"#,
            r#""edits":[{"start":3,"end":4,"original":"ـ","replacement":"","op":"tatweel"},"#,
            r#"{"start":4,"end":5,"original":""#,
            "\u{200F}",
            r#"","replacement":"","op":"controls"}],"#,
            r#""controls":[{"start":4,"end":5,"name":"RLM","codepoint":"U+200F"}]}"#,
            "\n"
        )
    );
}

#[test]
fn offsets_count_the_requested_unit() {
    // "😀 حلب": the emoji is 1 char, 2 UTF-16 units, 4 bytes; حلب is 3 chars, 6 bytes.
    let text = "😀 حلب";
    for (unit, start, end) in [("char", 2, 5), ("utf16", 3, 6), ("byte", 5, 11)] {
        let v = analyze(text, unit);
        assert_eq!(
            (v["entities"][0]["start"].as_u64(), v["entities"][0]["end"].as_u64()),
            (Some(start), Some(end)),
            "{unit}"
        );
    }
}

#[test]
fn reads_a_file_argument() {
    let path = std::env::temp_dir().join(format!("bayan-cli-{}.txt", std::process::id()));
    std::fs::write(&path, "جدة").unwrap();
    let out = bayan(&["analyze", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"][0]["id"], "city-jeddah");
}

#[test]
fn bad_input_exits_nonzero_with_a_clear_message() {
    for (args, stdin, expect) in [
        (
            &["analyze", "--invalid", "error"][..],
            &b"ok\xff"[..],
            "not valid UTF-8 (first invalid byte at offset 2)",
        ),
        (&["analyze", "--encoding", "klingon"][..], &b""[..], "unknown encoding \"klingon\""),
        (&["analyze", "/nonexistent/file.txt"][..], &b""[..], "cannot read /nonexistent/file.txt"),
        (&["analyze", "--offsets", "bits"][..], &b""[..], "unknown offset unit \"bits\""),
        (&["frobnicate"][..], &b""[..], "unknown command"),
        (&["analyze", "--bogus"][..], &b""[..], "unknown option --bogus; see bayan --help"),
        (&["analyze", "-x"][..], &b""[..], "unknown option -x; see bayan --help"),
        (&["analyze", "--format"][..], &b""[..], "--format needs a value"),
        (
            &["analyze", "a.txt", "b.txt"][..],
            &b""[..],
            "unexpected argument \"b.txt\": give at most one FILE",
        ),
        (&["normalize", "--report=yes"][..], &b""[..], "--report takes no value"),
        (&["eval-ner", "x.txt", "--encoding", "utf-8"][..], &b""[..], "unknown option --encoding"),
        (&["analyze"][..], &b"%PDF-1.7\n"[..], "standard input is not text but binary data (PDF document)"),
    ] {
        let out = bayan(args, stdin);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(err.contains(expect), "{args:?}: expected {expect:?} in {err:?}");
    }
}

#[test]
fn invalid_bytes_are_replaced_and_reported_not_dropped() {
    let out = bayan(&["analyze"], b"ok\xff \xd8\xac\xd8\xaf\xd8\xa9");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1 invalid UTF-8 sequence (first at byte 2)"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["tokens"][1]["text"], "\u{FFFD}");
    assert_eq!(v["entities"][0]["text"], "جدة");
}

#[test]
fn legacy_arabic_is_detected_or_forced() {
    // "جدة" in Windows-1256: detected, and said so.
    let out = bayan(&["analyze"], b"\xcc\xcf\xc9");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("read as windows-1256"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"][0]["id"], "city-jeddah");
    // Forced: no guess, no note.
    let out = bayan(&["normalize", "--encoding", "windows-1256"], b"\xcc\xcf\xc9");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "جدة");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `bayan analyze` in sections of a few lines writes what one section
/// writes, byte for byte, in every offset unit.
#[test]
fn sections_write_what_the_whole_writes() {
    let text =
        "قال الأمين العام للأمم المتحدة في جنيف.\n«داعش» منظمة.\n\nسفير البحرين لدى السعودية 😀\n".repeat(60);
    for unit in ["char", "utf16", "byte"] {
        let whole = bayan(&["analyze", "--offsets", unit], text.as_bytes());
        let cut = bayan(&["analyze", "--offsets", unit, "--section", "100"], text.as_bytes());
        assert!(whole.status.success() && cut.status.success());
        assert_eq!(String::from_utf8_lossy(&cut.stdout), String::from_utf8_lossy(&whole.stdout), "{unit}");
    }
}
