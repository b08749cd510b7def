/**
 * `npm run source:add -- FILE [--kind journal|newspaper|roundtable|official-document] [--slug SLUG] [--content DIR]`
 *
 * An editor's first step with a new raw text (README, "Adding a document"): copies FILE unchanged into
 * <content>/sources/<slug>.txt and drafts its manifest <content>/sources/<slug>.yaml
 * (src/normaliser/draft/draft-manifest.ts): checksum, detected layout with its evidence, the
 * bibliography the text states (title, subtitle, DOI; an official document's dateline), role hints for
 * those lines, and a `TODO` for everything a person must confirm, which `npm run normalise` refuses, each
 * named with its line, until resolved. The slug is proposed from the title's pinyin unless `--slug` is
 * given. `--content` as for `npm run normalise` (else SCO_CONTENT_DIR, else content/).
 *
 * Prints the two paths written and the TODO list. Bad input (a file that is not UTF-8 text, a slug
 * that is not lowercase words joined by hyphens, an unknown kind, a source or manifest of that slug
 * already there: it never overwrites) prints `source:add: file:line: field: problem` and exits 2 with
 * nothing written.
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readSource } from '../src/normaliser/read-source.ts';
import { NormaliseError } from '../src/normaliser/shared/normalise-error.ts';
import { draftManifest, manifestYaml, type SourceKind } from '../src/normaliser/draft/draft-manifest.ts';
import { sourceKindSchema } from '../src/content-model/schemas/claim.ts';
import { contentDir as defaultContentDir } from '../src/content-model/files/content-dir.ts';

function fail(message: string): never {
  console.error(`source:add: ${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string' }, slug: { type: 'string' }, content: { type: 'string' } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(`expected one raw text file, got ${positionals.length}: npm run source:add -- FILE [--kind KIND] [--slug SLUG]`);
const file = positionals[0]!;
const kind = values.kind;
if (kind !== undefined && !(sourceKindSchema.options as readonly string[]).includes(kind)) fail(`--kind: "${kind}" is not one of ${sourceKindSchema.options.join(', ')}`);
if (values.slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/u.test(values.slug)) fail(`--slug: "${values.slug}" is not lowercase words joined by hyphens`);
const sources = join(values.content === undefined ? defaultContentDir : resolve(values.content), 'sources');
if (!existsSync(sources)) fail(`${sources}: no such folder`);

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail(`${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}: cannot read it`);
}
let source: ReturnType<typeof readSource>;
try {
  source = readSource(bytes, file);
} catch (error) {
  if (error instanceof NormaliseError) fail(error.message);
  throw error;
}

const draft = draftManifest({ lines: source.lines, sha256: source.sha256, receivedAs: basename(file), kind: kind as SourceKind | undefined, slug: values.slug });
const txt = join(sources, `${draft.slug}.txt`);
const yaml = join(sources, `${draft.slug}.yaml`);
for (const existing of [txt, yaml]) if (existsSync(existing)) fail(`${existing}: already there; source:add never overwrites (give another --slug)`);

// Both files or neither: written under temporary names, then renamed.
const staged = [
  [`${txt}.adding`, txt, bytes],
  [`${yaml}.adding`, yaml, manifestYaml(draft)],
] as const;
try {
  for (const [temporary, , content] of staged) writeFileSync(temporary, content, { flag: 'wx' });
  for (const [temporary, final] of staged) renameSync(temporary, final);
} catch (error) {
  for (const [temporary] of staged) rmSync(temporary, { force: true });
  fail(`${sources}: ${(error as Error).message}`);
}
console.log(`source:add: wrote ${txt}`);
console.log(`source:add: wrote ${yaml} (layout ${draft.layout.layout}; ${draft.todos.length} TODO to resolve)`);
for (const t of draft.todos) console.log(`  - ${t}`);
