/**
 * The cite dialog's controller (cite-dialog.ts) without a browser: a fake view records what it is told,
 * the style loader is given a fake fetch, the formatter is the real format-citation.ts with the real
 * GB/T 7714—2015 and Chicago styles (csl-data.ts), the clipboard a recording function. The DOM wiring
 * (`mountCiteDialog`) is covered in a browser by tests/e2e/cite.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cslLocale, cslStyle } from '../citations/csl-data.ts';
import type { CslItem } from '../citations/csl-item.ts';
import { formatCitation, type FormattedCitation } from '../citations/format-citation.ts';
import { citationStyles } from '../citations/styles.ts';
import {
  citedItems,
  createCiteController,
  paragraphHeading,
  styleLoader,
  type CitedParagraph,
  type CiteView,
  type StylePayload,
} from './cite-dialog.ts';

const canonical = 'https://sco.example.org/articles/yu-hongjun-post-cold-war-order-and-sco/';
const item: CslItem = {
  id: 'yu-hongjun-post-cold-war-order-and-sco',
  'citation-key': 'yu-hongjun-post-cold-war-order-and-sco',
  type: 'article-newspaper',
  title: '冷战后国际格局重组中的上合组织',
  author: [{ literal: '于洪君' }],
  'container-title': '经济日报',
  issued: { 'date-parts': [[2021, 9]] },
  URL: canonical,
  language: 'zh-CN',
};

function payload(key: string): StylePayload {
  const style = citationStyles.find((s) => s.key === key)!;
  return {
    key,
    label: style.label,
    citation: style.citation,
    lang: style.locale,
    style: cslStyle(style.csl),
    locales: { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') },
  };
}

class FakeView implements CiteView {
  style = 'gb-t-7714-2015';
  heading = '';
  permalink = '';
  presented = 0;
  entry = '';
  citation = '';
  citationShown: boolean | undefined;
  statusText = 'old';
  selectedStyle() {
    return this.style;
  }
  open(heading: string, permalink: string) {
    this.heading = heading;
    this.permalink = permalink;
  }
  present() {
    this.presented++;
  }
  pending() {
    this.entry = '…';
    this.citation = '';
  }
  show(formatted: FormattedCitation, showCitation: boolean) {
    this.citationShown = showCitation;
    this.citation = formatted.citation;
    this.entry = formatted.entry;
  }
  failed(message: string) {
    this.entry = message;
  }
  status(text: string) {
    this.statusText = text;
  }
}

const paragraph: CitedParagraph = { id: 'p2xyz', n: '3', page: undefined, text: () => '段落正文。' };
const day = new Date(2026, 10, 23);

function setup(overrides: { loadStyle?: (key: string) => Promise<StylePayload>; writeText?: (text: string) => Promise<void> } = {}) {
  const view = new FakeView();
  const copied: string[] = [];
  const controller = createCiteController({
    items: { 'gb-t-7714-2015': item, chicago: item },
    view,
    loadStyle: overrides.loadStyle ?? (async (key) => payload(key)),
    loadFormatter: async () => ({ formatCitation }),
    writeText: overrides.writeText ?? (async (text) => void copied.push(text)),
    now: () => day,
  });
  return { view, copied, controller };
}

test('paragraphHeading: number and print page, or the label of front matter', () => {
  assert.equal(paragraphHeading({ n: '3', page: '92' }), ' · 第3段（原刊第92页）');
  assert.equal(paragraphHeading({ n: '12' }), ' · 第12段');
  assert.equal(paragraphHeading({ label: '摘要' }), ' · 摘要');
  assert.equal(paragraphHeading({}), ' · ');
  assert.equal(paragraphHeading({ n: '7', clause: '第三部分第5段' }), ' · 第三部分第5段');
});

test('citedItems: every item carries its canonical path on the page origin', () => {
  const cited = citedItems({ a: item, b: { ...item, title: 'x' } }, 'http://localhost:4321');
  assert.equal(cited['a']!.URL, 'http://localhost:4321/articles/yu-hongjun-post-cold-war-order-and-sco/');
  assert.equal(cited['b']!.URL, 'http://localhost:4321/articles/yu-hongjun-post-cold-war-order-and-sco/');
  assert.equal(cited['b']!.title, 'x');
});

test('styleLoader fetches /citation-styles/<key>.json once per key, and rejects with the status of a failed response', async () => {
  const fetched: string[] = [];
  const load = styleLoader(async (url) => {
    fetched.push(url);
    return url.includes('apa')
      ? { ok: false, status: 404, json: async () => ({}) }
      : { ok: true, status: 200, json: async () => ({ key: 'chicago' }) };
  });
  assert.deepEqual(await load('chicago'), { key: 'chicago' });
  await load('chicago');
  await assert.rejects(load('apa'), /^Error: 404$/);
  assert.deepEqual(fetched, ['/citation-styles/chicago.json', '/citation-styles/apa.json']);
});

test('open: heading, permalink, status cleared, dialog shown, then the entry in the selected style', async () => {
  const { view, controller } = setup();
  controller.open(paragraph);
  assert.equal(view.heading, ' · 第3段');
  assert.equal(view.permalink, `${canonical}#p2xyz`);
  assert.equal(view.statusText, '');
  assert.equal(view.presented, 1);
  assert.equal(view.entry, '…');
  await controller.rendering;
  assert.equal(view.citationShown, false);
  assert.equal(view.entry, `[1] 于洪君. 冷战后国际格局重组中的上合组织[N/OL]. 经济日报, 2021-09[2026-11-23]. ${canonical}#p2xyz.`);
});

test('render in another style shows its note citation with the paragraph locator', async () => {
  const { view, controller } = setup();
  controller.open(paragraph);
  await controller.rendering;
  view.style = 'chicago';
  controller.render();
  await controller.rendering;
  assert.equal(view.citationShown, true);
  assert.match(view.citation, /para\. 3/);
});

test("an official document's clause is cited as a section, not by its running number", async () => {
  const { view, controller } = setup();
  view.style = 'chicago';
  controller.open({ id: 'p1', n: '7', clause: '第三部分第5段', text: () => '成员国支持…。' });
  await controller.rendering;
  assert.equal(view.heading, ' · 第三部分第5段');
  assert.match(view.citation, /sec\. 第三部分第5段/);
  assert.doesNotMatch(view.citation, /para\./);
  view.style = 'apa';
  controller.render();
  await controller.rendering;
  assert.match(view.citation, /Section 第三部分第5段/);
});

test('front matter (no number) is cited without a paragraph locator', async () => {
  const { view, controller } = setup();
  view.style = 'chicago';
  controller.open({ id: 'abstract', label: '摘要', text: () => '摘要。' });
  await controller.rendering;
  assert.equal(view.heading, ' · 摘要');
  assert.doesNotMatch(view.citation, /para\./);
});

test('a result for a style no longer selected is not shown', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { view, controller } = setup({ loadStyle: async (key) => (await gate, payload(key)) });
  controller.open(paragraph);
  view.style = 'chicago';
  release();
  await controller.rendering;
  assert.equal(view.entry, '…');
});

test('a style that fails to load shows the message in the entry', async () => {
  const { view, controller } = setup({ loadStyle: async () => Promise.reject(new Error('503')) });
  controller.open(paragraph);
  await controller.rendering;
  assert.equal(view.entry, '引文格式未能载入（Error: 503），请稍后重试。');
});

test('copy: link, citation, entry, and the paragraph text with the entry once formatting is done', async () => {
  const { view, copied, controller } = setup();
  await controller.copy('url');
  assert.deepEqual(copied, [], 'nothing is copied before a paragraph is open');
  view.style = 'chicago';
  controller.open(paragraph);
  await controller.copy('text');
  await controller.copy('url');
  assert.equal(view.statusText, '链接已复制。');
  await controller.copy('citation');
  assert.equal(view.statusText, '引注已复制。');
  await controller.copy('entry');
  assert.equal(view.statusText, '条目已复制。');
  assert.equal(copied.length, 4);
  assert.equal(copied[0], `段落正文。\n\n${view.entry}`);
  assert.equal(copied[1], `${canonical}#p2xyz`);
  assert.equal(copied[2], view.citation);
  assert.equal(copied[3], view.entry);
});

test('a refused clipboard shows how to copy by hand', async () => {
  const { view, controller } = setup({ writeText: async () => Promise.reject(new Error('denied')) });
  controller.open(paragraph);
  await controller.copy('url');
  assert.equal(view.statusText, '浏览器未允许写入剪贴板，请选中文字后手动复制。');
});
