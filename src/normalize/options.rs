//! Operations and options: one flag per operation, plus named presets.
//!
//! Operation names are stable strings: the CLI's `--only`, the page and the
//! report of edits all use them, so they are only ever added.

use serde::Serialize;

/// One normalization operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Op {
    /// Remove harakat, tanween, shadda, sukun and other Arabic combining marks.
    Diacritics,
    /// Remove the superscript (dagger) alef U+0670.
    DaggerAlef,
    /// Superscript alef → ا (السمٰوات → السماوات); wins over dagger_alef.
    DaggerAlefToAlef,
    /// Remove Quranic annotation marks U+06D6–U+06ED.
    QuranicMarks,
    /// Remove combining hamza above/below U+0654/U+0655.
    HamzaMarks,
    /// Remove tatweel U+0640.
    Tatweel,
    /// أ إ آ ٱ → ا.
    Alef,
    /// ى → ي.
    AlefMaqsura,
    /// ة → ه.
    TehMarbuta,
    /// ؤ → و, ئ → ي.
    HamzaCarriers,
    /// Persian/Urdu ک ڪ ی ہ ۀ ە ۃ → Arabic ك ي ه ة.
    PersianLetters,
    /// Arabic-Indic ٠–٩ and ۰–۹ digits → ASCII 0–9.
    Digits,
    /// ASCII and ۰–۹ digits → Arabic-Indic ٠–٩ (for display; digits wins).
    DigitsToArabic,
    /// Separators between digits follow the digits: 3٫5 → 3.5, ٣.٥ → ٣٫٥.
    NumberSeparators,
    /// Presentation forms and ligatures (ﻻ ﷲ ﺑ) → base letters.
    PresentationForms,
    /// Remove zero-width and bidi controls (ZWJ, ZWNJ, LRM, RLM, LRE…PDI, BOM).
    Controls,
    /// NBSP, thin and other spaces → space; U+2028 → newline, U+2029 → blank line.
    Whitespace,
    /// Quote, dash, ellipsis and Arabic punctuation variants → one form each.
    Punctuation,
}

impl Op {
    /// How many operations there are.
    pub const COUNT: usize = 18;

    /// Every operation, in the order they are documented.
    pub const ALL: [Op; Op::COUNT] = [
        Op::Diacritics,
        Op::DaggerAlef,
        Op::DaggerAlefToAlef,
        Op::QuranicMarks,
        Op::HamzaMarks,
        Op::Tatweel,
        Op::Alef,
        Op::AlefMaqsura,
        Op::TehMarbuta,
        Op::HamzaCarriers,
        Op::PersianLetters,
        Op::Digits,
        Op::DigitsToArabic,
        Op::NumberSeparators,
        Op::PresentationForms,
        Op::Controls,
        Op::Whitespace,
        Op::Punctuation,
    ];

    /// The stable name of the operation.
    pub fn name(self) -> &'static str {
        match self {
            Op::Diacritics => "diacritics",
            Op::DaggerAlef => "dagger_alef",
            Op::DaggerAlefToAlef => "dagger_alef_to_alef",
            Op::QuranicMarks => "quranic_marks",
            Op::HamzaMarks => "hamza_marks",
            Op::Tatweel => "tatweel",
            Op::Alef => "alef",
            Op::AlefMaqsura => "alef_maqsura",
            Op::TehMarbuta => "teh_marbuta",
            Op::HamzaCarriers => "hamza_carriers",
            Op::PersianLetters => "persian_letters",
            Op::Digits => "digits",
            Op::DigitsToArabic => "digits_to_arabic",
            Op::NumberSeparators => "number_separators",
            Op::PresentationForms => "presentation_forms",
            Op::Controls => "controls",
            Op::Whitespace => "whitespace",
            Op::Punctuation => "punctuation",
        }
    }

    /// One line saying what the operation does, for `--help` and the page.
    pub fn description(self) -> &'static str {
        match self {
            Op::Diacritics => "remove harakat, tanween, shadda, sukun and other Arabic combining marks",
            Op::DaggerAlef => "remove the superscript (dagger) alef U+0670",
            Op::DaggerAlefToAlef => "superscript alef → ا (السمٰوات → السماوات); wins over dagger_alef",
            Op::QuranicMarks => "remove Quranic annotation marks U+06D6–U+06ED",
            Op::HamzaMarks => "remove combining hamza above/below U+0654/U+0655",
            Op::Tatweel => "remove tatweel U+0640",
            Op::Alef => "أ إ آ ٱ → ا",
            Op::AlefMaqsura => "ى → ي",
            Op::TehMarbuta => "ة → ه",
            Op::HamzaCarriers => "ؤ → و, ئ → ي",
            Op::PersianLetters => "Persian/Urdu ک ڪ ی ہ ۀ ە ۃ → Arabic ك ي ه ة",
            Op::Digits => "Arabic-Indic ٠–٩ and ۰–۹ digits → ASCII 0–9",
            Op::DigitsToArabic => "ASCII and ۰–۹ digits → Arabic-Indic ٠–٩ (for display; digits wins)",
            Op::NumberSeparators => "separators between digits follow the digits: 3٫5 → 3.5, ٣.٥ → ٣٫٥",
            Op::PresentationForms => "presentation forms and ligatures (ﻻ ﷲ ﺑ) → base letters",
            Op::Controls => "remove zero-width and bidi controls (ZWJ, ZWNJ, LRM, RLM, LRE…PDI, BOM)",
            Op::Whitespace => "NBSP, thin and other spaces → space; U+2028 → newline, U+2029 → blank line",
            Op::Punctuation => "quote, dash, ellipsis and Arabic punctuation variants → one form each",
        }
    }

    /// The operation called `name`.
    pub fn from_name(name: &str) -> Option<Op> {
        Op::ALL.into_iter().find(|op| op.name() == name)
    }
}

