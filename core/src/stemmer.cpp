#include "stemmer.h"

#include "runtime/api.h"
#include "src_c/stem_UTF_8_english.h"
#include "src_c/stem_UTF_8_italian.h"

namespace annotator {

std::unique_ptr<Stemmer> Stemmer::create(std::string* error) {
  SN_env* italian = italian_UTF_8_create_env();
  SN_env* english = english_UTF_8_create_env();
  if (!italian || !english) {
    if (italian) italian_UTF_8_close_env(italian);
    if (english) english_UTF_8_close_env(english);
    *error = "stemmer: out of memory";
    return nullptr;
  }
  return std::unique_ptr<Stemmer>(new Stemmer(italian, english));
}

Stemmer::~Stemmer() {
  italian_UTF_8_close_env(italian_);
  english_UTF_8_close_env(english_);
}

std::string_view Stemmer::stem(Lang lang, std::string_view word) {
  SN_env* env = lang == Lang::kItalian ? italian_ : english_;
  const auto size = static_cast<int>(word.size());
  // On failure (no memory to grow its buffer) Snowball leaves the state as it
  // was; the word is then its own stem.
  if (SN_set_current(env, size, reinterpret_cast<const symbol*>(word.data())) != 0) return word;
  if (lang == Lang::kItalian) italian_UTF_8_stem(env);
  else english_UTF_8_stem(env);
  return std::string_view(reinterpret_cast<const char*>(env->p), static_cast<size_t>(env->l));
}

}  // namespace annotator
