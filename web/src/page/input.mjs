// Getting text in: the samples, a file picker, and drag and drop. HTML files are
// reduced to their text (never rendered); everything else is read as text.
// A sample sets the language; new text (typed, pasted, dropped, opened) sets it
// back to Detect. A language the reader chose stays, and the status says so.
import { htmlToText } from '../shared/text-of-dom.mjs';
import { SAMPLES } from '../shared/samples.mjs';

export async function readFile(file) {
  const raw = await file.text();
  return /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(raw) : raw;
}

export function setUpInput({ input, lang, file, sampleIt, sampleEn }, onText) {
  let sampleLanguage = false;  // the language selector was set by a sample, not by the reader
  const put = (text, language = '') => {
    input.value = text;
    lang.value = language;
    sampleLanguage = Boolean(language);
    onText();
  };
  sampleIt.addEventListener('click', () => put(SAMPLES.it, 'it'));
  sampleEn.addEventListener('click', () => put(SAMPLES.en, 'en'));
  lang.addEventListener('change', () => { sampleLanguage = false; });
  input.addEventListener('input', () => { if (sampleLanguage) { lang.value = ''; sampleLanguage = false; } });
  file.addEventListener('change', async () => { if (file.files[0]) put(await readFile(file.files[0])); file.value = ''; });
  // A file dropped anywhere on the page is read, not opened by the browser in place of the page.
  const hasFiles = (e) => [...(e.dataTransfer?.types || [])].includes('Files');
  document.addEventListener('dragover', (e) => { if (hasFiles(e)) { e.preventDefault(); input.classList.add('dropping'); } });
  document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) input.classList.remove('dropping'); });
  document.addEventListener('drop', async (e) => {
    input.classList.remove('dropping');
    const dropped = e.dataTransfer?.files?.[0];
    if (!dropped) return;  // dropped text: the textarea inserts it itself
    e.preventDefault();
    put(await readFile(dropped));
  });
}
