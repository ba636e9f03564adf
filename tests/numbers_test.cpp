// Numbers as casualty counts read them (through the public API: "dead" and "injured").
#include "annotator/annotator.h"
#include "annotator/embedded.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace annotator {
namespace {

using nlohmann::json;

// (dead, injured) of the first attack in the text; -2 when there is no attack.
std::pair<int64_t, int64_t> toll(const std::string& text) {
  std::string error;
  Config config;
  config.resources = embedded_resources();
  auto core = Annotator::create(config, &error);
  const json r = json::parse(core->annotate(text, Options{}));
  for (const json& e : r["events"])
    if (e["type"] == "ASSAULT")
      return {e["dead"].is_null() ? -1 : e["dead"].get<int64_t>(), e["injured"].is_null() ? -1 : e["injured"].get<int64_t>()};
  return {-2, -2};
}

TEST(Numbers, DigitsAndSeparators) {
  EXPECT_EQ(toll("A missile strike on Dnipro killed 12 people.").first, 12);
  EXPECT_EQ(toll("The shelling of Kherson killed 1,200 civilians over the winter.").first, 1200);
  EXPECT_EQ(toll("Il bombardamento di Kherson ha ucciso 1.200 civili.").first, 1200);
}

TEST(Numbers, Words) {
  EXPECT_EQ(toll("An air strike on Gaza killed at least twenty-two people and wounded forty.").first, 22);
  EXPECT_EQ(toll("An air strike on Gaza killed at least twenty-two people and wounded forty.").second, 40);
  EXPECT_EQ(toll("Un attacco con droni su Odessa ha fatto ventidue morti e trentotto feriti."),
            (std::pair<int64_t, int64_t>{22, 38}));
  EXPECT_EQ(toll("Gunmen attacked a village in Borno, killing a dozen farmers.").first, 12);
  EXPECT_EQ(toll("L'esplosione a Mogadiscio ha provocato duecento morti.").first, 200);
}

TEST(Numbers, NoCountNoNumber) {
  EXPECT_EQ(toll("Russia attacked Kharkiv with drones overnight."), (std::pair<int64_t, int64_t>{-1, -1}));
}

}  // namespace
}  // namespace annotator
