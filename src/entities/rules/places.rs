//! Places named with their administrative or geographic head: the head is
//! part of the LOC (`../shared/ENTITIES.md`, LOC): منطقة الرياض, مدينة
//! جدة, محافظة إدلب, أرخبيل كروزيت. The head is indefinite and
//! the place a listed LOC right after it; a proclitic before the head
//! stays outside (بمدينة نوى → مدينة نوى), and the place's id is kept.

use super::{starts, Ctx};
use crate::entities::{Entity, EntityType};

/// Heads, normalized, space-separated.
/// Directions (شمال مالي, جنوب لبنان) are left out: as often a description
/// as a name, and ANERcorp's 5-fold CV mean was 67.5 with them, 69.2 without.
const HEADS: &str =
    "جمهورية منطقة مدينة محافظة ولاية اقليم قضاء ارخبيل جزيرة مقاطعة بلدة قرية مخيم ناحية مديرية";

/// Directions after a place's name (كيفو الشمالية), normalized.
const DIRECTIONS: &[&str] =
    &["الشمالية", "الجنوبية", "الشرقية", "الغربية", "الشمالي", "الجنوبي", "الشرقي", "الغربي"];

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    for i in ctx.starts(starts::PLACE) {
        let Some(place) = ctx.hit_of(i + 1, &[EntityType::Loc]).filter(|h| !h.clitic) else { continue };
        let Some(prefix) = head_prefix(ctx.form_norm(i)) else { continue };
        // مقاطعة كيفو الشمالية: a direction after the place is part of it.
        let end = if DIRECTIONS.contains(&ctx.form_norm(place.end + 1)) { place.end + 1 } else { place.end };
        let mut e = ctx.entity(i, end, EntityType::Loc);
        let token_start = ctx.lexed.tokens[i].span.start;
        let skip: usize = ctx.surface(i).chars().take(prefix).map(char::len_utf8).sum();
        e.span.start = token_start + skip;
        // The place keeps its identity: مدينة عمان is still Amman.
        e.id = (!place.id.is_empty()).then(|| place.id.to_string());
        out.push(e);
    }
}

/// How many letters of proclitics stand before a head in `norm`, if it is one.
pub(super) fn head_prefix(norm: &str) -> Option<usize> {
    HEADS.split(' ').filter(|h| !h.is_empty()).find_map(|head| {
        let prefix = norm.strip_suffix(head)?;
        matches!(prefix, "" | "و" | "ف" | "ب" | "ل" | "وب" | "ول" | "فب").then(|| prefix.chars().count())
    })
}
