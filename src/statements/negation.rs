//! Whether an act is negated: لم، لن، لا، عدم، غير before it or before its
//! light verb's class noun (لم يدن، لا تؤيد، عدم الترحيب، أبدى عدم ترحيبه),
//! and ما before a perfect verb that carries no pronoun (ما أدان).

use super::{Act, Ctx, Kind};

const NEGATORS: [&str; 22] = [
    "لم", "ولم", "فلم", "لن", "ولن", "فلن", "لا", "ولا", "فلا", "عدم", "وعدم", "بعدم", "لعدم", "غير", "وغير",
    "بغير", "الا", "والا", "ليس", "وليس", "لسنا", "لست",
];

pub(crate) fn negated(ctx: &Ctx, act: &Act) -> bool {
    let before = |t: usize| t > 0 && ctx.same_clause(t - 1, t) && ctx.is(t - 1, &NEGATORS);
    if before(act.first) || act.noun.is_some_and(before) {
        return true;
    }
    act.first > 0
        && act.hit.kind == Kind::Verb
        && !act.hit.imperfect
        && !act.hit.enclitic
        && ctx.is(act.first - 1, &["ما", "وما"])
        && (act.first < 2 || ctx.punct(act.first - 2) || !ctx.same_clause(act.first - 2, act.first))
}
