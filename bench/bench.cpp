// Throughput of the whole core (segmentation .. JSON) on real text files.
//   annotate_bench FILE... [--seconds S] [--events-off]
// Each file is annotated as one document, repeatedly, for about S seconds
// (default 2); prints words per second (words as `wc -w` counts them).
// --events-off: rounds alternate with and without event extraction (same run,
// same texts) and both speeds are printed, with their ratio.
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

struct Timing {
  double seconds = 0;
  size_t rounds = 0, output_bytes = 0;
};

// One round: every text annotated once.
void run_round(annotator::Annotator& core, const std::vector<std::string>& texts, const annotator::Options& options,
               Timing& timing) {
  const auto start = std::chrono::steady_clock::now();
  for (const auto& t : texts) timing.output_bytes += core.annotate(t, options).size();
  timing.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ++timing.rounds;
}

long long words_per_second(size_t words_per_round, const Timing& t) {
  return static_cast<long long>(static_cast<double>(words_per_round * t.rounds) / t.seconds);
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 2.0;
  bool compare_events = false;
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--seconds" && i + 1 < argc) seconds = std::stod(argv[++i]);
    else if (a == "--events-off") compare_events = true;
    else texts.push_back(read_file(a));
  }
  if (texts.empty()) {
    std::cerr << "usage: annotate_bench FILE... [--seconds S] [--events-off]\n";
    return 2;
  }
  std::string error;
  annotator::Config config;
  config.resources = annotator::embedded_resources();
  auto core = annotator::Annotator::create(config, &error);
  if (!core) { std::cerr << error << '\n'; return 1; }

  size_t words_per_round = 0, bytes_per_round = 0;
  for (const auto& t : texts) { words_per_round += count_words(t); bytes_per_round += t.size(); }
  annotator::Options with_events, without_events;
  without_events.events = false;
  Timing on, off;
  while (on.seconds + off.seconds < seconds) {
    run_round(*core, texts, with_events, on);
    if (compare_events) run_round(*core, texts, without_events, off);
  }
  std::cout << "documents " << texts.size() << ", words " << words_per_round << ", bytes " << bytes_per_round
            << ", rounds " << on.rounds << "\n"
            << "words/s " << words_per_second(words_per_round, on) << ", MB/s "
            << (static_cast<double>(bytes_per_round * on.rounds) / on.seconds / 1e6)
            << ", output bytes/round " << on.output_bytes / on.rounds << "\n";
  if (compare_events) {
    const long long a = words_per_second(words_per_round, on), b = words_per_second(words_per_round, off);
    std::cout << "without events: words/s " << b << " (with events " << (100.0 * static_cast<double>(a) / static_cast<double>(b))
              << "% of that), output bytes/round " << off.output_bytes / off.rounds << "\n";
  }
  return 0;
}
