// Damaged resources (truncated, corrupted, with huge counts, or random bytes)
// make Annotator::create return an error string: never an abort, a crash or a
// huge allocation. Bodies with a valid checksum reach the parsers themselves.
#include <cstring>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "annotator/annotator.h"
#include "annotator/embedded.h"
#include "checksum.h"
#include "varint.h"

namespace annotator {
namespace {

enum class Slot { kLexicon, kTaggerIt, kTaggerEn };

// The error of creating an annotator whose resource in slot is blob ("" = it loads).
std::string create_error(Slot slot, std::string_view blob) {
  Config config;
  config.resources = embedded_resources();
  if (slot == Slot::kLexicon) config.resources.lexicon = blob;
  if (slot == Slot::kTaggerIt) config.resources.tagger_it = blob;
  if (slot == Slot::kTaggerEn) config.resources.tagger_en = blob;
  std::string error;
  const auto core = Annotator::create(config, &error);
  if (core) return "";
  return error.empty() ? "(no message)" : error;
}

std::string_view resource(Slot slot) {
  const Resources r = embedded_resources();
  return slot == Slot::kLexicon ? r.lexicon : slot == Slot::kTaggerIt ? r.tagger_it : r.tagger_en;
}

constexpr Slot kSlots[] = {Slot::kLexicon, Slot::kTaggerIt, Slot::kTaggerEn};

TEST(Resources, IntactOnesLoad) {
  for (Slot slot : kSlots) EXPECT_EQ(create_error(slot, resource(slot)), "");
}

TEST(Resources, TruncatedOnesAreRefused) {
  for (Slot slot : kSlots) {
    const std::string_view blob = resource(slot);
    for (size_t cut : {size_t{1}, size_t{4}, size_t{14}, size_t{300}, blob.size() / 2, blob.size() - 1})
      EXPECT_NE(create_error(slot, blob.substr(0, cut)), "") << cut;
  }
}

TEST(Resources, CorruptedOnesAreRefused) {
  for (Slot slot : kSlots) {
    const std::string_view blob = resource(slot);
    for (size_t at : {size_t{40}, size_t{500}, blob.size() / 3, blob.size() - 1}) {
      std::string corrupt(blob);
      corrupt[at] = static_cast<char>(corrupt[at] ^ 0x04);
      const std::string error = create_error(slot, corrupt);
      EXPECT_NE(error.find("checksum"), std::string::npos) << at << ": " << error;
    }
  }
}

// A lexicon file around body, with the right magic, version and checksum.
std::string lexicon_with_body(const std::string& body) {
  std::string out = "ANLX\x03";
  const uint64_t sum = checksum(body);
  out.append(reinterpret_cast<const char*>(&sum), 8);
  return out + body;
}

// A tagger model with the given header fields and body, and the right checksum.
std::string model_with(uint32_t bits, uint32_t rows, uint32_t codes, const std::string& body) {
  std::string out = "ANTG";
  for (uint32_t field : {8u, bits, 9u, 0x3f800000u, rows, codes, 0u}) out.append(reinterpret_cast<const char*>(&field), 4);
  out.append(8, '\0');
  out += body;
  const uint64_t sum = checksum_around(out, 32);
  std::memcpy(&out[32], &sum, 8);
  return out;
}

TEST(Resources, HugeCountsAreRefusedBeforeAnyAllocation) {
  std::string huge_strings;
  put_varint(huge_strings, uint64_t{1} << 60);
  EXPECT_EQ(create_error(Slot::kLexicon, lexicon_with_body(huge_strings)), "lexicon: shape count larger than the file, or a shape out of range");
  std::string huge_entries;
  put_varint(huge_entries, 0);
  put_varint(huge_entries, uint64_t{1} << 40);
  EXPECT_EQ(create_error(Slot::kLexicon, lexicon_with_body(huge_entries)),
            "lexicon: truncated, or a count larger than the file");
  const std::string codebook(256, '\x01');
  EXPECT_EQ(create_error(Slot::kTaggerIt, model_with(40, 0, 0, codebook)), "tagger model: unsupported version or shape");
  EXPECT_EQ(create_error(Slot::kTaggerIt, model_with(24, 0xFFFFFFFF, 0xFFFFFFFF, codebook)),
            "tagger model: truncated or too long");
  // Counts that fit the file's size but not its rows.
  const std::string one_word = codebook + std::string(8, '\0') + std::string("\x01\x00\x05", 3);
  EXPECT_EQ(create_error(Slot::kTaggerEn, model_with(6, 1, 1, one_word)),
            "tagger model: row count does not match the rows present");
}

TEST(Resources, RandomBytesAreRefused) {
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    std::string bytes(random() % 2048, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    EXPECT_NE(create_error(Slot::kLexicon, "ANLX\x03" + bytes), "");
    EXPECT_NE(create_error(Slot::kLexicon, lexicon_with_body(bytes)), "");  // the parser itself
    EXPECT_NE(create_error(Slot::kTaggerIt, "ANTG" + bytes), "");
    const uint32_t bits = random() % 12, rows = random() % 64, codes = random() % 128;
    const size_t size = 256 + ((size_t{1} << bits) + 63) / 64 * 8 + 2 * rows + codes;
    std::string body(size, '\0');
    for (char& c : body) c = static_cast<char>(random());
    for (size_t k = 0; round % 2 == 0 && k < 256; k += 2) {  // half of them with a valid codebook
      body[k] = static_cast<char>(body[k] | 1);
      body[k + 1] = static_cast<char>(body[k + 1] & 0x7F);
    }
    EXPECT_NE(create_error(Slot::kTaggerEn, model_with(bits, rows, codes, body)), "");
  }
}

TEST(Resources, ALanguagePackAddedAfterCreateGivesTheSameResult) {
  const Resources all = embedded_resources();
  Config config;
  config.resources.lexicon = all.lexicon;
  std::string error;
  auto core = Annotator::create(config, &error);
  ASSERT_TRUE(core) << error;
  const std::string text = "Secondo Gianfranco Zorbalqui, la Brenvetti Meccanica ha chiuso.";
  EXPECT_EQ(core->language_of(text), "it");
  EXPECT_EQ(core->language_of("The minister met Olaf Scholz in Berlin."), "en");
  EXPECT_FALSE(core->has_tagger("it"));
  const std::string without_tagger = core->annotate(text, {});
  Resources italian;
  italian.tagger_it = all.tagger_it;
  ASSERT_TRUE(core->add_resources(italian, &error)) << error;
  EXPECT_TRUE(core->has_tagger("it"));
  EXPECT_FALSE(core->has_tagger("en"));
  config.resources = all;
  const auto complete = Annotator::create(config, &error);
  EXPECT_EQ(core->annotate(text, {}), complete->annotate(text, {}));
  EXPECT_NE(core->annotate(text, {}), without_tagger);  // the tagger finds the unlisted names
  // A second Italian tagger, or a damaged English one, changes nothing.
  EXPECT_FALSE(core->add_resources(italian, &error));
  Resources damaged;
  damaged.tagger_en = all.tagger_en.substr(0, 1000);
  EXPECT_FALSE(core->add_resources(damaged, &error));
  EXPECT_EQ(error, "tagger model: truncated or too long");
  EXPECT_FALSE(core->has_tagger("en"));
}

}  // namespace
}  // namespace annotator
