//! How the tagger's names join the lists' and rules' candidates (the rule
//! is in the module docs of [`super`]). Every step is a binary search or a
//! pass over per-token flags, so the stage stays linear in the text.

use super::bits::Bits;
use super::lexicon::{self, lexicon};
use super::locate::Cursor;
use super::{Entity, EntityType};
use crate::clitics::SegmentKind;
use crate::lexed::Lexed;
use crate::span::Span;
use crate::tokenize::TokenKind;

/// The candidates to resolve, in three lists in this order: learned names;
/// the listed names that extend them and the lists' mentions of other
/// types; the rules' names where the tagger found nothing and their
/// mentions of other types. Learned names overlapping a `user` span (a
/// name of the user's gazetteer) are dropped. Each list is filtered in
/// place: no list of all candidates is built beside them.
pub(super) fn combine(
    text: &str,
    lexed: &Lexed,
    mut learned: Vec<Entity>,
    user: &[Span],
    mut found: Vec<Entity>,
    mut rules: Vec<Entity>,
) -> Vec<Vec<Entity>> {
    let evidence = Evidence::new(lexed, &found, &rules);
    let n = lexed.tokens.len();
    // Empty (no allocation) without a user gazetteer, the common case.
    let mut users = Bits::new(if user.is_empty() { 0 } else { n });
    let mut cursor = Cursor::new(&lexed.tokens);
    for s in user {
        let (first, end) = cursor.tokens_of(*s);
        (first..end).for_each(|j| users.set(j));
    }
    // A name the document gave whole once is whole again (super::memory).
    found.extend(super::memory::remembered(text, lexed, &rules));
    // A hyphenated last part (دلاميني - زوما) joins the person; a learned
    // mention it covers goes.
    for e in learned.iter_mut().chain(found.iter_mut()).chain(rules.iter_mut()) {
        hyphenated_surname(text, lexed, e);
    }
    learned.dedup_by(|next, kept| next.span.start < kept.span.end);
    // Learned mentions come in text order: one cursor finds their tokens.
    let mut cursor = Cursor::new(&lexed.tokens);
    learned.retain_mut(|e| {
        let (first, end) = cursor.tokens_of(e.span);
        // وتعز: a و the segmenter left on a listed name is the conjunction.
        let token = &lexed.tokens[first];
        if e.span.start == token.span.start {
            let norm = lexed.form(token).norm.as_str();
            if norm.strip_prefix('و').is_some_and(crate::clitics::is_listed_name) {
                e.span.start += super::gazetteer::surface_prefix_len(token.span.of(text), 1);
            }
        }
        // أشاد غراندي: a verb of the statement lexicon opens no name; what
        // follows it stays only if no word of it is a common one.
        if e.kind == EntityType::Person && opens_with_verb(lexed, first) {
            if end == first + 1 || !unknown_words(lexed, (first + 1, end)) {
                return false;
            }
            e.span.start = lexed.tokens[first + 1].span.start;
        }
        let (first, end) = cursor.tokens_of(e.span);
        let ordinals = e.kind == EntityType::Person && ordinals_only(lexed, (first, end));
        !(evidence.lone_given_name(lexed, e, (first, end))
            || lone_head(lexed, e, (first, end))
            || description(lexed, e, (first, end))
            || opens_with_role(lexed, first)
            || ordinals
            || evidence.after_preposition(lexed, e, first)
            || evidence.common_noun(text, lexed, e, (first, end))
            || (first..end).any(|j| users.get(j)))
    });
    // Learned mentions come from one tag sequence: sorted, never overlapping.
    let spans: Vec<Span> = learned.iter().map(|e| e.span).collect();
    let overlapping = |s: Span| {
        let from = spans.partition_point(|l| l.end <= s.start);
        let to = spans.partition_point(|l| l.start < s.end).max(from);
        &spans[from..to]
    };
    let extends = |e: &Entity| overlapping(e.span).iter().all(|l| e.span.contains(*l));
    let free = |e: &Entity| overlapping(e.span).is_empty();
    // A two-letter month cut out of a word (آب in باب: ب + اب) is no date.
    let mut cursor = Cursor::new(&lexed.tokens);
    let cut_month = |e: &Entity, cursor: &mut Cursor| {
        let (first, _) = cursor.tokens_of(e.span);
        e.kind == EntityType::Date
            && e.span.start > lexed.tokens[first].span.start
            && e.span.of(text).chars().filter(|c| c.is_alphabetic()).count() <= 2
    };
    found.retain(|e| (!e.kind.is_name() || extends(e)) && !cut_month(e, &mut cursor));
    let starts_inside = |e: &Entity| overlapping(e.span).iter().all(|l| l.start >= e.span.start);
    let mut cursor = Cursor::new(&lexed.tokens);
    rules.retain(|e| {
        if !e.kind.is_name() {
            return true;
        }
        let (first, end) = cursor.tokens_of(e.span);
        if description(lexed, e, (first, end)) {
            return false;
        }
        if free(e) {
            // The tagger saw this rule's name as evidence and still found
            // none: a word no name is written with settles it.
            return e.kind != EntityType::Person || !not_a_name(text, lexed, (first, end));
        }
        match e.kind {
            EntityType::Org => starts_inside(e) && joined_by_complement(lexed, (first, end)),
            // A place with its head (منطقة دونيتسك): the tagger's name is
            // inside it.
            EntityType::Loc => starts_inside(e),
            EntityType::Person => {
                first > 0
                    && evidence.title_ends.get(first - 1)
                    && starts_inside(e)
                    && named_throughout(lexed, (first, end))
            }
            _ => false,
        }
    });
    // A quoted name is a QUOTE holding the name («داعش»: QUOTE, ORG
    // nested), so at one span the quote goes first.
    let quotes: Vec<Entity> = rules.iter().filter(|e| e.kind == EntityType::Quote).cloned().collect();
    rules.retain(|e| e.kind != EntityType::Quote);
    // Shrunk in place, their tails free for what resolving allocates next.
    [&mut learned, &mut found, &mut rules].into_iter().for_each(|v| v.shrink_to_fit());
    vec![quotes, learned, found, rules]
}

