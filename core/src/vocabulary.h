// The closed vocabularies of the result contract: categories and types, as small
// integers in tables and as the strings the JSON uses.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace annotator {

enum class Category : uint8_t { kNone = 0, kActor, kWeapon, kPlace, kTime };

enum class Type : uint8_t {
  kNone = 0,
  // actors
  kPerson, kOrganization, kCountry, kGroup,
  // places (kCountry is shared)
  kCity, kRegion, kLocation, kFacility,
  // weapons
  kFirearm, kArtillery, kMunition, kMissile, kRocket, kDrone, kAircraft, kArmouredVehicle,
  kVessel, kAirDefence, kExplosive, kNuclear, kChemicalBiological, kWeapon,
  // times
  kDate,
  kCount
};

constexpr std::array<std::string_view, 5> kCategoryNames = {"", "actor", "weapon", "place", "time"};
constexpr std::array<std::string_view, static_cast<size_t>(Type::kCount)> kTypeNames = {
    "", "person", "organization", "country", "group", "city", "region", "location", "facility",
    "firearm", "artillery", "munition", "missile", "rocket", "drone", "aircraft", "armoured_vehicle",
    "vessel", "air_defence", "explosive", "nuclear", "chemical_biological", "weapon", "date"};

inline std::string_view name_of(Category c) { return kCategoryNames[static_cast<size_t>(c)]; }
inline std::string_view name_of(Type t) { return kTypeNames[static_cast<size_t>(t)]; }

template <typename Enum, size_t N>
Enum parse_name(std::string_view name, const std::array<std::string_view, N>& names) {
  for (size_t i = 1; i < N; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return static_cast<Enum>(0);
}
inline Category parse_category(std::string_view s) { return parse_name<Category>(s, kCategoryNames); }
inline Type parse_type(std::string_view s) { return parse_name<Type>(s, kTypeNames); }

inline bool is_weapon_type(Type t) { return t >= Type::kFirearm && t <= Type::kWeapon; }

// Whether the contract lets a mention of category c have type t ("actor" +
// "missile" does not).
inline bool type_fits_category(Category c, Type t) {
  switch (c) {
    case Category::kActor:
      return t == Type::kPerson || t == Type::kOrganization || t == Type::kCountry || t == Type::kGroup;
    case Category::kPlace:
      return t == Type::kCountry || (t >= Type::kCity && t <= Type::kFacility);
    case Category::kWeapon:
      return is_weapon_type(t);
    default:
      return false;
  }
}

}  // namespace annotator
