// The user's own terms against the built-in readings, where entities go on the
// map, and their links: end to end on the embedded lexicon and models.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "annotator/annotator.h"
#include "annotator/embedded.h"

namespace annotator {
namespace {

using nlohmann::json;

json annotate(const std::string& text, const std::string& lang, std::vector<Term> terms = {}) {
  Config config;
  config.resources = embedded_resources();
  config.terms = std::move(terms);
  std::string error;
  auto core = Annotator::create(config, &error);
  EXPECT_TRUE(core) << error;
  Options options;
  options.lang = lang;
  return json::parse(core->annotate(text, options));
}

json mention(const json& r, const std::string& text) {
  for (const auto& m : r["mentions"])
    if (m["text"] == text) return m;
  return nullptr;
}

json entity_of(const json& r, const json& m) {
  for (const auto& e : r["entities"])
    if (e["id"] == m["entity"]) return e;
  return nullptr;
}

const std::string kText = "La Russia ha lanciato droni Shahed contro Kharkiv. I Patriot li hanno abbattuti.";

TEST(UserTerms, WinOverTheBuiltInReadingOfTheSameWords) {
  ASSERT_EQ(mention(annotate(kText, "it"), "Patriot")["category"], "weapon");
  const json r = annotate(kText, "it", {{"Patriot", "actor", "group"}});
  const json m = mention(r, "Patriot");
  ASSERT_FALSE(m.is_null());
  EXPECT_EQ(m["category"], "actor");
  EXPECT_EQ(m["type"], "group");
  EXPECT_EQ(entity_of(r, m)["name"], "Patriot");
  // A country the user calls a group stays a group after "in" (no actor/place switch).
  const json c = annotate("Le truppe sono entrate in Ruritania.", "it", {{"Ruritania", "actor", "group"}});
  EXPECT_EQ(mention(c, "Ruritania")["category"], "actor");
}

TEST(UserTerms, WinInsideALongerMentionOnlyWhenAsked) {
  const json plain = annotate(kText, "it", {{"Shahed", "weapon", "missile"}});
  EXPECT_FALSE(mention(plain, "droni Shahed").is_null());
  EXPECT_TRUE(mention(plain, "Shahed").is_null());
  const json asked = annotate(kText, "it", {{"Shahed", "weapon", "missile", true}});
  EXPECT_TRUE(mention(asked, "droni Shahed").is_null());
  EXPECT_EQ(mention(asked, "Shahed")["type"], "missile");
}

TEST(UserTerms, CategoryNoneUnmarksTheWords) {
  const json r = annotate(kText, "it", {{"Kharkiv", "none", ""}});
  EXPECT_TRUE(mention(r, "Kharkiv").is_null());
  EXPECT_FALSE(mention(r, "Russia").is_null());
  std::string error;
  Config config;
  config.terms = {{"Kharkiv", "nonsense", ""}};
  EXPECT_FALSE(Annotator::create(config, &error));
  EXPECT_NE(error.find("unknown category"), std::string::npos);
}

TEST(EntityCoordinates, ACountryNamedByItsCapitalSitsAtTheCapitalUntilNamedItself) {
  const json london = annotate("Londra accusa Mosca di aver violato l'accordo.", "it");
  const json uk = entity_of(london, mention(london, "Londra"));
  ASSERT_EQ(uk["name"], "United Kingdom");
  ASSERT_TRUE(uk.contains("coordinates"));
  EXPECT_NEAR(uk["coordinates"][0].get<double>(), 51.5, 0.1);  // London
  // Named first by its capital, then by itself: the country's own centre wins.
  const json kiev = annotate("Kiev chiede aiuto. L'Ucraina resiste.", "it");
  const json ua = entity_of(kiev, mention(kiev, "Kiev"));
  ASSERT_EQ(ua["name"], "Ukraine");
  EXPECT_EQ(ua, entity_of(kiev, mention(kiev, "Ucraina")));
  EXPECT_NEAR(ua["coordinates"][0].get<double>(), 49.0, 0.1);
}

TEST(EntityCoordinates, ARegionBuiltAroundAListedTownSitsAtTheTown) {
  const json r = annotate("Droni russi hanno colpito la regione di Dnipro.", "it");
  const json region = entity_of(r, mention(r, "regione di Dnipro"));
  ASSERT_FALSE(region.is_null());
  ASSERT_TRUE(region.contains("coordinates"));
  EXPECT_NEAR(region["coordinates"][0].get<double>(), 48.5, 0.2);
  EXPECT_NEAR(region["coordinates"][1].get<double>(), 35.0, 0.2);
}

TEST(EntityIds, CountriesAndListedOrganisationsLinkToWikidata) {
  const json r = annotate("La Russia ha chiesto alla NATO di trattare.", "it");
  EXPECT_EQ(entity_of(r, mention(r, "Russia"))["ids"]["wikidata"], "Q159");
  EXPECT_EQ(entity_of(r, mention(r, "NATO"))["ids"]["wikidata"], "Q7184");
}

}  // namespace
}  // namespace annotator
