//! `bayan analyze --jsonl`: one result line per document in input order,
//! the same with one job or two, each equal to `bayan analyze` of the
//! document; error lines for bad documents while the rest go on.

#[path = "common/run_cli.rs"]
mod run_cli;
use run_cli::bayan;
use std::io::Write;

const LINES: &[&str] = &[
    "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش في جنيف.",
    "يرحب مجلس الأمن بالقرار 2254 المؤرخ 18 كانون الأول/ديسمبر 2015.",
    "وزار وزير الخارجية السعودي بغداد يومي 14و15 أبريل 2016",
    "«داعش» منظمة إرهابية.",
    "",
];

/// Documents of a few generated lines each.
fn documents(n: usize) -> Vec<String> {
    let mut state = 5u64;
    (0..n)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let k = 1 + (state >> 60) as usize;
            (0..k).map(|i| LINES[(state as usize >> (i * 3)) % LINES.len()]).collect::<Vec<_>>().join("\n")
        })
        .collect()
}

fn jsonl(docs: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, text) in docs.iter().enumerate() {
        let line = serde_json::json!({ "id": format!("doc-{i}"), "text": text });
        writeln!(out, "{line}").unwrap();
    }
    out
}

#[test]
fn one_job_and_two_give_the_same_lines_as_analyze() {
    let docs = documents(300);
    let input = jsonl(&docs);
    let one = bayan(&["analyze", "--jsonl", "--jobs", "1"], &input);
    let two = bayan(&["analyze", "--jsonl", "--jobs", "2"], &input);
    assert!(one.status.success(), "{}", String::from_utf8_lossy(&one.stderr));
    assert_eq!(one.stdout, two.stdout, "--jobs 1 and 2 agree");
    let lines: Vec<&[u8]> = one.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), docs.len());
    for (i, (line, text)) in lines.iter().zip(&docs).enumerate().step_by(7) {
        let single = bayan(&["analyze"], text.as_bytes());
        let expected =
            format!("{{\"id\":\"doc-{i}\",{}", &String::from_utf8_lossy(&single.stdout).trim_end()[1..]);
        assert_eq!(String::from_utf8_lossy(line), expected, "document {i}");
    }
    assert!(String::from_utf8_lossy(&one.stderr).contains("300 documents, 0 failed"));
}

#[test]
fn bad_documents_give_error_lines_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).unwrap();
    write("a.txt", "في حلب".as_bytes());
    write("b.pdf", b"%PDF-1.7\nbinary");
    write("c.txt", b"\xd9\x81\xd9\x8a \xff\xfe\xfd");
    write("d.txt", "الأمم المتحدة".as_bytes());
    let root = dir.path().to_str().unwrap();
    let out = bayan(&["analyze", "--jsonl", root, "--fields", "entities"], b"");
    assert_eq!(out.status.code(), Some(1), "some failed");
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a.txt", "b.pdf", "c.txt", "d.txt"], "input order");
    assert_eq!(lines[0]["entities"][0]["text"], "حلب");
    assert!(lines[0].get("tokens").is_none(), "--fields entities only");
    assert!(lines[1]["error"].as_str().unwrap().contains("not text but binary data (PDF"));
    assert!(lines[2]["error"].as_str().unwrap().contains("not valid"));
    assert_eq!(lines[3]["entities"][0]["id"], "un");
    assert!(String::from_utf8_lossy(&out.stderr).contains("4 documents, 2 failed"));

    let replaced = bayan(&["analyze", "--jsonl", root, "--invalid", "replace", "--fields", "sentences"], b"");
    let text = String::from_utf8_lossy(&replaced.stdout);
    assert_eq!(text.matches("\"error\"").count(), 1, "only the PDF fails: {text}");

    let input =
        b"{\"id\":1,\"text\":\"\xd9\x81\xd9\x8a\"}\n{broken\n{\"id\":3}\n{\"id\":4,\"text\":\"\xff\"}\n";
    let out = bayan(&["analyze", "--jsonl", "--fields", "entities"], input);
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "{\"id\":1,\"entities\":[]}");
    assert!(lines[1].starts_with("{\"id\":2,\"error\":\"line 2 is not a JSON object"), "{}", lines[1]);
    assert_eq!(lines[2], "{\"id\":3,\"error\":\"line 3 has no \\\"text\\\"\"}");
    assert!(lines[3].contains("line 4 is not valid UTF-8"), "{}", lines[3]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn tsv_has_one_mention_a_line() {
    let input = b"{\"id\":\"s1\",\"text\":\"\xd8\xb3\xd9\x81\xd9\x8a\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xa8\xd8\xad\xd8\xb1\xd9\x8a\xd9\x86 \xd9\x84\xd8\xaf\xd9\x89 \xd8\xa7\xd9\x84\xd8\xb3\xd8\xb9\xd9\x88\xd8\xaf\xd9\x8a\xd8\xa9\"}\n";
    let out = bayan(&["analyze", "--jsonl", "--format", "tsv"], input);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines[0], ["id", "start", "end", "type", "text", "entity", "gloss", "level"]);
    assert_eq!(lines[1][..5], ["s1", "0", "25", "TITLE", "سفير البحرين لدى السعودية"]);
    assert_eq!((lines[2][3], lines[2][4], lines[2][7]), ("LOC", "البحرين", "1"));
    assert_eq!((lines[3][3], lines[3][4], lines[3][7]), ("LOC", "السعودية", "1"));
    assert_eq!(lines.len(), 4);
}
