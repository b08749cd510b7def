/** Unit tests of the keyword-in-context concordance on real blocks (yu-hongjun-post-cold-war-order-and-sco ¶4,
 * han-lu-sco-international-cooperation on Belarus). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concordance } from './concordance.ts';
import { createTermMatcher } from './term-matcher.ts';
import type { CorpusArticle } from '../corpus/read-corpus.ts';

const corpus: CorpusArticle[] = [
  {
    slug: 'yu',
    title: '冷战后国际格局重组中的上合组织',
    blocks: [
      { article: 'yu', anchor: 'paf7t1i', kind: 'paragraph', n: 4, text: '上合组织成员国倡导“结伴、不结盟，不针对第三国原则”，坚持……的“上海精神”，这是上合组织得以发展壮大的独特源泉。' },
    ],
  },
  { slug: 'empty', title: '无', blocks: [{ article: 'empty', anchor: 'p1', kind: 'paragraph', n: 1, text: '没有术语。' }] },
  {
    slug: 'han',
    title: '上海合作组织国际合作的发展历程与前景展望',
    blocks: [{ article: 'han', anchor: 'note-3', kind: 'note', n: 3, text: '俄罗斯、白俄罗斯' }],
  },
];

test('every occurrence in context, grouped by article, with the block it is in', () => {
  assert.deepEqual(concordance(corpus, 'sco', ['上合组织'], { width: 6 }), [
    {
      article: 'yu',
      occurrences: [
        { ref: 'yu#paf7t1i', anchor: 'paf7t1i', kind: 'paragraph', n: 4, before: '', match: '上合组织', after: '成员国倡导“' },
        { ref: 'yu#paf7t1i', anchor: 'paf7t1i', kind: 'paragraph', n: 4, before: '精神”，这是', match: '上合组织', after: '得以发展壮大' },
      ],
    },
  ]);
});

test('an occurrence inside another entry\'s longer alias still counts, and says where it is', () => {
  const glossary = createTermMatcher([{ slug: 'russia', aliases: ['俄罗斯'] }, { slug: 'belarus', aliases: ['白俄罗斯'] }]);
  const [han] = concordance(corpus, 'russia', ['俄罗斯'], { glossary, width: 2 });
  assert.deepEqual(han!.occurrences.map((o) => [o.before, o.match, o.after, o.within]), [
    ['', '俄罗斯', '、白', undefined],
    ['、白', '俄罗斯', '', '白俄罗斯'],
  ]);
});
