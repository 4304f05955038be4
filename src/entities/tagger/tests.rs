//! The tagger learns, decodes, round-trips and trains deterministically.

use super::train::{train, Example, Options};
use super::viterbi::{allowed, NO};
use super::*;
use crate::clitics::Lexicon;
use crate::entities::{evidence, Gazetteer};
use crate::lexed::Lexed;

/// Made-up sentences: the word after زار is a place, after قابل a person,
/// after انضم إلى an organisation (three words). Tags are per token.
const SENTENCES: &[(&str, &[u8])] = &[
    ("زار كرمور أمس", &[0, 3, 0]),
    ("قابل زيدون أمس", &[0, 1, 0]),
    ("انضم إلى هيئة فلان العليا", &[0, 0, 5, 6, 6]),
    ("زار بلنسار أمس", &[0, 3, 0]),
    ("قابل مرزوق أمس", &[0, 1, 0]),
    ("انضم إلى رابطة علان الكبرى", &[0, 0, 5, 6, 6]),
];

fn lex(text: &str) -> Lexed {
    Lexed::new(text, &Lexicon::builtin())
}

fn example(text: &str, gold: &[u8], gazetteer: &Gazetteer) -> Example {
    let lexed = lex(text);
    let (found, rules) = evidence(text, &lexed, gazetteer);
    assert_eq!(lexed.tokens.len(), gold.len(), "tokens of {text}");
    let sources = Sources { names: gazetteer, classes: &WordClasses::default() };
    Example { features: sequence_features(&lexed, sources, &found, &rules), gold: gold.to_vec() }
}

fn trained() -> Model {
    let g = Gazetteer::new();
    let examples: Vec<Example> = SENTENCES.iter().map(|(t, gold)| example(t, gold, &g)).collect();
    train(&examples, &Options { epochs: 8, ..Options::default() })
}

#[test]
fn learns_a_tiny_training_set() {
    let model = trained();
    let g = Gazetteer::new();
    for (text, gold) in SENTENCES {
        let lexed = lex(text);
        let (found, rules) = evidence(text, &lexed, &g);
        assert_eq!(model.tag(&lexed, &g, &found, &rules), *gold, "{text}");
    }
    // A new name in a learned context.
    let text = "قابل سمعان أمس";
    let lexed = lex(text);
    let mentions = model.mentions(&lexed, &g, &[], &[]);
    assert_eq!(mentions.len(), 1);
    assert_eq!((mentions[0].kind, mentions[0].span.of(text)), (EntityType::Person, "سمعان"));
}

#[test]
fn cached_scores_equal_the_training_features() {
    let model = trained();
    let g = Gazetteer::builtin();
    let text = "وقال زيدون في جدة إن هيئة فلان العليا ستجتمع. زار كرمور";
    let lexed = lex(text);
    let (found, rules) = evidence(text, &lexed, &g);
    let sources = Sources { names: &g, classes: &model.classes };
    let by_features: Vec<[i64; TAGS]> = sequence_features(&lexed, sources, &found, &rules)
        .iter()
        .map(|fs| {
            let mut s = [0; TAGS];
            fs.iter().for_each(|f| model.add(*f, &mut s));
            s.map(i64::from)
        })
        .collect();
    assert_eq!(model.scores(&lexed, &g, &found, &rules), by_features);
}

#[test]
fn training_is_deterministic_and_the_file_round_trips() {
    let (a, b) = (trained(), trained());
    let bytes = a.to_bytes();
    assert_eq!(bytes, b.to_bytes(), "same data and options, same model");
    assert_eq!(Model::from_bytes(&bytes).unwrap(), a);
    assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err(), "a truncated file is refused");
    assert!(Model::from_bytes(b"NOTAMODEL").is_err());
}

