#include "time_expressions.h"

#include "mentions.h"
#include "numbers.h"

namespace annotator {
namespace {

// What a time expression says before it is resolved against the publication date.
struct Reading {
  uint32_t first = 0, last = 0;
  CalendarDate date;    // what the text gives of a calendar date
  int weekday = 0;      // 1..7 for "Friday", "venerdì"
  int day_offset = 0;   // "ieri" = -1, "tomorrow" = +1
  bool relative_day = false;
  int period = 0;       // 7, 30, 365 for "week", "month", "year"
  int lead = 0;         // "last" = -1, "next" = +1, "this" = 0
};

class Scanner {
 public:
  Scanner(const Document& doc, const CalendarDate& published) : doc_(doc), published_(published) {}

  // The time expression starting at token i, or false.
  bool read_at(uint32_t i, Reading* out) const {
    if (!may_start(i)) return false;
    return explicit_date(i, out) || numeric_date(i, out) || weekday(i, out) || relative_day(i, out) ||
           period(i, out) || year_alone(i, out);
  }
  std::string value_of(const Reading& r) const;
  // Grows a reading over a day part around it: "la mattina del 5 settembre", "Friday night".
  void add_day_parts(Reading* r) const;

 private:
  bool has(uint32_t i, uint64_t c) const { return i < doc_.token_count() && (doc_.words[i].classes & c); }
  int value(uint32_t i) const { return doc_.words[i].value; }
  std::string_view raw(uint32_t i) const { return doc_.texts.raw[i]; }
  std::string_view folded(uint32_t i) const { return doc_.texts.folded(i); }
  bool together(uint32_t a, uint32_t b) const { return doc_.same_sentence(a, b); }
  bool capitalized(uint32_t i) const { return !raw(i).empty() && raw(i)[0] >= 'A' && raw(i)[0] <= 'Z'; }
  bool italian() const { return doc_.lang == "it"; }
  bool is(uint32_t i, std::string_view w) const { return i < doc_.token_count() && raw(i) == w; }

  // Every reading opens with a digit or a word of time (most tokens do neither).
  bool may_start(uint32_t i) const {
    const std::string_view r = raw(i);
    return (!r.empty() && r[0] >= '0' && r[0] <= '9') ||
           has(i, kMonth | kWeekday | kTimeLead | kRelativeDay | kPeriod);
  }
  int month_at(uint32_t i) const;
  int weekday_at(uint32_t i) const;
  bool explicit_date(uint32_t i, Reading* out) const;
  bool numeric_date(uint32_t i, Reading* out) const;
  bool weekday(uint32_t i, Reading* out) const;
  bool relative_day(uint32_t i, Reading* out) const;
  bool period(uint32_t i, Reading* out) const;
  bool year_alone(uint32_t i, Reading* out) const;

