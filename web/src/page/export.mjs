// Downloads of the current result: JSON, CSV of entities and of events, W3C Web Annotation.
import { entitiesCsv, eventsCsv } from '../shared/csv.mjs';
import { toWebAnnotation } from '../shared/w3c.mjs';

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Returns enable(on): the buttons work while there is a result (events: when it has some). */
export function setUpExports({ json, csv, events, w3c }, getView) {
  json.addEventListener('click', () => download('annotations.json', 'application/json', JSON.stringify(getView().result, null, 2)));
  csv.addEventListener('click', () => download('entities.csv', 'text/csv;charset=utf-8', entitiesCsv(getView().result)));
  events.addEventListener('click', () => download('events.csv', 'text/csv;charset=utf-8', eventsCsv(getView().result)));
  w3c.addEventListener('click', () => {
    const { text, result } = getView();
    const doc = toWebAnnotation(text, result, { created: new Date().toISOString() });
    download('annotations.jsonld', 'application/ld+json', JSON.stringify(doc, null, 2));
  });
  return (enabled) => {
    for (const b of [json, csv, w3c]) b.disabled = !enabled;
    events.disabled = !enabled || !getView()?.result.events?.length;
  };
}
