//! Word classes the rules reason with: name parts, date words, number words,
//! heads of organisations, events and laws, function words.
//!
//! A word may belong to several classes, so a class is a bit and a word's
//! classes are a `u64` mask. Keys are `search`-normalized, exactly like the
//! forms of a document, and looked up once per distinct form (see
//! [`super::rules::FormInfo`]), never per token.

use super::gazetteer::FastHash;
use crate::normalize::{self, Options};
use std::collections::HashMap;
use std::sync::OnceLock;

macro_rules! classes {
    ($($name:ident = $bit:expr;)*) => { $(pub const $name: u64 = 1 << $bit;)* };
}

classes! {
    GIVEN = 0; FAMILY = 1; CONNECTOR = 2; STOP = 3;
    DAY_WORD = 4; YEAR_WORD = 5; HIJRI_MARK = 6; GREG_MARK = 7;
    REL_DATE = 8; REL_UNIT = 9; REL_MOD = 10; DATE_EDGE = 11;
    CARDINAL = 12; TENS = 13; HUNDREDS = 14; SCALE = 15; ORDINAL = 16; ORDINAL_TENS = 17;
    CURRENCY = 19;
    EVENT_HEAD = 20; LAW_HEAD = 21; LAW_NUM_HEAD = 22; ORG_HEAD = 23; ROLE = 24;
    ROLE_LINK = 25; PERMANENT = 26; NUMBER_MARK = 27; RANGE = 28; AND = 29;
    PERCENT_HEAD = 30; WAR_HEAD = 31; NOT_NAME = 32; VERB_SAYS = 33; AFTER_CONNECTOR = 34;
}

/// Hand-written lists. Each line names the class, then the words.
const WORDS: &[(u64, &str)] = &[
    (DAY_WORD, "يوم يومي أيام يومى"),
    (YEAR_WORD, "عام العام سنة السنة عامي"),
    (HIJRI_MARK, "هـ ه هجري هجرية للهجرة"),
    (GREG_MARK, "م ميلادي ميلادية للميلاد"),
    (REL_DATE, "أمس الأمس البارحة غدا غداً اليوم الليلة"),
    (REL_UNIT, "الأسبوع الشهر العام السنة الأسابيع الأشهر الشهور الأعوام السنوات الصيف الشتاء الربيع الخريف العقد القرن"),
    (REL_MOD, "الماضي الماضية المقبل المقبلة القادم القادمة الجاري الجارية الحالي الحالية المنصرم المنصرمة الفائت الفائتة"),
    (DATE_EDGE, "مطلع أوائل أواخر منتصف نهاية بداية أواسط مستهل"),
    (CARDINAL, "واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية ثمان تسع تسعة عشر عشرة إحدى أحد"),
    (TENS, "عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين"),
    (HUNDREDS, "مائة مئة مائتان مئتان مائتين مئتين ثلاثمائة أربعمائة خمسمائة ستمائة سبعمائة ثمانمائة تسعمائة ثلاثمئة أربعمئة خمسمئة ستمئة سبعمئة ثمانمئة تسعمئة"),
    (SCALE, "ألف آلاف ألفا ألفي مليون ملايين مليونا مليار مليارات بليون تريليون"),
    (ORDINAL, "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الحادي الحادية عشر عشرة"),
    (ORDINAL_TENS, "العشرون العشرين الثلاثون الثلاثين الأربعون الأربعين الخمسون الخمسين الستون الستين السبعون السبعين الثمانون الثمانين التسعون التسعين المائة المئة"),
    (PERCENT_HEAD, "المائة المئة بالمائة بالمئة"),
    (CURRENCY, "دولار دولارا دولارات الدولار يورو جنيه جنيها جنيهات ريال ريالا ريالات دينار دينارا دنانير درهم درهما دراهم ليرة ليرات روبل ين فرنك"),
    (EVENT_HEAD, "القمة قمة مؤتمر المؤتمر الدورة دورة منتدى المنتدى ندوة الندوة اجتماعات الألعاب دورة بطولة البطولة كأس مهرجان المهرجان انتفاضة الانتفاضة ثورة الثورة معركة"),
    (WAR_HEAD, "حرب الحرب"),
    (LAW_HEAD, "اتفاق الاتفاق اتفاقية الاتفاقية اتفاقيات معاهدة المعاهدة ميثاق الميثاق إعلان بيان بروتوكول البروتوكول دستور قانون مبادرة المبادرة وثيقة تفاهمات"),
    (LAW_NUM_HEAD, "قرار القرار قرارات القرارات القراران القرارين"),
    (NUMBER_MARK, "رقم الرقم"),
    (ORG_HEAD, "منظمة المنظمة مجلس المجلس جمعية الجمعية وزارة الوزارة هيئة الهيئة لجنة اللجنة مؤسسة المؤسسة جامعة الجامعة حزب الحزب بنك البنك مصرف المصرف شركة الشركة حركة الحركة جبهة الجبهة اتحاد الاتحاد مركز المركز وكالة الوكالة صندوق الصندوق برنامج البرنامج محكمة المحكمة رابطة الرابطة نادي النادي فريق منتخب المنتخب تحالف التحالف الائتلاف ائتلاف مفوضية المفوضية جيش الجيش كتائب كتيبة لواء قوات مجموعة"),
    (ROLE, "سفير سفيرة مندوب مندوبة ممثل ممثلة وزير وزيرة رئيس رئيسة مبعوث مبعوثة قنصل ملك أمير نائب الممثل المندوب المبعوث السفير الوزير الرئيس"),
    (ROLE_LINK, "لدى في عن"),
    (PERMANENT, "الدائم الدائمة الخاص الخاصة"),
    (RANGE, "إلى الى حتى و -"),
    (AND, "و"),
    (NOT_NAME, "الذي التي قال قالت أكد أكدت أضاف أضافت وقال وقالت إن أن كان كانت الذين رئيس وزير"),
    (VERB_SAYS, "قال قالت وقال وقالت أعلن أكد أضاف صرح"),
];

