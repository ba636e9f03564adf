#include "calendar.h"

namespace annotator {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// The last `width` decimal digits of v >= 0, zero-padded ("%02d" of v % 100), by
// hand: printf would bring its floating-point formatting into the WebAssembly core.
std::string last_digits(int v, int width) {
  std::string out(width, '0');
  for (int i = width - 1; i >= 0 && v > 0; --i, v /= 10) out[i] = static_cast<char>('0' + v % 10);
  return out;
}

std::string two_digits(int v) { return last_digits(v, 2); }
std::string four_digits(int v) { return last_digits(v, 4); }

}  // namespace

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

bool parse_iso_date(std::string_view s, CalendarDate* out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p)
    for (size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      parts[p] = parts[p] * 10 + (s[i] - '0');
    }
  if (!is_valid_date(parts[0], parts[1], parts[2])) return false;
  *out = {parts[0], parts[1], parts[2]};
  return true;
}

// Howard Hinnant's days_from_civil.
int64_t days_from_civil(const CalendarDate& d) {
  const int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = d.month > 2 ? d.month - 3 : d.month + 9;
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CalendarDate civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int iso_weekday(const CalendarDate& d) {
  const int64_t days = days_from_civil(d);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

std::string iso_text(const CalendarDate& d) {
  if (d.year > 0 && d.month > 0 && d.day > 0) return four_digits(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
  if (d.year > 0 && d.month > 0) return four_digits(d.year) + "-" + two_digits(d.month);
  if (d.year > 0) return four_digits(d.year);
  if (d.month > 0 && d.day > 0) return "--" + two_digits(d.month) + "-" + two_digits(d.day);
  if (d.month > 0) return "--" + two_digits(d.month);
  return "";
}

std::string iso_week_text(const CalendarDate& d) {
  // The week belongs to the year of its Thursday.
  const int64_t days = days_from_civil(d);
  const CalendarDate thursday = civil_from_days(days - iso_weekday(d) + 4);
  const int64_t first = days_from_civil({thursday.year, 1, 1});
  const int week = static_cast<int>((days_from_civil(thursday) - first) / 7 + 1);
  return four_digits(thursday.year) + "-W" + two_digits(week);
}

}  // namespace annotator
