//! The phrases that close official names: a noun phrase after ل or ب, and
//! the complements built on it.
//!
//! Official names end in a complement more often than not: اتفاقية الأمم
//! المتحدة **لقانون البحار**, الفريق العامل **المعني بالاختفاء القسري**,
//! اللجنة العربية الدائمة لحقوق الإنسان **التابعة لجامعة الدول العربية**,
//! اتفاقية الأمم المتحدة الإطارية **بشأن تغير المناخ**. A complement is
//! one of
//!
//! - ل + noun phrase (لقانون البحار, للتنمية المستدامة, لوسط أفريقيا);
//! - المعني(ة) / الخاص(ة) / المتعلق(ة) + ب + noun phrase, then at most one
//!   في + noun phrase (المعني بحالة حقوق الإنسان في ميانمار);
//! - بشأن + noun phrase;
//! - التابع(ة) + ل + a known organisation.
//!
//! An organisation takes only المعني and التابع, in its head's gender
//! (اللجنة … التابعة, الفريق … المعني): in «المبعوث الخاص لجامعة الدول
//! العربية المعني بسورية» the المعني is the envoy's, and «قرار الجمعية
//! العامة المتعلق ب…» is about the resolution.
//!
//! A noun phrase is a construct chain: at most three indefinite nouns, then
//! definite words (a known name counts as one), each after the first an
//! adjective or a conjunct with و (للتجارة والتنمية); after a known name
//! only an adjective with the nisba ending. It ends at
//! punctuation, a function word, a date or number, a word with another
//! proclitic or with a pronoun (أسرته), or an indefinite word after the
//! definite part; جميع or كافة
//! may open the indefinite part (جميع أشكال التمييز). A conjunct
//! joins only when what follows it cannot start a new phrase of its own: an
//! adjective, another conjunct or the end of the phrase — so "لقانون البحار
//! والاتفاق المتعلق…" stops before والاتفاق. Two verbal nouns keep their
//! preposition inside the phrase, as UN names do: القضاء على (elimination
//! of), الحد من (reduction of); and ضد (against) joins a second phrase
//! (التمييز ضد المرأة).

use super::Ctx;
use crate::clitics::SegmentKind;
use crate::entities::lexicon::*;
use crate::entities::EntityType;
use crate::tokenize::TokenKind;

/// Words that end a name: function words, verbs of saying, date words, and
/// the words that open a complement (المعني, التابع, بشأن). Shared with the
/// organisation rule's chains.
pub(super) const NOT_IN_NAME: u64 = STOP
    | NOT_NAME
    | VERB_SAYS
    | REL_UNIT
    | REL_MOD
    | REL_DATE
    | DAY_WORD
    | YEAR_WORD
    | LINK_OF
    | LINK_BI
    | ABOUT;

/// Words that never belong to a noun phrase of a name: those that end a
/// name, and the words of a reference (المقابل, المشار إليه).
const NOT_IN_PHRASE: u64 = NOT_IN_NAME | CORRESPONDING | REFERENCE;

/// Heads that, alone after ل, refer back to a body or meeting named before.
const BACK_REFERENCE: u64 = ORG_HEAD | EVENT_HEAD | MEETING | LAW_HEAD | INSTRUMENT;

/// Heads that start a new name: a conjunct with one is another mention.
const NEW_NAME: u64 = ORG_HEAD | EVENT_HEAD | LAW_HEAD | LAW_NUM_HEAD | INSTRUMENT | ROLE;

/// Adjectives of names that are neither nisba nor feminine.
pub const ADJECTIVES: &[&str] =
    &["العام", "الاعلي", "الاحمر", "السامي", "الكبير", "الاساسي", "الشامل", "الدائم"];

/// Most words of a noun phrase, and of its indefinite part.
const MAX_WORDS: usize = 7;
const MAX_INDEFINITE: usize = 3;

/// Which complements a name may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allow {
    /// ل + a noun phrase of at least this many words; 0: none.
    pub lam_words: usize,
    /// ل + a known organisation: any (the body of a session: للجمعية
    /// العامة), or only the United Nations (مركز الوثائق الرقمي الرسمي للأمم
    /// المتحدة; «قال حزب الله لوكالة فرانس برس» is no name).
    pub lam_org: Bodies,
    /// The phrase after ل may open with a known name (لوسط أفريقيا); not
    /// after an instrument, where it says whom it concerns (دستور الولايات
    /// المتحدة لغوام).
    pub lam_names: bool,
    /// An organisation's links, agreeing with its head (`Some(feminine)`):
    /// المعني(ة) ب… and التابع(ة) ل… only. `None`: an instrument's or
    /// event's, المعني / الخاص / المتعلق ب… and بشأن.
    pub body: Option<bool>,
}

