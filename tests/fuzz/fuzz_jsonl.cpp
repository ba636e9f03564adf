// libFuzzer: any bytes as one --jsonl line, read as the CLI reads it and annotated.
#include <cstdint>
#include <string_view>

#include "annotator/annotator.h"
#include "fuzz_check.h"
#include "jsonl_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto core = fuzz::create_annotator();
  const auto record = annotator_cli::read_jsonl_line(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!record.error.empty()) {
    fuzz::check_json(annotator::error_result(record.id, record.error));
    return 0;
  }
  annotator::Options options;
  options.id = record.id;
  options.lang = record.lang;
  fuzz::check_result(core->annotate(record.text, options), record.text.size());
  return 0;
}
