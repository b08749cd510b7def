/**
 * readSource: what it accepts (BOM, CRLF) and where it says the bad bytes are (line, column, bytes) when
 * it refuses a file. The command-line cases (each through `node scripts/normalise.ts`) are in
 * tests/build/hostile-input.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSource } from './read-source.ts';

/** 上海合作组织 in GBK. */
const GBK = Buffer.from('c9cfbaa3bacfd7f7d7e9d6af', 'hex');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

test('GBK bytes after valid text on a line: that line, the column after the valid characters, the bytes', () => {
  assert.equal(new TextDecoder('gbk').decode(GBK), '上海合作组织');
  const bytes = Buffer.concat([utf8('上合组织\n2001年，'), GBK, utf8('成立。\n')]);
  assert.throws(() => readSource(bytes, '001.txt'), /001\.txt:2: encoding: not valid UTF-8 at column 7 \(bytes C9 CF BA A3\)/u);
});

test('a UTF-8 sequence cut by the line end is located at its first byte', () => {
  const cut = utf8('上合').subarray(0, 5); // 上 and two of the three bytes of 合
  assert.throws(() => readSource(Buffer.concat([cut, utf8('\n组织')]), 'x.txt'), /x\.txt:1: encoding: not valid UTF-8 at column 2 \(bytes E5 90\)/u);
});

test('a BOM is no column', () => {
  assert.throws(() => readSource(Buffer.concat([utf8('\uFEFF上'), GBK]), 'x.txt'), /x\.txt:1: encoding: not valid UTF-8 at column 2 /u);
});

test('a BOM and CRLF line ends are read as without them; the sha256 is of the bytes as on disk', () => {
  const lf = readSource(utf8('上海精神\n互信、互利\n'), 'x.txt');
  const crlf = readSource(utf8('\uFEFF上海精神\r\n互信、互利\r\n'), 'x.txt');
  assert.deepEqual(crlf.lines, lf.lines);
  assert.notEqual(crlf.sha256, lf.sha256);
});

test('a file of white space and line ends only has no text', () => {
  assert.throws(() => readSource(utf8('\uFEFF\r\n  \n\u3000\n'), 'x.txt'), /x\.txt:1: content: the file has no text: 12 bytes/u);
});

test('a NUL byte is binary data, named with its line and byte', () => {
  assert.throws(() => readSource(utf8('上合组织\nPNG\u0000\u0001'), 'x.txt'), /x\.txt:2: content: NUL byte at byte 4 of the line: binary data/u);
});

test('C1 controls and U+2028/U+2029 are refused with their column', () => {
  assert.throws(() => readSource(utf8('上合\u0085组织'), 'x.txt'), /x\.txt:1: content: control character U\+0085 at column 3/u);
  assert.throws(() => readSource(utf8('一\n上合组织。\u2029下一段'), 'x.txt'), /x\.txt:2: content: U\+2029 \(paragraph separator\) at column 6: a line break inside the line/u);
});
