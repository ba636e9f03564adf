// annotate: the command-line face of the core.
//
//   annotate [--lang it|en] [--tokens] [FILE]   plain text (FILE or stdin) -> one JSON result
//   annotate --jsonl [--lang it|en] [--tokens] [FILE]
//       JSON Lines {"id","text","lang"?} -> one result per line, same id, streamed.
//   --terms TERMS.json   the user's own names: [{"text","category","type","override"?}, ...]
//   --date YYYY-MM-DD    publication date: resolves "ieri", "on Friday" (JSONL: field "date")
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>
#include <string>

#include <nlohmann/json.hpp>

#include "annotator/annotator.h"
#include "annotator/embedded.h"
#include "jsonl_input.h"

namespace {

struct Arguments {
  bool jsonl = false;
  annotator::Options options;
  std::string file;
  std::string terms_file;
};

const char kUsage[] =
    "usage: annotate [--jsonl] [--lang it|en] [--date YYYY-MM-DD] [--tokens] [--terms TERMS.json] [FILE]\n"
    "  plain text from FILE or stdin -> one JSON result on stdout\n"
    "  --jsonl   input lines {\"id\",\"text\",\"lang\"?} -> one result per line\n"
    "  --terms   your own names: [{\"text\": \"Wagner\", \"category\": \"actor\", \"type\": \"group\"}]\n"
    "  --date    publication date, resolves relative dates (\"ieri\", \"on Friday\"); JSONL: \"date\"\n";

bool parse_arguments(int argc, char** argv, Arguments* args) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--jsonl") args->jsonl = true;
    else if (a == "--tokens") args->options.include_tokens = true;
    else if (a == "--lang" && i + 1 < argc) args->options.lang = argv[++i];
    else if (a == "--terms" && i + 1 < argc) args->terms_file = argv[++i];
    else if (a == "--date" && i + 1 < argc) args->options.date = argv[++i];
    else if (a.rfind("--", 0) == 0) return false;
    else if (args->file.empty()) args->file = a;
    else return false;
  }
  return args->options.lang.empty() || args->options.lang == "it" || args->options.lang == "en";
}

std::string annotate_line(annotator::Annotator& core, std::string_view line, const annotator::Options& defaults) {
  const annotator_cli::JsonlRecord record = annotator_cli::read_jsonl_line(line);
  if (!record.error.empty()) return annotator::error_result(record.id, record.error);
  annotator::Options options = defaults;
  options.id = record.id;
  if (!record.lang.empty()) options.lang = record.lang;
  if (!record.date.empty()) options.date = record.date;
  return core.annotate(record.text, options);
}

// One line in, one line out, each written as soon as it is answered: a line
// that cannot be annotated gets an {"error"} line, and nothing before it is lost.
// A line can hold the longest text the core takes even with every character
// escaped ("\u0001" is six bytes); past this the rest of the line is skipped unread.
constexpr size_t kMaxLineBytes = 6 * annotator::kMaxTextBytes + (size_t{1} << 20);

// Reads one line (without its '\n') into *line, keeping at most kMaxLineBytes of it;
// *cut tells that it was longer. False at the end of the input.
bool read_line(std::istream& in, std::string* line, bool* cut) {
  line->clear();
  *cut = false;
  std::streambuf* buffer = in.rdbuf();
  for (int c = buffer->sbumpc();; c = buffer->sbumpc()) {
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return !line->empty() || *cut;
    }
    if (c == '\n') return true;
    if (line->size() < kMaxLineBytes) line->push_back(static_cast<char>(c));
    else *cut = true;
  }
}

int run_jsonl(annotator::Annotator& core, std::istream& in, const Arguments& args) {
  std::string line;
  bool cut = false;
  while (read_line(in, &line, &cut)) {
    if (cut) {
      std::cout << annotator::error_result("", "line longer than " + std::to_string(kMaxLineBytes) + " bytes") << '\n';
      std::cout.flush();
      continue;
    }
    std::cout << annotate_line(core, line, args.options) << '\n';
    std::cout.flush();
    if (!std::cout) return 1;
  }
  if (in.bad()) {
    std::cerr << "annotate: read error: " << std::strerror(errno) << '\n';
    return 1;
  }
  return 0;
}

