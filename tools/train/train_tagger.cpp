// Trains the name tagger: a structured averaged perceptron over the core's own
// features, decoding whole sentences like the tagger itself (tag_path.h).
//
//   train_tagger --out MODEL.bin [--bits 18] [--epochs 8] [--lexicon LEX.bin] [--prune W] [--min-count N] [--seed N] [--runs N]
//                [--dev DEV.jsonl [--dev-out PRED.jsonl]] TRAIN.jsonl...
//
// --dev reports the tagger's own span F1 on a development file after each epoch
// (to choose settings; it never learns from it); --dev-out writes the final
// model's spans on it for ../shared/eval/score.py.
//
// Input lines: {"text", "lang", "entities": [{"start", "end", "label"}]} with
// UTF-16 offsets and labels PER, ORG, LOC, MISC (the format of ../shared/eval).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <iostream>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "folder.h"
#include "lexicon.h"
#include "lexicon_match.h"
#include "segmenter.h"
#include "tagger.h"
#include "tagger_features.h"
#include "tag_path.h"
#include "tagger_model.h"
#include "token_texts.h"

namespace annotator {
namespace {

struct Document {
  std::string id, text;
  Segmentation segmentation;
  TokenTexts texts;
  FeatureInput input;
  std::vector<uint8_t> gold;
};

int label_index(const std::string& label) {
  if (label == "PER") return 0;
  if (label == "ORG") return 1;
  if (label == "LOC") return 2;
  return 3;
}

void mark_gold(const nlohmann::json& entities, Document& doc) {
  const auto& tokens = doc.segmentation.tokens;
  doc.gold.assign(tokens.size(), kOutsideTag);
  for (const auto& e : entities) {
    const uint32_t start = e["start"], end = e["end"];
    const auto label = static_cast<NameLabel>(label_index(e["label"]));
    bool first = true;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].span.end <= start || tokens[i].span.start >= end) continue;
      doc.gold[i] = static_cast<uint8_t>(first ? begin_tag(label) : inside_tag(label));
      first = false;
    }
  }
}

struct Averaged {
  std::vector<float> weights;
  std::vector<double> totals;
  std::vector<uint32_t> stamps;
  uint32_t now = 0;

  explicit Averaged(size_t size) : weights(size), totals(size), stamps(size) {}

  void update(size_t index, float delta) {
    totals[index] += static_cast<double>(now - stamps[index]) * weights[index];
    stamps[index] = now;
    weights[index] += delta;
  }
  std::vector<float> averages() const {
    std::vector<float> out(weights.size());
    for (size_t i = 0; i < out.size(); ++i)
      out[i] = static_cast<float>((totals[i] + static_cast<double>(now - stamps[i]) * weights[i]) / std::max(now, 1u));
    return out;
  }
};

// int16 quantisation with one scale; each row is first centred (its mean over
// tags removed), which leaves every decision as it was and shrinks the range.
// Weights below `prune` (after centring) become 0.
void quantize(std::vector<float> weights, float prune, TaggerWeights& model) {
  for (size_t row = 0; row < weights.size(); row += kTagCount) {
    float mean = 0;
    for (int t = 0; t < kTagCount; ++t) mean += weights[row + t];
    mean /= kTagCount;
    for (int t = 0; t < kTagCount; ++t) weights[row + t] -= mean;
  }
  float largest = 0;
  for (float w : weights) largest = std::max(largest, std::fabs(w));
  model.scale = largest > 0 ? largest / 32767.f : 1.f;
  model.weights.resize(weights.size());
  for (size_t i = 0; i < weights.size(); ++i)
    model.weights[i] = std::fabs(weights[i]) < prune ? 0 : static_cast<int16_t>(std::lround(weights[i] / model.scale));
}

// A model's file and what loading it gives (every weight through the codebook,
// tagger_model.h), so that what --dev reports is what ships.
struct Shipped {
  std::string blob;
  TaggerModel model;  // reads blob
};

void round_trip(const TaggerWeights& weights, Shipped& out) {
  std::string error;
  out.blob = serialize_tagger_model(weights);
  if (!load_tagger_model(out.blob, &out.model, &error)) {
    std::cerr << error << '\n';
    std::exit(1);
  }
}

