/**
 * How a block is named in links and lists: `第4段`, `注3`, `表格第5行`, `小标题`, `表题`; an official
 * document's paragraph by its clause, `第三部分第5段`, `第五条`.
 * Input: `{ kind, n?, clause?, anchor }` (read-corpus.ts blocks; a row's anchor ends in `-r<k>`). Output: the label.
 * Errors: none.
 */
import type { CorpusBlock } from '../corpus/corpus-types.ts';

export function blockLabel(block: Pick<CorpusBlock, 'kind' | 'n' | 'anchor' | 'clause'>): string {
  switch (block.kind) {
    case 'paragraph':
      return block.clause ?? `第${block.n}段`;
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
