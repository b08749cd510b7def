/** Unit tests of the pure knowledge model over the committed content, read by the content model's readers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCorpus } from '../corpus/read-corpus.ts';
import { readGlossary } from '../glossary/read-glossary.ts';
import { readTimeline } from '../timeline/read-timeline.ts';
import { parseParagraphRef } from '../corpus/paragraph-ref.ts';
import { knowledgeModel } from './knowledge-model.ts';

const model = knowledgeModel({ corpus: readCorpus(), glossary: readGlossary(), timeline: readTimeline() });

test('glossary entries come sorted by pinyin, then id, and are looked up by slug', () => {
  const entries = model.glossaryEntries();
  assert.equal(entries.length, readGlossary().length);
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1]!, entries[i]!];
    assert.ok(a.data.pinyin.localeCompare(b.data.pinyin) < 0 || (a.data.pinyin === b.data.pinyin && a.id < b.id), `${a.id} before ${b.id}`);
  }
  assert.equal(model.glossaryEntry(entries[0]!.id), entries[0]);
  assert.throws(() => model.glossaryEntry('no-such-term'), /no glossary entry "no-such-term"/);
});

test('every event cites text of the corpus; the events citing a block are among those citing its article', () => {
  for (const event of model.timelineEvents()) {
    for (const ref of event.data.cites) {
      const { article, anchor } = parseParagraphRef(ref);
      assert.notEqual(model.citedText(ref), '', ref);
      assert.ok(model.eventsCitingBlock(article, anchor).includes(event), ref);
      assert.ok(model.eventsCiting(article).includes(event), ref);
    }
  }
});

test('an article\'s terms are counted from the concordance, and related articles never include the article itself', () => {
  for (const article of model.corpus) {
    for (const { entry, count } of model.articleTerms(article.slug)) {
      const occurrences = model.termConcordance(entry).find((a) => a.article === article.slug)?.occurrences.length;
      assert.equal(count, occurrences, `${article.slug} ${entry.id}`);
    }
    assert.ok(model.articleRelations(article.slug).every((r) => r.article !== article.slug));
  }
});