#[test]
fn word_classes_are_features_and_ride_in_the_model_file() {
    let classes = WordClasses::from_tsv("كرمور\t0110101\nبلنسار\t0110100\n").unwrap();
    let g = Gazetteer::new();
    let text = "زار كرمور أمس";
    let lexed = lex(text);
    let (found, rules) = evidence(text, &lexed, &g);
    let with = sequence_features(&lexed, Sources { names: &g, classes: &classes }, &found, &rules);
    let without =
        sequence_features(&lexed, Sources { names: &g, classes: &WordClasses::default() }, &found, &rules);
    // The place's prefixes 4 and 6 and its whole path, at offsets −1, 0, +1.
    let added: usize = with.iter().zip(&without).map(|(a, b)| a.len() - b.len()).sum();
    assert_eq!(added, 9);
    let mut model = trained();
    assert_eq!(model.to_bytes()[8], 1, "a model without classes is written as version 1");
    model.classes = classes;
    let bytes = model.to_bytes();
    assert_eq!(bytes[8], 2);
    assert_eq!(Model::from_bytes(&bytes).unwrap(), model);
    assert!(Model::from_bytes(&bytes[..bytes.len() - 2]).is_err(), "a truncated class table is refused");
}

#[test]
fn viterbi_never_opens_with_an_inside_tag() {
    // Scores that alone would say I-LOC, then I-PERS.
    let mut scores = [[0i64; TAGS]; 2];
    scores[0][4] = 10;
    scores[1][2] = 10;
    let tags = viterbi(&scores, |_, _| 0);
    assert!(tags[0] % 2 == 1 || tags[0] == 0, "{tags:?}");
    assert!(allowed(tags[0] as usize, tags[1] as usize), "{tags:?}");
    assert_eq!(spans(&[2, 2, 0, 3, 4, 5]), [(0, 1, 1), (3, 4, 3), (5, 5, 5)]);
}

#[test]
fn the_builtin_model_loads_and_names_its_licence() {
    let model = Model::from_bytes(BUILTIN).expect("src/data/ner-model.bin is valid");
    assert!(model.note.contains("CC BY-SA 4.0") && model.note.contains("ANERcorp"), "{}", model.note);
    assert!(model.rows.len() > 1000);
}

#[test]
fn a_user_name_wins_over_the_tagger() {
    let g = Gazetteer::with_user("user.tsv", "نور الهدى\tORG\tnur\n").unwrap();
    let text = "التقى نور الهدى في حلب";
    let model = Model::from_bytes(BUILTIN).unwrap();
    let entities = crate::entities::recognize(text, &lex(text), &g, Some(&model));
    let first = &entities[0];
    assert_eq!(
        (first.span.of(text), first.kind, first.id.as_deref()),
        ("نور الهدى", EntityType::Org, Some("nur"))
    );
}

#[test]
fn words_without_an_arabic_letter_are_left_to_the_lists_and_rules() {
    // After قابل the tiny model expects a person; a Latin word there is
    // still not one of its names, nor is a number.
    let model = trained();
    for text in ["قابل Zaydun أمس", "قابل 2016 أمس", "قابل Zaydun_Config.load() أمس"] {
        let lexed = lex(text);
        let tags = model.tag(&lexed, &Gazetteer::new(), &[], &[]);
        assert!(tags.iter().all(|&t| t == 0), "{text}: {tags:?}");
    }
    // Source code pasted into a statement: the shipped model names nothing.
    let text = "قال الوزير: const Config = require('./Config'); Config.load(UserManager, Session);";
    let g = Gazetteer::builtin();
    let lexed = lex(text);
    let (found, rules) = evidence(text, &lexed, &g);
    let mentions = Model::from_bytes(BUILTIN).unwrap().mentions(&lexed, &g, &found, &rules);
    assert!(mentions.is_empty(), "{mentions:?}");
}

/// A statement with lists' names, rules' mentions (dates, numbers, titles,
/// quotes, resolutions) and tokens no name can be (numbers, Latin, marks),
/// a few times over with variations.
fn statement() -> String {
    let lines = [
        "قال وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض يوم 12 مارس 2023 إن المملكة ترحب بقرار مجلس الأمن رقم 2254.",
        "وأكد الأمين العام للأمم المتحدة أنطونيو غوتيريش أن \"الحل السياسي\" هو الطريق الوحيد في سوريا واليمن.",
        "ورحبت جامعة الدول العربية بالاتفاق (UN-2023/45) الذي وقعته مصر والأردن في عمان، بحضور 150 مندوبا.",
        "التقى سعيد محمد سفير البحرين لدى السعودية، ثم زار مؤتمر القمة العربية الثانية والثلاثين في جدة.",
    ];
    let mut text = String::new();
    for round in 0..6 {
        for (k, line) in lines.iter().enumerate() {
            text.push_str(line);
            text.push(if (round + k) % 3 == 0 { '\n' } else { ' ' });
        }
    }
    text
}

