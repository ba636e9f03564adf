// The recogniser end to end on the embedded lexicon and models: one construction
// per test, as the result contract shows it.
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

// The mention with this exact text, or null.
json mention(const json& r, const std::string& text) {
  for (const auto& m : r["mentions"])
    if (m["text"] == text) return m;
  return nullptr;
}

std::string entity_name(const json& r, const json& m) {
  for (const auto& e : r["entities"])
    if (e["id"] == m["entity"]) return e["name"];
  return "";
}

TEST(Mentions, MultiWordWeaponsAreOneMention) {
  const json r = annotate("Kiev ha ricevuto missili anticarro e proiettili di artiglieria.", "it");
  ASSERT_FALSE(mention(r, "missili anticarro").is_null());
  EXPECT_EQ(mention(r, "missili anticarro")["type"], "missile");
  EXPECT_EQ(mention(r, "proiettili di artiglieria")["type"], "munition");
  const json e = annotate("Germany sent Leopard 2 tanks and anti-tank missiles.", "en");
  EXPECT_EQ(mention(e, "Leopard 2 tanks")["type"], "armoured_vehicle");
  EXPECT_EQ(mention(e, "anti-tank missiles")["category"], "weapon");
}

TEST(Mentions, CapitalThatActsIsItsCountry) {
  const json r = annotate("Mosca vuole munizioni dalla Corea del Nord.", "it");
  const json m = mention(r, "Mosca");
  ASSERT_FALSE(m.is_null());
  EXPECT_EQ(m["category"], "actor");
  EXPECT_EQ(m["type"], "country");
  EXPECT_EQ(entity_name(r, m), "Russia");
}

TEST(Mentions, CountryAfterALocatingWordIsAPlace) {
  const json r = annotate("Le esplosioni sono avvenute in Corea del Nord.", "it");
  EXPECT_EQ(mention(r, "Corea del Nord")["category"], "place");
  const json e = annotate("Strikes hit targets near Moscow.", "en");
  EXPECT_EQ(mention(e, "Moscow")["category"], "place");
}

TEST(Mentions, RegionPhrases) {
  const json r = annotate("I droni sono caduti nella regione di Kaluga.", "it");
  EXPECT_EQ(mention(r, "regione di Kaluga")["type"], "region");
  EXPECT_TRUE(mention(r, "Kaluga").is_null());
}

TEST(Mentions, DemonymsAreAttributesNotMentions) {
  const json r = annotate("Secondo due funzionari americani, i soldati nordcoreani sono in Russia.", "it");
  EXPECT_EQ(mention(r, "funzionari americani")["type"], "group");
  EXPECT_TRUE(mention(r, "americani").is_null());
  EXPECT_TRUE(mention(r, "nordcoreani").is_null());
}

TEST(Mentions, ShortPersonNameJoinsTheFullOneEitherWay) {
  const json r = annotate("Kim ha parlato a lungo. Poi Kim Jong Un ha visitato la fabbrica.", "it");
  const json k = mention(r, "Kim"), full = mention(r, "Kim Jong Un");
  ASSERT_FALSE(k.is_null());
  ASSERT_FALSE(full.is_null());
  EXPECT_EQ(k["entity"], full["entity"]);
}

TEST(Mentions, AmbiguousWeaponNamesNeedTalkOfWeapons) {
  const json plain = annotate("Il Congresso ha rinnovato il Patriot Act.", "it");
  const json p = mention(plain, "Patriot");
  EXPECT_TRUE(p.is_null() || p["category"] != "weapon");
  const json arms = annotate("Kiev ha ricevuto missili Patriot e carri armati.", "it");
  EXPECT_EQ(mention(arms, "missili Patriot")["type"], "air_defence");
}

TEST(Mentions, UserTermsAreRecognised) {
  const json r = annotate("Zorglub Force ha attaccato il villaggio.", "it", {{"Zorglub Force", "actor", "group"}});
  EXPECT_EQ(mention(r, "Zorglub Force")["type"], "group");
}

TEST(Mentions, OffsetsAreUtf16) {
  const json r = annotate("🚀 La Russia vuole droni.", "it");
  const json m = mention(r, "Russia");
  ASSERT_FALSE(m.is_null());
  EXPECT_EQ(m["start"], 6);  // the rocket is two UTF-16 units
  EXPECT_EQ(m["byteStart"], 8);
}

TEST(Mentions, SurnameOfAPersonNamedInFullIsThatPerson) {
  // "Houston" is also a listed city; the surname of "Whitney Houston" wins.
  const json r = annotate("La cantante Whitney Houston è morta a Beverly Hills; la Houston aveva 48 anni.", "it");
  const json short_form = mention(r, "Houston");
  ASSERT_FALSE(short_form.is_null());
  EXPECT_EQ(short_form["type"], "person");
  EXPECT_EQ(short_form["entity"], mention(r, "Whitney Houston")["entity"]);
  // A country keeps its reading next to a person named after it.
  const json c = annotate("Michael Jordan visited Jordan and met officials in Amman.", "en");
  EXPECT_EQ(mention(c, "Jordan")["type"], "country");
}

