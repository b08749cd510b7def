/**
 * Read a raw source file into lines, refusing what is not a text we can normalise.
 *
 * Input: the file's bytes and its path (for messages). Output: `{ lines, sha256 }` — 1-based lines
 * without their line ends (LF or CRLF; a leading BOM is dropped), and the SHA-256 hex of the bytes as
 * they are on disk.
 * Throws `NormaliseError` naming `file:line`, the field and the problem when the file is empty or holds
 * only white space (`content`, line 1); holds a NUL byte (`content`: binary data, with its column); is
 * not valid UTF-8, e.g. GBK (`encoding`, with the column of the first undecodable character and its
 * bytes); or contains other control characters — C0 but tab, a CR not ending a line, DEL, C1 — or
 * U+2028/U+2029, which would break a published line (`content`, with the column).
 */
import { createHash } from 'node:crypto';
import type { SourceLine } from './shared/types.ts';
import { NormaliseError } from './shared/normalise-error.ts';

const LF = 0x0a;

/** The 1-based line holding byte `offset`, and the offset of that line's first byte. */
function lineAt(bytes: Uint8Array, offset: number): { line: number; start: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && i < offset; i = bytes.indexOf(LF, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, start };
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');

/**
 * Where the first byte sequence that is not UTF-8 is: its line, its column in characters (the valid
 * characters before it + 1) and up to 4 of its bytes. Only called once decoding has failed. A line
 * never splits a UTF-8 sequence (0x0A is no part of any multi-byte sequence), so lines decode alone.
 */
function firstInvalid(bytes: Uint8Array): { line: number; column: number; bad: string } {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const lf = bytes.indexOf(LF, start);
    const end = lf < 0 ? bytes.length : lf;
    const text = bytes.subarray(start, end);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(text);
    } catch {
      // Feed the line byte by byte: the decoder throws at the first byte that cannot continue a character.
      const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: line > 1 }); // a BOM opening the file is no column
      let decoded = '';
      let sequenceStart = 0;
      for (let i = 0; i < text.length; i++) {
        try {
          const out = decoder.decode(text.subarray(i, i + 1), { stream: true });
          if (out !== '') {
            decoded += out;
            sequenceStart = i + 1;
          }
        } catch {
          break;
        }
      }
      return { line, column: [...decoded].length + 1, bad: hex(text.subarray(sequenceStart, sequenceStart + 4)) };
    }
    if (lf < 0) break;
    start = lf + 1;
  }
  return { line: 1, column: 1, bad: '' }; // unreachable: the whole text failed to decode, so one line does
}

export function readSource(bytes: Uint8Array, file: string): { lines: SourceLine[]; sha256: string } {
  if (bytes.length === 0) throw new NormaliseError(`${file}:1`, 'content', 'the file is empty (0 bytes)');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = lineAt(bytes, nul);
    throw new NormaliseError(`${file}:${at.line}`, 'content', `NUL byte at byte ${nul - at.start + 1} of the line: binary data, not a text file`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const { line, column, bad } = firstInvalid(bytes);
    throw new NormaliseError(
      `${file}:${line}`,
      'encoding',
      `not valid UTF-8 at column ${column} (bytes ${bad}): the file must be UTF-8; GBK or another legacy encoding? (iconv -f GBK -t UTF-8)`,
    );
  }
  const lines = text.split(/\r?\n/u).map((t, i) => ({ no: i + 1, text: t }));
  for (const line of lines) {
    const bad = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/u.exec(line.text);
    if (bad) {
      const cp = bad[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase();
      const column = [...line.text.slice(0, bad.index)].length + 1;
      const problem =
        cp === '2028' || cp === '2029'
          ? `U+${cp} (${cp === '2028' ? 'line' : 'paragraph'} separator) at column ${column}: a line break inside the line; use LF or CRLF line ends`
          : `control character U+${cp} at column ${column} (binary data?)`;
      throw new NormaliseError(`${file}:${line.no}`, 'content', problem);
    }
  }
  if (lines.every((line) => line.text.trim() === '')) {
    throw new NormaliseError(`${file}:1`, 'content', `the file has no text: ${bytes.length} bytes of white space, line ends or byte order mark only`);
  }
  return { lines, sha256: createHash('sha256').update(bytes).digest('hex') };
}
