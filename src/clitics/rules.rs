//! The rules that choose among a word's readings, in the order they run.
//!
//! Each reading (see [`super::reading`]) goes through [`RULES`] in order:
//! rejections on its letters, then the lexicon's count of its stem and the
//! rules that weigh that evidence or reject the reading on it, then the
//! scorers, whose points add up. The reading with the most points wins; on
//! equal points the tie rule, then the order of the readings, decide.
//!
//! Scores are in log2-frequency buckets, so "split" wins when the stem is
//! attested enough orders of magnitude more often than the whole word to
//! pay for the clitics. A word only looks prefixed when the remaining stem
//! is rare on its own (بلد: لد is not a word), and then it stays whole.
//!
//! A rule is one entry here and one function with a doc comment saying
//! why; each has a case in `tests/cases/clitics.tsv` that it decides (the
//! test switches the rule off and checks that the case then reads
//! otherwise).

use super::analyze::{Off, State, Trace};
use super::proclitics::is_conjunction;
use super::reading::{bucket_with, key_with, Reading};
use super::shape;

/// One rule: a name (for `bayan segment --explain`, `bayan eval-seg
/// --errors` and the case file) and what it does.
pub struct Rule {
    pub name: &'static str,
    pub step: Step,
}

/// What a rule does to a reading. The list runs the listed analyses
/// first, then the rejections on letters (before the lexicon is asked),
/// then the evidence and the rejections on it, then the points, then the
/// tie.
#[derive(Clone, Copy)]
pub enum Step {
    /// A word in `clitics-fixed.tsv` takes its listed analysis, before any
    /// reading is considered.
    Listed,
    /// The reading is impossible, whatever the lexicon says. Rejections
    /// never apply to the whole word, which is always a candidate.
    Reject(fn(&Reading) -> bool),
    /// Changes what is known about the reading's stem, which starts as its
    /// bucket in the lexicon.
    Weigh(fn(&Reading, &mut Evidence)),
    /// The reading is impossible given what is known about its stem.
    RejectStem(fn(&Reading, &Evidence) -> bool),
    /// Points for (or against) the reading.
    Score(fn(&Reading, &Evidence) -> i32),
    /// On equal points, a reading for which this holds beats an earlier one
    /// for which it does not.
    Tie(fn(&Evidence) -> bool),
}

impl Step {
    /// The kind of step, as `docs/ARCHITECTURE.md` names it.
    pub fn kind(self) -> &'static str {
        match self {
            Step::Listed => "listed",
            Step::Reject(_) => "reject",
            Step::Weigh(_) => "weigh",
            Step::RejectStem(_) => "reject stem",
            Step::Score(_) => "score",
            Step::Tie(_) => "tie",
        }
    }
}

/// What is known about a reading's stem.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Its log2-frequency bucket as a free word; 0 when unattested.
    pub bucket: u8,
    /// The letter its last one stands for before the pronoun: ة for its ت
    /// (مدينته), ى for its ا (مستواه).
    pub restored_last: Option<char>,
    /// The whole word is unattested but a known stem with an ending.
    pub inflected: bool,
    /// The stem is unattested but looks like a word a proclitic stands
    /// before.
    pub derived: bool,
}

impl Evidence {
    /// Whether the reading rests on the lexicon.
    #[inline]
    pub fn attested(&self) -> bool {
        self.bucket > 0 || self.inflected
    }
}

/// Declares [`RULES`] and [`run`], which applies them to one reading in
/// the same order with direct calls: a loop over the list calls each rule
/// through a pointer, for every reading of every distinct word, and made
/// the segmenter about a third slower (see `docs/ARCHITECTURE.md`).
macro_rules! rules {
    ($($name:literal => $kind:ident $(($f:path))?,)*) => {
        /// The rules, in the order they run.
        pub const RULES: &[Rule] = &[$(Rule { name: $name, step: Step::$kind $(($f))? },)*];

        /// Runs [`RULES`] over one reading.
        #[inline(always)]
        pub fn run<T: Trace>(r: &Reading, off: Off, state: &mut State, trace: &mut T) {
            let mut index = 0;
            $(
                Step::$kind $(($f))?.apply(index, r, off, state, trace);
                index += 1;
            )*
            let _ = index;
        }
    };
}

