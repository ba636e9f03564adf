#include "annotator/annotator.h"

#include <deque>

#include <nlohmann/json.hpp>

#include "document.h"
#include "calendar.h"
#include "entities.h"
#include "event_data.h"
#include "events.h"
#include "folder.h"
#include "language.h"
#include "lexicon.h"
#include "lexicon_match.h"
#include "mentions.h"
#include "phrases.h"
#include "result.h"
#include "segmenter.h"
#include "stemmer.h"
#include "tagger.h"
#include "tagger_model.h"
#include "time_expressions.h"
#include "utf8.h"

namespace annotator {

struct Annotator::Impl {
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<Folder> folder;
  std::unique_ptr<Stemmer> stemmer;
  TaggerModel tagger_it, tagger_en;  // a model not loaded tags nothing
  Lexicon lexicon;
  EventData events;                  // empty: no time mentions and no events
  std::deque<Term> terms;  // user terms: the lexicon views their strings

  // Working memory, reused between calls.
  Document doc;
  std::string repaired;
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  std::vector<uint64_t> features;
  std::vector<MentionCandidate> mentions;
  std::vector<TimeExpression> times;

  // Past this many bytes of text, the working memory of the stages before the
  // JSON is given back before the JSON is written: it is not kept for the next
  // call, and it does not stand next to the JSON of a long text.
  static constexpr size_t kLongText = size_t{1} << 20;
  void release_working_memory();