/// The lists, normalized, built on first use.
pub fn lexicon() -> &'static HashMap<String, u64, FastHash> {
    static LEXICON: OnceLock<HashMap<String, u64, FastHash>> = OnceLock::new();
    LEXICON.get_or_init(build)
}

/// The normalized spelling of a list word.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize::normalize_into(word, &Options::SEARCH, &mut out);
    out
}

fn build() -> HashMap<String, u64, FastHash> {
    let mut map: HashMap<String, u64, FastHash> = HashMap::default();
    let mut add = |word: &str, class: u64| *map.entry(key(word)).or_default() |= class;
    for (class, words) in WORDS {
        words.split_whitespace().for_each(|w| add(w, *class));
    }
    for line in name_part_lines() {
        let mut fields = line.split('\t');
        let (Some(part), Some(role)) = (fields.next(), fields.next()) else { continue };
        let class = match role.trim() {
            "given" => GIVEN,
            "family" => FAMILY,
            "connector" => CONNECTOR,
            _ => continue,
        };
        // In a multi-word part (آل خليفة, عبد الله) the last word is a name
        // only after its connector: خليفة alone is "caliph", الله is God.
        let words: Vec<&str> = part.split_whitespace().collect();
        match words[..] {
            [one] => add(one, class),
            [.., last] => add(last, AFTER_CONNECTOR),
            [] => {}
        }
    }
    for line in data_lines(crate::data::STOPWORDS) {
        add(line.trim(), STOP);
    }
    map
}

/// The lines of the name-part lists: `name-parts.tsv`, and natively the
/// wide one (src/data.rs). The page's lexicon is built at its first
/// analysis, before a wide list could come, so it reads the core list
/// alone, in a loop of the same shape as before there were two: a chain
/// there weighed 1 KB in the module.
#[cfg(not(target_arch = "wasm32"))]
fn name_part_lines() -> impl Iterator<Item = &'static str> {
    data_lines(crate::data::NAME_PARTS).chain(data_lines(crate::data::WIDE_NAME_PARTS))
}
#[cfg(target_arch = "wasm32")]
fn name_part_lines() -> impl Iterator<Item = &'static str> {
    data_lines(crate::data::NAME_PARTS)
}

/// The data lines of a list file: no headers, no blank lines.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_combine_and_normalize() {
        let lex = lexicon();
        assert_ne!(lex["الاربعون"] & ORDINAL_TENS, 0, "alef is folded like a document's forms");
        assert_ne!(lex["عبدالله"] & GIVEN, 0);
        assert_ne!(lex["بن"] & CONNECTOR, 0);
        assert_ne!(lex["في"] & STOP, 0);
        assert_ne!(lex["في"] & ROLE_LINK, 0, "one word, two classes");
    }
}
