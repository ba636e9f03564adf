// Long texts are annotated in chunks so the worker can report progress; the
// core's offsets are per call, so each chunk's result is shifted and the
// results merged into one that reads as if the whole text had been annotated.
export const CHUNK = 64 * 1024;

/** Splits at a paragraph break, else a line break, else a space, near `size`. */
export function splitText(text, size = CHUNK) {
  const out = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start + size / 2) cut = text.lastIndexOf('\n', limit);
    if (cut <= start + size / 2) cut = text.lastIndexOf(' ', limit);
    if (cut <= start + size / 2) cut = limit;
    else cut += 1;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut -= 1;  // never split a surrogate pair
    out.push({ start, text: text.slice(start, cut) });
    start = cut;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}

export function utf8Length(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** parts: [{ start, byteStart, result }] in text order -> one result. */
export function mergeResults(parts) {
  if (parts.length === 1) return parts[0].result;
  const merged = { ...parts[0].result, mentions: [], entities: [], events: [], sentences: [] };
  const entityByKey = new Map();
  for (const { start, byteStart, result } of parts) {
    const mentionBase = merged.mentions.length, sentenceBase = merged.sentences.length;
    const entityIds = new Map();
    for (const e of result.entities || []) {
      const key = `${e.category}\u0000${e.type}\u0000${e.name}`;
      let target = entityByKey.get(key);
      if (!target) {
        target = { ...e, id: `e${merged.entities.length + 1}`, mentions: [] };
        entityByKey.set(key, target);
        merged.entities.push(target);
      }
      target.mentions.push(...(e.mentions || []).map((m) => m + mentionBase));
      entityIds.set(e.id, target.id);
    }
    for (const m of result.mentions || []) {
      merged.mentions.push({ ...m, start: m.start + start, end: m.end + start,
        byteStart: m.byteStart + byteStart, byteEnd: m.byteEnd + byteStart,
        sentence: m.sentence + sentenceBase, entity: entityIds.get(m.entity) ?? m.entity });
    }
    for (const s of result.sentences || []) {
      merged.sentences.push({ ...s, start: s.start + start, end: s.end + start,
        byteStart: s.byteStart + byteStart, byteEnd: s.byteEnd + byteStart });
    }
    for (const ev of result.events || []) {
      merged.events.push(shiftEvent(ev, { start, byteStart, mentionBase, sentenceBase, entityIds }, merged.events.length));
    }
    if (result.tokens) (merged.tokens ||= []).push(...result.tokens.map((t) => ({ ...t, start: t.start + start,
      end: t.end + start, byteStart: t.byteStart + byteStart, byteEnd: t.byteEnd + byteStart })));
    if (result.invalidUtf8) merged.invalidUtf8 = (merged.invalidUtf8 || 0) + result.invalidUtf8;
  }
  return merged;
}

function shiftSpan(span, start, byteStart) {
  if (!span || typeof span !== 'object') return span;
  const out = { ...span };
  if (typeof out.start === 'number') { out.start += start; out.end += start; }
  if (typeof out.byteStart === 'number') { out.byteStart += byteStart; out.byteEnd += byteStart; }
  return out;
}

/** An argument, time or source: its span shifted, its mention and entity renumbered. */
function shiftPart(part, { start, byteStart, mentionBase, entityIds }) {
  if (!part || typeof part !== 'object') return part;
  const out = shiftSpan(part, start, byteStart);
  if (typeof out.mention === 'number') out.mention += mentionBase;
  if (out.entity !== undefined) out.entity = entityIds.get(out.entity) ?? out.entity;
  return out;
}

function shiftEvent(ev, shift, index) {
  return { ...ev, id: `v${index + 1}`, trigger: shiftSpan(ev.trigger, shift.start, shift.byteStart),
    sentence: typeof ev.sentence === 'number' ? ev.sentence + shift.sentenceBase : ev.sentence,
    arguments: (ev.arguments || []).map((a) => shiftPart(a, shift)),
    time: shiftPart(ev.time, shift), source: shiftPart(ev.source, shift) };
}
