//! Choosing an analysis: every way the word's letters can be read as
//! proclitics + article + stem + enclitic is scored by how often its stem
//! occurs as a free word, minus a cost for each clitic it assumes.
//!
//! Scores are in log2-frequency buckets, so "split" wins when the stem is
//! attested enough orders of magnitude more often than the whole word to
//! pay for the clitics. A word only looks prefixed when the remaining stem
//! is rare on its own (بلد: لد is not a word), and then it stays whole.

use super::letters::Letters;
use super::lexicon::Lexicon;
use super::shape;
use super::SegmentKind;

/// A segment as letter indices, before it is mapped back to the surface.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece {
    pub kind: SegmentKind,
    pub from: usize,
    pub to: usize,
    pub restored: String,
}

/// The pronoun suffixes, longest first.
const ENCLITICS: [&str; 12] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ي", "ك"];

/// Whether the word can end in this enclitic after this stem: لي and بي stay
/// whole (they are as often a name or an acronym letter, بي بي سي), and
/// a preposition takes ي, never the verb's ني (بني is sons or built).
fn enclitic_fits(stem: &str, enclitic: &str) -> bool {
    !(matches!(enclitic, "ي" | "ني") && matches!(stem, "ل" | "ب"))
}

/// Whether `stem` + ي is the construct state of a sound plural or dual
/// whose ن fell before the next noun (متحدثي الحكومة ← متحدثين): when the
/// lexicon knows `stem` + ين, the ي is the plural's, not the pronoun "my".
fn construct_plural(stem: &str, lex: &Lexicon, scratch: &mut String) -> bool {
    if stem.chars().nth(2).is_none() {
        return false; // معي: with me (معين is another word)
    }
    scratch.clear();
    scratch.push_str(stem);
    scratch.push_str("ين");
    lex.bucket(scratch) > 0
}

/// Whether an unknown stem of three letters or more reads as a word with
/// the pronoun ه after it (حاصره, إيقاظه, مؤداه, بيمناه). Not after و or ج,
/// where the ه is more often the root's own (تشوه, اتجه, واجه), nor after
/// ي, which ends foreign names in يه (روجيه, كزافييه), unless the stem is the
/// construct of a plural the lexicon knows (متابعيه ← متابعين). Checked on
/// the distinct words of the UN and NewsFANE text and on NewsFANE's own
/// splits held out from the lexicon's counting (`bayan eval-seg --format
/// newsfane`).
fn takes_ha(stem: &str, lex: &Lexicon, scratch: &mut String) -> bool {
    shape::derived_noun(stem)
        || shape::verb_with_object(stem)
        || shape::ends_in_ta(stem)
        || match stem.chars().next_back() {
            Some('و' | 'ج') => false,
            Some('ي') => construct_plural(stem, lex, scratch),
            _ => true,
        }
}

/// What assuming each clitic costs when the stem is attested, in
/// log2-frequency buckets. Tuned on the even sentences of the PUD dev file
/// (see `bayan eval-seg`).
fn proclitic_cost(c: char) -> i32 {
    match c {
        'و' => 1,
        'ف' => 3,
        'ب' | 'ل' => 2,
        'س' => 2,
        'ك' => 4,
        _ => 99,
    }
}

fn enclitic_cost(e: &str) -> i32 {
    match e {
        "ه" | "ها" | "هم" | "هما" | "هن" => 2,
        "كم" | "كما" | "نا" => 3,
        "ني" => 4,
        // ي and ك end many stems (عربي, ملك); كن, "you" of women, is rare
        // in news and statements (NewsFANE writes it apart 10 times in 145k
        // tokens, ها 2,091 times) and ends verbs (أمكن).
        _ => 6,
    }
}

/// What a clitic is worth when the stem is unknown (a name, a rare word):
/// whether a word outside the lexicon that starts or ends with it usually
/// carries it. Initial و mostly does (true و-words are common and listed),
/// initial ب or ل mostly does not (بيرنز, ليندسي).
fn unknown_stem_gain(clitic: &str) -> i32 {
    match clitic {
        "و" | "ها" | "هم" | "هما" | "هن" => 1,
        "ه" => 0,
        _ => -2,
    }
}