TEST(Mentions, LowercaseBodyEndsBeforeItsVerb) {
  const json r = annotate("La polizia indaga sull'attacco. Il consiglio comunale ha votato.", "it");
  EXPECT_TRUE(mention(r, "polizia indaga").is_null());
  ASSERT_FALSE(mention(r, "polizia").is_null());
  EXPECT_EQ(mention(r, "polizia")["type"], "organization");
}

TEST(Mentions, ArabicParticlesAndItalianTailsStayInTheName) {
  const json r = annotate("Il premier Nouri al-Maliki ha incontrato i vertici della Chiesa ortodossa e della "
                          "Guardia costiera.", "it");
  EXPECT_EQ(mention(r, "Nouri al-Maliki")["type"], "person");
  EXPECT_FALSE(mention(r, "Chiesa ortodossa").is_null());
  EXPECT_FALSE(mention(r, "Guardia costiera").is_null());
}

TEST(Mentions, OneAmbiguousWeaponNameRepeatedIsNoTalkOfWeapons) {
  const json r = annotate("Juventus - Milan, poi Milan - Lazio e infine Inter - Milan.", "it");
  for (const auto& m : r["mentions"]) EXPECT_NE(m["category"], "weapon") << m["text"];
}

TEST(Mentions, OnlyARealPersonGivesAwayItsSurname) {
  // "Inside Wikileaks" (a book) is no person whose surname "Wikileaks" could be.
  const json r = annotate("Wikileaks ha pubblicato i file. Il libro Inside Wikileaks racconta tutto. "
                          "Un impiegato di Wikileaks ha parlato.", "it");
  for (const auto& m : r["mentions"])
    if (m["text"] == "Wikileaks") EXPECT_NE(m["type"], "person");
}

TEST(Mentions, AWordWrappedInHyphensIsMarkupNotAName) {
  const json r = annotate("-DOCSTART-\nThe band toured Japan with NATO - and UNICEF - support.", "en");
  EXPECT_TRUE(mention(r, "DOCSTART").is_null());
  EXPECT_FALSE(mention(r, "NATO").is_null());  // a spaced dash is punctuation
  EXPECT_FALSE(mention(r, "Japan").is_null());
}

TEST(Mentions, OrganisationHeadsThatNameABodyOrTakeAName) {
  const json r = annotate("I carabinieri hanno arrestato un ricercatore dell'università di Nottingham.", "it");
  EXPECT_EQ(mention(r, "carabinieri")["type"], "organization");
  EXPECT_EQ(mention(r, "università di Nottingham")["type"], "organization");
  EXPECT_TRUE(mention(r, "Nottingham").is_null());
}

TEST(Mentions, UrbanFeatureCuesStayInTheName) {
  const json r = annotate("Il ponte Morandi è crollato; nel quartiere di Harlem nessun danno.", "it");
  EXPECT_EQ(mention(r, "ponte Morandi")["category"], "place");
  EXPECT_EQ(mention(r, "quartiere di Harlem")["category"], "place");
}

TEST(Mentions, ARegionCueBeforeAListedRegionAddsNothing) {
  const json r = annotate("Mr Campbell said the state of Florida would sue.", "en");
  EXPECT_EQ(mention(r, "Florida")["type"], "region");
  EXPECT_TRUE(mention(r, "state of Florida").is_null());
  EXPECT_TRUE(mention(r, "Mr Campbell").is_null());  // an honorific is no part of the name
}

TEST(Mentions, ALowercaseReligiousTitleIsPartOfTheName) {
  const json r = annotate("Ieri don Luigi Ciotti ha incontrato il ministro a Roma.", "it");
  EXPECT_EQ(mention(r, "don Luigi Ciotti")["type"], "person");
  EXPECT_TRUE(mention(r, "Luigi Ciotti").is_null());
}

TEST(Mentions, AShopNamedAfterItsFounderKeepsItsPossessive) {
  const json r = annotate("McDonald's said it would close its stores, and Macy's was sold. Obama's plan failed.", "en");
  EXPECT_EQ(mention(r, "McDonald's")["type"], "organization");
  EXPECT_EQ(mention(r, "Macy's")["type"], "organization");
  EXPECT_TRUE(mention(r, "Obama's").is_null());  // a possessive before a noun is not the name
}