/// Whether token `first` is a verb of the statement lexicon (أشاد, أكد):
/// the tagger reads a verb before a name as its first part.
fn opens_with_verb(lexed: &Lexed, first: usize) -> bool {
    let form = lexed.form(&lexed.tokens[first]);
    let name = crate::clitics::is_listed_name(&form.norm)
        || lexicon().get(form.norm.as_str()).is_some_and(|c| c & lexicon::GIVEN != 0);
    !name && statement_verb(form)
}

/// Whether `form` is a finite verb of the built-in statement lexicon (أشاد,
/// تدين). One call site for the rules and the combination alike.
#[inline(never)]
pub(super) fn statement_verb(form: &crate::lexed::Form) -> bool {
    use crate::statements::{Kind, StatementLexicon};
    StatementLexicon::builtin().lookup(form).is_some_and(|h| h.kind == Kind::Verb)
}

/// Extends a PERSON over a hyphenated last part (نكوسازانا دلاميني - زوما,
/// جينين هينيس-بلاسخارت): a word of three letters or more after a hyphen
/// (not a dash –, which sets off a clause), that the lexicon does not know,
/// with no clitic or article, and rare in running text (or a listed name's
/// word).
fn hyphenated_surname(text: &str, lexed: &Lexed, e: &mut Entity) {
    if e.kind != EntityType::Person {
        return;
    }
    let tokens = &lexed.tokens;
    let last = tokens.partition_point(|t| t.span.end < e.span.end);
    let (Some(dash), Some(word)) = (tokens.get(last + 1), tokens.get(last + 2)) else { return };
    if dash.kind != TokenKind::Punct || dash.span.of(text) != "-" || word.kind != TokenKind::Word {
        return;
    }
    // Both sides touch the hyphen or neither does: «X - Y», «X-Y».
    let tight = tokens[last].span.end == dash.span.start;
    if tight != (dash.span.end == word.span.start) {
        return;
    }
    let form = lexed.form(word);
    let norm = form.norm.as_str();
    let plain = form.segments.iter().all(|s| matches!(s.kind, SegmentKind::Stem));
    let rare = crate::clitics::frequency(norm) < 5 || crate::clitics::is_listed_name(norm);
    let long = norm.chars().count() >= 3;
    // جنينة هاس - محسن: a name part the lexicon lists is one too.
    let class = lexicon().get(norm).copied().unwrap_or(0);
    let name_part = class != 0 && class & !(lexicon::GIVEN | lexicon::FAMILY) == 0;
    if plain && long && !norm.starts_with("ال") && (class == 0 && rare || name_part) {
        e.span.end = word.span.end;
    }
}

