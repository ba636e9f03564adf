// Dates in the text ("5 settembre 2023", "la mattina del 5 settembre", "on Friday",
// "ieri sera", "last week", "nel 2014") as token spans with an ISO 8601 value where
// the text allows: full ("2023-09-05") or partial ("--09-05", "2023-09", "2023",
// "2023-W36"). A publication date resolves what the text leaves relative ("ieri",
// "mercoledì", "5 settembre" without a year); without one those have no value.
#pragma once

#include <string>
#include <vector>

#include "calendar.h"
#include "document.h"

namespace annotator {

struct TimeExpression {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::string value;             // ISO 8601, empty when unknown
};

// Fills out (cleared first) with the time expressions of the document, in text order,
// never overlapping. Needs doc.words (the event data's word classes).
void find_time_expressions(const Document& doc, const CalendarDate& published, std::vector<TimeExpression>& out);

// Adds the time expressions that overlap no other mention as time mentions
// (category time, type date), keeping text order; their values go to
// doc.time_values (cleared first).
void add_time_mentions(const std::vector<TimeExpression>& times, Document& doc, std::vector<MentionCandidate>& mentions);

}  // namespace annotator