// Token accuracy of the final (averaged, quantised) model on the training data,
// through the core's own tagging code: a check that what ships is what was learnt.
void report_accuracy(const std::vector<Document>& docs, const TaggerModel& model) {
  size_t correct = 0, total = 0;
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  std::vector<uint64_t> features;
  for (const Document& doc : docs) {
    tag_tokens(model, doc.input, tags, margins, features);
    for (size_t i = 0; i < tags.size(); ++i) correct += tags[i] == doc.gold[i];
    total += tags.size();
  }
  std::cerr << "final model, training data: token accuracy " << static_cast<double>(correct) / total << '\n';
}

std::vector<Document> load_documents(const std::vector<std::string>& files, Segmenter& segmenter,
                                     const Folder& folder, const Lexicon& lexicon) {
  std::vector<Document> docs;
  std::vector<LexiconMatch> matches;
  for (const auto& path : files) {
    std::ifstream in(path);
    if (!in) {
      std::cerr << "train_tagger: cannot read " << path << '\n';
      std::exit(1);
    }
    std::string line;
    while (std::getline(in, line)) {
      const auto j = nlohmann::json::parse(line);
      Document& doc = docs.emplace_back();
      doc.id = j.value("id", "");
      doc.text = j["text"];
      segmenter.segment(doc.text, doc.segmentation);
      fill_token_texts(doc.text, doc.segmentation, folder, doc.texts);
      prepare_feature_input(j.value("lang", "en") == "it" ? "it" : "en", doc.segmentation, doc.texts, doc.input);
      find_lexicon_matches(lexicon, doc.segmentation, doc.texts, matches);
      mark_lexicon_flags(matches, doc.input.lexicon);
      mark_gold(j["entities"], doc);
    }
  }
  // Documents were moved around in the vector: point their inputs at their own parts.
  for (auto& doc : docs) {
    doc.input.segmentation = &doc.segmentation;
    doc.input.texts = &doc.texts;
  }
  return docs;
}

// Exact-match span F1 of the tagger alone over PER, ORG and LOC (MISC is not
// scored, as in ../shared/eval/score.py): for choosing settings, never for learning.
void report_span_f1(const std::vector<Document>& docs, const TaggerModel& model, const char* what) {
  size_t found = 0, gold_count = 0, correct = 0;
  std::vector<uint8_t> tags;
  std::vector<float> margins, no_margins;
  std::vector<uint64_t> features;
  std::vector<NameSpan> predicted, gold;
  const auto scored = [](const NameSpan& s) { return s.label != NameLabel::kMisc; };
  for (const Document& doc : docs) {
    tag_tokens(model, doc.input, tags, margins, features);
    spans_from_tags(tags, margins, predicted);
    no_margins.assign(doc.gold.size(), 0.f);
    spans_from_tags(doc.gold, no_margins, gold);
    for (const auto& p : predicted) {
      if (!scored(p)) continue;
      ++found;
      for (const auto& g : gold)
        correct += g.first == p.first && g.last == p.last && g.label == p.label;
    }
    for (const auto& g : gold) gold_count += scored(g);
  }
  const double precision = found ? double(correct) / found : 0, recall = gold_count ? double(correct) / gold_count : 0;
  std::cerr << what << ": tagger span P " << precision << " R " << recall << " F1 "
            << (precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0) << '\n';
}

// The tagger's own spans on docs, one JSON line per document in the result
// contract's shape (id, mentions with UTF-16 start/end and type), for score.py.
void write_predictions(const std::vector<Document>& docs, const TaggerModel& model, const std::string& path) {
  static const char* kTypes[] = {"person", "organization", "location", "misc"};
  std::ofstream out(path);
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  std::vector<uint64_t> features;
  std::vector<NameSpan> spans;
  for (const Document& doc : docs) {
    tag_tokens(model, doc.input, tags, margins, features);
    spans_from_tags(tags, margins, spans);
    nlohmann::json mentions = nlohmann::json::array();
    for (const auto& s : spans)
      mentions.push_back({{"start", doc.segmentation.tokens[s.first].span.start},
                          {"end", doc.segmentation.tokens[s.last - 1].span.end},
                          {"type", kTypes[static_cast<int>(s.label)]}});
    out << nlohmann::json{{"id", doc.id}, {"mentions", mentions}}.dump() << '\n';
  }
}

