#include "inflect.h"

namespace annotator {
namespace {

bool ends_with(const std::string& s, const std::string& e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Before e and i: "attacc" -> "attacch", "minacci" -> "minacc".
std::string before_front_vowel(const std::string& stem) {
  if (ends_with(stem, "ci") || ends_with(stem, "gi")) return stem.substr(0, stem.size() - 1);
  if (ends_with(stem, "c") || ends_with(stem, "g")) return stem + "h";
  return stem;
}

std::vector<std::string> with_endings(const std::string& stem, std::initializer_list<const char*> endings) {
  std::vector<std::string> out;
  for (const char* e : endings) out.push_back(stem + e);
  return out;
}

void append(std::vector<std::string>& out, const std::vector<std::string>& more) {
  out.insert(out.end(), more.begin(), more.end());
}

}  // namespace

std::vector<std::string> italian_verb_forms(const std::string& lemma) {
  // A reflexive infinitive ("recarsi", "arrendersi") conjugates like its plain one.
  if (ends_with(lemma, "arsi") || ends_with(lemma, "ersi") || ends_with(lemma, "irsi")) {
    std::vector<std::string> out = italian_verb_forms(lemma.substr(0, lemma.size() - 2) + "e");
    out.push_back(lemma);
    return out;
  }
  std::vector<std::string> out{lemma};
  if (lemma.size() < 5) return out;
  const std::string stem = lemma.substr(0, lemma.size() - 3);
  if (ends_with(lemma, "are")) {
    const std::string soft = before_front_vowel(stem);
    append(out, with_endings(stem, {"o", "a", "ano", "iamo", "ava", "avano", "arono", "ato", "ata", "ati", "ate",
                                    "ando", "asse", "assero"}));
    append(out, with_endings(soft, {"i", "ino", "era", "eranno", "erebbe", "erebbero", "eremo"}));
    if (ends_with(stem, "i")) out.push_back(stem);  // "minacci"
  } else if (ends_with(lemma, "ere")) {
    append(out, with_endings(stem, {"o", "e", "ono", "a", "ano", "eva", "evano", "erono", "ette", "ettero", "era",
                                    "eranno", "erebbe", "erebbero", "esse", "essero", "uto", "uta", "uti", "ute",
                                    "endo", "iamo"}));
  } else if (ends_with(lemma, "ire")) {
    append(out, with_endings(stem, {"o", "e", "ono", "a", "ano", "iva", "ivano", "i", "irono", "ira", "iranno",
                                    "irebbe", "irebbero", "isse", "issero", "ito", "ita", "iti", "ite", "endo",
                                    "isco", "isce", "iscono", "isca", "iscano", "iamo"}));
  }
  return out;
}

std::vector<std::string> english_verb_forms(const std::string& lemma) {
  std::vector<std::string> out{lemma};
  const size_t n = lemma.size();
  if (n < 2) return out;
  const char last = lemma[n - 1];
  // -s
  if (ends_with(lemma, "s") || ends_with(lemma, "x") || ends_with(lemma, "z") || ends_with(lemma, "ch") ||
      ends_with(lemma, "sh"))
    out.push_back(lemma + "es");
  else if (last == 'y' && !is_vowel(lemma[n - 2]))
    out.push_back(lemma.substr(0, n - 1) + "ies");
  else
    out.push_back(lemma + "s");
  // A word of one syllable ending consonant-vowel-consonant doubles it: ban -> banned,
  // strip -> stripped (not visit -> visited).
  int syllables = 0;
  for (size_t i = 0; i < n; ++i) syllables += is_vowel(lemma[i]) && (i == 0 || !is_vowel(lemma[i - 1]));
  const bool cvc = n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' && is_vowel(lemma[n - 2]) &&
                   !is_vowel(lemma[n - 3]);
  const bool doubles = cvc && syllables == 1;
  const std::string base = doubles ? lemma + last : lemma;
  // Longer ones double when the stress is last (expelled, kidnapped) and not otherwise
  // (visited): both spellings are listed.
  if (cvc && syllables > 1) {
    out.push_back(lemma + last + "ed");
    out.push_back(lemma + last + "ing");
  }
  if (last == 'e') {
    out.push_back(lemma + "d");
    out.push_back(ends_with(lemma, "ee") ? lemma + "ing" : (ends_with(lemma, "ie") ? lemma.substr(0, n - 2) + "ying"
                                                                                   : lemma.substr(0, n - 1) + "ing"));
  } else if (last == 'y' && !is_vowel(lemma[n - 2])) {
    out.push_back(lemma.substr(0, n - 1) + "ied");
    out.push_back(lemma + "ing");
  } else {
    out.push_back(base + "ed");
    out.push_back(base + "ing");
  }
  return out;
}

}  // namespace annotator