/// Which organisations ل may bring into a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bodies {
    None,
    UnitedNations,
    Any,
}

impl Allow {
    /// المعني / الخاص / المتعلق ب…, بشأن … only.
    pub const LINKS: Allow = Allow { lam_words: 0, lam_org: Bodies::None, lam_names: false, body: None };

    /// Whether the link word at `j` may join this name.
    fn link(&self, ctx: &Ctx, j: usize, class: u64) -> bool {
        let norm = ctx.form_norm(j);
        match self.body {
            None => class & (LINK_BI | ABOUT) != 0,
            Some(feminine) => {
                let plural = norm.ends_with("ين") || norm.ends_with("ون");
                let agrees = plural || norm.ends_with('ة') == feminine;
                agrees && (class & LINK_OF != 0 || class & LINK_BI != 0 && norm.starts_with("المعني"))
            }
        }
    }
}

/// The last token of the complements (at most two) starting at `j`. Only
/// the first may be ل + a phrase: a second one is most often a purpose
/// (للملكية الفكرية **لعقد الاجتماع**).
pub fn complements_end(ctx: &Ctx, j: usize, allow: Allow) -> Option<usize> {
    let first = complement_end(ctx, j, allow)?;
    let rest = Allow { lam_words: 0, lam_org: Bodies::None, ..allow };
    Some(complement_end(ctx, first + 1, rest).unwrap_or(first))
}

/// The last token of one complement starting at `j` (see the module docs).
pub fn complement_end(ctx: &Ctx, j: usize, allow: Allow) -> Option<usize> {
    if ctx.kind(j) != Some(TokenKind::Word) || ctx.starts_line(j) {
        return None;
    }
    let front = ctx.front(j);
    let bare = front.first.is_none();
    let class = ctx.info(j).class;
    if bare && class & (LINK_BI | LINK_OF | ABOUT) != 0 && !allow.link(ctx, j, class) {
        return None;
    }
    if bare && ctx.is(j, LINK_BI) {
        let end = phrase_end(ctx, j + 1, Some("ب"))?;
        // المعني بحالة حقوق الإنسان في ميانمار
        if ctx.surface(end + 1) == "في" {
            if let Some(place) = phrase_end(ctx, end + 2, None) {
                return Some(place);
            }
        }
        return Some(end);
    }
    if bare && ctx.is(j, ABOUT) {
        return phrase_end(ctx, j + 1, None);
    }
    if ctx.form_norm(j) == "بشان" && allow.body.is_none() {
        return phrase_end(ctx, j + 1, None);
    }
    if bare && ctx.is(j, LINK_OF) {
        return known_org(ctx, j + 1, "ل");
    }
    if front.first == Some("ل") && front.last == Some("ل") {
        let body = ctx.hit_of(j, &[EntityType::Org]).filter(|h| match allow.lam_org {
            Bodies::None => false,
            Bodies::UnitedNations => h.id == "un",
            Bodies::Any => true,
        });
        if body.is_some() {
            if let Some(end) = known_org(ctx, j, "ل") {
                return Some(end);
            }
        }
        if allow.lam_words == 0 {
            return None;
        }
        if !allow.lam_names && ctx.hit_of(j, &[EntityType::Org, EntityType::Loc]).is_some() {
            return None;
        }
        let end = phrase_end(ctx, j, Some("ل"))?;
        // للمنظمة, للمؤتمر, للجنة: a back-reference, not part of a name
        let back_reference = end == j && ctx.hit(j).is_none() && ctx.is(j, BACK_REFERENCE);
        return (!back_reference && end + 1 - j >= allow.lam_words).then_some(end);
    }
    None
}

/// The last token of a known organisation at `j` written after `prep`.
pub fn known_org(ctx: &Ctx, j: usize, prep: &str) -> Option<usize> {
    let hit = ctx.hit_of(j, &[EntityType::Org])?;
    (hit.clitic && ctx.front(j).first == Some(prep)).then_some(hit.end)
}

/// Whether token `j` is a bare definite word (no proclitic, the article).
pub fn bare_definite(ctx: &Ctx, j: usize) -> bool {
    let front = ctx.front(j);
    ctx.kind(j) == Some(TokenKind::Word) && front.first.is_none() && front.article
}

