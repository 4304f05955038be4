// Where the entity tagger's model comes from: a file beside the wasm module
// (scripts/build.sh copies it there). The single-file build replaces this
// module with one that returns the bytes inlined. Without a model the
// rules decide alone, so a failed read is not an error.
export async function modelBytes() {
  try {
    const response = await fetch(new URL('./pkg/ner.model.bin', import.meta.url));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
