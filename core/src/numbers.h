// Numbers as news write them: digits ("12", "1,200", "1.200"), words the event data
// lists ("tre", "twelve", "dozen"), Italian compounds ("ventidue", "duecento",
// "tremila") and English hyphenated ones ("twenty-two"); day-of-month and year tokens.
#pragma once

#include <cstdint>
#include <string_view>

#include "document.h"

namespace annotator {

// The value of token i alone, or -1 when it is no number.
int64_t number_value(const Document& doc, uint32_t i);

// The value of the number phrase starting at token *i ("two hundred", "a dozen",
// "12", "ventidue"), with *i moved past it; -1 (and *i unchanged) when there is none.
// The phrase stays before token end.
int64_t read_number(const Document& doc, uint32_t* i, uint32_t end);

// A day of the month: "5", "05", "5th", "21st" -> 5, 5, 5, 21; otherwise 0.
int day_of_month(std::string_view raw);

// A year: four digits between 1000 and 2999 ("2023"); otherwise 0.
int year_of(std::string_view raw);

}  // namespace annotator
