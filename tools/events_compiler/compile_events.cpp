// Compiles the event data (data/events/*.tsv) into the binary the core loads.
//
//   compile_events OUT.bin words.tsv triggers.tsv [--list]
//
// words.tsv:    lang  words  class  [value]     (words comma-separated; <comma> is ",")
// triggers.tsv: lang  forms  type  modes  label  frame
// lang is it, en or * (both). Words and trigger forms are folded as the core folds
// text; a trigger form is keyed by its Snowball stem, unless it is written "=form"
// or its stem is shorter than four bytes (then by the exact folded word); "~verb"
// stands for every regular form of the verb, each keyed as an exact word (inflect.h). A form of
// several words ("shot down") is keyed by its first word and requires the others
// after it. --list prints every key with its rules (for reviewing the data).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "event_data.h"
#include "folder.h"
#include "stemmer.h"

namespace annotator {
namespace {

struct Row {
  std::string file;
  int line = 0;
  std::vector<std::string> cells;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t end; (end = s.find(sep, start)) != std::string::npos; start = end + 1) out.push_back(s.substr(start, end - start));
  out.push_back(s.substr(start));
  return out;
}

std::string trim(const std::string& s) {
  const size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

bool read_rows(const std::string& path, std::vector<Row>* rows, std::string* error) {
  std::ifstream in(path);
  if (!in) { *error = "cannot open " + path; return false; }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#' || trim(line).empty()) continue;
    rows->push_back({path, n, split(line, '\t')});
  }
  return true;
}

std::vector<Lang> langs_of(const std::string& s) {
  if (s == "it") return {Lang::kItalian};
  if (s == "en") return {Lang::kEnglish};
  if (s == "*") return {Lang::kItalian, Lang::kEnglish};
  return {};
}

class Compiler {
 public:
  Compiler(const Folder& folder, Stemmer& stemmer) : folder_(folder), stemmer_(stemmer) {}

  bool add_words(const Row& row, std::string* error);
  bool add_trigger(const Row& row, std::string* error);
  EventDataRows finish();
  void list(std::ostream& out) const;

 private:
  std::string fold_words(const std::string& text) const;
  bool parse_frame(const std::string& frame, TriggerRule* rule, std::string* error);
  void add_key(Lang lang, const std::string& text, EventDataRows::KeyKind kind, uint16_t rule);
  void add_form(Lang lang, const std::string& form, bool exact, uint16_t rule);