/// Whether every word is one no list or lexicon knows, written bare and
/// rare in running text: what may stay of a learned name after a verb
/// (أشاد غراندي → غراندي).
fn unknown_words(lexed: &Lexed, (first, end): (usize, usize)) -> bool {
    (first..end).all(|j| {
        let form = lexed.form(&lexed.tokens[j]);
        let norm = form.norm.as_str();
        form.segments.iter().all(|s| s.kind == SegmentKind::Stem)
            && !norm.starts_with("ال")
            && lexicon().get(norm).is_none()
            && crate::clitics::frequency(norm) < 5
    })
}

/// A learned name whose first word is a role (السفير سفيان): the title is
/// never part of a name (ENTITIES.md), and the rules find the title and the
/// name after it.
fn opens_with_role(lexed: &Lexed, first: usize) -> bool {
    let norm = lexed.form(&lexed.tokens[first]).norm.as_str();
    let norm = norm.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(norm);
    norm.starts_with("ال") && lexicon().get(norm).is_some_and(|c| c & lexicon::ROLE != 0)
}

/// Whether a word of a rule's PERSON is one no name is written with: a
/// verb of the statement lexicon (الوزير أطلق), a pronoun suffix (سيره,
/// قوله, بلاده), the accusative tanween (ملتزماً) or an accusative ا on a
/// common noun (عقد الرئيس اجتماعا). Listed names and name parts are never
/// such a word (عبده, ماريا).
fn not_a_name(text: &str, lexed: &Lexed, (first, end): (usize, usize)) -> bool {
    (first..end).any(|j| {
        let token = &lexed.tokens[j];
        let form = lexed.form(token);
        let norm = form.norm.as_str();
        if crate::clitics::is_listed_name(norm) || lexicon().get(norm).is_some() {
            return false;
        }
        let pronoun =
            form.segments.len() > 1 && form.segments.last().is_some_and(|s| s.kind == SegmentKind::Enclitic);
        let accusative = norm
            .strip_suffix('ا')
            .is_some_and(|noun| noun.chars().count() >= 3 && crate::clitics::frequency(noun) >= 6);
        pronoun || accusative || token.span.of(text).contains('\u{064B}') || statement_verb(form)
    })
}

/// Whether a normalized word has the shape of an Arabic adjective or
/// participle that given names take: فعيل (سعيد، شريف، حكيم), فاعل (سالم،
/// نادر، عادل), مفعول (منصور، محمود), and their feminines in ة. Such a given
/// name alone is as often the ordinary word; names of other shapes (محمد،
/// إسماعيل، حمدان، عثمان، جوزيه) seldom are.
fn adjective_shape(norm: &str) -> bool {
    let chars: Vec<char> = norm.chars().collect();
    let base = match chars.split_last() {
        Some((&('ة' | 'ه'), rest)) if rest.len() >= 4 => rest,
        _ => &chars[..],
    };
    matches!(base, [_, _, 'ي', _] | [_, 'ا', _, _] | ['م', _, _, 'و', _])
}

/// Whether every word is an ordinal: الرئيس الأمريكي السادس عشر is a
/// title's number, not a person.
fn ordinals_only(lexed: &Lexed, (first, end): (usize, usize)) -> bool {
    let ordinal = |j: usize| {
        let norm = lexed.form(&lexed.tokens[j]).norm.as_str();
        lexicon().get(norm).is_some_and(|c| c & (lexicon::ORDINAL | lexicon::ORDINAL_TENS) != 0)
    };
    first < end && (first..end).all(ordinal)
}

/// Generic adjectives: with an organisation's head and nothing else they
/// make a back-reference (ENTITIES.md; the gold's README: اللجنة
/// الاستشارية، المجلس التنفيذي، البرنامج الفرعي), normalized.
const GENERIC: &[&str] = &[
    "الفرعي",
    "الفرعيه",
    "الاستشاري",
    "الاستشاريه",
    "التحضيري",
    "التحضيريه",
    "التنفيذي",
    "التنفيذيه",
    "الحكومي",
    "الحكوميه",
    "المشترك",
    "المشتركه",
    "العامل",
    "العامله",
    "الفني",
    "الفنيه",
    "التقني",
    "التقنيه",
    "المخصص",
    "المخصصه",
    "الموقت",
    "الموقته",
    "المؤقت",
    "المؤقته",
    "الحالي",
    "الحاليه",
    "اليميني",
    "اليساري",
    "اليمينيه",
    "اليساريه",
    "الجديد",
    "الجديده",
    "الاصولي",
    "الاصوليه",
    "الاجنبي",
    "الاجنبيه",
    "النظامي",
    "النظاميه",
    "الداخلي",
    "الداخليه",
    "الامني",
    "الامنيه",
    "المالي",
    "الماليه",
];