  const Document& doc_;
  const CalendarDate& published_;
};

// English months and weekdays are names, written with a capital ("May" the month,
// "may" the verb); an abbreviation ("Sept", "Dec") needs a full stop or a number after it.
int Scanner::month_at(uint32_t i) const {
  if (!has(i, kMonth)) return 0;
  if (italian()) return value(i);
  if (!capitalized(i)) return 0;
  const bool abbreviation = folded(i).size() <= 4 && folded(i) != "june" && folded(i) != "july" && folded(i) != "may";
  if (abbreviation && !(is(i + 1, ".") || (i + 1 < doc_.token_count() && day_of_month(raw(i + 1)) > 0))) return 0;
  return value(i);
}

int Scanner::weekday_at(uint32_t i) const {
  if (!has(i, kWeekday) || (!italian() && !capitalized(i))) return 0;
  return value(i);
}

// "5 settembre 2023", "1° settembre", "5th of September", "September 5, 2023",
// "Sept. 5", "settembre 2023", "lunedì 5 settembre", "early March", "fine settembre".
bool Scanner::explicit_date(uint32_t i, Reading* out) const {
  // Anchored on the day number or on the month, whichever comes first.
  uint32_t month_token = i;
  int day = 0;
  if (day_of_month(raw(i)) > 0) {
    uint32_t k = i + 1;
    while (k < doc_.token_count() && together(i, k) && (is(k, "°") || is(k, "º") || folded(k) == "of")) ++k;
    if (!month_at(k) || !together(i, k)) return false;
    day = day_of_month(raw(i));
    month_token = k;
  } else if (!month_at(i)) {
    return false;
  }
  Reading r;
  r.first = i;
  r.last = month_token + 1;
  r.date.month = month_at(month_token);
  r.date.day = day;
  if (!italian() && day == 0) {  // "September 5", "Sept. 5th"
    uint32_t k = r.last;
    if (is(k, ".")) ++k;
    if (k < doc_.token_count() && together(i, k) && day_of_month(raw(k)) > 0 && !is(k + 1, ":")) {
      r.date.day = day_of_month(raw(k));
      r.last = k + 1;
    }
  }
  uint32_t k = r.last;
  if (is(k, ",")) ++k;
  if (k < doc_.token_count() && together(i, k) && year_of(raw(k)) > 0) {
    r.date.year = year_of(raw(k));
    r.last = k + 1;
  }
  if (r.date.day > 0 && r.date.year > 0 && !is_valid_date(r.date.year, r.date.month, r.date.day)) return false;
  // A weekday or "early", "fine", "inizio" before it.
  uint32_t before = r.first;
  if (before > 0 && is(before - 1, ",")) --before;
  if (before > 0 && together(before - 1, r.first) && weekday_at(before - 1)) r.first = before - 1;
  else if (r.first > 0 && together(r.first - 1, r.first) && has(r.first - 1, kTimeLead)) {
    r.first -= 1;
    r.lead = value(r.first);
    if (r.first > 0 && has(r.first - 1, kTimeLead)) r.first -= 1;  // "a fine", "at the end"
  }
  *out = r;
  return true;
}

// "2023-09-05"; Italian "05/09/2023".
bool Scanner::numeric_date(uint32_t i, Reading* out) const {
  CalendarDate date;
  if (parse_iso_date(raw(i), &date)) {
    *out = Reading{i, i + 1, date};
    return true;
  }
  if (!italian() || i + 4 >= doc_.token_count() + 0 || !is(i + 1, "/") || !is(i + 3, "/")) return false;
  const int d = day_of_month(raw(i)), m = day_of_month(raw(i + 2)), y = year_of(raw(i + 4));
  if (d == 0 || m == 0 || m > 12 || y == 0 || !is_valid_date(y, m, d) || !together(i, i + 4)) return false;
  *out = Reading{i, i + 5, CalendarDate{y, m, d}};
  return true;
}

// "Friday", "last Friday", "next Monday", "lunedì scorso", "martedì prossimo".
bool Scanner::weekday(uint32_t i, Reading* out) const {
  uint32_t first = i, day_token = i;
  int lead = 0;
  if (has(i, kTimeLead) && weekday_at(i + 1) && together(i, i + 1)) {
    lead = value(i);
    day_token = i + 1;
  } else if (!weekday_at(i)) {
    return false;
  }
  Reading r;
  r.first = first;
  r.last = day_token + 1;
  r.weekday = weekday_at(day_token);
  r.lead = lead;
  if (r.last < doc_.token_count() && together(i, r.last) && has(r.last, kTimeLead) && italian()) {
    r.lead = value(r.last);  // "lunedì scorso"
    ++r.last;
  }
  *out = r;
  return true;
}

// "ieri", "oggi", "tomorrow", "stamattina"; "this morning", "last night".
bool Scanner::relative_day(uint32_t i, Reading* out) const {
  Reading r;
  r.first = i;
  r.relative_day = true;
  if (has(i, kRelativeDay)) {
    r.day_offset = value(i);
    r.last = i + 1;
  } else if (has(i, kTimeLead) && has(i + 1, kDayPart) && together(i, i + 1) &&
             (folded(i) == "this" || folded(i) == "last" || folded(i) == "questa" || folded(i) == "questo")) {
    r.day_offset = folded(i) == "last" ? -1 : 0;  // "last night"
    r.last = i + 2;
  } else {
    return false;
  }
  *out = r;
  return true;
}

// "last week", "next month", "this year", "la settimana scorsa", "il mese prossimo",
// "l'anno scorso", "la prossima settimana".
bool Scanner::period(uint32_t i, Reading* out) const {
  Reading r;
  r.first = i;
  if (has(i, kTimeLead) && has(i + 1, kPeriod) && together(i, i + 1) && value(i + 1) > 0) {
    r.lead = value(i);
    r.period = value(i + 1);
    r.last = i + 2;
  } else if (italian() && has(i, kPeriod) && has(i + 1, kTimeLead) && together(i, i + 1) && value(i + 1) != 0) {
    r.period = value(i);
    r.lead = value(i + 1);
    r.last = i + 2;
  } else {
    return false;
  }
  if (r.lead == 0 && folded(r.first) != "this" && folded(r.first) != "questa" && folded(r.first) != "questo")
    return false;  // "early week" says nothing
  *out = r;
  return true;
}

// "nel 2014", "in 2022", "since 1991", "dal 2014": a year after a preposition.
bool Scanner::year_alone(uint32_t i, Reading* out) const {
  const int year = year_of(raw(i));
  if (year == 0 || i == 0 || !together(i - 1, i)) return false;
  const std::string_view before = folded(i - 1);
  const bool after_preposition = has(i - 1, kPlacePrep | kOfPrep) || before == "since" || before == "until" ||
                                 before == "dal" || before == "entro" || before == "fino" || before == "by";
  if (!after_preposition) return false;
  *out = Reading{i, i + 1, CalendarDate{year, 0, 0}};
  return true;
}

void Scanner::add_day_parts(Reading* r) const {
  // "la mattina del 5 settembre", "the night of September 5", "nella notte di sabato"
  uint32_t j = r->first;
  if (j >= 2 && has(j - 1, kOfPrep) && has(j - 2, kDayPart) && together(j - 2, r->first)) {
    j -= 2;
    if (j > 0 && has(j - 1, kDeterminer) && together(j - 1, r->first)) --j;
    r->first = j;
  }
  // "ieri sera", "Friday night", "yesterday morning"
  if (r->last < doc_.token_count() && has(r->last, kDayPart) && together(r->first, r->last)) ++r->last;
}

std::string Scanner::value_of(const Reading& r) const {
  const bool known = published_.complete();
  const int64_t today = known ? days_from_civil(published_) : 0;
  if (r.relative_day) return known ? iso_text(civil_from_days(today + r.day_offset)) : "";
  if (r.weekday > 0) {
    if (!known) return "";
    const int now = iso_weekday(published_);
    int64_t delta;
    if (r.lead > 0) delta = ((r.weekday - now + 7) % 7) == 0 ? 7 : (r.weekday - now + 7) % 7;
    else if (r.lead < 0) delta = -(((now - r.weekday + 7) % 7) == 0 ? 7 : (now - r.weekday + 7) % 7);
    else delta = -((now - r.weekday + 7) % 7);  // the most recent one, today included
    return iso_text(civil_from_days(today + delta));
  }
  if (r.period > 0) {
    if (!known) return "";
    if (r.period == 7) return iso_week_text(civil_from_days(today + 7 * r.lead));
    if (r.period == 30) {
      const int months = published_.year * 12 + (published_.month - 1) + r.lead;
      return iso_text(CalendarDate{months / 12, months % 12 + 1, 0});
    }
    return iso_text(CalendarDate{published_.year + r.lead, 0, 0});
  }
  CalendarDate date = r.date;
  if (date.year == 0 && date.month > 0 && known) {
    // The year of publication, unless that puts the date more than half a year after it.
    date.year = published_.year + (r.lead < 0 ? -1 : r.lead > 0 ? 1 : 0);
    const CalendarDate probe{date.year, date.month, date.day > 0 ? date.day : 1};
    if (r.lead == 0 && is_valid_date(probe.year, probe.month, probe.day) &&
        days_from_civil(probe) - today > 183)
      --date.year;
  }
  if (date.day > 0 && date.year > 0 && !is_valid_date(date.year, date.month, date.day)) return "";
  return iso_text(date);
}

}  // namespace

void find_time_expressions(const Document& doc, const CalendarDate& published, std::vector<TimeExpression>& out) {
  out.clear();
  if (doc.words.size() != doc.token_count()) return;
  const Scanner scanner(doc, published);
  for (uint32_t i = 0; i < doc.token_count(); ++i) {
    Reading r;
    if (!scanner.read_at(i, &r)) continue;
    scanner.add_day_parts(&r);
    if (!out.empty() && r.first < out.back().last) r.first = out.back().last;  // never overlap
    if (r.first >= r.last) continue;
    out.push_back({r.first, r.last, scanner.value_of(r)});
    i = r.last - 1;
  }
}

namespace {

// Mentions at new positions: antecedent indices follow their mention (-1 when it is gone).
void remap_antecedents(std::vector<MentionCandidate>& mentions, const std::vector<int32_t>& moved_to) {
  for (MentionCandidate& m : mentions)
    if (m.antecedent >= 0) m.antecedent = moved_to[static_cast<size_t>(m.antecedent)];
}

// "on Wednesday" is a date, whatever the name tagger guessed (a place): a guess
// (no lexicon entry) that lies inside a time expression gives way to it.
void drop_guesses_inside(const std::vector<TimeExpression>& times, std::vector<MentionCandidate>& mentions) {
  std::vector<int32_t> moved_to(mentions.size(), -1);
  std::vector<MentionCandidate> kept;
  size_t t = 0;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const MentionCandidate& m = mentions[k];
    while (t < times.size() && times[t].last <= m.first) ++t;
    const bool inside = t < times.size() && times[t].first <= m.first && m.last <= times[t].last;
    if (inside && !m.entry && m.category != Category::kWeapon) continue;
    moved_to[k] = static_cast<int32_t>(kept.size());
    kept.push_back(m);
  }
  if (kept.size() == mentions.size()) return;
  mentions.swap(kept);
  remap_antecedents(mentions, moved_to);
}

}  // namespace

void add_time_mentions(const std::vector<TimeExpression>& times, Document& doc, std::vector<MentionCandidate>& mentions) {
  doc.time_values.clear();
  if (times.empty()) return;
  drop_guesses_inside(times, mentions);
  std::vector<bool> taken(doc.token_count(), false);
  for (const MentionCandidate& m : mentions)
    for (uint32_t i = m.first; i < m.last; ++i) taken[i] = true;
  std::vector<MentionCandidate> added;
  for (const TimeExpression& t : times) {
    bool free = true;
    for (uint32_t i = t.first; i < t.last && free; ++i) free = !taken[i];
    if (!free) continue;
    MentionCandidate m;
    m.first = t.first;
    m.last = t.last;
    m.category = Category::kTime;
    m.type = Type::kDate;
    m.confidence = 0.9f;
    m.time_value = static_cast<int32_t>(doc.time_values.size());
    doc.time_values.push_back(t.value);
    added.push_back(m);
  }
  if (added.empty()) return;
  merge_by_position(added, mentions);
}

}  // namespace annotator
