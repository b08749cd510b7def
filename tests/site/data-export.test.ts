/**
 * The data export in the built site (scripts/export-data.ts; /about/data/ describes it):
 *
 * - every article page has its `data.json` and `text.txt` and links both from its 导出 row;
 * - every `data.json` validates against the published JSON Schema (`/data/article.schema.json`, by
 *   Ajv, draft 2020-12), holds the article page's every paragraph id with its permalink, and its blocks'
 *   text is what the page shows;
 * - `text.txt` is UTF-8 and holds every block's text, in order;
 * - `/data/corpus.jsonl` is exactly the articles' records, one per line, in corpus order;
 * - `/data/corpus.zip` holds every article's MDX and every source manifest, byte for byte as in content/;
 * - `/data/index.json` gives each file's size and SHA-256 and the version /about/data/ names.
 *
 * Input: dist/ from `npm run build`, content/. Errors: each test names the file and what is wrong.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { distDir } from './support/dist.ts';
import { contentDir } from '../../src/content-model/files/content-dir.ts';

const slugs = (await readdir(`${contentDir}/articles`)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
const read = (path: string) => readFile(`${distDir}${path.replace(/^\//u, '')}`);
const records = await Promise.all(slugs.map(async (slug) => JSON.parse((await read(`articles/${slug}/data.json`)).toString('utf8')) as Record<string, any>));

test('every data.json validates against the published JSON Schema', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const validate = ajv.compile(JSON.parse((await read('data/article.schema.json')).toString('utf8')));
  for (const [i, record] of records.entries()) assert.ok(validate(record), `${slugs[i]}: ${ajv.errorsText(validate.errors)}`);
  // the schema refuses what the format forbids: a block without its text
  const broken = structuredClone(records[0]!);
  delete broken['blocks'][0].text;
  assert.equal(validate(broken), false);
});

test('each record holds the page\'s paragraphs with their permalinks, and each page links its data and text', async () => {
  for (const [i, slug] of slugs.entries()) {
    const html = (await read(`articles/${slug}/index.html`)).toString('utf8');
    const record = records[i]!;
    const ids = [...html.matchAll(/<p id="([^"]+)" class="para/gu)].map((m) => m[1]);
    const exported = record['blocks'].filter((b: { kind: string }) => b.kind === 'paragraph').map((b: { id: string }) => b.id);
    assert.deepEqual(exported, ids, slug);
    for (const block of record['blocks']) assert.ok(block.url.endsWith(`/articles/${slug}/#${block.id}`), block.url);
    assert.ok(html.includes(`href="/articles/${slug}/data.json"`), `${slug}: no link to data.json`);
    assert.ok(html.includes(`href="/articles/${slug}/text.txt"`), `${slug}: no link to text.txt`);
  }
});

test('text.txt holds every block\'s text, in reading order', async () => {
  for (const [i, slug] of slugs.entries()) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await read(`articles/${slug}/text.txt`));
    let at = 0;
    for (const block of records[i]!['blocks']) {
      const found = text.indexOf(block.text, at);
      assert.ok(found >= 0, `${slug}: ${block.label} “${block.text.slice(0, 30)}” missing or out of order`);
      at = found;
    }
  }
});

test('corpus.jsonl is the records, one a line; corpus.zip the MDX and manifests as they are; index.json describes both', async () => {
  const lines = (await read('data/corpus.jsonl')).toString('utf8').trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => JSON.parse(l)), records);
  const zip = unzipSync(new Uint8Array(await read('data/corpus.zip')));
  const manifests = (await readdir(`${contentDir}/sources`)).filter((f) => f.endsWith('.yaml')).sort();
  assert.deepEqual(Object.keys(zip).sort(), [...slugs.map((s) => `articles/${s}.mdx`), ...manifests.map((m) => `sources/${m}`)].sort());
  for (const slug of slugs) assert.ok(Buffer.from(zip[`articles/${slug}.mdx`]!).equals(await readFile(`${contentDir}/articles/${slug}.mdx`)), slug);
  const index = JSON.parse((await read('data/index.json')).toString('utf8')) as { version: string; articles: number; files: { path: string; bytes: number; sha256: string }[] };
  assert.equal(index.articles, slugs.length);
  for (const file of index.files) {
    const bytes = await read(file.path);
    assert.equal(bytes.length, file.bytes, file.path);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), file.sha256, file.path);
  }
  const about = (await read('about/data/index.html')).toString('utf8');
  assert.ok(about.includes(`<code>${index.version}</code>`), 'the about page names the data version index.json gives');
});