  const Folder& folder_;
  Stemmer& stemmer_;
  std::map<std::pair<Lang, std::string>, WordInfo> words_;
  std::vector<TriggerRule> rules_;
  std::map<std::tuple<Lang, EventDataRows::KeyKind, std::string>, std::vector<uint16_t>> keys_;
  std::vector<std::unique_ptr<std::string>> owned_;
  std::string_view own(std::string s) {
    owned_.push_back(std::make_unique<std::string>(std::move(s)));
    return *owned_.back();
  }
};

std::string Compiler::fold_words(const std::string& text) const {
  std::string out, word;
  for (const std::string& w : split(trim(text), ' ')) {
    if (w.empty()) continue;
    folder_.fold(w, word);
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

bool Compiler::add_words(const Row& row, std::string* error) {
  if (row.cells.size() < 3) { *error = "expected lang, words, class [, value]"; return false; }
  const auto langs = langs_of(row.cells[0]);
  uint64_t classes = 0;
  for (const std::string& name : split(row.cells[2], ',')) {
    const uint64_t bit = parse_word_class(trim(name));
    if (bit == 0) { *error = "unknown class \"" + name + "\""; return false; }
    classes |= bit;
  }
  if (langs.empty()) { *error = "lang must be it, en or *"; return false; }
  const int value = row.cells.size() > 3 && !trim(row.cells[3]).empty() ? std::stoi(row.cells[3]) : 0;
  for (const std::string& listed : split(row.cells[1], ',')) {
    const std::string w = listed == "<comma>" ? "," : listed;  // the one word a comma-separated list cannot hold
    const std::string folded = fold_words(w);
    if (folded.empty()) continue;
    if (folded.find(' ') != std::string::npos) { *error = "word \"" + w + "\" has a space"; return false; }
    for (Lang lang : langs) {
      WordInfo& info = words_[{lang, folded}];
      info.classes |= classes;
      if (value != 0) info.value = value;
    }
  }
  return true;
}

bool Compiler::parse_frame(const std::string& frame, TriggerRule* rule, std::string* error) {
  for (const std::string& item : split(frame, ';')) {
    const std::string kv = trim(item);
    if (kv.empty()) continue;
    const size_t eq = kv.find('=');
    const std::string key = kv.substr(0, eq), value = eq == std::string::npos ? "" : kv.substr(eq + 1);
    const auto role = [&](Role* out) {
      *out = value == "none" ? Role::kNone : parse_role(value);
      return value == "none" || *out != Role::kNone;
    };
    const auto words = [&](std::string_view* out) {  // "a|b" -> folded "a|b"
      std::string joined;
      for (const std::string& w : split(value, '|')) joined += (joined.empty() ? "" : "|") + fold_words(w);
      *out = own(joined);
      return !joined.empty();
    };
    bool ok = true;
    if (key == "pos") {
      rule->pos = value == "n" ? PartOfSpeech::kNoun : value == "v" ? PartOfSpeech::kVerb : PartOfSpeech::kAny;
      ok = value == "n" || value == "v";
    } else if (key == "of") ok = role(&rule->of_role);
    else if (key == "obj") ok = role(&rule->object_role);
    else if (key == "sym") rule->flags |= kSymmetric;
    else if (key == "casualty") rule->flags |= kCasualty;
    else if (key == "weak") rule->flags |= kWeak;
    else if (key == "intransitive") rule->flags |= kIntransitive;
    else if (key == "host") rule->flags |= kHost;
    else if (key == "undergone") rule->flags |= kUndergone;
    else if (key == "agent") rule->flags |= kNeedsAgent;
    else if (key == "needs" && value == "weapon") rule->flags |= kNeedsWeapon;
    else if (key == "embed") {
      rule->embedding = value == "object" ? Embedding::kObject : Embedding::kSubject;
      ok = value == "object" || value == "subject";
    } else if (key == "embedded") {
      ok = false;
      for (size_t m = 0; m < kModalityNames.size(); ++m)
        if (kModalityNames[m] == value) { rule->embedded_modality = static_cast<Modality>(m); ok = true; }
    } else if (key == "when_obj" || key == "needs_obj") {  // two spellings of one condition
      for (const std::string& c : split(value, '|')) {
        const uint64_t bit = parse_word_class(c);
        ok = ok && bit != 0;
        rule->when_object |= bit;
      }
    } else if (key == "next") { rule->next = own(fold_words(value)); ok = !rule->next.empty(); }
    else if (key == "prev") ok = words(&rule->prev);
    else if (key == "near") ok = words(&rule->near);
    else if (key == "unless") ok = words(&rule->unless);
    else ok = false;
    if (!ok) { *error = "bad frame item \"" + kv + "\""; return false; }
  }
  return true;
}

void Compiler::add_key(Lang lang, const std::string& text, EventDataRows::KeyKind kind, uint16_t rule) {
  std::vector<uint16_t>& rules = keys_[{lang, kind, text}];
  if (std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(rule);
}

bool Compiler::add_trigger(const Row& row, std::string* error) {
  if (row.cells.size() < 5) { *error = "expected lang, forms, type, modes, label [, frame]"; return false; }
  TriggerRule base;
  base.type = parse_event_type(trim(row.cells[2]));
  if (base.type == EventType::kNone) { *error = "unknown event type \"" + row.cells[2] + "\""; return false; }
  base.modes = own(trim(row.cells[3]));
  base.label = own(trim(row.cells[4]));
  if (base.label.empty()) { *error = "a trigger needs a label"; return false; }
  if (row.cells.size() > 5 && !parse_frame(row.cells[5], &base, error)) return false;
  const auto langs = langs_of(trim(row.cells[0]));
  if (langs.empty()) { *error = "lang must be it, en or *"; return false; }
  // One rule per language and per words that must follow: the forms of a row share it.
  std::map<std::pair<Lang, std::string>, uint16_t> rule_of;
  for (const std::string& raw_form : split(row.cells[1], ',')) {
    std::string form = trim(raw_form);
    if (form.empty()) continue;
    const bool inflected = form[0] == '~';  // every regular form of the verb, as whole words
    const bool exact = form[0] == '=' || inflected;
    if (exact) form = form.substr(1);
    const std::string folded = fold_words(form);
    const size_t space = folded.find(' ');
    const std::string lemma = folded.substr(0, space);
    std::string next = space == std::string::npos ? "" : folded.substr(space + 1);  // "shot down": "down" follows
    if (!base.next.empty()) next += (next.empty() ? "" : " ") + std::string(base.next);
    for (Lang lang : langs) {
      auto [it, added] = rule_of.emplace(std::make_pair(lang, next), static_cast<uint16_t>(rules_.size()));
      if (added) {
        if (rules_.size() >= 0xFFFF) { *error = "too many rules"; return false; }
        TriggerRule rule = base;
        rule.lang = lang;
        rule.next = own(next);
        rules_.push_back(rule);
      }
      if (inflected) add_key(lang, lemma, EventDataRows::KeyKind::kLemma, it->second);
      else add_form(lang, lemma, exact, it->second);
    }
  }
  return true;
}

// A form is keyed by its stem, or as itself when it is exact, its stem too short to
// filter on, or a derived word (which the core never looks up by stem: is_derived_word).
void Compiler::add_form(Lang lang, const std::string& form, bool exact, uint16_t rule) {
  const std::string stem(exact ? std::string_view(form) : stemmer_.stem(lang, form));
  if (exact || stem.size() < kStemPrefix || is_derived_word(lang, form, stem))
    add_key(lang, form, EventDataRows::KeyKind::kWord, rule);
  else
    add_key(lang, stem, EventDataRows::KeyKind::kStem, rule);
}

EventDataRows Compiler::finish() {
  EventDataRows out;
  out.rules = rules_;
  for (const auto& [key, info] : words_) out.words.push_back({key.first, key.second, info});
  for (const auto& [key, rules] : keys_)
    out.keys.push_back({std::get<0>(key), std::get<2>(key), std::get<1>(key), rules});
  return out;
}

void Compiler::list(std::ostream& out) const {
  for (const auto& [key, rules] : keys_) {
    static constexpr const char* kKinds[] = {"word ", "stem ", "verb "};
    out << (std::get<0>(key) == Lang::kItalian ? "it" : "en") << '\t' << kKinds[static_cast<int>(std::get<1>(key))]
        << std::get<2>(key) << '\t';
    for (uint16_t r : rules) out << name_of(rules_[r].type) << '/' << rules_[r].label << ' ';
    out << '\n';
  }
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) {
  using namespace annotator;
  if (argc < 4) {
    std::cerr << "usage: compile_events OUT.bin words.tsv triggers.tsv [--list]\n";
    return 2;
  }
  std::string error;
  auto folder = Folder::create(&error);
  auto stemmer = folder ? Stemmer::create(&error) : nullptr;
  if (!folder || !stemmer) { std::cerr << "compile_events: " << error << '\n'; return 1; }
  Compiler compiler(*folder, *stemmer);
  const bool list = argc > 4 && std::string(argv[4]) == "--list";
  std::vector<Row> words, triggers;
  if (!read_rows(argv[2], &words, &error) || !read_rows(argv[3], &triggers, &error)) {
    std::cerr << "compile_events: " << error << '\n';
    return 1;
  }
  const auto report = [&](const Row& row) {
    std::cerr << row.file << ':' << row.line << ": " << error << '\n';
    return 1;
  };
  for (const Row& row : words)
    if (!compiler.add_words(row, &error)) return report(row);
  for (const Row& row : triggers)
    if (!compiler.add_trigger(row, &error)) return report(row);
  const EventDataRows rows = compiler.finish();
  const std::string blob = serialize_event_data(rows);
  EventData check;
  if (!check.load(blob, &error)) { std::cerr << "compile_events: " << error << '\n'; return 1; }
  std::ofstream out(argv[1], std::ios::binary);
  out << blob;
  if (!out) { std::cerr << "compile_events: cannot write " << argv[1] << '\n'; return 1; }
  if (list) compiler.list(std::cout);
  std::cerr << "events: " << rows.rules.size() << " trigger rules, " << rows.keys.size() << " keys, "
            << rows.words.size() << " words, " << blob.size() << " bytes\n";
  return 0;
}
