/**
 * How a block is named in links and lists: `第4段`, `注3`, `表格第5行`, `小标题`, `表题`.
 * Input: `{ kind, n?, anchor }` (read-corpus.ts blocks; a row's anchor ends in `-r<k>`). Output: the label.
 * Errors: none.
 */
import type { CorpusBlock } from '../corpus/corpus-types.ts';

export function blockLabel(block: Pick<CorpusBlock, 'kind' | 'n' | 'anchor'>): string {
  switch (block.kind) {
    case 'paragraph':
      return `第${block.n}段`;
    case 'note':
      return `注${block.n}`;
    case 'cell': {
      const row = /-r(\d+)$/.exec(block.anchor)?.[1];
      return row === undefined ? '表头' : `表格第${row}行`;
    }
    case 'heading':
      return '小标题';
    case 'caption':
      return '表题';
  }
}
