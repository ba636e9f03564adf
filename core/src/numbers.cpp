#include "numbers.h"

namespace annotator {
namespace {

constexpr int64_t kTooBig = 1'000'000'000'000;

// "12", "1,200", "1.200", "12.5" (-> 12): digits with thousands separators.
int64_t digits_value(std::string_view raw) {
  int64_t value = 0;
  size_t digits = 0;
  for (size_t k = 0; k < raw.size(); ++k) {
    const char c = raw[k];
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      ++digits;
      if (value > kTooBig) return -1;
    } else if ((c == ',' || c == '.') && digits > 0 && k + 1 < raw.size()) {
      // A separator followed by exactly three digits groups thousands; otherwise a decimal point.
      size_t run = 0;
      while (k + 1 + run < raw.size() && raw[k + 1 + run] >= '0' && raw[k + 1 + run] <= '9') ++run;
      if (run != 3) return k + 1 + run == raw.size() ? value : -1;
    } else {
      return -1;
    }
  }
  return digits > 0 ? value : -1;
}

// Whether a word opens as an Italian number word does ("un", "due", "tre", "qua",
// "cin", ... "cen", "mil"): most words do not, and need not be parsed.
bool opens_like_italian_number(std::string_view w) {
  if (w.size() < 2) return false;
  if (w.substr(0, 2) == "un") return true;
  if (w.size() < 3) return false;
  const std::string_view head = w.substr(0, 3);
  for (std::string_view h : {"due", "tre", "qua", "cin", "sei", "set", "ott", "nov", "die", "dod", "qui", "sed",
                             "dic", "ven", "ses", "cen", "mil"})
    if (head == h) return true;
  return false;
}

// Italian number words written as one word: "ventidue", "trentotto", "duecento", "tremila".
int64_t italian_compound(std::string_view w) {
  if (!opens_like_italian_number(w)) return -1;
  static constexpr std::pair<std::string_view, int> kUnits[] = {
      {"uno", 1}, {"un", 1}, {"due", 2}, {"tre", 3}, {"quattro", 4}, {"cinque", 5}, {"sei", 6}, {"sette", 7},
      {"otto", 8}, {"nove", 9}, {"dieci", 10}, {"undici", 11}, {"dodici", 12}, {"tredici", 13}, {"quattordici", 14},
      {"quindici", 15}, {"sedici", 16}, {"diciassette", 17}, {"diciotto", 18}, {"diciannove", 19}};
  static constexpr std::pair<std::string_view, int> kTens[] = {
      {"venti", 20}, {"vent", 20}, {"trenta", 30}, {"trent", 30}, {"quaranta", 40}, {"quarant", 40},
      {"cinquanta", 50}, {"cinquant", 50}, {"sessanta", 60}, {"sessant", 60}, {"settanta", 70}, {"settant", 70},
      {"ottanta", 80}, {"ottant", 80}, {"novanta", 90}, {"novant", 90}};
  const auto below_hundred = [&](std::string_view s) -> int64_t {
    if (s.empty()) return 0;
    for (const auto& [word, value] : kUnits)
      if (s == word) return value;
    for (const auto& [word, value] : kTens) {
      if (s.substr(0, word.size()) != word) continue;
      const std::string_view rest = s.substr(word.size());
      if (rest.empty()) return value;
      for (const auto& [unit, u] : kUnits)
        if (rest == unit && u < 10) return value + u;
    }
    return -1;
  };
  const auto below_thousand = [&](std::string_view s) -> int64_t {
    const size_t cento = s.find("cento");
    if (cento == std::string_view::npos) return below_hundred(s);
    const int64_t hundreds = cento == 0 ? 1 : below_hundred(s.substr(0, cento));
    const int64_t rest = below_hundred(s.substr(cento + 5));
    return hundreds <= 0 || hundreds > 9 || rest < 0 ? -1 : hundreds * 100 + rest;
  };
  if (w == "mille") return 1000;
  const size_t mila = w.find("mila");
  if (mila == std::string_view::npos) return below_thousand(w);
  const int64_t thousands = below_thousand(w.substr(0, mila));
  const int64_t rest = below_thousand(w.substr(mila + 4));
  return thousands <= 1 || rest < 0 ? -1 : thousands * 1000 + rest;
}

// "twenty-two": parts joined by hyphens, each a listed number word.
int64_t hyphenated_value(std::string_view folded) {
  int64_t total = 0;
  size_t start = 0;
  bool any = false;
  while (start <= folded.size()) {
    size_t end = folded.find('-', start);
    if (end == std::string_view::npos) end = folded.size();
    const std::string_view part = folded.substr(start, end - start);
    int64_t v = -1;
    for (const auto& [word, value] : {std::pair<std::string_view, int>{"twenty", 20}, {"thirty", 30}, {"forty", 40},
                                      {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
                                      {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
                                      {"seven", 7}, {"eight", 8}, {"nine", 9}})
      if (part == word) v = value;
    if (v < 0) return -1;
    total += v;
    any = true;
    start = end + 1;
  }
  return any ? total : -1;
}

}  // namespace

int64_t number_value(const Document& doc, uint32_t i) {
  const std::string_view raw = doc.texts.raw[i], folded = doc.texts.folded(i);
  if (raw.empty()) return -1;
  if (raw[0] >= '0' && raw[0] <= '9') return digits_value(raw);
  if (!doc.words.empty() && (doc.words[i].classes & kNumber)) return doc.words[i].value;
  if (doc.lang == "it") return italian_compound(folded);
  if (folded.find('-') != std::string_view::npos) return hyphenated_value(folded);
  return -1;
}

int64_t read_number(const Document& doc, uint32_t* i, uint32_t end) {
  uint32_t k = *i;
  int64_t value = number_value(doc, k);
  if (value < 0 || k >= end) return -1;
  ++k;
  // "two hundred", "a dozen", "tre mila", "1.2 million": a multiplier after it.
  while (k < end) {
    const int64_t next = number_value(doc, k);
    const std::string_view w = doc.texts.folded(k);
    if ((next == 100 || next == 1000 || next == 12) && value < next) value *= next;
    else if (w == "mila" && value < 1000) value *= 1000;
    else if ((w == "million" || w == "milioni" || w == "milione") && value < 1000) value *= 1'000'000;
    else break;
    ++k;
  }
  *i = k;
  return value;
}

int day_of_month(std::string_view raw) {
  int day = 0;
  size_t k = 0;
  while (k < raw.size() && k < 2 && raw[k] >= '0' && raw[k] <= '9') day = day * 10 + (raw[k++] - '0');
  if (k == 0 || day < 1 || day > 31) return 0;
  const std::string_view rest = raw.substr(k);
  for (std::string_view suffix : {"", "st", "nd", "rd", "th"})
    if (rest == suffix) return day;
  return 0;
}

int year_of(std::string_view raw) {
  if (raw.size() != 4) return 0;
  int year = 0;
  for (char c : raw) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year >= 1000 && year <= 2999 ? year : 0;
}

}  // namespace annotator
