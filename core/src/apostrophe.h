// Where a word with an inner apostrophe splits: Italian elision keeps the
// apostrophe on the left ("dell’", "l'"), English clitics keep it on the right
// ("'s", "n't" is left whole). Names such as "O'Brien" stay one word.
#pragma once

#include <cstddef>
#include <string_view>

namespace annotator {

// Byte offset inside word where it splits, or 0 when it stays whole.
size_t apostrophe_split(std::string_view word);

}  // namespace annotator