/// Which operations to apply. Each flag is one operation, on or off; the
/// [`Op`] of the same name documents it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// Remove harakat, tanween, shadda, sukun and other Arabic combining marks.
    pub diacritics: bool,
    /// Remove the superscript (dagger) alef U+0670.
    pub dagger_alef: bool,
    /// Superscript alef → ا (السمٰوات → السماوات); wins over dagger_alef.
    pub dagger_alef_to_alef: bool,
    /// Remove Quranic annotation marks U+06D6–U+06ED.
    pub quranic_marks: bool,
    /// Remove combining hamza above/below U+0654/U+0655.
    pub hamza_marks: bool,
    /// Remove tatweel U+0640.
    pub tatweel: bool,
    /// أ إ آ ٱ → ا.
    pub alef: bool,
    /// ى → ي.
    pub alef_maqsura: bool,
    /// ة → ه. Off in `search`: ة marks the feminine and is rarely misspelled
    /// in edited text, while folding it merges real pairs (e.g. عامة/عامه,
    /// "public" / "his year") that matching must keep apart.
    pub teh_marbuta: bool,
    /// ؤ → و, ئ → ي. Off in `search`: the seat of hamza is spelled
    /// consistently in edited text and folding it merges e.g. سؤال with سوال.
    pub hamza_carriers: bool,
    /// Persian/Urdu ک ڪ ی ہ ۀ ە ۃ → Arabic ك ي ه ة.
    pub persian_letters: bool,
    /// Arabic-Indic ٠–٩ and ۰–۹ digits → ASCII 0–9.
    pub digits: bool,
    /// ASCII and ۰–۹ digits → Arabic-Indic ٠–٩ (for display; digits wins).
    pub digits_to_arabic: bool,
    /// Separators between digits follow the digits: 3٫5 → 3.5, ٣.٥ → ٣٫٥.
    pub number_separators: bool,
    /// Presentation forms and ligatures (ﻻ ﷲ ﺑ) → base letters.
    pub presentation_forms: bool,
    /// Remove zero-width and bidi controls (ZWJ, ZWNJ, LRM, RLM, LRE…PDI, BOM).
    pub controls: bool,
    /// NBSP, thin and other spaces → space; U+2028 → newline, U+2029 → blank line.
    pub whitespace: bool,
    /// Quote, dash, ellipsis and Arabic punctuation variants → one form each.
    pub punctuation: bool,
}

impl Options {
    /// No operation at all: the text comes back unchanged.
    pub const NONE: Options = Options {
        diacritics: false,
        dagger_alef: false,
        dagger_alef_to_alef: false,
        quranic_marks: false,
        hamza_marks: false,
        tatweel: false,
        alef: false,
        alef_maqsura: false,
        teh_marbuta: false,
        hamza_carriers: false,
        persian_letters: false,
        digits: false,
        digits_to_arabic: false,
        number_separators: false,
        presentation_forms: false,
        controls: false,
        whitespace: false,
        punctuation: false,
    };

    /// Nothing destructive: invisible controls go, and presentation forms
    /// become the letters they display. What one sees stays the same.
    pub const DISPLAY: Options = Options { controls: true, presentation_forms: true, ..Options::NONE };

    /// Marks and stretching removed, spelling kept: every letter as written.
    pub const LIGHT: Options = Options {
        diacritics: true,
        dagger_alef: true,
        quranic_marks: true,
        tatweel: true,
        whitespace: true,
        ..Options::DISPLAY
    };

    /// What matching uses: spelling variation that does not change the word
    /// is folded away. The dagger alef is deleted, not made ا, because the
    /// modern spelling of هٰذا, ذٰلك, لٰكن has no alef.
    pub const SEARCH: Options = Options {
        hamza_marks: true,
        alef: true,
        alef_maqsura: true,
        persian_letters: true,
        digits: true,
        number_separators: true,
        punctuation: true,
        ..Options::LIGHT
    };

    /// Everything `search` does, plus the folds that merge some real words
    /// (teh marbuta, hamza carriers): for recall over precision, e.g. on
    /// informal text where ة/ه and ئ/ي are used interchangeably.
    pub const STRICT: Options = Options { teh_marbuta: true, hamza_carriers: true, ..Options::SEARCH };

