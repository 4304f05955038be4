//! Word classes the rules reason with: name parts, date words, number words,
//! heads of organisations, events and laws, function words.
//!
//! A word may belong to several classes, so a class is a bit and a word's
//! classes are a `u64` mask. Keys are `search`-normalized, exactly like the
//! forms of a document, and looked up once per distinct form (see
//! [`super::rules::FormInfo`]), never per token.

use crate::normalize::{self, Options};
use rustc_hash::FxHashMap;
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
    REFERENCE = 18; UNIT = 35; DATE_PREP = 36; LINK_OF = 37; LINK_BI = 38; ABOUT = 39;
    FROM = 40; BETWEEN = 41; CORRESPONDING = 42; INTL = 43; PERIOD_HEAD = 44; INSTRUMENT = 45;
    TO = 46; MEETING = 47; LAW_NEEDS_NUMBER = 48; UNIT_ADJ = 49; CURRENCY_SIGN = 50;
    DEF_CARDINAL = 51; SESSION = 52;
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
    (DATE_EDGE, "مطلع أوائل أواخر منتصف نهاية بداية أواسط مستهل شهر شهري"),
    (CARDINAL, "واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية ثمان تسع تسعة عشر عشرة إحدى أحد"),
    (DEF_CARDINAL, "الاثنان الاثنتان الثلاث الثلاثة الأربع الأربعة الخمس الخمسة الست الستة السبع السبعة الثماني الثمانية التسع التسعة العشر العشرة"),
    (TENS, "عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين"),
    (HUNDREDS, "مائة مئة مائتان مئتان مائتين مئتين ثلاثمائة أربعمائة خمسمائة ستمائة سبعمائة ثمانمائة تسعمائة ثلاثمئة أربعمئة خمسمئة ستمئة سبعمئة ثمانمئة تسعمئة"),
    (SCALE, "ألف آلاف ألفا ألفي مليون ملايين مليونا مليونين مليار مليارا مليارات بليون بليونا بلايين تريليون تريليونا تريليونات"),
    (ORDINAL, "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الحادي الحادية عشر عشرة"),
    (ORDINAL_TENS, "العشرون العشرين الثلاثون الثلاثين الأربعون الأربعين الخمسون الخمسين الستون الستين السبعون السبعين الثمانون الثمانين التسعون التسعين المائة المئة"),
    (PERCENT_HEAD, "المائة المئة بالمائة بالمئة"),
    (CURRENCY, "دولار دولارا دولارات الدولار يورو جنيه جنيها جنيهات ريال ريالا ريالات دينار دينارا دنانير درهم درهما دراهم ليرة ليرات روبل ين فرنك فرنكا فرنكات روبية روبيات يوان شيكل شيكلا شواقل سوم"),
    (CURRENCY_SIGN, "$ € £ ¥"),
    (UNIT, "كيلومتر كيلومترا كيلومترات كم سم ملم متر مترا أمتار مترات سنتيمتر سنتيمترا ملليمتر مليمتر ميل ميلا أميال طن طنا أطنان كيلوغرام كيلوغراما كيلوغرامات كغ غرام غراما لتر لترا لترات برميل برميلا براميل هكتار هكتارا هكتارات دونم دونما دونمات ميغاوات ميغاواط كيلوواط"),
    (UNIT_ADJ, "مربع مربعا مربعة مكعب مكعبا يوميا سنويا متري متريا مترية"),
    (EVENT_HEAD, "القمة قمة مؤتمر المؤتمر مؤتمري الدورة دورة منتدى المنتدى ندوة الندوة اجتماعات الألعاب دورة بطولة البطولة كأس مهرجان المهرجان انتفاضة الانتفاضة ثورة الثورة معركة"),
    (WAR_HEAD, "حرب الحرب"),
    (LAW_HEAD, "اتفاق الاتفاق اتفاقات الاتفاقات اتفاقية الاتفاقية اتفاقيات معاهدة المعاهدة ميثاق الميثاق إعلان بيان بروتوكول البروتوكول دستور قانون مبادرة المبادرة وثيقة تفاهمات"),
    (LAW_NUM_HEAD, "قرار القرار قرارات القرارات القراران القرارين قرارا قراري مقرر المقرر مقررات المقررات"),
    (LAW_NEEDS_NUMBER, "قانون القانون مرسوم المرسوم"),
    (INSTRUMENT, "اتفاقات الاتفاقات المبادرة اتفاقية الاتفاقية اتفاقيات الاتفاقيات معاهدة المعاهدة ميثاق الميثاق عهد العهد بروتوكول البروتوكول الإعلان الاتفاق"),
    (REFERENCE, "الفقرة الفقرات الفقرتين فقرة فقرتين المادة المادتين مادة المواد البند البندين بند البنود الفصل الفرع المرفق المرفقات المرفقين الجدول الجداول الجدولين الشكل الأشكال الشكلين الصفحة الصفحات الصفحتان الصفحتين صفحة الإجراء الإجراءين الإجراءات الجزء القاعدة المبدأ الهدف الغاية المؤشر الجلسة الجلستين جلسة جلستها جلسته جلستيها جلستيه جلساتها الوثيقة المجلد العدد الإطار التوصية الحاشية رقم"),
    (DATE_PREP, "في منذ حتى قبل بعد خلال بحلول"),
    (FROM, "من"),
    (BETWEEN, "بين"),
    (TO, "إلى الى حتى لغاية"),
    (CORRESPONDING, "الموافق الموافقة"),
    (LINK_OF, "التابع التابعة التابعين التابعتين التابعون"),
    (LINK_BI, "المعني المعنية المعنيين المعنيون المعنيتين الخاص الخاصة المتعلق المتعلقة المتعلقين"),
    (ABOUT, "بشأن"),
    (INTL, "العالمي العالمية الدولي الدولية"),
    (PERIOD_HEAD, "اليوم يوم السنة سنة العام عام العقد عقد الأسبوع أسبوع"),
    (MEETING, "الاجتماع اجتماع"),
    (SESSION, "الجلسة جلسة جلستها جلسته"),
    (NUMBER_MARK, "رقم الرقم"),
    (ORG_HEAD, "مكتب بعثة معهد الفريق البرلمان منظمة المنظمة مجلس المجلس جمعية الجمعية وزارة الوزارة هيئة الهيئة لجنة اللجنة مؤسسة المؤسسة جامعة الجامعة حزب الحزب بنك البنك مصرف المصرف شركة الشركة حركة الحركة جبهة الجبهة اتحاد الاتحاد مركز المركز وكالة الوكالة صندوق الصندوق برنامج البرنامج محكمة المحكمة رابطة الرابطة نادي النادي فريق منتخب المنتخب تحالف التحالف الائتلاف ائتلاف مفوضية المفوضية جيش الجيش كتائب كتيبة لواء قوات القوات مجموعة"),
    (ROLE, "سفير سفيرة مندوب مندوبة ممثل ممثلة وزير وزيرة رئيس رئيسة مبعوث مبعوثة قنصل ملك أمير نائب الممثل المندوب المبعوث السفير الوزير الرئيس الممثلة المندوبة المبعوثة السفيرة الوزيرة الرئيسة"),
    (ROLE_LINK, "لدى في عن باسم"),
    (PERMANENT, "الدائم الدائمة الخاص الخاصة"),
    (RANGE, "إلى الى حتى و -"),
    (AND, "و"),
    (NOT_NAME, "الذي التي قال قالت أكد أكدت أضاف أضافت وقال وقالت إن أن كان كانت الذين رئيس وزير"),
    (VERB_SAYS, "قال قالت وقال وقالت أعلن أكد أضاف صرح"),
];

/// The lists, normalized, built on first use.
pub fn lexicon() -> &'static FxHashMap<String, u64> {
    static LEXICON: OnceLock<FxHashMap<String, u64>> = OnceLock::new();
    LEXICON.get_or_init(build)
}

/// The normalized spelling of a list word.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize::normalize_into(word, &Options::SEARCH, &mut out);
    out
}

fn build() -> FxHashMap<String, u64> {
    let mut map: FxHashMap<String, u64> = FxHashMap::default();
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
#[cfg(feature = "embedded-lists")]
fn name_part_lines() -> impl Iterator<Item = &'static str> {
    data_lines(crate::data::NAME_PARTS).chain(data_lines(crate::data::WIDE_NAME_PARTS))
}
#[cfg(not(feature = "embedded-lists"))]
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
