//! The page's option objects and user terms, read field by field.
//!
//! Not with serde: its messages for a value of the wrong type describe a
//! number as a float, and that formatting alone is 15 KB of the module's
//! code. What is read here is a few flags, counts and strings.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The fields of an options object, for the messages of `what` (the call).
pub(super) struct Fields<'a> {
    object: Option<&'a Object>,
    what: &'a str,
    /// What the messages add after the problem: the shape expected.
    hint: &'a str,
}

impl<'a> Fields<'a> {
    /// `value`'s fields: none when it is undefined or null. An object with a
    /// key outside `known` (when given) is refused, as is any other value;
    /// `hint` ends every message.
    pub(super) fn of(
        value: &'a JsValue,
        what: &'a str,
        known: Option<&[&str]>,
        hint: &'a str,
    ) -> Result<Self, JsError> {
        if value.is_undefined() || value.is_null() {
            return Ok(Fields { object: None, what, hint });
        }
        if !value.is_object() {
            return Err(JsError::new(&format!("{what}: must be an object{hint}")));
        }
        let object: &Object = value.unchecked_ref();
        if let Some(known) = known {
            for key in Object::keys(object).iter() {
                let key = key.as_string().unwrap_or_default();
                if !known.contains(&key.as_str()) {
                    let known = known.join(", ");
                    return Err(JsError::new(&format!(
                        "{what}: unknown option {key:?} (known: {known}){hint}"
                    )));
                }
            }
        }
        Ok(Fields { object: Some(object), what, hint })
    }

    /// Field `key`; `None` when it is missing, undefined or null.
    fn get(&self, key: &str) -> Option<JsValue> {
        let value = Reflect::get(self.object?, &JsValue::from_str(key)).ok()?;
        (!value.is_undefined() && !value.is_null()).then_some(value)
    }

    fn wrong(&self, key: &str, kind: &str) -> JsError {
        JsError::new(&format!("{}: {key} must be {kind}{}", self.what, self.hint))
    }

    /// A true/false field.
    pub(super) fn bool(&self, key: &str) -> Result<Option<bool>, JsError> {
        self.get(key).map(|v| v.as_bool().ok_or_else(|| self.wrong(key, "true or false"))).transpose()
    }

    /// A count: a whole number, 0 or more.
    pub(super) fn count(&self, key: &str) -> Result<Option<usize>, JsError> {
        self.get(key)
            .map(|v| match v.as_f64() {
                Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= usize::MAX as f64 => Ok(n as usize),
                _ => Err(self.wrong(key, "a whole number, 0 or more")),
            })
            .transpose()
    }

    /// A string field.
    pub(super) fn string(&self, key: &str) -> Result<Option<String>, JsError> {
        self.get(key).map(|v| v.as_string().ok_or_else(|| self.wrong(key, "a string"))).transpose()
    }

    /// A string field that must be there.
    pub(super) fn required_string(&self, key: &str) -> Result<String, JsError> {
        self.string(key)?.ok_or_else(|| JsError::new(&format!("{}: missing {key}{}", self.what, self.hint)))
    }
}