    /// The named presets, for the CLI, the page and documentation.
    pub const PRESETS: [(&'static str, Options); 4] = [
        ("display", Options::DISPLAY),
        ("light", Options::LIGHT),
        ("search", Options::SEARCH),
        ("strict", Options::STRICT),
    ];

    /// The preset called `name`.
    pub fn preset(name: &str) -> Option<Options> {
        Self::PRESETS.iter().find(|(n, _)| *n == name).map(|(_, o)| *o)
    }

    /// Exactly the operations named in a comma-separated list, e.g.
    /// `"diacritics,tatweel"`. The error names the unknown operation and the
    /// valid ones, so a person can fix the command line.
    pub fn parse_ops(list: &str) -> Result<Options, OpsError> {
        let mut options = Options::NONE;
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let op = Op::from_name(name).ok_or_else(|| OpsError::UnknownOperation(name.to_string()))?;
            options.set(op, true);
        }
        Ok(options)
    }

    /// Whether `op` is on.
    pub fn has(&self, op: Op) -> bool {
        *self.flag(op)
    }

    /// Turns `op` on or off.
    pub fn set(&mut self, op: Op, on: bool) {
        *self.flag_mut(op) = on;
    }

    /// These options with `op` turned on.
    pub fn with(mut self, op: Op) -> Options {
        self.set(op, true);
        self
    }

    /// The operations that are on, in [`Op::ALL`] order.
    pub fn ops(&self) -> impl Iterator<Item = Op> + '_ {
        Op::ALL.into_iter().filter(|op| self.has(*op))
    }

    fn flag(&self, op: Op) -> &bool {
        match op {
            Op::Diacritics => &self.diacritics,
            Op::DaggerAlef => &self.dagger_alef,
            Op::DaggerAlefToAlef => &self.dagger_alef_to_alef,
            Op::QuranicMarks => &self.quranic_marks,
            Op::HamzaMarks => &self.hamza_marks,
            Op::Tatweel => &self.tatweel,
            Op::Alef => &self.alef,
            Op::AlefMaqsura => &self.alef_maqsura,
            Op::TehMarbuta => &self.teh_marbuta,
            Op::HamzaCarriers => &self.hamza_carriers,
            Op::PersianLetters => &self.persian_letters,
            Op::Digits => &self.digits,
            Op::DigitsToArabic => &self.digits_to_arabic,
            Op::NumberSeparators => &self.number_separators,
            Op::PresentationForms => &self.presentation_forms,
            Op::Controls => &self.controls,
            Op::Whitespace => &self.whitespace,
            Op::Punctuation => &self.punctuation,
        }
    }

    fn flag_mut(&mut self, op: Op) -> &mut bool {
        match op {
            Op::Diacritics => &mut self.diacritics,
            Op::DaggerAlef => &mut self.dagger_alef,
            Op::DaggerAlefToAlef => &mut self.dagger_alef_to_alef,
            Op::QuranicMarks => &mut self.quranic_marks,
            Op::HamzaMarks => &mut self.hamza_marks,
            Op::Tatweel => &mut self.tatweel,
            Op::Alef => &mut self.alef,
            Op::AlefMaqsura => &mut self.alef_maqsura,
            Op::TehMarbuta => &mut self.teh_marbuta,
            Op::HamzaCarriers => &mut self.hamza_carriers,
            Op::PersianLetters => &mut self.persian_letters,
            Op::Digits => &mut self.digits,
            Op::DigitsToArabic => &mut self.digits_to_arabic,
            Op::NumberSeparators => &mut self.number_separators,
            Op::PresentationForms => &mut self.presentation_forms,
            Op::Controls => &mut self.controls,
            Op::Whitespace => &mut self.whitespace,
            Op::Punctuation => &mut self.punctuation,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::SEARCH
    }
}

/// A list of operations that could not be read ([`Options::parse_ops`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum OpsError {
    /// No operation has this name.
    UnknownOperation(String),
}

impl std::fmt::Display for OpsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpsError::UnknownOperation(name) => {
                let names: Vec<&str> = Op::ALL.iter().map(|op| op.name()).collect();
                write!(f, "unknown operation {name:?}: expected one of {}", names.join(", "))
            }
        }
    }
}

impl std::error::Error for OpsError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_flags_are_distinct() {
        for (i, op) in Op::ALL.into_iter().enumerate() {
            assert_eq!(op as usize, i, "Op::ALL must follow the discriminants");
            assert_eq!(Op::from_name(op.name()), Some(op));
            let only = Options::NONE.with(op);
            assert_eq!(only.ops().collect::<Vec<_>>(), [op], "{} sets another flag too", op.name());
        }
    }

    #[test]
    fn parse_ops_rejects_unknown_names() {
        assert_eq!(
            Options::parse_ops("tatweel, alef").unwrap(),
            Options::NONE.with(Op::Tatweel).with(Op::Alef)
        );
        let err = Options::parse_ops("tatweel,harakat").unwrap_err();
        assert_eq!(err, OpsError::UnknownOperation("harakat".into()));
        assert!(
            err.to_string().starts_with("unknown operation \"harakat\": expected one of diacritics,"),
            "{err}"
        );
    }
}
