/** Unit tests of the module-preload links added to built pages (chunk names as Astro emits them). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preloadLinks } from './module-preload.ts';

const modules: Record<string, string> = {
  '/_astro/search.astro_astro_type_script_index_0_lang.DIij0rMK.js': 'import{t as e}from"./match.B_RTKwQi.js";import{t}from"./query.C3zvZvdT.js";const p=()=>import("/pagefind/pagefind.js");',
  '/_astro/match.B_RTKwQi.js': 'import{n}from"./fold.ZfrNSU-P.js";export{n as t};',
  '/_astro/query.C3zvZvdT.js': 'import{t}from"./fold.ZfrNSU-P.js";import"./rolldown-runtime.XKyaHtl9.js";export{t};',
  '/_astro/fold.ZfrNSU-P.js': 'export const n=1,t=2;',
  '/_astro/rolldown-runtime.XKyaHtl9.js': 'export{};',
};
const read = (path: string) => {
  const source = modules[path];
  if (source === undefined) throw new Error(`missing ${path}`);
  return source;
};

test('every chunk a module script imports, directly or not, is preloaded once, sorted; dynamic imports are not', async () => {
  const html = '<!DOCTYPE html><html><head><title>t</title></head><body><script type="module" src="/_astro/search.astro_astro_type_script_index_0_lang.DIij0rMK.js"></script></body></html>';
  const out = await preloadLinks(html, read);
  assert.equal(
    out,
    '<!DOCTYPE html><html><head><title>t</title>' +
      '<link rel="modulepreload" href="/_astro/fold.ZfrNSU-P.js"><link rel="modulepreload" href="/_astro/match.B_RTKwQi.js">' +
      '<link rel="modulepreload" href="/_astro/query.C3zvZvdT.js"><link rel="modulepreload" href="/_astro/rolldown-runtime.XKyaHtl9.js">' +
      '</head><body><script type="module" src="/_astro/search.astro_astro_type_script_index_0_lang.DIij0rMK.js"></script></body></html>',
  );
  assert.equal(await preloadLinks(out, read), out, 'running it again adds nothing');
});

test('a page without module scripts, or with a chunk that imports nothing, is unchanged; a missing chunk throws', async () => {
  const plain = '<html><head></head><body><script>var x = 1;</script></body></html>';
  assert.equal(await preloadLinks(plain, read), plain);
  const leaf = '<html><head></head><body><script type="module" src="/_astro/fold.ZfrNSU-P.js"></script></body></html>';
  assert.equal(await preloadLinks(leaf, read), leaf);
  await assert.rejects(preloadLinks('<html><head></head><body><script type="module" src="/_astro/gone.js"></script></body></html>', read), /missing \/_astro\/gone\.js/);
});

test('only real tags count: markup in a comment, a textarea or escaped text is not a script; tag and attribute case does not matter', async () => {
  const inert =
    '<html><head></head><body><!-- <script type="module" src="/_astro/gone.js"></script> -->' +
    '<textarea><script type="module" src="/_astro/gone.js"></script></textarea>' +
    '<p>&lt;script type="module" src="/_astro/gone.js"&gt;</p></body></html>';
  assert.equal(await preloadLinks(inert, read), inert);
  const upper = '<html><head></head><body><SCRIPT TYPE="module" SRC="/_astro/match.B_RTKwQi.js"></SCRIPT></body></html>';
  assert.equal(await preloadLinks(upper, read), upper.replace('</head>', '<link rel="modulepreload" href="/_astro/fold.ZfrNSU-P.js"></head>'));
  const preloaded = '<html><head><link rel="modulepreload" href="/_astro/fold.ZfrNSU-P.js"></head><body><script type="module" src="/_astro/match.B_RTKwQi.js"></script></body></html>';
  assert.equal(await preloadLinks(preloaded, read), preloaded, 'a chunk already preloaded is not linked twice');
});
