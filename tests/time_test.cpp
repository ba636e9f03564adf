// Dates become time mentions with ISO 8601 values (through the public API).
#include "annotator/annotator.h"
#include "annotator/embedded.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace annotator {
namespace {

using nlohmann::json;

// The time mentions of a text: text -> value ("" when the text says too little).
std::vector<std::pair<std::string, std::string>> times(const std::string& text, const std::string& date = "",
                                                       const std::string& lang = "") {
  std::string error;
  Config config;
  config.resources = embedded_resources();
  auto core = Annotator::create(config, &error);
  EXPECT_TRUE(core) << error;
  Options options;
  options.date = date;
  options.lang = lang;
  const json r = json::parse(core->annotate(text, options));
  std::vector<std::pair<std::string, std::string>> out;
  for (const json& m : r["mentions"])
    if (m["category"] == "time") out.emplace_back(m["text"], m.value("value", ""));
  return out;
}

using Times = std::vector<std::pair<std::string, std::string>>;

TEST(Time, ItalianCalendarDates) {
  EXPECT_EQ(times("Il 5 settembre 2023 la Russia ha attaccato Kiev."), (Times{{"5 settembre 2023", "2023-09-05"}}));
  EXPECT_EQ(times("La mattina del 5 settembre i droni hanno colpito Odessa."),
            (Times{{"La mattina del 5 settembre", "--09-05"}}));
  EXPECT_EQ(times("Il vertice è fissato per il 1° dicembre.", "2024-11-20"), (Times{{"1° dicembre", "2024-12-01"}}));
  EXPECT_EQ(times("L'accordo fu firmato nel 2014.", "", "it"), (Times{{"2014", "2014"}}));
  EXPECT_EQ(times("Fine settembre 2022 iniziò la mobilitazione.", "", "it"), (Times{{"Fine settembre 2022", "2022-09"}}));
}

TEST(Time, EnglishCalendarDates) {
  EXPECT_EQ(times("On September 5, 2023, Russia attacked Kyiv."), (Times{{"September 5, 2023", "2023-09-05"}}));
  EXPECT_EQ(times("The talks ended on Sept. 5th."), (Times{{"Sept. 5th", "--09-05"}}));
  EXPECT_EQ(times("Troops moved in on 2023-10-07."), (Times{{"2023-10-07", "2023-10-07"}}));
  EXPECT_EQ(times("The ministry may comment later."), Times{});  // "may" the verb
}

TEST(Time, RelativeDatesNeedThePublicationDate) {
  EXPECT_EQ(times("Ieri la Russia ha attaccato Kiev.", "2024-03-08"), (Times{{"Ieri", "2024-03-07"}}));
  EXPECT_EQ(times("Ieri la Russia ha attaccato Kiev."), (Times{{"Ieri", ""}}));
  EXPECT_EQ(times("Russia attacked Kyiv on Friday.", "2024-03-10"), (Times{{"Friday", "2024-03-08"}}));
  EXPECT_EQ(times("They will meet next Monday.", "2024-03-08"), (Times{{"next Monday", "2024-03-11"}}));
  EXPECT_EQ(times("Mercoledì scorso Blinken è arrivato a Kiev per i colloqui con il governo.", "2024-03-08"),
            (Times{{"Mercoledì scorso", "2024-03-06"}}));
  EXPECT_EQ(times("Talks resumed last week.", "2024-03-08"), (Times{{"last week", "2024-W09"}}));
  EXPECT_EQ(times("Ieri sera sono esplose due bombe.", "2024-03-08"), (Times{{"Ieri sera", "2024-03-07"}}));
}

TEST(Time, AYearIsInferredNearThePublicationDate) {
  // Without a year: the publication year, unless that is more than half a year ahead.
  EXPECT_EQ(times("Il 20 dicembre i colloqui sono falliti.", "2024-01-10"), (Times{{"20 dicembre", "2023-12-20"}}));
  EXPECT_EQ(times("Il 20 febbraio i colloqui riprenderanno.", "2024-01-10"), (Times{{"20 febbraio", "2024-02-20"}}));
}

TEST(Time, AnInvalidPublicationDateIsAnError) {
  std::string error;
  Config config;
  config.resources = embedded_resources();
  auto core = Annotator::create(config, &error);
  Options options;
  options.date = "2024-02-30";
  options.id = "x";
  const json r = json::parse(core->annotate("Ieri.", options));
  EXPECT_TRUE(r.contains("error"));
  EXPECT_EQ(r["id"], "x");
}

}  // namespace
}  // namespace annotator
