// UTF-8 validation and repair, following the WHATWG Encoding Standard (what the
// browser's TextDecoder does): each maximal invalid subsequence becomes U+FFFD.
// So a byte string decoded by JavaScript and repaired here have the same UTF-16
// offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annotator {

// Length of the valid UTF-8 prefix of text (text.size() when all of it is valid).
size_t valid_utf8_prefix(std::string_view text);

// Copies text into out with every invalid subsequence replaced by U+FFFD.
// Returns the number of replacements.
size_t repair_utf8(std::string_view text, std::string& out);

}  // namespace annotator