int train(const std::vector<std::string>& files, const std::vector<std::string>& dev_files, const std::string& dev_out, uint32_t min_count, uint32_t seed, uint32_t runs, const std::string& out_path, uint32_t bits, int epochs,
          const std::string& lexicon_path, float prune) {
  std::string error;
  auto segmenter = Segmenter::create(&error);
  auto folder = Folder::create(&error);
  if (!segmenter || !folder) { std::cerr << error << '\n'; return 1; }
  Lexicon lexicon;
  std::string lexicon_blob;
  if (!lexicon_path.empty()) {
    std::ifstream in(lexicon_path, std::ios::binary);
    lexicon_blob.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!lexicon.load(lexicon_blob, &error)) { std::cerr << error << '\n'; return 1; }
  }

  std::vector<Document> docs = load_documents(files, *segmenter, *folder, lexicon);
  std::vector<Document> dev_docs = load_documents(dev_files, *segmenter, *folder, lexicon);
  size_t token_count = 0;
  for (const auto& d : docs) token_count += d.gold.size();
  std::cerr << docs.size() << " documents, " << token_count << " tokens\n";
  if (docs.empty()) {
    std::cerr << "train_tagger: no training documents\n";
    return 1;
  }

  TaggerWeights model;
  model.bucket_bits = bits;
  // Features seen fewer than min_count times (with gold previous tags) get no
  // weight: they would only add collisions in the hashed table.
  std::unordered_set<uint64_t> common;
  if (min_count > 1) {
    std::unordered_map<uint64_t, uint32_t> counts;
    std::vector<uint64_t> seen;
    for (const Document& doc : docs) {
      const auto& tokens = doc.segmentation.tokens;
      for (size_t i = 0; i < doc.gold.size(); ++i) {
        const int prev = (i >= 1 && tokens[i - 1].sentence == tokens[i].sentence) ? doc.gold[i - 1] : -1;
        seen.clear();
        word_features(doc.input, i, seen);
        tag_features(doc.input, i, prev, seen);
        for (uint64_t f : seen) ++counts[f];
      }
    }
    for (const auto& [f, c] : counts)
      if (c >= min_count) common.insert(f);
    std::cerr << common.size() << " of " << counts.size() << " features seen at least " << min_count << " times\n";
  }
  const auto keep_common = [&](std::vector<uint64_t>& features) {
    if (min_count <= 1) return;
    features.erase(std::remove_if(features.begin(), features.end(), [&](uint64_t f) { return !common.count(f); }),
                   features.end());
  };
  // Each run shuffles the documents its own way; the model is the mean of the
  // runs' averaged weights, which is steadier than any single run.
  std::vector<float> averaged((size_t{1} << bits) * kTagCount, 0.f);
  for (uint32_t run = 0; run < runs; ++run) {
    Averaged learner((size_t{1} << bits) * kTagCount);
    const auto add_weights = [&](const std::vector<uint64_t>& features, float* scores) {
      for (uint64_t f : features) {
        const size_t row = model.bucket_of(f) * kTagCount;
        for (int t = 0; t < kTagCount; ++t) scores[t] += learner.weights[row + t];
      }
    };
    const auto update = [&](const std::vector<uint64_t>& features, int tag, float delta) {
      for (uint64_t f : features) learner.update(model.bucket_of(f) * kTagCount + tag, delta);
    };
    std::vector<size_t> order(docs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 random(seed + run);
    std::vector<std::vector<uint64_t>> word_feats;
    std::vector<uint64_t> features;
    std::vector<float> word_scores, transitions;
    std::vector<uint8_t> predicted;
    TagPathScratch<float> scratch;
    TagHistory history;
    // Structured perceptron: each sentence is decoded whole with the current
    // weights; where the best path differs from the gold one, the gold path's
    // features gain and the predicted path's lose. Sentences go in document order,
    // each with the history of the tags chosen before it (as in tagger.cpp).
    // Returns how many tokens were right.
    const auto learn_sentence = [&](const Document& doc, size_t first, size_t last) {
      const size_t length = last - first;
      word_feats.resize(std::max(word_feats.size(), length));
      word_scores.assign(length * kTagCount, 0.f);
      for (size_t i = 0; i < length; ++i) {
        word_feats[i].clear();
        word_features(doc.input, first + i, word_feats[i]);
        keep_common(word_feats[i]);
        history_features(doc.input, first + i, history, word_feats[i]);  // never counted: always kept
        add_weights(word_feats[i], &word_scores[i * kTagCount]);
      }
      const auto transition_features = [&](size_t i, int prev) {
        features.clear();
        tag_features(doc.input, first + i, prev, features);
        keep_common(features);
        return features;
      };
      transitions.assign(length * kTagsBefore * kTagCount, 0.f);
      for (size_t i = 0; i < length; ++i)
        for (int prev = i == 0 ? -1 : 0; prev < (i == 0 ? 0 : kTagCount); ++prev)
          add_weights(transition_features(i, prev), &transitions[transition_row(i, prev)]);
      predicted.assign(length, kOutsideTag);
      best_tag_path(length, word_scores.data(), transitions.data(), scratch, predicted.data());
      remember_tags(doc.input, first, last, predicted.data(), history);
      ++learner.now;
      size_t correct = 0;
      for (size_t i = 0; i < length; ++i) {
        const int truth = doc.gold[first + i], guess = predicted[i];
        const int prev_truth = i == 0 ? -1 : doc.gold[first + i - 1];
        const int prev_guess = i == 0 ? -1 : predicted[i - 1];
        correct += truth == guess;
        if (truth != guess) {
          update(word_feats[i], truth, 1.f);
          update(word_feats[i], guess, -1.f);
        }
        if (truth != guess || prev_truth != prev_guess) {
          update(transition_features(i, prev_truth), truth, 1.f);
          update(transition_features(i, prev_guess), guess, -1.f);
        }
      }
      return correct;
    };
    for (int epoch = 0; epoch < epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), random);
      size_t correct = 0;
      for (size_t d : order) {
        const Document& doc = docs[d];
        const auto& tokens = doc.segmentation.tokens;
        history.reset(doc.input.word_count);
        for (size_t first = 0, last; first < tokens.size(); first = last) {
          last = piece_end(tokens, first);
          correct += learn_sentence(doc, first, last);
        }
      }
      std::cerr << "epoch " << epoch + 1 << ": token accuracy " << static_cast<double>(correct) / token_count << '\n';
      if (!dev_docs.empty()) {
        TaggerWeights snapshot = model;
        quantize(learner.averages(), prune, snapshot);
        Shipped shipped;
        round_trip(snapshot, shipped);
        report_span_f1(dev_docs, shipped.model, "  dev");
      }
    }

    const std::vector<float> run_weights = learner.averages();
    for (size_t k = 0; k < averaged.size(); ++k) averaged[k] += run_weights[k] / static_cast<float>(runs);
  }
  size_t nonzero = 0;
  quantize(averaged, prune, model);
  Shipped shipped;
  round_trip(model, shipped);
  for (int16_t w : model.weights) nonzero += w != 0;
  report_accuracy(docs, shipped.model);
  if (!dev_out.empty()) write_predictions(dev_docs, shipped.model, dev_out);
  std::ofstream out(out_path, std::ios::binary);
  out << shipped.blob;
  std::cerr << "wrote " << out_path << ": 2^" << bits << " buckets, " << nonzero << " nonzero weights\n";
  return out ? 0 : 1;
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) {
  std::string out, lexicon;
  std::vector<std::string> dev;
  std::string dev_out;
  uint32_t min_count = 1, seed = 12345, runs = 1;
  float prune = 0.f;
  uint32_t bits = 18;
  int epochs = 8;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out = argv[++i];
    else if (a == "--bits" && i + 1 < argc) bits = static_cast<uint32_t>(std::stoul(argv[++i]));
    else if (a == "--epochs" && i + 1 < argc) epochs = std::stoi(argv[++i]);
    else if (a == "--lexicon" && i + 1 < argc) lexicon = argv[++i];
    else if (a == "--dev" && i + 1 < argc) dev.push_back(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = static_cast<uint32_t>(std::stoul(argv[++i]));
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1u, static_cast<uint32_t>(std::stoul(argv[++i])));
    else if (a == "--min-count" && i + 1 < argc) min_count = static_cast<uint32_t>(std::stoul(argv[++i]));
    else if (a == "--dev-out" && i + 1 < argc) dev_out = argv[++i];
    else if (a == "--prune" && i + 1 < argc) prune = std::stof(argv[++i]);
    else files.push_back(a);
  }
  if (out.empty() || files.empty()) {
    std::cerr << "usage: train_tagger --out MODEL.bin [--bits 18] [--epochs 8] [--lexicon LEX.bin] [--prune W] [--min-count N] [--seed N] [--runs N] [--dev DEV.jsonl [--dev-out PRED.jsonl]] TRAIN.jsonl...\n";
    return 2;
  }
  return annotator::train(files, dev, dev_out, min_count, seed, runs, out, bits, epochs, lexicon, prune);
}
