/**
 * Read a raw source file into lines, refusing what is not a text we can normalise.
 *
 * Input: the file's bytes and its path (for messages). Output: `{ lines, sha256 }` — 1-based lines
 * without their line ends (LF or CRLF; a leading BOM is dropped), and the SHA-256 hex of the bytes as
 * they are on disk.
 * Throws `NormaliseError` naming the file (and line) when the file is empty, is not valid UTF-8 (e.g. GBK),
 * or contains NUL or other control characters (binary data).
 */
import { createHash } from 'node:crypto';
import type { SourceLine } from './types.ts';
import { NormaliseError } from './errors.ts';

export function readSource(bytes: Uint8Array, file: string): { lines: SourceLine[]; sha256: string } {
  if (bytes.length === 0) throw new NormaliseError(file, 'content', 'the file is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new NormaliseError(file, 'encoding', 'the file is not valid UTF-8 (GBK or binary?)');
  }
  const lines = text.split(/\r?\n/u).map((t, i) => ({ no: i + 1, text: t }));
  for (const line of lines) {
    const bad = /[\u0000-\u0008\u000B-\u001F\u007F]/u.exec(line.text);
    if (bad) {
      const cp = bad[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase();
      throw new NormaliseError(`${file}:${line.no}`, 'content', `control character U+${cp} (binary data?)`);
    }
  }
  return { lines, sha256: createHash('sha256').update(bytes).digest('hex') };
}