/// What a derived-pattern stem (see [`shape`]) adds to an unknown-stem
/// reading: enough for ب or ل before it to beat an unknown whole word.
const DERIVED_GAIN: i32 = 3;

/// The bucket an unknown word's base needs (زوجين → زوج) to count as
/// evidence that the word is an inflected stem.
const INFLECTED_MIN: u8 = 3;

/// The score of an unknown whole word whose base is known (بلديات → بلدي):
/// above a split before an unknown stem, below any attested reading.
const INFLECTED_WHOLE: i32 = 2;

/// The bucket a one-word name from the gazetteers counts as at least.
const NAME_BUCKET: u8 = 5;

/// An article after proclitics (وال, بال, لل) is strong evidence on its own:
/// it lets a split win even when the stem is unknown.
const ARTICLE_BONUS: i32 = 5;

/// و or ف written before a hamza-alef (وأضاف, فإن) is the conjunction:
/// hardly any word of four letters or more starts that way, so the split
/// wins even over a whole word the lexicon knows (its count is mostly
/// the same split missed by a tokenizer).
const HAMZA_BONUS: i32 = 5;

/// The bucket a two-letter stem needs to count as attested.
const SHORT_STEM_MIN: u8 = 6;

/// What being attested at all is worth: a reading whose stem (or whole
/// word) is in the lexicon beats any reading that guesses an unknown stem.
const KNOWN: i32 = 3;

/// The best-scoring reading so far.
struct Best {
    score: i32,
    /// Whether the stem is attested: on equal scores, attested wins.
    known: bool,
    proclitics: usize,
    article: usize,
    enclitic: usize,
    /// What the stem's last letter stands for before the pronoun: ة for
    /// its ت (مدينته), ى for its ا (مستواه).
    restored_last: Option<char>,
}