rules! {
    "listed" => Listed,
    "pronoun-after-final-alif-maqsura" => Reject(pronoun_after_final_alif_maqsura),
    "pronoun-after-tanween" => Reject(pronoun_after_tanween),
    "pronoun-after-article" => Reject(pronoun_after_article),
    "article-with-hamza" => Reject(article_with_hamza),
    "future-before-non-verb" => Reject(future_before_non_verb),
    "pronoun-after-bare-al" => Reject(pronoun_after_bare_al),
    "one-letter-stem-after-particle" => Reject(one_letter_stem_after_particle),
    "ya-after-preposition" => Reject(ya_after_preposition),
    "ya-of-construct-plural" => Reject(ya_of_construct_plural),
    "preposition-with-pronoun" => Weigh(preposition_with_pronoun),
    "ta-marbuta-before-pronoun" => Weigh(ta_marbuta_before_pronoun),
    "final-hamza-before-pronoun" => Weigh(final_hamza_before_pronoun),
    "alif-maqsura-before-pronoun" => Weigh(alif_maqsura_before_pronoun),
    "written-ya-is-no-alif-maqsura" => Weigh(written_ya_is_no_alif_maqsura),
    "two-letter-stem-must-be-common" => Weigh(two_letter_stem_must_be_common),
    "inflected-whole-word" => Weigh(inflected_whole_word),
    "gazetteer-name" => Weigh(gazetteer_name),
    "short-unknown-stem" => RejectStem(short_unknown_stem),
    "derived-pattern" => Weigh(derived_pattern),
    "genitive-after-preposition" => Weigh(genitive_after_preposition),
    "inflected-after-preposition" => Weigh(inflected_after_preposition),
    "lexicon" => Score(lexicon),
    "proclitic-cost" => Score(proclitic_cost),
    "enclitic-cost" => Score(enclitic_cost),
    "unknown-stem-proclitics" => Score(unknown_stem_proclitics),
    "waw-participle" => Score(waw_participle),
    "unknown-stem-enclitic" => Score(unknown_stem_enclitic),
    "derived-stem" => Score(derived_stem),
    "unknown-stem-takes-ha" => Score(unknown_stem_takes_ha),
    "article-after-proclitic" => Score(article_after_proclitic),
    "conjunction-before-hamza" => Score(conjunction_before_hamza),
    "attested-wins-tie" => Tie(Evidence::attested),
}

// Rejections on the letters.

/// A final ى is part of the stem (تمنى is not تم + ني).
fn pronoun_after_final_alif_maqsura(r: &Reading) -> bool {
    r.split.enclitic > 0 && r.w.original.last() == Some(&'ى')
}

/// A word ending in tanween ends in a noun, not a pronoun (أماناً).
fn pronoun_after_tanween(r: &Reading) -> bool {
    r.split.enclitic > 0 && r.w.tanween
}

/// A pronoun never follows the article's noun (السكاني is not السكان + ي).
fn pronoun_after_article(r: &Reading) -> bool {
    r.split.article > 0 && r.split.enclitic > 0
}

/// Only a plain ا starts the article: a written hamza is a stem's
/// (ألمانيا, الأهم is ال + أهم but أهم is not أ + هم).
fn article_with_hamza(r: &Reading) -> bool {
    r.split.article == 2 && !matches!(r.w.original[r.split.proclitics], 'ا' | 'ٱ')
}

/// The future particle only comes before an imperfect verb (ي ت ن, or أ
/// written), and no imperfect prefix is followed by a bare ا (ستالين,
/// وساهم).
fn future_before_non_verb(r: &Reading) -> bool {
    if r.last_proclitic() != Some('س') {
        return false;
    }
    let (w, p) = (r.w, r.split.proclitics);
    let imperfect =
        (matches!(w.char_at(p), 'ي' | 'ت' | 'ن') && w.original[p + 1] != 'ا') || w.original[p] == 'أ';
    !imperfect
}

