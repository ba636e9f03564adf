// The WebAssembly module in Node against the native CLI: byte-identical JSON,
// and offsets that select the same text in UTF-16 (JavaScript) and UTF-8 (C++).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI, TEXTS, WASM_MODULE } from './fixtures.mjs';

const { load, annotate } = await import(WASM_MODULE);
const annotator = await load();

function cliJsonl(records, args = []) {
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  return execFileSync(CLI, ['--jsonl', ...args], { input, maxBuffer: 1 << 28 }).toString('utf8').trimEnd().split('\n');
}

test('wasm and CLI give byte-identical JSON', () => {
  const records = TEXTS.map((text, i) => ({ id: `t${i}`, text }));
  const fromCli = cliJsonl(records, ['--tokens']);
  assert.equal(fromCli.length, records.length);
  records.forEach((r, i) => {
    assert.equal(annotator.annotateJson(r.text, { id: r.id, tokens: true }), fromCli[i], `text ${i}`);
  });
});

test('10,000 mixed lines: CLI keeps every id and wasm gives the same JSON for every line', () => {
  const records = Array.from({ length: 10000 }, (_, i) => ({
    id: `doc-${i}`, text: TEXTS.slice(0, 1 + (i % 6)).join(' ').slice(i % 7),
  }));
  const fromCli = cliJsonl(records);
  assert.equal(fromCli.length, records.length);
  records.forEach((r, i) => {
    assert.equal(JSON.parse(fromCli[i]).id, r.id);
    assert.equal(annotator.annotateJson(r.text, { id: r.id }), fromCli[i]);
  });
});

test('token offsets select the same text in UTF-16 and UTF-8', () => {
  const encoder = new TextEncoder(), decoder = new TextDecoder();
  for (const text of TEXTS) {
    const bytes = encoder.encode(text);
    const result = annotator.annotate(text, { tokens: true });
    for (const t of result.tokens) {
      assert.equal(text.slice(t.start, t.end), decoder.decode(bytes.subarray(t.byteStart, t.byteEnd)));
    }
    for (const s of result.sentences) {
      assert.equal(text.slice(s.start, s.end), decoder.decode(bytes.subarray(s.byteStart, s.byteEnd)));
    }
  }
});

test('emoji before a word shifts UTF-16 offsets by two units', () => {
  const result = annotator.annotate('🚀 Kiev', { tokens: true });
  assert.deepEqual(result.tokens.at(-1), { start: 3, end: 7, byteStart: 5, byteEnd: 9 });
});

test('one-call annotate, language override and bad arguments', async () => {
  const result = await annotate('The war goes on.', { lang: 'it' });
  assert.equal(result.lang, 'it');
  assert.throws(() => annotator.annotate(42), TypeError);
});

test('a large text is annotated without error', () => {
  const big = TEXTS.join(' ').repeat(2000);  // ~1 MB
  const result = annotator.annotate(big);
  assert.ok(result.sentences.length > 10000);
  assert.equal(result.sentences.at(-1).end <= big.length, true);
});

test('a leading BOM: bytes lose it as TextDecoder drops it, a string keeps its U+FEFF', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('La Russia ha chiesto aiuto a Kiev.')]);
  const fromFile = execFileSync(CLI, [], { input: bytes }).toString('utf8').trimEnd();
  assert.equal(annotator.annotateJson(new TextDecoder().decode(bytes)), fromFile);
  const fromJsonl = execFileSync(CLI, ['--jsonl'], {
    input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text": "La Russia ha chiesto aiuto a Kiev."}\n')]),
  }).toString('utf8').trimEnd();
  assert.equal(fromJsonl, fromFile);
  const text = '\uFEFFLa Russia';
  const mention = annotator.annotate(text).mentions[0];
  assert.equal(text.slice(mention.start, mention.end), mention.text);
  assert.ok(mention.text.endsWith('Russia') && mention.start >= 1);
  assert.equal(annotator.annotateJson(text), cliJsonl([{ text }])[0]);  // a JSON string keeps it too
});

test('a text over MAX_TEXT_BYTES is a RangeError, and the module goes on', async () => {
  const { MAX_TEXT_BYTES } = await import(WASM_MODULE);
  assert.equal(MAX_TEXT_BYTES, 16 * 1024 * 1024);
  assert.throws(() => annotator.annotate('a'.repeat(MAX_TEXT_BYTES + 1)), RangeError);
  assert.throws(() => annotator.annotate('é'.repeat(MAX_TEXT_BYTES / 2 + 1)), /bytes of UTF-8/);  // 2 bytes each
  assert.equal(annotator.annotate('Kiev').mentions.length, 1);
});

test('lone surrogates count one unit each, as in the CLI reading the same JSON', () => {
  const text = '\uD800 Kiev \uDC00\uD83D\uDE80';
  const result = annotator.annotate(text, { tokens: true });
  assert.equal(text.slice(result.mentions[0].start, result.mentions[0].end), 'Kiev');
  assert.equal(annotator.annotateJson(text, { tokens: true }), cliJsonl([{ text }], ['--tokens'])[0]);
});

test('Thai, Lao, Khmer, Burmese, Chinese and Japanese: native and wasm give identical JSON', () => {
  // Both builds use the same ICU data, without dictionaries: a run of these scripts is one token.
  const samples = [
    'ประเทศไทยมีกรุงเทพมหานครเป็นเมืองหลวง ส่วนเชียงใหม่อยู่ทางเหนือ',
    'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ ມີນະຄອນຫຼວງວຽງຈັນ',
    'ព្រះរាជាណាចក្រកម្ពុជា មានរាជធានីភ្នំពេញ',
    'မြန်မာနိုင်ငံ၏ မြို့တော်မှာ နေပြည်တော် ဖြစ်သည်',
    '中华人民共和国的首都是北京。上海是最大的城市。',
    '日本の首都は東京です。カタカナとひらがな、漢字が混ざります。',
    'Il primo ministro thailandese (นายกรัฐมนตรี) ha incontrato a 北京 il presidente cinese.',
  ];
  const fromCli = cliJsonl(samples.map((text, i) => ({ id: `s${i}`, text })), ['--tokens']);
  samples.forEach((text, i) => {
    assert.equal(annotator.annotateJson(text, { id: `s${i}`, tokens: true }), fromCli[i], text);
  });
  const thai = annotator.annotate(samples[0], { tokens: true });
  assert.equal(thai.tokens.length, 2);  // two runs of Thai letters, no dictionary words
});
