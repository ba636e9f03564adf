#include "tagged_names.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "language.h"
#include "phrases.h"

namespace annotator {
namespace {

// "La Russia" at a sentence start: the Italian article is not part of the name,
// unless the lexicon lists the whole ("Il Cairo"). English "The" often is ("The
// Guardian"), so it stays.
bool is_article(std::string_view folded) {
  for (std::string_view a : {"il", "lo", "la", "i", "gli", "le", "l'"})
    if (folded == a) return true;
  return false;
}

// "ROMA, 6 dicembre - La Russia": the sentence starts afresh after a dateline's
// dash (a dash with a date or number right before it).
bool ends_a_dateline(const Document& doc, uint32_t token) {
  if (token < 2) return false;
  const std::string_view dash = doc.texts.raw[token - 1];
  if (dash != "-" && dash != "\u2013" && dash != "\u2014") return false;
  for (uint32_t i = token - 1; i-- > 0 && i + 4 >= token;)
    if (!doc.features.shapes[i].empty() && doc.features.shapes[i][0] == 'd') return true;
  return false;
}

// "secondo Il Tempo", "il quotidiano La Repubblica", "I Democratici": an article
// capitalised inside a sentence is the first word of a title.
bool is_title_article(const Document& doc, uint32_t token) {
  const bool opens_sentence = token == 0 || !doc.same_sentence(token - 1, token) || ends_a_dateline(doc, token);
  return !opens_sentence && !doc.features.shapes[token].empty() && doc.features.shapes[token][0] == 'X';
}

bool opens_with_name_particle(std::string_view folded) {
  for (std::string_view p :
       {"al-", "el-", "ul-", "ad-", "ar-", "as-", "at-", "an-", "az-", "ash-", "bin-", "ibn-", "ben-"})
    if (folded.substr(0, p.size()) == p) return true;
  return false;
}

// A capital or a digit first ("Kiev", "6PR"), or a particle joined to a capital
// ("al-Maliki", "el-Sisi"); phrases.cpp's is_capitalized takes capitals only.
[[gnu::noinline]] bool opens_like_a_name(const Document& doc, uint32_t token) {
  const std::string_view shape = doc.features.shapes[token];
  if (shape.empty()) return false;
  if (shape[0] == 'X' || shape[0] == 'd') return true;
  return shape.substr(0, 3) == "x-X" && opens_with_name_particle(doc.texts.folded(token));
}

bool any_opens_like_a_name(const Document& doc, uint32_t first, uint32_t last) {
  for (uint32_t i = first; i < last; ++i)
    if (opens_like_a_name(doc, i)) return true;
  return false;
}

// A number written without letters ("7", "1996-08-30", "9.5-0-44-1"): scores,
// standings and dates in results lines end names; "6PR" and "A320" are names.
bool is_bare_number(const Document& doc, uint32_t token) {
  const std::string_view shape = doc.features.shapes[token];
  return !shape.empty() && shape[0] == 'd' && shape.find('X') == std::string_view::npos &&
         shape.find('x') == std::string_view::npos;
}

// Names may be all lowercase ("polizia", "consiglio comunale"), but a name with
// capitals does not begin or end with a lowercase word ("Kiev chiede" -> "Kiev"),
// and none begins or ends with punctuation or a lowercase article or preposition.
[[gnu::noinline]] bool can_edge_a_name(const Document& doc, uint32_t token, bool has_capitals) {
  if (doc.segmentation.tokens[token].kind == TokenKind::kPunctuation) return false;
  if (opens_like_a_name(doc, token)) return true;
  if (has_capitals) return false;
  const std::string_view w = doc.texts.raw[token];
  for (std::string_view f : {"il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "un'", "di", "del", "della",
                             "e", "a", "in", "da", "the", "a", "an", "of", "and", "in", "to", "ha", "ho", "has"})
    if (w == f) return false;
  return true;
}

void set_label(NameLabel label, MentionCandidate& c) {
  switch (label) {
    case NameLabel::kPerson: c.category = Category::kActor; c.type = Type::kPerson; break;
    case NameLabel::kOrganization: c.category = Category::kActor; c.type = Type::kOrganization; break;
    case NameLabel::kLocation: c.category = Category::kPlace; c.type = Type::kLocation; break;
    case NameLabel::kMisc: break;
  }
}

// A tagged name never starts or ends with punctuation or a function word ("Unione
// europea le" -> "Unione europea"); a first name after a non-first-name starts a
// person ("Nato Mark Rutte" -> "Nato" + "Mark Rutte").
void add_tagged_name(const Document& doc, const NameSpan& s, std::vector<MentionCandidate>& out);

// Lowercase words that may stand inside a capitalised name ("Ministero della
// Difesa", "Bank of England", "Ursula von der Leyen").
bool joins_a_name(std::string_view w) {
  for (std::string_view j : {"di", "del", "della", "dello", "dell'", "dei", "degli", "delle", "d'", "de", "da", "e",
                             "per", "of", "the", "and", "for", "on", "upon", "von", "van", "der", "den", "al", "el",
                             "la", "le", "du", "des", "y", "bin", "ibn", "-", "'s"})
    if (w == j) return true;
  return false;
}

// A capitalised tagged span breaks at a lowercase word that cannot be inside a
// name: "Germany sent Leopard 2" -> "Germany", "Leopard 2".
bool is_name_tail(const Document& doc, uint32_t first, uint32_t token);
bool ends_like_an_adjective(std::string_view w);
// "Britain's Office of Fair Trading", "Russia's Security Council": the place that
// owns the name, and its "'s", are not part of it.
bool owned_by_a_place(const Document& doc, uint32_t first, uint32_t token) {
  if (token <= first || doc.texts.folded(token) != "'s") return false;
  const LexiconEntry* owner = listed_name(doc, first, token);
  return owner && (owner->category == Category::kPlace || owner->type == Type::kCountry);
}

// "la Casa Bianca per l'Ucraina", "the White House for Ukraine": "per"/"for" after a
// whole listed name says what the name is for; it does not go on with it.
bool purpose_after_listed_name(const Document& doc, uint32_t first, uint32_t token) {
  const std::string_view w = doc.texts.folded(token);
  return token > first + 1 && (w == "per" || w == "for") && listed_name(doc, first, token) != nullptr;
}

std::vector<NameSpan> pieces_of(const Document& doc, const NameSpan& s) {
  const bool has_capitals = any_opens_like_a_name(doc, s.first, s.last);
  std::vector<NameSpan> pieces;
  NameSpan piece = s;
  for (uint32_t i = s.first; i < s.last; ++i) {
    const bool breaks = (has_capitals && doc.features.shapes[i] == "x" && !joins_a_name(doc.texts.folded(i)) &&
                         !is_name_tail(doc, piece.first, i)) ||
                        owned_by_a_place(doc, piece.first, i) || purpose_after_listed_name(doc, piece.first, i);
    if (!breaks) continue;
    piece.last = i;
    if (piece.last > piece.first) pieces.push_back(piece);
    piece.first = i + 1;
  }
  piece.last = s.last;
  if (piece.last > piece.first) pieces.push_back(piece);
  return pieces;
}

// Whether tokens [first, last) are a listed name or hold an organisation or role
// word: "Nato" in "Nato Mark Rutte", "Consiglio" in "presidente del Consiglio
// Giorgia Meloni"; not "Pier" in "Pier Luigi Bersani" nor "Doyt" in "Doyt Perry
// Stadium".
bool names_something_else(const Document& doc, uint32_t first, uint32_t last) {
  constexpr uint16_t kOther = kOrgStart | kOrgInside | kOrgHead | kCountryName | kRoleWord;
  for (uint32_t i = first; i < last; ++i)
    if (doc.features.lexicon[i] & kOther) return true;
  return listed_name(doc, first, last) != nullptr;
}

// "presidente del Consiglio Giorgia Meloni": a name after a role word and "del"
// closes the title of the person who follows; it is not a mention of its own.
bool closes_a_title(const Document& doc, uint32_t first) {
  if (first < 2 || !(doc.features.lexicon[first - 2] & kRoleWord)) return false;
  const std::string_view joiner = doc.texts.folded(first - 1);
  return joiner == "del" || joiner == "della" || joiner == "of";
}

bool is_tagged_person_at(const Document& doc, uint32_t token) {
  const NameSpan* s = doc.name_starting_at(token);
  return s && s->label == NameLabel::kPerson;
}

// Initials joined by full stops ("M.M", "W.W.F", "F.B.I"): each capital stands
// alone, so the shape, which folds runs of capitals, is as long as the word.
bool is_dotted_initials(std::string_view shape, std::string_view raw) {
  return shape.size() >= 3 && shape.size() == raw.size() && shape.size() < 6 &&
         shape.find_first_not_of("X.") == std::string_view::npos && shape[0] == 'X' && shape.back() == 'X';
}

// An initial ("W", "M.M", "W.W.F") or an abbreviation ("Jr", "S.p.a")
// at the end of a name keeps the full stop written right after it.
bool takes_its_period(const Document& doc, uint32_t end) {
  if (end == 0 || end >= doc.token_count() || doc.texts.raw[end] != "." || !doc.written_onto(end - 1, end)) return false;
  const std::string_view shape = doc.features.shapes[end - 1], raw = doc.texts.raw[end - 1];
  if ((shape == "X" && raw.size() == 1) || is_dotted_initials(shape, raw)) return true;
  const std::string_view w = doc.texts.folded(end - 1);
  for (std::string_view a : {"jr", "sr", "inc", "ltd", "co", "corp", "s.p.a", "s.r.l", "s.a.s", "s.n.c"})
    if (w == a) return true;
  return false;
}

// "Yahoo!", "Kerrang!": an exclamation mark written onto a name inside a sentence
// belongs to it; one that ends the sentence does not.
bool is_glued_exclamation(const Document& doc, uint32_t token) {
  if (token == 0 || token + 1 >= doc.token_count() || doc.texts.raw[token] != "!") return false;
  return doc.written_onto(token - 1, token) && opens_like_a_name(doc, token - 1) && doc.same_sentence(token, token + 1);
}

// The token after `token`, or after the full stop written onto it ("Lt. Paul").
uint32_t after_full_stop(const Document& doc, uint32_t token) {
  const bool stop = token > 0 && token + 1 < doc.token_count() && doc.texts.raw[token] == "." &&
                    doc.written_onto(token - 1, token);
  return stop ? token + 1 : token;
}

// "il dottor Rossi", "l'on. Bianchi", "Sir Elton John", "Lt. Paul Joalland": a
// title of address. In the training sets these stand outside the person's name.
// The short forms count only with their full stop ("On Monday" is no title).
constexpr std::array<std::string_view, 7> kItalianTitles = {"dottor",   "dottoressa", "signor",   "signora",
                                                             "signorina", "onorevole", "monsignor"};
constexpr std::array<std::string_view, 5> kItalianShortTitles = {"dott", "sig", "prof", "on", "mons"};
constexpr std::array<std::string_view, 6> kEnglishShortTitles = {"lt", "gen", "col", "capt", "sgt", "maj"};

template <size_t N>
bool is_listed_word(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.data(), list.data() + N, w) != list.data() + N;
}

[[gnu::noinline]] bool is_title_of_address(const Document& doc, uint32_t token) {
  const std::string_view w = doc.texts.folded(token);
  const bool italian = doc.lang == "it";
  if (italian ? is_listed_word(w, kItalianTitles) : w == "sir") return true;
  const bool short_form = italian ? is_listed_word(w, kItalianShortTitles) : is_listed_word(w, kEnglishShortTitles);
  return short_form && after_full_stop(doc, token + 1) == token + 2;
}

// "Mr Campbell", "il signor Rossi": an honorific is never part of a name.
bool is_honorific(const Document& doc, uint32_t token) {
  return is_role_of_kind(doc, token, "honorific") || is_title_of_address(doc, token);
}

// Whether tokens [first, last) are only titles ("Brigadier General", "Lt.",
// "Director"): role words and short titles, each perhaps with its full stop.
bool is_title_only(const Document& doc, uint32_t first, uint32_t last) {
  if (first >= last) return false;
  for (uint32_t i = first; i < last; ++i) {
    if (doc.texts.raw[i] == "." && i > first && doc.written_onto(i - 1, i)) continue;
    if (!(doc.features.lexicon[i] & kRoleWord) && !is_honorific(doc, i)) return false;
  }
  return true;
}

// "don Luigi Ciotti", "suor Rosanna": a title written in lowercase right before
// a person is part of the name.
bool is_name_title_before(const Document& doc, uint32_t first) {
  return first > 0 && doc.features.shapes[first - 1] == "x" && doc.same_sentence(first - 1, first) &&
         is_role_of_kind(doc, first - 1, "name_title");
}

// Whether token is a figure of a table or results line ("MINNESOTA 7 COLORADO 3",
// "64 Bob Estes", "McGrath 9.5-0-44-1"): a bare number in a sentence that is
// mostly numbers, or next to a person's name. "Canale 5", "Falcon 9" keep theirs.
bool is_table_figure(const Document& doc, uint32_t token, NameLabel label) {
  if (!is_bare_number(doc, token)) return false;
  const uint32_t sentence = doc.segmentation.tokens[token].sentence;
  return label == NameLabel::kPerson ||
         (sentence < doc.features.numbers.size() && doc.features.numbers[sentence] == 2);
}

// "a three-day Easter truce", "auguri di Natale": a feast of the calendar named
// alone is no person, organisation or place (in the training sets it is never
// one; "Easter Road" and "Natale Chiaudani" are longer names).
bool is_feast_day(std::string_view folded) {
  for (std::string_view f : {"easter", "christmas", "thanksgiving", "halloween", "passover", "hanukkah", "diwali",
                             "pasqua", "natale", "capodanno", "ferragosto", "epifania", "pentecoste", "quaresima"})
    if (folded == f) return true;
  return false;
}

// Trims a tagged span to where a name can begin and end; false if nothing is left.
// Lowercase particles that belong to the surname after them ("de Blasio", "van
// Gaal", "bin Laden", "zu Guttenberg"); never prepositions of the text's language.
bool is_surname_particle(std::string_view raw) {
  for (std::string_view p : {"de", "du", "van", "von", "ter", "bin", "ibn", "zu", "dos"})
    if (raw == p) return true;
  return false;
}

// A person's name takes the particle written before its surname (the edges were
// trimmed of lowercase words first).
void take_surname_particle(const Document& doc, NameLabel label, uint32_t& first) {
  if (label != NameLabel::kPerson) return;
  if (first > 0 && doc.same_sentence(first - 1, first) && is_surname_particle(doc.texts.raw[first - 1])) --first;
}

bool trim_name_edges(const Document& doc, NameLabel label, uint32_t& first, uint32_t& last) {
  while (first < last && is_table_figure(doc, first, label)) ++first;
  while (last > first && is_table_figure(doc, last - 1, label)) --last;
  const bool has_capitals = any_opens_like_a_name(doc, first, last);
  while (first < last && !can_edge_a_name(doc, first, has_capitals)) ++first;
  while (last > first && !can_edge_a_name(doc, last - 1, has_capitals) && !is_name_tail(doc, first, last - 1) &&
         !is_glued_exclamation(doc, last - 1))
    --last;
  // A lowercase name ends with its head or a word that qualifies it ("polizia",
  // "consiglio comunale"), not with the verb after it ("polizia indaga").
  while (!has_capitals && last - first > 1 && !(doc.features.lexicon[last - 1] & (kOrgHead | kOrgInside)) &&
         !is_name_tail(doc, first, last - 1))
    --last;
  // "La Russia" after an emoji or a dateline: a listed place after the article is not a title.
  if (last - first > 1 && is_article(doc.texts.folded(first)) &&
      (!is_title_article(doc, first) || listed_name(doc, first + 1, last)) && !listed_name(doc, first, last))
    ++first;
  if (first == last) return false;
  take_surname_particle(doc, label, first);
  if (takes_its_period(doc, last)) ++last;  // "George W.", "M.M.", "Uber Italy s.r.l."
  // "Nella notte...": a capitalised function word opening a sentence is no name.
  const std::string_view alone = doc.texts.folded(first);
  return !(last - first == 1 && (is_common_function_word(alone) || is_feast_day(alone)));
}

// Whether a listed name of several words covers token i from a token before it
// ("Casa Bianca" covers "Bianca").
bool inside_listed_name(const Document& doc, uint32_t i) {
  for (uint32_t back = 1; back <= 3 && back <= i && doc.same_sentence(i - back, i); ++back)
    for (uint32_t k = doc.match_start[i - back]; k < doc.match_start[i - back + 1]; ++k) {
      const LexiconMatch& m = doc.matches[k];
      if (m.first + m.count > i && listed_name(doc, m.first, m.first + m.count)) return true;
    }
  return false;
}

// Where a person's first name starts inside the span after something else
// ("Nato Mark Rutte"), or first when it does not ("Casa Bianca per l'Ucraina": a
// first name inside a listed name starts nothing).
uint32_t first_name_split(const Document& doc, uint32_t first, uint32_t last) {
  // At the span's last token only when the name goes on after it ("... Adrienne" + "Watson").
  const bool name_goes_on = doc.same_sentence(first, last) && opens_like_a_name(doc, last);
  for (uint32_t i = first + 1; i + 1 < last || (i + 1 == last && name_goes_on); ++i)
    if ((doc.features.lexicon[i] & kFirstName) && !(doc.features.lexicon[i - 1] & kFirstName) &&
        names_something_else(doc, first, i) && !inside_listed_name(doc, i))
      return i;
  return first;
}

// "presidente del Consiglio Giorgia Meloni": a bare body noun in a title; not
// "presidente della Coldiretti Roberto Moncalvo".
bool is_bare_title_noun(const Document& doc, const NameSpan& s, uint32_t first, uint32_t last) {
  return s.label != NameLabel::kPerson && last - first == 1 && (doc.features.lexicon[first] & kOrgHead) &&
         closes_a_title(doc, first) && is_tagged_person_at(doc, last) && !listed_name(doc, first, last);
}

// "Macy's", "Dillard's was added": a one-word name with "'s" that no noun
// follows names a shop or firm after its founder; it is not a possessive
// ("Macy's chief"). Contractions ("Player's been") are left alone.
bool is_possessive_business(const Document& doc, uint32_t first, uint32_t last) {
  if (last - first != 1 || last + 1 >= doc.token_count()) return false;
  if (doc.texts.folded(last) != "'s" || !doc.written_onto(first, last)) return false;
  const uint32_t next = last + 1;
  if (!doc.same_sentence(last, next) || doc.segmentation.tokens[next].kind == TokenKind::kPunctuation) return true;
  const std::string_view w = doc.texts.folded(next);
  for (std::string_view f : {"and", "or", "in", "was", "is", "said", "became", "has", "had"})
    if (w == f) return true;
  return false;
}

// "Camera dei deputati", "Procura dei minori", "Ufficio di presidenza": an
// Italian body's capitalised head goes on with "di" and a lowercase noun (not a
// verb, "il Governo di iniziare", a time, "la Camera di oggi", or a quantifier,
// "la Polizia di molte città"), and an adjective after it.
uint32_t lowercase_complement_end(const Document& doc, uint32_t last) {
  if (doc.lang != "it" || last == 0) return last;
  if (!(doc.features.lexicon[last - 1] & kOrgHead) || doc.features.shapes[last - 1] != "Xx") return last;
  if (!doc.same_sentence(last - 1, last + 1)) return last;
  const std::string_view joiner = doc.texts.folded(last);
  if (joiner != "di" && joiner != "dei" && joiner != "degli" && joiner != "delle" && joiner != "della" &&
      joiner != "del")
    return last;
  const std::string_view noun = doc.texts.folded(last + 1);
  if (doc.features.shapes[last + 1] != "x" || noun.size() < 4) return last;
  for (std::string_view verb : {"are", "ere", "ire"})
    if (noun.substr(noun.size() - 3) == verb) return last;
  for (std::string_view other : {"oggi", "ieri", "domani", "stamani", "stasera", "sera", "mattina", "notte", "molti",
                                  "molte", "alcuni", "alcune", "tutti", "tutte", "questi", "queste", "quelli", "quelle",
                                  "altri", "altre"})
    if (noun == other || is_common_function_word(noun)) return last;
  uint32_t end = last + 2;
  if (doc.same_sentence(last, end) && doc.features.shapes[end] == "x" && ends_like_an_adjective(doc.texts.folded(end)))
    ++end;
  return end;
}

bool is_company_form(std::string_view folded) {
  for (std::string_view f : {"gmbh", "ag", "kg", "inc", "ltd", "llc", "corp", "corporation", "co", "plc", "s.p.a", "spa",
                             "s.r.l", "srl", "s.a", "sa", "s.a.s", "s.n.c", "n.v", "nv", "b.v", "bv", "pty", "ab", "oy",
                             "oyj", "asa", "jsc", "pjsc", "ltda", "se"})
    if (folded == f) return true;
  return false;
}

void add_tagged_name(const Document& doc, const NameSpan& tagged, std::vector<MentionCandidate>& out) {
  uint32_t first = tagged.first, last = tagged.last;
  if (!trim_name_edges(doc, tagged.label, first, last)) return;
  // "Dott. Conci", "Sir Bob Geldof": a title of address before a capitalised
  // word says the name is a person's, whatever the tagger guessed.
  NameSpan s = tagged;
  const uint32_t after_title = after_full_stop(doc, first + 1);
  if (is_title_of_address(doc, first) && after_title < last && doc.features.shapes[after_title].size() > 0 &&
      doc.features.shapes[after_title][0] == 'X')
    s.label = NameLabel::kPerson;
  // "Director Avery Bullock", "Lt. Paul Joalland": titles the tagger read as a
  // name of their own before a person are the person's title, no mention.
  if (is_title_only(doc, first, last) && is_tagged_person_at(doc, after_full_stop(doc, last))) return;
  // "Mr Campbell", "Defender Gerard Pique", "Senior Kory Lichtensteiger": an
  // honorific or a player's role before a person is not part of the name (a title
  // such as "King Carlos I" may be).
  while (s.label == NameLabel::kPerson && last - first > 1 &&
         (is_honorific(doc, first) || is_role_of_kind(doc, first, "sport"))) {
    ++first;
    if (last - first > 1 && doc.texts.raw[first] == "." && doc.written_onto(first - 1, first)) ++first;
  }
  if (s.label == NameLabel::kPerson && is_name_title_before(doc, first)) --first;
  const uint32_t split = first_name_split(doc, first, last);
  MentionCandidate c;
  c.confidence = s.confidence;
  set_label(s.label, c);
  if (split > first) {
    c.first = first;
    c.last = split;
    if (!closes_a_title(doc, first) && !is_title_only(doc, first, split)) out.push_back(c);
    first = split;
    set_label(NameLabel::kPerson, c);
    // The person goes on over the capitalised words after the first name.
    while (doc.same_sentence(first, last) && opens_like_a_name(doc, last) &&
           doc.segmentation.tokens[last].kind == TokenKind::kWord)
      ++last;
  } else if (is_bare_title_noun(doc, s, first, last)) {
    return;
  }
  if (s.label == NameLabel::kOrganization) last = lowercase_complement_end(doc, last);
  if (company_form_start(doc, first, last) < last) set_label(NameLabel::kOrganization, c);
  if (is_possessive_business(doc, first, last)) {
    ++last;
    set_label(NameLabel::kOrganization, c);
  }
  c.first = first;
  c.last = last;
  out.push_back(c);
}

bool ends_like_an_adjective(std::string_view w) {
  for (std::string_view suffix : {"ale", "ali", "ile", "ili", "ese", "esi", "ana", "ano", "ani", "ane", "ica", "ico",
                                  "ici", "iche", "ense", "aria", "ario", "ari", "ina", "ino", "ine", "osa", "oso",
                                  "ossa", "osso", "osse", "iera", "iero", "iere"})
    if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) return true;
  return false;
}

