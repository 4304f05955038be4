//! Typed arrays filled from the module a chunk at a time.
//!
//! The wasm heap never shrinks, so a whole column built in it (4 bytes a
//! token, several columns at once) would raise its high-water mark for
//! good. A column is written into JavaScript's array through one small
//! buffer instead.

use js_sys::{Uint32Array, Uint8Array};

/// Items per chunk: large enough that crossing to JavaScript is rare, small
/// enough to be nothing on the heap.
const CHUNK: usize = 1 << 14;

/// A number type with a JavaScript typed array of its own.
pub(super) trait Element: Copy {
    type Array;
    fn array(len: u32) -> Self::Array;
    fn copy(array: &Self::Array, at: u32, items: &[Self]);
}

/// The same two calls on each typed array type.
macro_rules! element {
    ($item:ty, $array:ty) => {
        impl Element for $item {
            type Array = $array;
            fn array(len: u32) -> $array {
                <$array>::new_with_length(len)
            }
            fn copy(array: &$array, at: u32, items: &[$item]) {
                array.subarray(at, at + items.len() as u32).copy_from(items);
            }
        }
    };
}

element!(u32, Uint32Array);
element!(u8, Uint8Array);

/// A typed array of a known length, filled in order by [`Column::push`].
pub(super) struct Column<T: Element> {
    array: T::Array,
    chunk: Vec<T>,
    at: u32,
    len: u32,
}

impl<T: Element> Column<T> {
    pub(super) fn new(len: usize) -> Self {
        let len = len as u32;
        Column { array: T::array(len), chunk: Vec::with_capacity(CHUNK), at: 0, len }
    }

    pub(super) fn push(&mut self, item: T) {
        self.chunk.push(item);
        if self.chunk.len() == CHUNK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        T::copy(&self.array, self.at, &self.chunk);
        self.at += self.chunk.len() as u32;
        self.chunk.clear();
    }

    /// The array; every item must have been pushed.
    pub(super) fn finish(mut self) -> T::Array {
        self.flush();
        assert_eq!(self.at, self.len, "a column was not filled");
        self.array
    }
}
