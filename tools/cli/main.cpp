// annotate: the command-line face of the core.
//
//   annotate [--lang it|en] [--tokens] [FILE]   plain text (FILE or stdin) -> one JSON result
//   annotate --jsonl [--lang it|en] [--tokens] [FILE]
//       JSON Lines {"id","text","lang"?} -> one result per line, same id, streamed.
//   --terms TERMS.json   the user's own names: [{"text","category","type","override"?}, ...]
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "annotator/annotator.h"
#include "annotator/embedded.h"

namespace {

struct Arguments {
  bool jsonl = false;
  annotator::Options options;
  std::string file;
  std::string terms_file;
};

const char kUsage[] =
    "usage: annotate [--jsonl] [--lang it|en] [--tokens] [--terms TERMS.json] [FILE]\n"
    "  plain text from FILE or stdin -> one JSON result on stdout\n"
    "  --jsonl   input lines {\"id\",\"text\",\"lang\"?} -> one result per line\n"
    "  --terms   your own names: [{\"text\": \"Wagner\", \"category\": \"actor\", \"type\": \"group\"}]\n";

bool parse_arguments(int argc, char** argv, Arguments* args) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--jsonl") args->jsonl = true;
    else if (a == "--tokens") args->options.include_tokens = true;
    else if (a == "--lang" && i + 1 < argc) args->options.lang = argv[++i];
    else if (a == "--terms" && i + 1 < argc) args->terms_file = argv[++i];
    else if (a.rfind("--", 0) == 0) return false;
    else if (args->file.empty()) args->file = a;
    else return false;
  }
  return args->options.lang.empty() || args->options.lang == "it" || args->options.lang == "en";
}

std::string annotate_line(annotator::Annotator& core, const std::string& line,
                          const annotator::Options& defaults) {
  const nlohmann::json input = nlohmann::json::parse(line, nullptr, false);
  if (input.is_discarded() || !input.is_object())
    return annotator::error_result("", "line is not a JSON object");
  std::string id;
  if (input.contains("id")) id = input["id"].is_string() ? input["id"].get<std::string>() : input["id"].dump();
  if (!input.contains("text") || !input["text"].is_string())
    return annotator::error_result(id, "\"text\" is missing or not a string");
  annotator::Options options = defaults;
  options.id = id;
  if (input.contains("lang") && input["lang"].is_string()) {
    const std::string lang = input["lang"].get<std::string>();
    if (lang == "it" || lang == "en") options.lang = lang;
  }
  return core.annotate(input["text"].get_ref<const std::string&>(), options);
}

int run_jsonl(annotator::Annotator& core, std::istream& in, const Arguments& args) {
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::cout << annotate_line(core, line, args.options) << '\n';
  }
  std::cout.flush();
  return std::cout ? 0 : 1;
}

int run_text(annotator::Annotator& core, std::istream& in, const Arguments& args) {
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::cout << core.annotate(text, args.options) << '\n';
  return std::cout ? 0 : 1;
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
  std::ifstream file;
  if (!args.file.empty()) {
    file.open(args.file, std::ios::binary);
    if (!file) {
      std::cerr << "annotate: cannot open " << args.file << ": " << std::strerror(errno) << '\n';
      return 1;
    }
  }
  std::istream& in = args.file.empty() ? std::cin : file;
  return args.jsonl ? run_jsonl(*core, in, args) : run_text(*core, in, args);
}