// Italian names of bodies and places go on in lowercase: "Parlamento macedone",
// "Chiesa ortodossa", "Protezione civile", "Camera dei deputati", "Italia
// centrale". A lowercase last word stays when it is a demonym or (in Italian) an
// adjective, or follows a preposition that joins names; a verb ("Kiev chiede") goes.
[[gnu::noinline]] bool is_name_tail(const Document& doc, uint32_t first, uint32_t token) {
  if (token <= first || doc.features.shapes[token] != "x") return false;
  if (doc.features.lexicon[token] & kDemonym) return true;
  if (doc.lang != "it") return false;
  const std::string_view w = doc.texts.folded(token);
  if (ends_like_an_adjective(w)) return true;
  const std::string_view before = doc.texts.folded(token - 1);
  return before != "e" && before != "and" && joins_a_name(before) && token - 1 > first;
}

}  // namespace

uint32_t company_form_start(const Document& doc, uint32_t first, uint32_t last) {
  uint32_t form = last;
  if (form > first && doc.texts.raw[form - 1] == ".") --form;  // "Inc."
  if (form < first + 2 || !is_company_form(doc.texts.folded(form - 1))) return last;
  const std::string_view raw = doc.texts.raw[form - 1];
  const bool written_as_a_form = (raw[0] >= 'A' && raw[0] <= 'Z') || raw.find('.') != std::string_view::npos;
  return written_as_a_form ? form - 1 : last;
}

void add_tagged_names(const Document& doc, std::vector<MentionCandidate>& out) {
  for (const NameSpan& whole : doc.names) {
    if (whole.label == NameLabel::kMisc) continue;
    for (const NameSpan& s : pieces_of(doc, whole)) add_tagged_name(doc, s, out);
  }
}

}  // namespace annotator