/// A word whose letters after its proclitics open with a bare ال has the
/// article, so a pronoun cannot end it either (الفهم is not ألف + هم),
/// unless the stem is إلى (إليه) or a verbal noun whose ال is its own
/// (التزاماته: see [`Reading::wasl`]).
fn pronoun_after_bare_al(r: &Reading) -> bool {
    r.split.enclitic > 0 && r.bare_article() && r.lex.restored_before_pronoun(r.stem).is_none() && !r.wasl()
}

/// ل or ب with its pronoun (له, ولها) is a stem after nothing or و/ف, but
/// not after ب ك ل س: كلها is كل + ها, not ك + ل + ها.
fn one_letter_stem_after_particle(r: &Reading) -> bool {
    r.stem_len() == 1 && r.last_proclitic().is_some_and(|c| !is_conjunction(c))
}

/// لي and بي stay whole (they are as often a name or an acronym letter, بي
/// بي سي), and a preposition takes ي, never the verb's ني (بني is sons or
/// built).
fn ya_after_preposition(r: &Reading) -> bool {
    matches!(r.enclitic, "ي" | "ني") && matches!(r.stem, "ل" | "ب")
}

/// ي after a stem whose sound plural or dual the lexicon knows is the
/// construct's, whose ن fell before the next noun (متحدثي الحكومة ←
/// متحدثين, مديري, مجالي), not the pronoun "my".
fn ya_of_construct_plural(r: &Reading) -> bool {
    r.enclitic == "ي" && construct_plural(r)
}

/// Whether the lexicon knows the stem + ين. Not for a stem of two letters
/// (معي: with me; معين is another word).
fn construct_plural(r: &Reading) -> bool {
    r.stem.chars().nth(2).is_some() && bucket_with(r.lex, r.stem, "ين") > 0
}

// What is known about the stem.

/// له, بها: a preposition and its pronoun, as common as words get.
fn preposition_with_pronoun(r: &Reading, ev: &mut Evidence) {
    if r.split.enclitic > 0 && matches!(r.stem, "ل" | "ب") {
        ev.bucket = PREPOSITION_BUCKET;
    }
}

/// Before a pronoun a feminine noun's ة is written ت (مدينته → مدينة +
/// ه): the restored noun counts when it is the commoner word (أسرته is
/// أسرة + ه more often than the verb أسرت + ه).
fn ta_marbuta_before_pronoun(r: &Reading, ev: &mut Evidence) {
    restore_last(r, ev, 'ت', 'ة', Some('ة'));
}

/// Before a pronoun a final hamza sits on a carrier (أسمائهم, شركائها):
/// the stem counts as the word with its hamza, when that is commoner.
fn final_hamza_before_pronoun(r: &Reading, ev: &mut Evidence) {
    restore_last(r, ev, 'ئ', 'ء', None);
    restore_last(r, ev, 'ؤ', 'ء', None);
}

/// Before a pronoun a final ى is written ا (مستواه → مستوى + ه, ألقاها):
/// the lexicon folds ى to ي and flags the stems the sources write with ى.
/// Not before نا, where انا more often ends a noun with its accusative
/// alef (إعلانا).
fn alif_maqsura_before_pronoun(r: &Reading, ev: &mut Evidence) {
    if r.enclitic == "نا" {
        return;
    }
    let Some(base) = r.stem.strip_suffix('ا').filter(|_| r.split.enclitic > 0) else { return };
    let (restored, maqsura) =
        key_with(base, "ي", |key| (r.lex.bucket(key), r.lex.written_with_maqsura(key)));
    if restored > ev.bucket && maqsura {
        *ev = Evidence { bucket: restored, restored_last: Some('ى'), ..*ev };
    }
}

