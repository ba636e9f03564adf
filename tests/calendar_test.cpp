#include "calendar.h"

#include <gtest/gtest.h>

namespace annotator {
namespace {

TEST(Calendar, ParsesOnlyRealDates) {
  CalendarDate d;
  ASSERT_TRUE(parse_iso_date("2024-02-29", &d));
  EXPECT_EQ(d.year, 2024);
  EXPECT_EQ(d.month, 2);
  EXPECT_EQ(d.day, 29);
  EXPECT_FALSE(parse_iso_date("2023-02-29", &d));
  EXPECT_FALSE(parse_iso_date("2024-13-01", &d));
  EXPECT_FALSE(parse_iso_date("2024-1-01", &d));
  EXPECT_FALSE(parse_iso_date("yesterday", &d));
}

TEST(Calendar, DayArithmeticRoundTrips) {
  const CalendarDate d{2024, 3, 1};
  const CalendarDate before = civil_from_days(days_from_civil(d) - 1);
  EXPECT_EQ(iso_text(before), "2024-02-29");
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(iso_text(civil_from_days(days_from_civil({1999, 12, 31}) + 1)), "2000-01-01");
}

TEST(Calendar, WeekdaysAndWeeks) {
  EXPECT_EQ(iso_weekday({2024, 3, 8}), 5);  // a Friday
  EXPECT_EQ(iso_weekday({1970, 1, 1}), 4);  // a Thursday
  EXPECT_EQ(iso_week_text({2024, 3, 8}), "2024-W10");
  EXPECT_EQ(iso_week_text({2021, 1, 3}), "2020-W53");  // the week of 2020's last Thursday
}

TEST(Calendar, PartialDatesInIso8601) {
  EXPECT_EQ(iso_text({0, 9, 5}), "--09-05");
  EXPECT_EQ(iso_text({2023, 9, 0}), "2023-09");
  EXPECT_EQ(iso_text({2023, 0, 0}), "2023");
  EXPECT_EQ(iso_text({0, 9, 0}), "--09");
  EXPECT_EQ(iso_text({}), "");
}

}  // namespace
}  // namespace annotator