/// Analyses `w`, whose letters are not in the fixed table.
pub fn analyze(w: &Letters, lex: &Lexicon) -> Vec<Piece> {
    let n = w.len();
    let whole = match lex.bucket(&w.folded) {
        0 if shape::inflected_bucket(&w.folded, true, |s| lex.bucket(s)) >= INFLECTED_MIN => INFLECTED_WHOLE,
        0 => 0,
        b => i32::from(b) + KNOWN,
    };
    // A listed name counts as a word attested at least this often: it beats
    // guesses and rare stems (بغداد is not ب + غداد), not a common word
    // behind a clitic (باسم is also ب + اسم).
    let whole = if lex.is_name(&w.folded) { whole.max(i32::from(NAME_BUCKET) + KNOWN) } else { whole };
    let mut best =
        Best { score: whole, known: whole > 0, proclitics: 0, article: 0, enclitic: 0, restored_last: None };
    let mut scratch = String::new();
    let ends_in_yaa = w.original.last() == Some(&'ي');
    let conj_before_hamza =
        n >= 4 && matches!(w.char_at(0), 'و' | 'ف') && matches!(w.original[1], 'أ' | 'إ' | 'آ');
    for p in proclitic_chains(w) {
        // A bare ال here is the article, so a pronoun cannot end the word
        // either (الفهم is not ألف + هم), unless the stem is إلى (إليه) or a
        // verbal noun whose ال is its own (التزاماته: see `shape::wasl_masdar`).
        let bare_article = article_options(w, p).any(|a| a == 2);
        for a in article_options(w, p) {
            // A pronoun never follows the article's noun (السكاني is not السكان + ي).
            let enclitics = ENCLITICS.iter().filter(|_| a == 0).filter_map(|e| enclitic_len(w, e));
            for e in std::iter::once(0).chain(enclitics) {
                let (stem_from, stem_to) = (p + a, n - e);
                if (p, a, e) == (0, 0, 0) || stem_to < stem_from + 1 {
                    continue;
                }
                let stem = w.fold(stem_from, stem_to);
                let enclitic = &w.folded[w.folded.len() - w.fold(stem_to, n).len()..];
                // (Not ي, which ends nisbas and verbal nouns: بالتوازي.)
                let wasl = e > 0 && enclitic != "ي" && shape::wasl_masdar(stem);
                if e > 0 && bare_article && lex.restored_before_pronoun(stem).is_none() && !wasl {
                    continue;
                }
                // له, ولها: ل or ب with its pronoun, but not after ب ك ل س
                // (كلها is كل + ها, not ك + ل + ها).
                if stem_to - stem_from == 1 && p > 0 && !matches!(w.char_at(p - 1), 'و' | 'ف') {
                    continue;
                }
                let (bucket, restored_last) = stem_bucket(stem, enclitic, lex, &mut scratch);
                // A word ending in a written ي does not end in a stem that is
                // written with ى (فعلي is not ف + على): the fold hides the
                // difference, the lexicon's spelling flag keeps it. Except
                // after the future س, which only an imperfect verb follows:
                // سيبقي is سيبقى written with ي, not a word of its own.
                let after_future = p > 0 && w.char_at(p - 1) == 'س';
                let written_maqsura = ends_in_yaa && !after_future && lex.written_with_maqsura(stem);
                let bucket = if e == 0 && stem_from > 0 && written_maqsura { 0 } else { bucket };
                if !enclitic_fits(stem, enclitic) {
                    continue;
                }
                if enclitic == "ي" && construct_plural(stem, lex, &mut scratch) {
                    continue;
                }
                // Two letters left by a split are more often a name's (بيو,
                // بيس) than a stem's, unless the stem is common (وهو, لكل).
                let bucket = if stem_to - stem_from == 2 && bucket < SHORT_STEM_MIN { 0 } else { bucket };
                let score = if bucket > 0 {
                    let pcost: i32 = (0..p).map(|k| proclitic_cost(w.char_at(k))).sum();
                    i32::from(bucket) + KNOWN - pcost - if e > 0 { enclitic_cost(enclitic) } else { 0 }
                } else if stem_to - stem_from >= 3 {
                    let pgain: i32 = (0..p).map(|k| unknown_stem_gain(w.fold(k, k + 1))).sum();
                    // An unknown word shaped like the active participle of a
                    // root that begins with و (واعية, واجبا, واثقين) gains nothing
                    // from reading its و as the conjunction.
                    let pgain = pgain - i32::from(p == 1 && shape::waw_participle(&w.folded));
                    let derived = p > 0
                        && a == 0
                        && (shape::derived(w.char_at(p - 1), stem, matches!(w.original[p], 'أ' | 'إ'))
                            || (w.genitive && matches!(w.char_at(p - 1), 'ب' | 'ك' | 'ل'))
                            || (matches!(w.char_at(p - 1), 'ب' | 'ل')
                                && shape::inflected_bucket(stem, false, |s| lex.bucket(s)) >= INFLECTED_MIN));
                    pgain
                        + if e > 0 { unknown_stem_gain(enclitic) } else { 0 }
                        + if derived { DERIVED_GAIN } else { 0 }
                        + i32::from(enclitic == "ه" && takes_ha(stem, lex, &mut scratch))
                } else {
                    continue;
                };
                let score = score
                    // The ال of a form VIII verbal noun (والتزامه) is as good a
                    // sign of the proclitic as the article's.
                    + if p > 0 && (a > 0 || (bare_article && wasl)) { ARTICLE_BONUS } else { 0 }
                    + if p > 0 && conj_before_hamza { HAMZA_BONUS } else { 0 };
                let known = bucket > 0;
                if score > best.score || (score == best.score && known && !best.known) {
                    best = Best { score, known, proclitics: p, article: a, enclitic: e, restored_last };
                }
            }
        }
    }
    pieces(w, lex, &best)
}

/// How many leading letters can be proclitics: 0, then و/ف, then ب/ك/ل/س.
fn proclitic_chains(w: &Letters) -> impl Iterator<Item = usize> + '_ {
    let n = w.len();
    let conj = usize::from(n > 2 && matches!(w.char_at(0), 'و' | 'ف'));
    let mut lens = vec![0];
    for c in 0..=conj {
        if c > 0 {
            lens.push(c);
        }
        if n > c + 2 {
            let next = w.char_at(c + 1);
            let ok = match w.char_at(c) {
                'ب' | 'ك' | 'ل' => true,
                // The future particle only comes before an imperfect verb,
                // and no imperfect prefix is followed by a bare ا (ستالين).
                'س' => {
                    (matches!(next, 'ي' | 'ت' | 'ن') && w.original[c + 2] != 'ا') || w.original[c + 1] == 'أ'
                }
                _ => false,
            };
            if ok {
                lens.push(c + 1);
            }
        }
    }
    lens.into_iter()
}