/// An organisation's name that is a description (ENTITIES.md, ORG): a
/// definite head with generic adjectives only (اللجنة الاستشارية، الائتلاف
/// الحكومي), forces named by whom they serve (قوات الاحتلال الإسرائيلي,
/// جيش العدو, قوات النظام السوري), or a board (مجلس الإدارة).
fn description(lexed: &Lexed, e: &Entity, (first, end): (usize, usize)) -> bool {
    if e.kind != EntityType::Org || end < first + 2 {
        return false;
    }
    let norm = |j: usize| normalize_ta(lexed.form(&lexed.tokens[j]).norm.as_str());
    let head = lexed.form(&lexed.tokens[first]).norm.as_str();
    let head = head.trim_start_matches(['و', 'ف']);
    let bare = head.strip_prefix("لل").map(|r| format!("ال{r}")).unwrap_or_else(|| head.to_string());
    let forces = ["قوات", "القوات", "جيش"].contains(&bare.as_str())
        && ["الاحتلال", "العدو", "النظام"].contains(&norm(first + 1).as_str());
    // مجلس الإدارة: the board of whatever body the text speaks of.
    let board = bare == "مجلس" && norm(first + 1) == "الاداره";
    let lex = lexicon();
    let generic_head =
        bare.starts_with("ال") && lex.get(bare.as_str()).is_some_and(|c| c & lexicon::ORG_HEAD != 0);
    forces || board || generic_head && (first + 1..end).all(|j| GENERIC.contains(&norm(j).as_str()))
}

/// A normalized word with a final ة written ه, as [`GENERIC`] lists it
/// whichever way the normalization writes it.
fn normalize_ta(norm: &str) -> String {
    norm.strip_suffix('ة').map_or_else(|| norm.to_string(), |s| format!("{s}ه"))
}

/// A learned name that is one head noun alone: an organisation's head
/// (المجلس، لمنظمة) or a role (الوزيران). ENTITIES.md reads such a word as
/// a back-reference or a description, never a name; a list or rule that
/// names the word still finds it, since only the learned candidate goes.
fn lone_head(lexed: &Lexed, e: &Entity, (first, end): (usize, usize)) -> bool {
    if !e.kind.is_name() || end != first + 1 {
        return false;
    }
    let form = lexed.form(&lexed.tokens[first]);
    let stem = form
        .segments
        .iter()
        .find(|s| s.kind == SegmentKind::Stem)
        .map_or(form.norm.as_str(), |s| s.restored.as_str());
    let bare = stem.strip_prefix("ال").unwrap_or(stem);
    let lex = lexicon();
    let head = |w: &str| lex.get(w).is_some_and(|c| c & (lexicon::ORG_HEAD | lexicon::ROLE) != 0);
    head(stem) || head(bare) || ["ان", "ين", "ون"].iter().any(|end| bare.strip_suffix(end).is_some_and(head))
}

/// Whether an organisation's name goes on past its first word with a
/// complement: a word after ل, or التابع, المعني, بشأن (اللجنة … التابعة
/// لجامعة الدول العربية).
fn joined_by_complement(lexed: &Lexed, (first, end): (usize, usize)) -> bool {
    let lex = lexicon();
    (first + 1..end).any(|j| {
        let form = lexed.form(&lexed.tokens[j]);
        let class = lex.get(form.norm.as_str()).copied().unwrap_or(0);
        let lam =
            form.segments.first().is_some_and(|s| s.kind == SegmentKind::Proclitic && s.restored == "ل")
                || form.norm.starts_with("لل");
        // وزارة الخارجية وشؤون المغتربين
        let affairs = form.norm == "وشؤون";
        lam || affairs || class & (lexicon::LINK_OF | lexicon::LINK_BI | lexicon::ABOUT) != 0
    })
}

