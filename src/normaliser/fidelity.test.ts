/**
 * Fidelity over the real sources: Han-character conservation per character, no extraction residue in
 * any published text (bodies, headings, captions, tables, notes), and idempotence of the text stages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest } from './load-manifest.ts';
import { normaliseSource } from './normalise-source.ts';
import { stripAnchors } from './inline/anchors.ts';
import { normaliseText } from './text/normalise-text.ts';

const SOURCES = new URL('../../content/sources/', import.meta.url).pathname;
const sources = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f, i) => {
    const manifest = loadManifest(readFileSync(join(SOURCES, f), 'utf8'), f);
    return { manifest, ...normaliseSource(readFileSync(join(SOURCES, manifest.file)), manifest, f, i) };
  });

test('every Han character is published once or removed by a named rule or hint', () => {
  for (const { manifest, report } of sources) {
    assert.deepEqual(report.han.unexplained, {}, `${manifest.file}: lost characters`);
    assert.deepEqual(report.han.added, {}, `${manifest.file}: added characters`);
    assert.equal(report.han.raw, report.han.published + report.han.removed, manifest.file);
    assert.ok(Object.keys(report.han.removedBy).every((by) => by !== ''), manifest.file);
  }
});

const URL_TEXT = /https?:\/\/[^\s\p{Script=Han}，。；（）《》“”]*/gu;
const LATIN_OR_CYRILLIC_PASSAGE = /[A-Za-z\u0400-\u04FF][A-Za-z\u0400-\u04FF0-9 ,.;:'"“”‘’()\-–—/&?!]*[A-Za-z\u0400-\u04FF0-9.)”]/gu;
const RESIDUE: [string, RegExp][] = [
  ['Yi syllable', /[\uA000-\uA4CF]/u],
  ['private-use character', /[\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/u],
  ['full-width ASCII letter or digit', /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u],
  ['«»', /[«»]/u],
  ['———', /———/u],
  ['page-number line', /—\s*\d+\s*—/u],
  ['page footer', /本版编辑/u],
  ['<sup>', /<\/?sup>/u],
  ['Markdown escape', /\\[_*#[\]()<>\\]/u],
  ['ASCII punctuation touching Han', /[\p{Script=Han}][,;:?!()]|[,;:?!()][\p{Script=Han}]/u],
  ['split decimal', /\d[.．·][ \t\u3000]+\d|\d[ \t\u3000]+[.．·]\d/u],
];

/** Han–Han whitespace the conventions allow: ideographic-space separators, and chen-zeng-2019-guoji-zhanwang's real spaces. */
function hanSpaceResidue(text: string, keepHanHan: boolean): string | null {
  const m = /\p{Script=Han}[ \t]+\p{Script=Han}/u.exec(text);
  return m && !keepHanHan ? m[0] : null;
}

test('no extraction residue in any published text', () => {
  for (const { manifest, articles } of sources) {
    for (const article of articles) {
      for (const block of article.blocks) {
        const text = stripAnchors(block.text);
        const prose = text.replace(URL_TEXT, '').replace(LATIN_OR_CYRILLIC_PASSAGE, (m) => (/[\p{Script=Han}]/u.test(m) ? m : ' '));
        for (const [name, pattern] of RESIDUE) {
          const target = name.startsWith('ASCII') ? prose : text;
          assert.doesNotMatch(target, pattern, `${article.slug} ${block.kind} L${block.lines[0]}: ${name}: ${text.slice(0, 60)}`);
        }
        if (block.kind !== 'note' && block.role !== 'caption') assert.doesNotMatch(text, /[\u2460-\u2473]/u, `${article.slug} L${block.lines[0]}: circled-digit marker left in running text`);
        assert.equal(hanSpaceResidue(text, manifest.keepHanHanSpaces !== undefined), null, `${article.slug} L${block.lines[0]}: space between Han characters`);
      }
    }
  }
});

test('normalising already-normalised text changes nothing', () => {
  for (const { manifest, articles } of sources) {
    const options = { ...(manifest.keepHanHanSpaces ? { keepHanHanSpaces: true } : {}), ...(manifest.urlMode ? { urlMode: manifest.urlMode.mode } : {}) };
    for (const article of articles) {
      for (const block of article.blocks) {
        if (block.kind === 'table') continue; // cells are checked through their own texts below
        assert.equal(normaliseText([block.text], options), block.text, `${article.slug} L${block.lines[0]}`);
      }
      for (const block of article.blocks.filter((b) => b.table)) {
        for (const cell of [block.table!.caption, ...block.table!.header, ...block.table!.rows.flat()]) assert.equal(normaliseText([cell], options), cell);
      }
    }
  }
});

test('no sentence is broken by a heading, a note or a page break: every body paragraph ends a sentence', () => {
  for (const { articles } of sources) {
    for (const article of articles) {
      for (const block of article.blocks) {
        const text = stripAnchors(block.text);
        if (block.kind !== 'paragraph' || block.role || text.startsWith('【')) continue; // front-matter fields are not sentences
        assert.match(text, /[。？！?!）)”’》」…]$/u, `${article.slug} L${block.lines[0]} ends mid-sentence: …${text.slice(-30)}`);
      }
    }
  }
});

test('every heading of source-texts.md stands at its level, none glued into a sentence', () => {
  const headingAt = (slug: string, line: number) => {
    const article = sources.flatMap((s) => s.articles).find((a) => a.slug === slug)!;
    const block = article.blocks.find((b) => b.kind === 'heading' && b.lines.includes(line));
    return block ? `${block.level}:${stripAnchors(block.text)}` : null;
  };
  const expected: [string, number, string][] = [
    ['li-jinfeng-interview-sco-community', 168, '2:20年成就瞩目'],
    ['li-jinfeng-interview-sco-community', 246, '2:深化合作共赢'],
    ['li-jinfeng-interview-sco-community', 340, '2:参与全球治理'],
    ['lai-yi-central-asia-expects-summit-results', 435, '2:经济呈现复苏态势'],
    ['lai-yi-central-asia-expects-summit-results', 489, '2:“一带一路”热度不减'],
    ['roundtable-sco-new-blueprint', 21, '2:安全合作内涵持续丰富'],
    ['roundtable-sco-new-blueprint', 61, '2:经济合作空间积极拓展'],
    ['roundtable-sco-new-blueprint', 63, '2:人文交流之路越走越宽'],
    ['sun-zhuangzhi-sco-community-of-shared-future', 53, '2:一\u3000打造完善全球和地区治理的重要平台'],
    ['sun-zhuangzhi-sco-community-of-shared-future', 70, '3:（一）积极应对全球化面临的新课题'],
    ['chen-zeng-central-asian-members-expectations', 39, '2:一、扩员后影响中亚成员国诉求的主要因素'],
    ['chen-zeng-central-asian-members-expectations', 57, '3:（二）阿富汗局势对中亚成员国的影响'],
    ['chen-zeng-central-asian-members-expectations', 211, '3:（四）期待扩大成员国之间的人文合作与交流'],
    ['chen-zeng-central-asian-members-expectations', 233, '2:三、上海合作组织的应对之策'],
    ['chen-zeng-central-asian-members-expectations', 287, '2:结束语'],
    ['han-lu-sco-international-cooperation', 45, '2:一\u3000上海合作组织国际合作的原则与理念'],
    ['han-lu-sco-international-cooperation', 217, '4:1.联合国及其专门机构'],
    ['han-lu-sco-international-cooperation', 320, '4:2.欧亚地区性组织'],
    ['han-lu-sco-international-cooperation', 408, '4:3.东南亚国家联盟'],
  ];
  for (const [slug, line, heading] of expected) assert.equal(headingAt(slug, line), heading, `${slug} L${line}`);
  const counts = Object.fromEntries(sources.flatMap((s) => s.articles).map((a) => [a.slug, a.blocks.filter((b) => b.kind === 'heading').length]));
  assert.equal(counts['sun-zhuangzhi-sco-community-of-shared-future'], 16); // 4 × 一…四 and 12 × (一)…(四)
  assert.equal(counts['han-lu-sco-international-cooperation'], 21); // 5 + 13 + 3
  assert.equal(counts['chen-zeng-central-asian-members-expectations'], 11);
});