/// Article lengths possible after `p` proclitic letters: 0, 2 for ال (an
/// alef written without hamza), 1 for the ل left of it after ل (للمجلس).
fn article_options(w: &Letters, p: usize) -> impl Iterator<Item = usize> {
    let n = w.len();
    let mut options = [Some(0), None];
    if p > 0 && w.char_at(p - 1) == 'ل' {
        if n >= p + 3 && w.char_at(p) == 'ل' {
            options[1] = Some(1);
        }
    } else if n >= p + 4 && matches!(w.original[p], 'ا' | 'ٱ') && w.char_at(p + 1) == 'ل' {
        options[1] = Some(2);
    }
    options.into_iter().flatten()
}

/// The enclitic's length in letters if the word ends with it. A final ى is
/// part of the stem (تمنى is not تم + ني), and a word ending in tanween
/// ends in a noun, not a pronoun (أماناً).
fn enclitic_len(w: &Letters, e: &str) -> Option<usize> {
    let ok = w.folded.ends_with(e) && w.original.last() != Some(&'ى') && !w.tanween;
    ok.then(|| e.chars().count())
}

/// The stem's bucket, and the letter its last one stands for when it is a
/// feminine noun whose ة became ت before the pronoun (مدينته → مدينة + ه)
/// or a word whose final ى became ا (مستواه → مستوى + ه).
fn stem_bucket(stem: &str, enclitic: &str, lex: &Lexicon, scratch: &mut String) -> (u8, Option<char>) {
    if !enclitic.is_empty() && matches!(stem, "ل" | "ب") {
        return (20, None); // له, بها: a preposition and its pronoun
    }
    let bucket = lex.bucket(stem);
    if !enclitic.is_empty() {
        // ت was ة (مدينته); ئ or ؤ was a final hamza (أسمائهم). The
        // restored noun wins when it is the commoner word: أسرته is أسرة +
        // ه more often than the verb أسرت + ه.
        // ا was ى (مستواه, ألقاها): the lexicon folds ى to ي and flags
        // the stems the sources write with ى. Not before نا, where انا
        // more often ends a noun with its accusative alef (إعلانا).
        let base = stem.strip_suffix('ت').map(|b| (b, 'ة'));
        let base = base.or_else(|| stem.strip_suffix(['ئ', 'ؤ']).map(|b| (b, 'ء')));
        let base = base.or_else(|| stem.strip_suffix('ا').filter(|_| enclitic != "نا").map(|b| (b, 'ي')));
        if let Some((base, last)) = base {
            scratch.clear();
            scratch.push_str(base);
            scratch.push(last);
            let restored = lex.bucket(scratch);
            let maqsura = last == 'ي';
            if restored > bucket && (!maqsura || lex.written_with_maqsura(scratch)) {
                let written = match last {
                    'ة' => Some('ة'),
                    'ي' => Some('ى'),
                    _ => None,
                };
                return (restored, written);
            }
        }
    }
    (bucket, None)
}

fn pieces(w: &Letters, lex: &Lexicon, best: &Best) -> Vec<Piece> {
    let n = w.len();
    let mut out = Vec::with_capacity(4);
    for k in 0..best.proclitics {
        out.push(Piece { kind: SegmentKind::Proclitic, from: k, to: k + 1, restored: w.written(k, k + 1) });
    }
    let stem_from = best.proclitics + best.article;
    if best.article > 0 {
        out.push(Piece {
            kind: SegmentKind::Article,
            from: best.proclitics,
            to: stem_from,
            restored: "ال".to_string(),
        });
    }
    let stem_to = n - best.enclitic;
    let mut stem = w.written(stem_from, stem_to);
    if let Some(last) = best.restored_last {
        stem.pop();
        stem.push(last);
    } else if best.enclitic > 0 {
        if let Some(r) = lex.restored_before_pronoun(w.fold(stem_from, stem_to)) {
            stem = r.to_string();
        }
    }
    out.push(Piece { kind: SegmentKind::Stem, from: stem_from, to: stem_to, restored: stem });
    if best.enclitic > 0 {
        out.push(Piece {
            kind: SegmentKind::Enclitic,
            from: stem_to,
            to: n,
            restored: w.written(stem_to, n),
        });
    }
    out
}