/// Whether every word of a person's name is evidence of one: a listed name
/// or name part, a connector and the word after it, a regnal ordinal, or
/// a family name with the article closing it after a given name (عبد الله
/// الثاني ابن الحسين; أحمد الطيب).
fn named_throughout(lexed: &Lexed, (first, end): (usize, usize)) -> bool {
    let lex = lexicon();
    let mut previous = 0;
    for j in first..end {
        let norm = lexed.form(&lexed.tokens[j]).norm.as_str();
        let class = lex.get(norm).copied().unwrap_or(0);
        let part = class & (lexicon::GIVEN | lexicon::FAMILY | lexicon::CONNECTOR | lexicon::AFTER_CONNECTOR)
            != 0
            || crate::clitics::is_listed_name(norm)
            || previous & lexicon::CONNECTOR != 0
            || j > first && class & lexicon::ORDINAL != 0
            || j + 1 == end && norm.starts_with("ال") && previous & lexicon::GIVEN != 0;
        if !part {
            return false;
        }
        previous = class;
    }
    true
}

/// Per token: does a list or rule call it a person, does a title end on it.
struct Evidence {
    person: Bits,
    title_ends: Bits,
}

impl Evidence {
    fn new(lexed: &Lexed, found: &[Entity], rules: &[Entity]) -> Self {
        let n = lexed.tokens.len();
        let mut ev = Evidence { person: Bits::new(n), title_ends: Bits::new(n) };
        let mut cursor = Cursor::new(&lexed.tokens);
        // Only persons and titles count: the others' tokens are not sought.
        for e in
            found.iter().chain(rules).filter(|e| matches!(e.kind, EntityType::Person | EntityType::Title))
        {
            let (first, end) = cursor.tokens_of(e.span);
            match e.kind {
                EntityType::Person => (first..end).for_each(|j| ev.person.set(j)),
                _ if end > 0 => ev.title_ends.set(end - 1),
                _ => {}
            }
        }
        ev
    }

    /// A learned PERSON, with no title before it and no list or rule calling
    /// it a person, holding a word no name is written with: a possessive
    /// pronoun (كامل اشتراكاتها, حياة أفراده) or the accusative tanween
    /// (ملتزماً, موجزاً). Generic words are never a PERSON.
    fn common_noun(&self, text: &str, lexed: &Lexed, e: &Entity, (first, end): (usize, usize)) -> bool {
        if e.kind != EntityType::Person
            || self.person.get(first)
            || first > 0 && self.title_ends.get(first - 1)
        {
            return false;
        }
        (first..end).any(|j| {
            let token = &lexed.tokens[j];
            let pronoun = lexed.form(token).segments.last().is_some_and(|s| {
                s.kind == SegmentKind::Enclitic
                    && matches!(s.restored.as_str(), "ها" | "هم" | "هما" | "هن" | "كم" | "نا")
            });
            pronoun || token.span.of(text).contains('\u{064B}')
        })
    }

    /// A learned PERSON written after the preposition ب (بحسن نية, بالحس
    /// المجتمعي), with no title before it and no list or rule calling it a
    /// person: a phrase, not a name.
    fn after_preposition(&self, lexed: &Lexed, e: &Entity, first: usize) -> bool {
        if e.kind != EntityType::Person
            || self.person.get(first)
            || first > 0 && self.title_ends.get(first - 1)
        {
            return false;
        }
        let form = lexed.form(&lexed.tokens[first]);
        form.segments.first().is_some_and(|s| s.kind == SegmentKind::Proclitic && s.restored == "ب")
    }

    /// A learned PERSON that is one given name which is also an ordinary
    /// word (سعيد "happy"), with no title before it and no list or rule
    /// calling it a person: the name-part list is evidence next to other
    /// evidence, never alone. Only names shaped as adjectives are
    /// ordinary words often enough to drop ([`adjective_shape`]): a lone
    /// محمد, إسماعيل or جوزيه is a person.
    fn lone_given_name(&self, lexed: &Lexed, e: &Entity, (first, end): (usize, usize)) -> bool {
        if e.kind != EntityType::Person || end != first + 1 {
            return false;
        }
        let norm = lexed.form(&lexed.tokens[first]).norm.as_str();
        let given = lexicon().get(norm).is_some_and(|c| c & lexicon::GIVEN != 0) && adjective_shape(norm);
        // قال حمدان، وأضاف عزام: the subject of a verb of saying is its
        // speaker, a person.
        let speaker = first > 0 && statement_verb(lexed.form(&lexed.tokens[first - 1]));
        let titled = first > 0 && self.title_ends.get(first - 1);
        given && !(speaker || titled || self.person.get(first))
    }
}