TEST(Mentions, AMilitaryUnitKeepsItsNumber) {
  const json en = annotate("The 155th Marine Brigade and the 47th brigade held the line. In 2014 Azov Regiment was formed.", "en");
  EXPECT_EQ(mention(en, "155th Marine Brigade")["type"], "organization");
  EXPECT_EQ(mention(en, "47th brigade")["type"], "organization");
  EXPECT_TRUE(mention(en, "2014 Azov Regiment").is_null());  // a year is no unit number
  const json it = annotate("I Tornado del 6º Stormo sono decollati insieme alla 47ª brigata.", "it");
  EXPECT_EQ(mention(it, "6º Stormo")["type"], "organization");
  EXPECT_EQ(mention(it, "47ª brigata")["type"], "organization");
}

TEST(Mentions, AnItalianBodyGoesOnWithALowercaseComplement) {
  const json r = annotate("La Camera dei deputati ha approvato il decreto. Il voto alla Camera di oggi è rinviato.", "it");
  EXPECT_EQ(mention(r, "Camera dei deputati")["type"], "organization");
  EXPECT_TRUE(mention(r, "Camera di oggi").is_null());  // a time is no part of the name
}

TEST(Mentions, ACompanyFormMakesAnOrganisationAndNamesItsBareNameToo) {
  const json r = annotate("Eberhard Faber GmbH was founded in 1849. Later Eberhard Faber opened a plant in New York.", "en");
  EXPECT_EQ(mention(r, "Eberhard Faber GmbH")["type"], "organization");
  EXPECT_EQ(mention(r, "Eberhard Faber")["type"], "organization");
}

TEST(Mentions, ACapitalisedArticleInsideASentenceOpensATitle) {
  const json r = annotate("La Russia ha risposto alle domande dei giornalisti de La Stampa e de Il Tempo.", "it");
  EXPECT_EQ(mention(r, "Russia")["type"], "country");  // at the sentence start the article is not the name's
  EXPECT_EQ(mention(r, "La Stampa")["type"], "organization");
  EXPECT_EQ(mention(r, "Il Tempo")["type"], "organization");
}

TEST(Mentions, ATownInsideAFacilityNameIsNestedInIt) {
  const json r = annotate("Gravi disagi all'aeroporto di Napoli per lo sciopero.", "it");
  const json facility = mention(r, "aeroporto di Napoli"), town = mention(r, "Napoli");
  ASSERT_FALSE(facility.is_null());
  ASSERT_FALSE(town.is_null());
  EXPECT_EQ(facility["type"], "facility");
  EXPECT_EQ(town["type"], "city");
  EXPECT_NE(facility["entity"], town["entity"]);
}

TEST(Mentions, NamedSystemsAreTheirOwnEntities) {
  const json r = annotate("Iran sent Shahed drones, Poland bought K2 tanks and Leopard 2 tanks, and more drones came.", "en");
  EXPECT_EQ(entity_name(r, mention(r, "Shahed drones")), "Shahed-136");
  EXPECT_EQ(entity_name(r, mention(r, "K2 tanks")), "K2 Black Panther");
  EXPECT_NE(mention(r, "K2 tanks")["entity"], mention(r, "Leopard 2 tanks")["entity"]);
  EXPECT_EQ(entity_name(r, mention(r, "drones")), "drone");  // generic words group by class
  const json f = annotate("The F-16 jets and the F-16 fighter jets arrived.", "en");
  EXPECT_EQ(mention(f, "F-16 jets")["entity"], mention(f, "F-16 fighter jets")["entity"]);
}

TEST(Mentions, AWeaponPhraseIsOneMentionInEitherLanguage) {
  // A short Italian line may be taken for English: its weapon words still make one phrase.
  for (const std::string lang : {"it", "en"}) {
    const json r = annotate("Droni Shahed in volo.", lang);
    ASSERT_EQ(r["mentions"].size(), 1u) << lang << ": " << r["mentions"].dump();
    EXPECT_EQ(r["mentions"][0]["text"], "Droni Shahed") << lang;
    EXPECT_EQ(r["mentions"][0]["type"], "drone") << lang;
    EXPECT_EQ(entity_name(r, r["mentions"][0]), "Shahed-136") << lang;
  }
}

TEST(Mentions, CivilianShipsAreNoWeaponsAndWarshipsAre) {
  const json r = annotate("Houthi rebels struck a cargo vessel, and the USS Carney shot down two drones.", "en");
  EXPECT_TRUE(mention(r, "vessel").is_null());
  EXPECT_TRUE(mention(r, "cargo vessel").is_null());
  EXPECT_EQ(mention(r, "USS Carney")["type"], "vessel");
  const json i = annotate("Gli Houthi hanno colpito una nave mercantile nel Mar Rosso.", "it");
  EXPECT_TRUE(mention(i, "nave").is_null());
}

