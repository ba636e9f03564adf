// libFuzzer: any bytes as a text to annotate. The result must be one JSON object
// whose offsets lie inside the text, and no mention may leave its sentence.
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "annotator/annotator.h"
#include "annotator/embedded.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto core = fuzz::create_annotator();
  annotator::Options options;
  if (size > 0) {  // the first byte picks the options
    options.lang = (data[0] & 3) == 1 ? "it" : (data[0] & 3) == 2 ? "en" : "";
    options.include_tokens = (data[0] & 4) != 0;
    ++data, --size;
  }
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_result(core->annotate(text, options), text.size());
  return 0;
}
