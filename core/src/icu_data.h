// The ICU data the core segments and folds with. A native build embeds the very data
// file the WebAssembly build links (tools/build-icu-wasm.sh: break rules without the
// Thai, Lao, Khmer, Burmese and CJK dictionaries, and the NFKC tables) and puts it
// before the system's ICU data, so that both builds give the same tokens, and the same
// JSON, for every text. The WebAssembly build has no other data: there this does nothing.
#pragma once

#include <string>

namespace annotator {

// Call before any other use of ICU in the process (Segmenter::create and
// Folder::create do). False, with *error set, when ICU had already loaded other data.
bool use_shared_icu_data(std::string* error);

}  // namespace annotator