// Reads all of in, up to one byte more than the core takes; false on a read error.
bool read_text(std::istream& in, std::string* text) {
  std::vector<char> buffer(1 << 16);
  while (text->size() <= annotator::kMaxTextBytes + 3 && in) {  // + 3: a byte-order mark
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    text->append(buffer.data(), static_cast<size_t>(in.gcount()));
  }
  return !in.bad();
}

int run_text(annotator::Annotator& core, std::istream& in, const Arguments& args) {
  std::string text;
  if (!read_text(in, &text)) {
    std::cerr << "annotate: read error: " << std::strerror(errno) << '\n';
    return 1;
  }
  // Bytes decoded as TextDecoder does: a leading byte-order mark is not text.
  const std::string_view decoded = annotator_cli::without_bom(text);
  if (decoded.size() > annotator::kMaxTextBytes) {
    std::cerr << "annotate: " << annotator::text_too_long_message(decoded.size()) << '\n';
    return 1;
  }
  std::cout << core.annotate(decoded, args.options) << '\n';
  return std::cout ? 0 : 1;
}

// Whether path can be read as text: a directory cannot (reading one used to abort).
bool check_readable(const std::string& path, std::string* error) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    *error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = path + " is a directory; give a file (or --jsonl with one JSON object per line)";
    return false;
  }
  return true;
}

// Reads the user's terms; false (with *error set) when the file is not a JSON array
// of {"text", "category", "type"} objects.
bool read_terms(const std::string& path, std::vector<annotator::Term>* terms, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open " + path;
    return false;
  }
  const auto j = nlohmann::json::parse(in, nullptr, false);
  if (!j.is_array()) {
    *error = path + ": expected a JSON array of {\"text\", \"category\", \"type\"}";
    return false;
  }
  for (const auto& t : j) {
    const auto field = [&](const char* k) { return t.is_object() && t.contains(k) && t[k].is_string() ? t[k].get<std::string>() : std::string(); };
    const bool override_longer = t.is_object() && t.contains("override") && t["override"].is_boolean() && t["override"].get<bool>();
    terms->push_back({field("text"), field("category"), field("type"), override_longer});
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
      std::cout << kUsage;
      return 0;
    }
  }
  Arguments args;
  if (!parse_arguments(argc, argv, &args)) {
    std::cerr << kUsage;
    return 2;
  }
  std::string error;
  annotator::Config config;
  config.resources = annotator::embedded_resources();
  if (!args.terms_file.empty() && !read_terms(args.terms_file, &config.terms, &error)) {
    std::cerr << "annotate: " << error << '\n';
    return 2;
  }
  auto core = annotator::Annotator::create(config, &error);
  if (!core) {
    std::cerr << "annotate: " << error << '\n';
    return 1;
  }
  if (!args.options.date.empty()) {  // the core says whether the date is one
    const auto probe = nlohmann::json::parse(core->annotate("", args.options), nullptr, false);
    if (probe.is_object() && probe.contains("error")) {
      std::cerr << "annotate: --date: " << probe["error"].get<std::string>() << '\n';
      return 2;
    }
  }
  std::ifstream file;
  if (!args.file.empty()) {
    if (!check_readable(args.file, &error)) {
      std::cerr << "annotate: " << error << '\n';
      return 1;
    }
    file.open(args.file, std::ios::binary);
    if (!file) {
      std::cerr << "annotate: cannot open " << args.file << ": " << std::strerror(errno) << '\n';
      return 1;
    }
  }
  std::istream& in = args.file.empty() ? std::cin : file;
  return args.jsonl ? run_jsonl(*core, in, args) : run_text(*core, in, args);
}