/// The token keys as a table per token gives them (the former way): for
/// each token the code of the longest mention over it, the first in list
/// order among equally long ones.
fn keys_by_table(lexed: &Lexed, gazetteer: &[Entity], rules: &[Entity]) -> Vec<states::StateKey> {
    let n = lexed.tokens.len();
    let cover = |mentions: Vec<&Entity>| {
        let (mut codes, mut lengths) = (vec![0u8; n], vec![0usize; n]);
        for e in mentions {
            let first = lexed.tokens.partition_point(|t| t.span.end <= e.span.start);
            let last = lexed.tokens.partition_point(|t| t.span.start < e.span.end);
            for j in first..last {
                if e.span.len() > lengths[j] {
                    lengths[j] = e.span.len();
                    codes[j] = 1 + 2 * e.kind as u8 + u8::from(j > first);
                }
            }
        }
        codes
    };
    let name = |e: &&Entity| e.kind.is_name();
    let tables = [
        cover(gazetteer.iter().collect()),
        cover(rules.iter().filter(name).collect()),
        cover(rules.iter().filter(|e| !name(e)).collect()),
    ];
    let starts = |at: usize| lexed.tokens.partition_point(|t| t.span.start < at);
    let after_title: Vec<usize> =
        rules.iter().filter(|e| e.kind == EntityType::Title).map(|e| starts(e.span.end)).collect();
    let sentence_starts: Vec<usize> = lexed.sentences.iter().map(|s| starts(s.start)).collect();
    (0..n)
        .map(|i| {
            let code = |v: &[u8], j: Option<usize>| j.and_then(|j| v.get(j)).copied().unwrap_or(0);
            let mut key = [0u8; 11];
            for (k, v) in tables.iter().enumerate() {
                key[3 * k] = code(v, i.checked_sub(1));
                key[3 * k + 1] = code(v, Some(i));
                key[3 * k + 2] = code(v, Some(i + 1));
            }
            key[9] = u8::from(after_title.contains(&i));
            key[10] = u8::from(sentence_starts.contains(&i));
            key
        })
        .collect()
}

#[test]
fn streamed_token_states_equal_a_table_per_token() {
    let g = Gazetteer::builtin();
    let text = statement();
    let lexed = lex(&text);
    let (found, rules) = evidence(&text, &lexed, &g);
    assert!(found.len() > 20 && rules.len() > 20, "the text has mentions to cover");
    let want = keys_by_table(&lexed, &found, &rules);
    assert!(want.iter().any(|k| k[9] == 1) && want.iter().any(|k| k[1] != 0 && k[4] != 0));
    let got: Vec<_> = states::TokenStates::new(&lexed, &found, &rules).collect();
    assert_eq!(got, want);
    // Rules in another order (the stream sorts them; ties still go to the
    // first in the list).
    let mut reversed = rules.clone();
    reversed.reverse();
    let got: Vec<_> = states::TokenStates::new(&lexed, &found, &reversed).collect();
    assert_eq!(got, keys_by_table(&lexed, &found, &reversed));
}

#[test]
fn tagging_equals_viterbi_over_all_scores() {
    // `tag` scores and decodes tokens forced to O for O alone; the full
    // scores, forced tokens' other tags set to NO, decode the same.
    let model = Model::from_bytes(BUILTIN).unwrap();
    let g = Gazetteer::builtin();
    let text = statement();
    let lexed = lex(&text);
    let (found, rules) = evidence(&text, &lexed, &g);
    let mut scores = model.scores(&lexed, &g, &found, &rules);
    for (s, t) in scores.iter_mut().zip(&lexed.tokens) {
        if !nameable(&lexed.forms[t.form as usize]) {
            s[1..].iter_mut().for_each(|v| *v = NO);
        }
    }
    let tags = model.tag(&lexed, &g, &found, &rules);
    assert!(tags.iter().any(|&t| t != 0), "the model names someone");
    assert_eq!(tags, viterbi(&scores, |p, t| model.transitions[p][t] as i64));
}