/// The stem before a pronoun with its last letter `from` read as `to`,
/// when the lexicon knows that word better; `written` is what the restored
/// form shows.
fn restore_last(r: &Reading, ev: &mut Evidence, from: char, to: char, written: Option<char>) {
    let Some(base) = r.stem.strip_suffix(from).filter(|_| r.split.enclitic > 0) else { return };
    let mut letter = [0u8; 4];
    let restored = bucket_with(r.lex, base, to.encode_utf8(&mut letter));
    if restored > ev.bucket {
        *ev = Evidence { bucket: restored, restored_last: written, ..*ev };
    }
}

/// A word ending in a written ي does not end in a stem that is written
/// with ى (فعلي is not ف + على, بلدي not ب + لدى): the fold hides the
/// difference, the lexicon's spelling flag keeps it. Except after the
/// future س, which only an imperfect verb follows: سيبقي is سيبقى written
/// with ي, not a word of its own.
fn written_ya_is_no_alif_maqsura(r: &Reading, ev: &mut Evidence) {
    if r.split.enclitic == 0
        && r.stem_from() > 0
        && r.w.original.last() == Some(&'ي')
        && r.last_proclitic() != Some('س')
        && r.lex.written_with_maqsura(r.stem)
    {
        ev.bucket = 0;
    }
}

/// Two letters left by a split are more often a name's (بيو, بيس) than a
/// stem's, unless the stem is common (وهو, لكل, وإذ).
fn two_letter_stem_must_be_common(r: &Reading, ev: &mut Evidence) {
    if !r.is_whole() && r.stem_len() == 2 && ev.bucket < SHORT_STEM_MIN {
        ev.bucket = 0;
    }
}

/// An unknown whole word whose base is known (بلديات ← بلدي, كتابا, ولدوا,
/// ولايتين ← ولاية: see [`shape::inflected_bucket`]) is that stem
/// inflected: it scores above a split before an unknown stem, below any
/// attested reading.
fn inflected_whole_word(r: &Reading, ev: &mut Evidence) {
    if r.is_whole() && ev.bucket == 0 {
        ev.inflected = shape::inflected_bucket(r.stem, true, |s| r.lex.bucket(s)) >= INFLECTED_MIN;
    }
}

/// A one-word name from the gazetteers counts as a word attested at least
/// [`NAME_BUCKET`]: it beats guesses and rare stems (بغداد is not ب +
/// غداد, كمال not ك + مال, the month يوليه not يولي + ه), not a common
/// word behind a clitic (باسم is also ب + اسم).
fn gazetteer_name(r: &Reading, ev: &mut Evidence) {
    if r.is_whole() && r.lex.is_name(r.stem) {
        ev.bucket = ev.bucket.max(NAME_BUCKET);
    }
}

/// A split must leave a stem of three letters or more unless the lexicon
/// knows it: a one- or two-letter stem is guessed far too easily.
fn short_unknown_stem(r: &Reading, ev: &Evidence) -> bool {
    ev.bucket == 0 && r.stem_len() < 3
}

/// Whether an unattested stem follows a proclitic directly (no article):
/// what the signs of a derived word below speak for.
fn unknown_after_proclitic(r: &Reading, ev: &Evidence) -> bool {
    !ev.attested() && r.split.proclitics > 0 && r.split.article == 0
}

/// An unknown stem of a derived pattern (see [`shape::derived`]: a
/// participle in م, a verbal noun of forms V–X, a broken plural after ب or
/// ل; an imperfect after ل, و, ف or س) is native Arabic, which a name
/// almost never is: باختصار, لمشغلي, لتتعلم, سيخفض.
fn derived_pattern(r: &Reading, ev: &mut Evidence) {
    if unknown_after_proclitic(r, ev) && !ev.derived {
        let (w, p) = (r.w, r.split.proclitics);
        ev.derived = shape::derived(w.char_at(p - 1), r.stem, matches!(w.original[p], 'أ' | 'إ'));
    }
}

/// Genitive tanween (ٍ) after ب ك ل speaks for the preposition, whose noun
/// takes it: كمهرجٍ, بمبلغٍ.
fn genitive_after_preposition(r: &Reading, ev: &mut Evidence) {
    if unknown_after_proclitic(r, ev) && !ev.derived {
        ev.derived = r.w.genitive && matches!(r.last_proclitic(), Some('ب' | 'ك' | 'ل'));
    }
}

