#include "annotator/annotator.h"

#include <nlohmann/json.hpp>

#include "folder.h"
#include "language.h"
#include "result.h"
#include "segmenter.h"
#include "utf8.h"

namespace annotator {

struct Annotator::Impl {
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<Folder> folder;
  Segmentation segmentation;  // reused between calls: no per-call reallocation
  std::string repaired;
};

std::unique_ptr<Annotator> Annotator::create(std::string* error) {
  auto impl = std::make_unique<Impl>();
  impl->segmenter = Segmenter::create(error);
  if (!impl->segmenter) return nullptr;
  impl->folder = Folder::create(error);
  if (!impl->folder) return nullptr;
  return std::unique_ptr<Annotator>(new Annotator(std::move(impl)));
}

Annotator::Annotator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Annotator::~Annotator() = default;

std::string Annotator::annotate(std::string_view input, const Options& options) {
  Result result;
  std::string_view text = input;
  if (valid_utf8_prefix(input) != input.size()) {
    result.invalid_utf8 = repair_utf8(input, impl_->repaired);
    text = impl_->repaired;
  }
  impl_->segmenter->segment(text, impl_->segmentation);
  result.id = options.id;
  result.lang = (options.lang == "it" || options.lang == "en")
                    ? std::string_view(options.lang == "it" ? "it" : "en")
                    : detect_language(text, impl_->segmentation);
  result.text = &text;
  result.segmentation = &impl_->segmentation;
  result.include_tokens = options.include_tokens;
  return to_json(result);
}

std::string error_result(std::string_view id, std::string_view message) {
  nlohmann::json j{{"error", message}};
  if (!id.empty()) j["id"] = id;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace annotator
