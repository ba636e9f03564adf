#include "icu_data.h"

#ifdef ANNOTATOR_ICU_DATA
#include <unicode/udata.h>
#include <unicode/ures.h>

// Generated from tools/build-icu-wasm.sh's icudt72l.dat by tools/embed-icu-data.mjs.
extern "C" const unsigned char annotator_icu_data[];

namespace annotator {
namespace {

// Whether the break iterators would find a dictionary: the data in use is then not ours.
bool break_dictionaries_listed() {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* root = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "root", &status);
  UResourceBundle* dictionaries = ures_getByKey(root, "dictionaries", nullptr, &status);
  const bool listed = U_SUCCESS(status);
  ures_close(dictionaries);
  ures_close(root);
  return listed;
}

}  // namespace
}  // namespace annotator
#endif

namespace annotator {

// Where the data is linked in (WebAssembly) there is no other: nothing to do,
// and no resource-bundle code linked to check it.
bool use_shared_icu_data(std::string* error) {
#ifdef ANNOTATOR_ICU_DATA
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(annotator_icu_data, &status);  // a second call with the same data is a no-op
  if (U_FAILURE(status)) {
    *error = std::string("ICU data: ") + u_errorName(status);
    return false;
  }
  if (break_dictionaries_listed()) {
    *error = "ICU data: the system's data was loaded before the annotator's (segmentation would differ)";
    return false;
  }
#else
  (void)error;
#endif
  return true;
}

}  // namespace annotator