TEST(Mentions, DatelineTownsLocate) {
  const json r = annotate("MOSCOW, March 14 (Reuters) - Russia said it would answer.", "en");
  EXPECT_EQ(mention(r, "MOSCOW")["category"], "place");
  EXPECT_EQ(mention(r, "Russia")["category"], "actor");
  const json i = annotate("ROMA, 6 dicembre - La Russia ha chiesto nuove munizioni.", "it");
  EXPECT_EQ(mention(i, "ROMA")["category"], "place");
  EXPECT_FALSE(mention(i, "Russia").is_null());
}

TEST(Mentions, TeamsNamedAfterTownsAreOrganisations) {
  const json r = annotate("Il Napoli batte la Lazio, mentre la Juventus pareggia con il Torino.", "it");
  EXPECT_EQ(mention(r, "Lazio")["type"], "organization");
  EXPECT_EQ(mention(r, "Torino")["type"], "organization");
  const json e = annotate("Arsenal striker Bukayo Saka scored twice as Arsenal beat Chelsea.", "en");
  for (const auto& m : e["mentions"])
    if (m["text"] == "Arsenal") EXPECT_EQ(m["type"], "organization");
}

TEST(Mentions, NationalTeamsKeepTheirCountry) {
  const json r = annotate("Italia - Romania 2-0: la Spagna perde con la Francia.", "it");
  EXPECT_EQ(mention(r, "Romania")["type"], "country");
}

TEST(Mentions, UsaIsTheUnitedStates) {
  const json r = annotate("Gli Usa hanno imposto nuove sanzioni all'Iran.", "it");
  EXPECT_EQ(mention(r, "Usa")["type"], "country");
  EXPECT_EQ(entity_name(r, mention(r, "Usa")), "United States");
}

TEST(Mentions, AFeastNamedAloneIsNoName) {
  const json r = annotate(
      "Russia proposed a three-day Easter truce, Zelensky said. Strikes went on through Passover, Netanyahu said.", "en");
  EXPECT_TRUE(mention(r, "Easter").is_null());
  EXPECT_TRUE(mention(r, "Passover").is_null());
  EXPECT_EQ(mention(r, "Zelensky")["type"], "person");
}


TEST(Mentions, ALoneSurnameIsThePerson) {
  const json r = annotate("Try: Joost Amberley. Conversion: Henry Lisgar. Penalties: Lisgar (2).", "en");
  EXPECT_EQ(mention(r, "Lisgar")["type"], "person");
  // Not a word inside a run of capitalised words, nor one written in lowercase elsewhere.
  const json lotto = annotate("Jack Classic founded the firm. Classic Lotto jackpots grew; a classic draw.", "en");
  EXPECT_TRUE(mention(lotto, "Classic").is_null());
}

TEST(Mentions, TitlesOfAddressAreNoPartOfTheName) {
  const json it = annotate("Il capogruppo Dott. Conci e il dott. Cappelletti hanno smentito; il signor Rossi tace.", "it");
  EXPECT_EQ(mention(it, "Conci")["type"], "person");
  EXPECT_EQ(mention(it, "Cappelletti")["type"], "person");
  EXPECT_EQ(mention(it, "Rossi")["type"], "person");
  const json en = annotate("Then Lt. Paul Joalland and Major Saturnino Castro arrived; Brigadier General Ross G. Hoyt "
                           "took command.", "en");
  EXPECT_EQ(mention(en, "Paul Joalland")["type"], "person");
  EXPECT_EQ(mention(en, "Saturnino Castro")["type"], "person");
  EXPECT_EQ(mention(en, "Ross G. Hoyt")["type"], "person");
  EXPECT_TRUE(mention(en, "Lt").is_null());
  EXPECT_TRUE(mention(en, "Major").is_null());
  EXPECT_TRUE(mention(en, "Brigadier General").is_null());
}

TEST(Mentions, ACountryActingAsAPersonNamedInFullIsThatPerson) {
  const json r = annotate("Director Neil Jordan defended his film on Sunday. \"It was a savage time,\" Jordan said.", "en");
  size_t persons = 0;
  for (const auto& m : r["mentions"]) persons += m["text"] == "Jordan" && m["type"] == "person";
  EXPECT_EQ(persons, 1u);
  // Located, or before its own title, the country stays the country.
  const json k = annotate("Neil Jordan flew to Amman. Jordan's King Hussein met him; he stayed in Jordan.", "en");
  for (const auto& m : k["mentions"])
    if (m["text"] == "Jordan") EXPECT_EQ(m["type"], "country");
}

TEST(Mentions, AListedPlaceEndingWithABodysHeadIsAPlace) {
  const json r = annotate("Israeli troops raided villages in the West Bank on Monday.", "en");
  EXPECT_EQ(mention(r, "West Bank")["category"], "place");
}

}  // namespace
}  // namespace annotator