  bool load_resources(const Resources& resources, std::string* error);
  bool add_terms(const std::vector<Term>& terms, std::string* error);
};

// All or nothing: a damaged resource, or one that would replace a loaded one,
// leaves everything as it was.
bool Annotator::Impl::load_resources(const Resources& resources, std::string* error) {
  if ((!resources.tagger_it.empty() && tagger_it.loaded()) || (!resources.tagger_en.empty() && tagger_en.loaded()) ||
      (!resources.lexicon.empty() && lexicon.size() > 0) || (!resources.events.empty() && !events.empty())) {
    *error = "a resource is already loaded";
    return false;
  }
  TaggerModel it, en;
  EventData event_data;
  if (!resources.tagger_it.empty() && !load_tagger_model(resources.tagger_it, &it, error)) return false;
  if (!resources.tagger_en.empty() && !load_tagger_model(resources.tagger_en, &en, error)) return false;
  if (!resources.events.empty() && !event_data.load(resources.events, error)) return false;
  if (!resources.lexicon.empty() && !lexicon.load(resources.lexicon, error)) return false;
  if (it.loaded()) tagger_it = std::move(it);
  if (en.loaded()) tagger_en = std::move(en);
  if (!event_data.empty()) events = std::move(event_data);
  return true;
}

// Checks the user's terms and adds them to the lexicon, all in one step.
bool Annotator::Impl::add_terms(const std::vector<Term>& input, std::string* error) {
  std::vector<std::pair<std::string, LexiconEntry>> rows;
  rows.reserve(input.size());
  for (const Term& given : input) {
    const Term& term = terms.emplace_back(given);
    LexiconEntry entry;
    entry.user = true;
    entry.user_over_longer = term.override_longer;
    entry.category = parse_category(term.category);
    entry.type = parse_type(term.type);
    const bool not_a_mention = term.category == "none";  // Category::kNone, Type::kNone
    if (not_a_mention) entry.type = Type::kNone;
    if ((!not_a_mention && !type_fits_category(entry.category, entry.type)) || term.text.empty()) {
      *error = "term \"" + term.text + "\": unknown category or type, a type not of that category, or empty text";
      return false;
    }
    entry.key = term.text;
    entry.name = term.text;
    std::string phrase = folded_phrase(term.text, *segmenter, *folder);
    if (phrase.empty()) {
      *error = "term \"" + term.text + "\" has no words";
      return false;
    }
    rows.emplace_back(std::move(phrase), entry);
  }
  if (!rows.empty()) lexicon.add(rows);
  return true;
}

void Annotator::Impl::release_working_memory() {
  doc.texts = {};
  doc.features = {};
  doc.matches = {};
  doc.match_start = {};
  doc.names = {};
  doc.name_at = {};
  tags = {};
  margins = {};
  features = {};
  mentions = {};
}

std::unique_ptr<Annotator> Annotator::create(const Config& config, std::string* error) {
  auto impl = std::make_unique<Impl>();
  impl->segmenter = Segmenter::create(error);
  if (!impl->segmenter) return nullptr;
  impl->folder = Folder::create(error);
  if (!impl->folder) return nullptr;
  impl->stemmer = Stemmer::create(error);
  if (!impl->stemmer) return nullptr;
  if (!impl->load_resources(config.resources, error)) return nullptr;
  if (!impl->add_terms(config.terms, error)) return nullptr;
  return std::unique_ptr<Annotator>(new Annotator(std::move(impl)));
}

Annotator::Annotator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Annotator::~Annotator() = default;

bool Annotator::add_resources(const Resources& resources, std::string* error) {
  return impl_->load_resources(resources, error);
}

std::string_view Annotator::language_of(std::string_view input) {
  Impl& s = *impl_;
  std::string_view text = input;
  if (valid_utf8_prefix(input) != input.size()) {
    repair_utf8(input, s.repaired);
    text = s.repaired;
  }
  s.segmenter->segment(text, s.doc.segmentation);
  return detect_language(text, s.doc.segmentation);
}

bool Annotator::has_tagger(std::string_view lang) const {
  return lang == "it" ? impl_->tagger_it.loaded() : lang == "en" && impl_->tagger_en.loaded();
}

std::string Annotator::annotate(std::string_view input, const Options& options) {
  if (input.size() > kMaxTextBytes) return error_result(options.id, text_too_long_message(input.size()));
  Impl& s = *impl_;
  CalendarDate published;
  if (!options.date.empty() && !parse_iso_date(options.date, &published))
    return error_result(options.id, "date must be a calendar date written YYYY-MM-DD, not \"" + options.date + "\"");
  Document& doc = s.doc;
  Result result;
  doc.text = input;
  if (valid_utf8_prefix(input) != input.size()) {
    result.invalid_utf8 = repair_utf8(input, s.repaired);
    doc.text = s.repaired;
  }
  s.segmenter->segment(doc.text, doc.segmentation);
  doc.lang = (options.lang == "it" || options.lang == "en") ? std::string_view(options.lang == "it" ? "it" : "en")
                                                            : detect_language(doc.text, doc.segmentation);
  fill_token_texts(doc.text, doc.segmentation, *s.folder, doc.texts);
  prepare_feature_input(doc.lang, doc.segmentation, doc.texts, doc.features);
  find_lexicon_matches(s.lexicon, doc.segmentation, doc.texts, doc.matches);
  index_matches(doc.matches, doc.token_count(), doc.match_start);
  mark_lexicon_flags(doc.matches, doc.features.lexicon);
  doc.speaks_of_weapons = speaks_of_weapons(doc);
  doc.names.clear();
  const TaggerModel& tagger = doc.lang == "it" ? s.tagger_it : s.tagger_en;
  if (tagger.loaded()) {
    tag_tokens(tagger, doc.features, s.tags, s.margins, s.features);
    spans_from_tags(s.tags, s.margins, doc.names);
  }
  doc.name_at.assign(doc.token_count(), -1);
  for (size_t k = 0; k < doc.names.size(); ++k) doc.name_at[doc.names[k].first] = static_cast<int32_t>(k);
  find_mentions(doc, s.mentions);
  const bool with_events = options.events && !s.events.empty();
  doc.words.clear();
  doc.time_values.clear();
  if (with_events) {
    classify_words(s.events, doc.lang == "it" ? Lang::kItalian : Lang::kEnglish, doc.features.word_hash, doc.words);
    if (doc.lang == "it") mark_accented_e(doc.texts.raw, doc.words);
    find_time_expressions(doc, published, s.times);
    add_time_mentions(s.times, doc, s.mentions);
  }
  build_entities(doc, s.mentions, result);
  if (with_events) find_events(doc, s.mentions, s.events, *s.stemmer, published, result);

  if (doc.text.size() > Impl::kLongText) s.release_working_memory();
  result.id = options.id;
  result.lang = doc.lang;
  result.text = &doc.text;
  result.segmentation = &doc.segmentation;
  result.include_tokens = options.include_tokens;
  return to_json(result);
}

std::string text_too_long_message(size_t bytes) {
  return "the text is " + std::to_string(bytes) + " bytes of UTF-8, more than the " + std::to_string(kMaxTextBytes) +
         " one call annotates: split it (at paragraphs) and annotate the pieces";
}

std::string error_result(std::string_view id, std::string_view message) {
  // (ordered_json, as the results are written: one serializer in the module, not two)
  nlohmann::ordered_json j{{"error", message}};
  if (!id.empty()) j["id"] = id;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace annotator
