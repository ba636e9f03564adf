// W3C Web Annotation (JSON-LD) of a result: one annotation per mention, then one
// per event (on its trigger, described in plain words, linked to its arguments'
// mentions), each targeting the text by quote (exact/prefix/suffix) and by
// position. Positions in that model count Unicode code points, not the UTF-16
// units of the result.
import { argumentName, eventText } from './events-text.mjs';
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

/** utf16 index -> code point index, for every index 0..text.length. */
export function codePointIndex(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return map;
}

function before(text, start) {
  return Array.from(text.slice(Math.max(0, start - 2 * CONTEXT_CHARS), start)).slice(-CONTEXT_CHARS).join('');
}
function after(text, end) {
  return Array.from(text.slice(end, end + 2 * CONTEXT_CHARS)).slice(0, CONTEXT_CHARS).join('');
}

function identifiers(ids = {}) {
  const out = [];
  if (ids.geonames) out.push(`https://sws.geonames.org/${ids.geonames}/`);
  if (ids.iso3166) out.push(`urn:iso:std:iso:3166:${ids.iso3166}`);
  if (ids.wikidata) out.push(`http://www.wikidata.org/entity/${ids.wikidata}`);
  return out;
}

export function toWebAnnotation(text, result, { source = 'urn:article-annotator:document', created } = {}) {
  const cp = codePointIndex(text);
  const target = (start, end) => ({ source, selector: [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: before(text, start), suffix: after(text, end) },
    { type: 'TextPositionSelector', start: cp[start], end: cp[end] },
  ] });
  const entities = new Map((result.entities || []).map((e) => [e.id, e]));
  const items = (result.mentions || []).map((m, i) => {
    const entity = entities.get(m.entity);
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: m.category },
      { type: 'TextualBody', purpose: 'classifying', value: m.type },
    ];
    if (entity?.name) body.push({ type: 'TextualBody', purpose: 'describing', value: entity.name });
    for (const id of identifiers(entity?.ids)) body.push({ type: 'SpecificResource', purpose: 'identifying', source: id });
    return {
      id: `${source}#mention-${i}`, type: 'Annotation', motivation: 'tagging', ...(created ? { created } : {}),
      body,
      target: target(m.start, m.end),
    };
  });
  (result.events || []).forEach((ev, j) => {
    if (typeof ev.trigger?.start !== 'number') return;
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: ev.type },
      { type: 'TextualBody', purpose: 'describing', value: eventText(result, ev) },
    ];
    for (const arg of ev.arguments || []) {
      body.push({ type: 'TextualBody', purpose: 'describing', value: `${arg.role}: ${argumentName(result, arg)}` });
      if (typeof arg.mention === 'number') body.push({ type: 'SpecificResource', purpose: 'linking', source: `${source}#mention-${arg.mention}` });
    }
    items.push({ id: `${source}#event-${ev.id || j + 1}`, type: 'Annotation', motivation: 'tagging', ...(created ? { created } : {}),
      body, target: target(ev.trigger.start, ev.trigger.end) });
  });
  return {
    '@context': CONTEXT, id: `${source}#annotations`, type: 'AnnotationCollection', label: 'Article annotator',
    total: items.length, first: { id: `${source}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
