// One line of --jsonl input, read as JavaScript would read it (TextDecoder, then
// JSON.parse), within limits that any stream from anywhere can meet.
#pragma once

#include <string>
#include <string_view>

namespace annotator_cli {

// Arrays and objects nested deeper than this in a line are not read: the line
// gets an error (a 70,000-deep "id" used to overflow the stack when it was written).
constexpr int kMaxNesting = 64;

struct JsonlRecord {
  std::string id;     // the line's "id": a string as is, any other JSON value as written
  std::string text;
  std::string lang;   // "it", "en", or empty
  std::string date;   // publication date as given ("YYYY-MM-DD"; the core checks it), or empty
  std::string error;  // non-empty when the line cannot be annotated
};

// A leading byte-order mark is dropped, invalid UTF-8 becomes U+FFFD (as
// TextDecoder does) and a lone surrogate escape ("\ud800") becomes "\ufffd" (as
// JSON.parse and then TextEncoder do), so the text and its offsets are those a
// browser would see.
JsonlRecord read_jsonl_line(std::string_view line);

// Drops a UTF-8 byte-order mark at the start of text, as TextDecoder does.
std::string_view without_bom(std::string_view text);

}  // namespace annotator_cli
