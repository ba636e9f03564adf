// Shared inputs for the JavaScript tests: Italian and English news sentences with
// elisions, curly quotes, accented capitals, non-Latin script and emoji.
export const TEXTS = [
  "La Russia ha chiesto alla Corea del Nord di vendere munizioni dell’artiglieria.",
  "L'allarme è scattato a Kiev: “droni in arrivo” 🚀. È la terza volta.",
  "Russia's defence ministry said HIMARS strikes hit Kherson on Tuesday.",
  "North Korean troops were seen near Kursk, U.S. officials said.",
  "Москва и Пхеньян подписали договор. 北京 non ha commentato.",
  "🇺🇦🚀 Zelensky: «Ci servono più Patriot» — ha detto a Bruxelles.",
  "",
  "   \n\t",
  "Un testo con \u0000 un byte nullo e un surrogato \uD83D\uDE80 intero.",
];

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CLI = `${ROOT}build/bin/annotate`;
export const WASM_MODULE = `${ROOT}build-wasm/bin/annotator.mjs`;
export const PAGE_DIR = `${ROOT}build/web`;
