// Long work on the main thread is cut into steps with a pause between them,
// so the page answers input and paints while a large file is read.

/** Gives the main thread back for a moment. */
export const pause = () => new Promise((resolve) => setTimeout(resolve));