/// After ب or ل, an unknown stem that is a known one inflected (لزوجين ←
/// زوج) is that word after the preposition.
fn inflected_after_preposition(r: &Reading, ev: &mut Evidence) {
    if unknown_after_proclitic(r, ev) && !ev.derived && matches!(r.last_proclitic(), Some('ب' | 'ل')) {
        ev.derived = shape::inflected_bucket(r.stem, false, |s| r.lex.bucket(s)) >= INFLECTED_MIN;
    }
}

// Points.

/// What being attested is worth: the stem's bucket, plus [`KNOWN`] so
/// that a reading whose stem (or whole word) is in the lexicon beats any
/// reading that guesses an unknown stem; an inflected whole word gets
/// [`INFLECTED_WHOLE`].
fn lexicon(_: &Reading, ev: &Evidence) -> i32 {
    match ev.bucket {
        0 if ev.inflected => INFLECTED_WHOLE,
        0 => 0,
        b => i32::from(b) + KNOWN,
    }
}

/// What assuming each proclitic costs when the stem is attested, in
/// log2-frequency buckets. Tuned on the even sentences of the PUD dev
/// file (see `bayan eval-seg`).
fn proclitic_cost(r: &Reading, ev: &Evidence) -> i32 {
    if !ev.attested() {
        return 0;
    }
    let cost = |c: char| match c {
        'و' => 1,
        'ف' => 3,
        'ب' | 'ل' => 2,
        'س' => 2,
        'ك' => 4,
        _ => 99,
    };
    -(0..r.split.proclitics).map(|k| cost(r.w.char_at(k))).sum::<i32>()
}

