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

// A contract-shaped result the core does not produce yet: a nested mention, a
// time, two events, one with an argument that is no mention.
export const CONTRACT_TEXT = 'La Corea del Nord vende missili a Mosca, che potrebbe colpire i civili domani.';
const at = (s) => ({ start: CONTRACT_TEXT.indexOf(s), end: CONTRACT_TEXT.indexOf(s) + s.length, text: s });
export const CONTRACT_RESULT = {
  lang: 'it',
  mentions: [
    { ...at('Corea del Nord'), category: 'actor', type: 'country', entity: 'e1', sentence: 0 },
    { ...at('Nord'), category: 'place', type: 'region', entity: 'e2', sentence: 0 },
    { ...at('missili'), category: 'weapon', type: 'missile', entity: 'e3', sentence: 0 },
    { ...at('Mosca'), category: 'actor', type: 'country', entity: 'e4', sentence: 0 },
    { ...at('domani'), category: 'time', type: 'date', entity: 'e5', sentence: 0 },
  ],
  entities: [
    { id: 'e1', category: 'actor', type: 'country', name: 'North Korea', ids: { iso3166: 'KP' }, mentions: [0] },
    { id: 'e2', category: 'place', type: 'region', name: 'Nord', ids: {}, mentions: [1] },
    { id: 'e3', category: 'weapon', type: 'missile', name: 'missile', ids: {}, mentions: [2] },
    { id: 'e4', category: 'actor', type: 'country', name: 'Russia', ids: { iso3166: 'RU' }, mentions: [3] },
    { id: 'e5', category: 'time', type: 'date', name: 'domani', ids: {}, mentions: [4] },
  ],
  events: [
    { id: 'v1', type: 'AID', mode: [], label: 'arms supply', trigger: at('vende'), sentence: 0, modality: 'asserted',
      arguments: [{ role: 'actor', entity: 'e1', mention: 0, ...at('Corea del Nord') }, { role: 'instrument', entity: 'e3', mention: 2, ...at('missili') },
        { role: 'recipient', entity: 'e4', mention: 3, ...at('Mosca') }], time: null, dead: null, injured: null, source: null, confidence: 0.8 },
    { id: 'v2', type: 'ASSAULT', mode: [], label: 'attack', trigger: at('colpire'), sentence: 0, modality: 'hypothetical',
      arguments: [{ role: 'actor', entity: 'e4', mention: 3, ...at('Mosca') }, { role: 'recipient', ...at('civili') },
        { role: 'time', entity: 'e5', mention: 4, ...at('domani') }],
      time: { text: 'domani', value: '2024-03-13', mention: 4 }, dead: null, injured: null, source: null, confidence: 0.6 },
  ],
  sentences: [{ start: 0, end: CONTRACT_TEXT.length }],
};
