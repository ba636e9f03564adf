// Calendar dates as plain data: parsing "YYYY-MM-DD", day arithmetic, weekdays,
// and the ISO 8601 strings of full and partial dates ("2023-09-05", "--09-05",
// "2023-09", "2023-W36").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace annotator {

struct CalendarDate {
  int year = 0, month = 0, day = 0;  // 0 = unknown
  bool complete() const { return year > 0 && month > 0 && day > 0; }
};

// "2023-09-05" -> true; anything else (or an impossible date) -> false.
bool parse_iso_date(std::string_view text, CalendarDate* out);
bool is_valid_date(int year, int month, int day);

// Days since 1970-01-01 and back (proleptic Gregorian).
int64_t days_from_civil(const CalendarDate& date);
CalendarDate civil_from_days(int64_t days);

// ISO weekday of a complete date: 1 = Monday .. 7 = Sunday.
int iso_weekday(const CalendarDate& date);

// The ISO 8601 text of what is known: "2023-09-05", "2023-09", "2023", "--09-05", "--09".
std::string iso_text(const CalendarDate& date);
// "2023-W36": the ISO week of a complete date.
std::string iso_week_text(const CalendarDate& date);

}  // namespace annotator