/// What assuming the pronoun costs when the stem is attested. ي and ك end
/// many stems (عربي, ملك); كن, "you" of women, is rare in news and
/// statements (NewsFANE writes it apart 10 times in 145k tokens, ها 2,091
/// times) and ends verbs (أمكن).
fn enclitic_cost(r: &Reading, ev: &Evidence) -> i32 {
    if !ev.attested() || r.split.enclitic == 0 {
        return 0;
    }
    -match r.enclitic {
        "ه" | "ها" | "هم" | "هما" | "هن" => 2,
        "كم" | "كما" | "نا" => 3,
        "ني" => 4,
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

/// The proclitics before an unknown stem, by [`unknown_stem_gain`].
fn unknown_stem_proclitics(r: &Reading, ev: &Evidence) -> i32 {
    if ev.attested() {
        return 0;
    }
    (0..r.split.proclitics).map(|k| unknown_stem_gain(r.w.fold(k, k + 1))).sum()
}

/// An unknown word shaped like the active participle of a root that
/// begins with و (واعية, واجبا, واثقين) gains nothing from reading its و as
/// the conjunction.
fn waw_participle(r: &Reading, ev: &Evidence) -> i32 {
    -i32::from(!ev.attested() && r.split.proclitics == 1 && shape::waw_participle(&r.w.folded))
}

/// The pronoun after an unknown stem, by [`unknown_stem_gain`].
fn unknown_stem_enclitic(r: &Reading, ev: &Evidence) -> i32 {
    if ev.attested() || r.split.enclitic == 0 {
        return 0;
    }
    unknown_stem_gain(r.enclitic)
}

/// What a sign of a derived word (the rules above that set
/// [`Evidence::derived`]) adds to an unknown-stem reading: enough for ب or
/// ل before it to beat an unknown whole word.
fn derived_stem(_: &Reading, ev: &Evidence) -> i32 {
    if ev.derived {
        DERIVED_GAIN
    } else {
        0
    }
}

/// An unknown stem of three letters or more reads as a word with the
/// pronoun ه after it (حاصره, إيقاظه, مؤداه, بيمناه). Not after و or ج,
/// where the ه is more often the root's own (تشوه, اتجه, واجه), nor after
/// ي, which ends foreign names in يه (روجيه, كزافييه), unless the stem is the
/// construct of a plural the lexicon knows (متابعيه ← متابعين); but always
/// after a derived noun (محصوله), a verb's shape (يشوبه, سألوه) or a final
/// ت (أحرزته, فوضته). Checked on the distinct words of the UN and NewsFANE
/// text and on NewsFANE's own splits held out from the lexicon's counting
/// (`bayan eval-seg --format newsfane`).
fn unknown_stem_takes_ha(r: &Reading, ev: &Evidence) -> i32 {
    if ev.attested() || r.enclitic != "ه" {
        return 0;
    }
    let stem = r.stem;
    let takes = shape::derived_noun(stem)
        || shape::verb_with_object(stem)
        || shape::ends_in_ta(stem)
        || match stem.chars().next_back() {
            Some('و' | 'ج') => false,
            Some('ي') => construct_plural(r),
            _ => true,
        };
    i32::from(takes)
}

/// An article after proclitics (وال, بال, لل) is strong evidence on its
/// own: it lets a split win even when the stem is unknown. The ال of a
/// form VIII verbal noun (والتزامه) is as good a sign.
fn article_after_proclitic(r: &Reading, _: &Evidence) -> i32 {
    let article = r.split.article > 0 || (r.bare_article() && r.wasl());
    if r.split.proclitics > 0 && article {
        ARTICLE_BONUS
    } else {
        0
    }
}

/// و or ف written before a hamza-alef (وأضاف, فإن) is the conjunction:
/// hardly any word of four letters or more starts that way, so the split
/// wins even over a whole word the lexicon knows (its count is mostly
/// the same split missed by a tokenizer).
fn conjunction_before_hamza(r: &Reading, _: &Evidence) -> i32 {
    let w = r.w;
    let hamza = w.len() >= 4 && is_conjunction(w.char_at(0)) && matches!(w.original[1], 'أ' | 'إ' | 'آ');
    if r.split.proclitics > 0 && hamza {
        HAMZA_BONUS
    } else {
        0
    }
}

/// The bucket of ل or ب before a pronoun.
const PREPOSITION_BUCKET: u8 = 20;

/// What a derived-pattern stem adds to an unknown-stem reading.
const DERIVED_GAIN: i32 = 3;

/// The bucket an unknown word's base needs (زوجين → زوج) to count as
/// evidence that the word is an inflected stem.
const INFLECTED_MIN: u8 = 3;

/// The score of an unknown whole word whose base is known (بلديات → بلدي):
/// above a split before an unknown stem, below any attested reading.
const INFLECTED_WHOLE: i32 = 2;

/// The bucket a one-word name from the gazetteers counts as at least.
const NAME_BUCKET: u8 = 5;

/// What an article after proclitics adds (see [`article_after_proclitic`]).
const ARTICLE_BONUS: i32 = 5;

/// What a conjunction before a written hamza adds (see
/// [`conjunction_before_hamza`]).
const HAMZA_BONUS: i32 = 5;

/// The bucket a two-letter stem needs to count as attested.
const SHORT_STEM_MIN: u8 = 6;

/// What being attested at all is worth (see [`lexicon`]).
const KNOWN: i32 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds run in their order, so the engine can look the stem up
    /// once, between the rejections on letters and the rest.
    #[test]
    fn rules_run_in_phase_order() {
        let phase = |s: &Step| match s {
            Step::Listed => 0,
            Step::Reject(_) => 1,
            Step::Weigh(_) | Step::RejectStem(_) => 2,
            Step::Score(_) => 3,
            Step::Tie(_) => 4,
        };
        let phases: Vec<u8> = RULES.iter().map(|r| phase(&r.step)).collect();
        assert_eq!(phases[super::super::analyze::LISTED], 0, "the listing runs first");
        assert!(phases.windows(2).all(|w| w[0] <= w[1]), "{phases:?}");
        assert!(RULES.len() <= 64, "rules are switched off by a bit of a u64");
        let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len(), "rule names are unique");
    }
}
