// Throughput of the whole core (segmentation .. JSON) on real text files.
//   annotate_bench FILE... [--seconds S]
// Each file is annotated as one document, repeatedly, for about S seconds
// (default 2); prints words per second counted as the core's word tokens.
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "annotator/annotator.h"
#include "annotator/embedded.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Words as `wc -w` counts them: maximal runs of non-whitespace bytes.
size_t count_words(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 2.0;
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--seconds" && i + 1 < argc) seconds = std::stod(argv[++i]);
    else texts.push_back(read_file(a));
  }
  if (texts.empty()) {
    std::cerr << "usage: annotate_bench FILE... [--seconds S]\n";
    return 2;
  }
  std::string error;
  annotator::Config config;
  config.resources = annotator::embedded_resources();
  auto core = annotator::Annotator::create(config, &error);
  if (!core) { std::cerr << error << '\n'; return 1; }

  size_t words_per_round = 0, bytes_per_round = 0, output_bytes = 0, rounds = 0;
  for (const auto& t : texts) { words_per_round += count_words(t); bytes_per_round += t.size(); }
  const annotator::Options options;
  const auto start = std::chrono::steady_clock::now();
  double elapsed = 0;
  while (elapsed < seconds) {
    for (const auto& t : texts) output_bytes += core->annotate(t, options).size();
    ++rounds;
    elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  const double words = static_cast<double>(words_per_round * rounds);
  std::cout << "documents " << texts.size() << ", words " << words_per_round << ", bytes "
            << bytes_per_round << ", rounds " << rounds << "\n"
            << "words/s " << static_cast<long long>(words / elapsed) << ", MB/s "
            << (static_cast<double>(bytes_per_round * rounds) / elapsed / 1e6)
            << ", output bytes/round " << output_bytes / rounds << "\n";
  return 0;
}
