//! Property tests for the invariants docs/ARCHITECTURE.md promises ("Invariants"), on any input.

use bayan::normalize::{normalize, normalize_into, Op, Options};
use bayan::sentences::sentences;
use bayan::tokenize::tokenize;
use bayan::translit::{buckwalter_round_trips, from_buckwalter, romanize, to_buckwalter};
use proptest::prelude::*;

/// Characters that stress every stage: letters and their variants, marks,
/// tatweel, controls, digits and separators, punctuation, presentation
/// forms, spaces and line breaks, Latin.
const INTERESTING: &str = "ابتةىيأإآٱؤئءکیہۀڪۃ\u{064B}\u{064E}\u{0651}\u{0652}\u{0654}\u{0655}\u{0670}\u{06D6}\u{06E5}\u{0610}\u{0640}\u{200C}\u{200D}\u{200E}\u{200F}\u{202A}\u{202E}\u{2066}\u{2069}\u{FEFF}٠١٩۰۹09٫٬.,/:،؛؟!?«»“”—…۔٪﴾﴿ﻻﷲﺑﹶﷺ \u{00A0}\u{2009}\u{2028}\u{2029}\n\tabZ'-@#\u{0301}";

fn text() -> impl Strategy<Value = String> {
    let interesting: Vec<char> = INTERESTING.chars().collect();
    let ch = prop_oneof![4 => prop::sample::select(interesting), 1 => any::<char>()];
    prop::collection::vec(ch, 0..60).prop_map(|v| v.into_iter().collect())
}

fn options() -> impl Strategy<Value = Options> {
    any::<u32>().prop_map(|bits| {
        let mut o = Options::NONE;
        for (i, op) in Op::ALL.into_iter().enumerate() {
            o.set(op, bits & (1 << i) != 0);
        }
        o
    })
}

fn check_normalized(text: &str, opts: &Options) -> Result<(), TestCaseError> {
    let n = normalize(text, opts);
    prop_assert_eq!(n.map.len(), n.text.len() + 1);
    prop_assert_eq!(*n.map.last().unwrap(), text.len());
    prop_assert!(n.map.windows(2).all(|w| w[0] <= w[1]), "map not monotone");
    prop_assert!(n.map.iter().all(|&m| text.is_char_boundary(m)), "map off a char boundary");
    for w in n.edits.windows(2) {
        prop_assert!(w[0].span.end <= w[1].span.start && w[0].out.end <= w[1].out.start, "edits unsorted");
    }
    for e in &n.edits {
        prop_assert!(n.text.is_char_boundary(e.out.start) && n.text.is_char_boundary(e.out.end));
    }
    prop_assert_eq!(n.counts.total(), n.edits.len());
    let mut fast = String::new();
    normalize_into(text, opts, &mut fast);
    prop_assert_eq!(&fast, &n.text, "fast path differs");
    let again = normalize(&n.text, opts).text;
    prop_assert_eq!(&again, &n.text, "not idempotent");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn presets_are_idempotent_and_mapped(text in text()) {
        for (_, opts) in Options::PRESETS {
            check_normalized(&text, &opts)?;
        }
    }

    #[test]
    fn any_option_set_is_idempotent_and_mapped(text in text(), opts in options()) {
        check_normalized(&text, &opts)?;
    }

    #[test]
    fn tokens_and_gaps_rebuild_the_input(text in text()) {
        let tokens = tokenize(&text);
        let mut rebuilt = String::new();
        let mut last = 0;
        for t in &tokens {
            prop_assert!(t.span.start >= last && t.span.start < t.span.end, "tokens unsorted or empty");
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            let gap = &text[last..t.span.start];
            prop_assert!(
                gap.chars().all(|c| c.is_whitespace() || c.is_control() || bayan::chars::is_invisible_control(c)),
                "gap {:?} holds more than space and controls", gap
            );
            rebuilt.push_str(gap);
            rebuilt.push_str(t.span.of(&text));
            last = t.span.end;
        }
        rebuilt.push_str(&text[last..]);
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn sentences_cover_all_tokens_in_order(text in text()) {
        let tokens = tokenize(&text);
        let spans = sentences(&text, &tokens);
        for w in spans.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "sentences overlap or are unsorted");
        }
        let mut s = 0;
        for t in &tokens {
            while s < spans.len() && spans[s].end <= t.span.start {
                s += 1;
            }
            prop_assert!(s < spans.len() && spans[s].contains(t.span), "token {:?} in no sentence", t.span);
        }
        for span in &spans {
            prop_assert!(tokens.iter().any(|t| t.span.start == span.start), "sentence does not start at a token");
            prop_assert!(tokens.iter().any(|t| t.span.end == span.end), "sentence does not end at a token");
        }
    }

    #[test]
    fn buckwalter_round_trip(text in text()) {
        if buckwalter_round_trips(&text) {
            prop_assert_eq!(from_buckwalter(&to_buckwalter(&text)), text);
        }
    }

    #[test]
    fn buckwalter_ascii_round_trips(bw in "[A-Za-z'|>&<}*$_~`{ ]{0,40}") {
        // Every ASCII Buckwalter string comes back from Arabic unchanged,
        // except letters Buckwalter leaves unassigned.
        let back = to_buckwalter(&from_buckwalter(&bw));
        prop_assert_eq!(back, bw);
    }

    #[test]
    fn romanize_never_panics(text in text()) {
        let _ = romanize(&text);
    }
}

/// Big and degenerate inputs: each stage must finish without panicking.
#[test]
fn no_panic_on_huge_and_degenerate_inputs() {
    let inputs = [
        "ب".repeat(500_000),                         // a 1 MB word
        "\u{064E}".repeat(500_000),                  // 1 MB of marks without base
        "\u{200F}".repeat(300_000),                  // controls only
        "1.".repeat(300_000),                        // separators everywhere
        format!("1{}2", "\u{0640}".repeat(400_000)), // separator lookahead over deletions
        "ﷺ".repeat(100_000),                         // expanding ligatures
        "a'".repeat(300_000),
    ];
    for text in &inputs {
        for (_, opts) in Options::PRESETS {
            let n = normalize(text, &opts);
            assert_eq!(n.map.len(), n.text.len() + 1);
        }
        let tokens = tokenize(text);
        let _ = sentences(text, &tokens);
    }
}