/// The last token of a noun phrase starting at `j`, its first word written
/// after `prep` (ل or ب) when given, else bare.
pub fn phrase_end(ctx: &Ctx, j: usize, prep: Option<&str>) -> Option<usize> {
    let quantifier = |k: usize| matches!(ctx.form_norm(k), "جميع" | "كافة");
    let word = |k: usize| {
        ctx.kind(k) == Some(TokenKind::Word) && (ctx.info(k).class & NOT_IN_PHRASE == 0 || quantifier(k))
    };
    let front = ctx.front(j);
    let opens = match prep {
        Some(p) => front.first == Some(p) && front.last == Some(p),
        None => front.first.is_none(),
    };
    if !opens || !word(j) && ctx.hit_of(j, &[EntityType::Org, EntityType::Loc]).is_none() {
        return None;
    }
    let mut last_definite = None;
    let mut indefinite = 0;
    let mut after_name = false;
    let mut k = j;
    while k < j + MAX_WORDS && k < ctx.len() {
        let first = k == j;
        if !first && ctx.starts_line(k) {
            break; // a name never runs over a line break
        }
        if let Some(name) = ctx.hit_of(k, &[EntityType::Org, EntityType::Loc]) {
            if name.clitic != (first && prep.is_some()) {
                break;
            }
            last_definite = Some(name.end);
            after_name = true;
            k = name.end + 1;
            continue;
        }
        // After a known name only its adjectives: لوسط أفريقيا, not
        // لوسط أفريقيا المساعدة.
        if after_name && !(bare_definite(ctx, k) && ctx.info(k).nisba) {
            break;
        }
        if last_definite.is_some() {
            // عبر الوطنية: one adjective in two words; القسري أو غير الطوعي
            let two = match ctx.form_norm(k) {
                "عبر" => ctx.form_norm(k + 1) == "الوطنية",
                "او" => ctx.form_norm(k + 1) == "غير" && bare_definite(ctx, k + 2),
                _ => false,
            };
            if two {
                let end = if ctx.form_norm(k) == "عبر" { k + 1 } else { k + 2 };
                last_definite = Some(end);
                k = end + 1;
                continue;
            }
        }
        if !word(k) || !first && ctx.front(k).first.is_some() && !conjunct(ctx, k, last_definite.is_some()) {
            break;
        }
        // A word with a pronoun (أسرته) is no part of a name.
        if ctx.lexed.tokens.get(k).is_some_and(|t| {
            ctx.lexed.form(t).segments.last().is_some_and(|s| s.kind == SegmentKind::Enclitic)
        }) {
            break;
        }
        if ctx.front(k).article {
            // After the definite part only adjectives: a nisba, a feminine
            // after a feminine (التنمية المستدامة, الجريمة المنظمة) or one
            // of a few others (العام, الأعلى); تغير المناخ المقرر عقده stops.
            if let Some(previous) = last_definite.filter(|_| !first) {
                let norm = ctx.form_norm(k);
                let agrees = norm.ends_with('ة') && ctx.form_norm(previous).ends_with('ة');
                let nisba = ctx.info(k).nisba || norm.trim_start_matches('و').ends_with('ي');
                if !(nisba || agrees || ADJECTIVES.contains(&norm)) && ctx.front(k).first.is_none() {
                    break;
                }
            }
            last_definite = Some(k);
            // القضاء على, الحد من: the preposition stays in the name; so
            // does ضد (التمييز ضد المرأة).
            let idiom = match ctx.form_norm(k).trim_start_matches(['ل', 'ب', 'و']) {
                "القضاء" | "قضاء" => "على",
                "الحد" | "حد" => "من",
                _ => "ضد",
            };
            if ctx.surface(k + 1) == idiom {
                if let Some(end) = phrase_end(ctx, k + 2, None) {
                    last_definite = Some(end);
                    k = end + 1;
                    continue;
                }
            }
        } else if last_definite.is_some() {
            break; // an indefinite word after the definite part
        } else if !quantifier(k) {
            indefinite += 1;
            if indefinite > MAX_INDEFINITE {
                return None;
            }
        }
        k += 1;
    }
    last_definite
}

/// Whether token `k`, written with a proclitic, is a conjunct that stays in
/// the phrase: و + a definite word that starts no name of its own, after
/// the definite part, followed by an adjective, another conjunct or
/// nothing that could continue the phrase.
pub fn conjunct(ctx: &Ctx, k: usize, after_definite: bool) -> bool {
    let front = ctx.front(k);
    if !(after_definite && front.first == Some("و") && front.last == Some("و") && front.article) {
        return false;
    }
    if ctx.is(k, NEW_NAME) || ctx.hit(k).is_some() {
        return false;
    }
    let next = k + 1;
    let next_front = ctx.front(next);
    let continues = ctx.kind(next) == Some(TokenKind::Word) && ctx.info(next).class & NOT_IN_PHRASE == 0;
    // …والاجتماعية لغربي آسيا: a complement may follow too.
    !continues
        || matches!(next_front.first, Some("و" | "ل"))
        || next_front.first.is_none() && ctx.info(next).nisba
}
