// The page: paste text, annotate it with the WebAssembly core, show the result.
import { load } from './annotator.mjs';

const input = document.getElementById('input');
const lang = document.getElementById('lang');
const button = document.getElementById('annotate');
const status = document.getElementById('status');
const output = document.getElementById('output');

function render(text, result) {
  output.replaceChildren();
  for (const s of result.sentences) {
    const span = document.createElement('span');
    span.className = 'sentence';
    span.textContent = text.slice(s.start, s.end);
    output.append(span, document.createTextNode(' '));
  }
  status.textContent = `${result.sentences.length} sentences, language ${result.lang}`;
}

load().then((annotator) => {
  button.disabled = false;
  status.textContent = 'Ready';
  button.addEventListener('click', () => {
    const text = input.value;
    const result = annotator.annotate(text, lang.value ? { lang: lang.value } : {});
    window.lastResult = result;
    render(text, result);
  });
}, (error) => { status.textContent = `Could not load the annotator: ${error.message}`; });
