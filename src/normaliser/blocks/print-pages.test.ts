/** Unit tests of print-page reading and assignment (sun-zhuangzhi-sco-community, chen-zeng-2019-guoji-zhanwang, han-lu-sco-international-cooperation page ends). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printPages, readPageNumbers } from './print-pages.ts';

test('page numbers are read as printed or reversed, whichever increases least (002, 004)', () => {
  assert.deepEqual(readPageNumbers(['3', '4', '9', '01']), [3, 4, 9, 10]);
  assert.deepEqual(readPageNumbers(['65', '75', '85', '95', '06', '16', '76', '86']), [56, 57, 58, 59, 60, 61, 67, 68]);
  assert.deepEqual(readPageNumbers([null, '3', null]), [null, 3, null]);
});

test('unnumbered ends are filled only where the count fits; lines get pages (004 pp. 61–67)', () => {
  const ends = [{ atLine: 628, printed: '16' }, ...[691, 748, 798, 863, 909].map((atLine) => ({ atLine, printed: null })), { atLine: 965, printed: '76' }];
  const { values, pageOfLine } = printPages(ends, undefined, [640, 700, 970]);
  assert.deepEqual(values, [61, 62, 63, 64, 65, 66, 67]);
  assert.equal(pageOfLine.get(640), 62);
  assert.equal(pageOfLine.get(970), 68);
});

test('a manifest range that the ends do not fit leaves the middle pages unknown (17 ends for pp. 90–108: one page end unseen)', () => {
  const ends = Array.from({ length: 17 }, (_, i) => ({ atLine: 30 + 15 * i, printed: null }));
  const { values, pageOfLine, pageStarts } = printPages(ends, { first: 90, last: 108 }, [25, 27, 35, 40]);
  assert.ok(values.every((v) => v === null));
  assert.equal(pageOfLine.get(25), 90);
  assert.equal(pageOfLine.get(40), null);
  assert.deepEqual([...pageStarts], [[25, 90]]);
});

test("after the last end, lines are on the manifest's last page when it follows that end (003: 18 ends, pp. 90–108)", () => {
  // chen-zeng-2019-guoji-zhanwang's 18 `---` lines (L21 … L279) end pp. 90–107; L287 结束语 and L289 follow the last.
  const atLines = [21, 29, 47, 61, 73, 87, 101, 113, 129, 143, 161, 177, 193, 217, 237, 255, 269, 279];
  const ends = atLines.map((atLine) => ({ atLine, printed: null }));
  const { values, pageOfLine, pageStarts } = printPages(ends, { first: 90, last: 108 }, [7, 25, 277, 285, 287, 289]);
  assert.deepEqual(values, [90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107]);
  assert.equal(pageOfLine.get(7), 90);
  assert.equal(pageOfLine.get(25), 91);
  assert.equal(pageOfLine.get(277), 107);
  assert.equal(pageOfLine.get(287), 108);
  assert.equal(pageOfLine.get(289), 108);
  assert.equal(pageStarts.get(285), 108);
  // Without a last page in the manifest nothing bounds the tail: after the last end only its first line is known.
  const open = printPages(ends.slice(0, 3), undefined, [50, 52]);
  assert.equal(open.pageOfLine.get(52), null);
});
