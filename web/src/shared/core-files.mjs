// The files wasm/annotator.mjs loads first (CORE_FILE, SHARED_PACK): the page
// starts them downloading before its worker runs.
export const CORE_FILE = 'annotator-core.wasm';
export const SHARED_FILES = ['lexicon.bin', 'events.bin'];
