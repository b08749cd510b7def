/**
 * No module writes a path of the site by hand: every URL the site publishes comes from src/routes.ts
 * (issue 21, deliverable 3). This test reads every `src/**\/*.{ts,astro,mjs}` except routes.ts and the
 * tests, drops comments and docstrings, and fails naming `file:line` for each string or template literal
 * (and, in an .astro template, each attribute) that builds a root-relative site path:
 * - a literal starting with one of the site's sections, `'/articles/…'`, `` `/glossary/${…}/` ``,
 *   `"/search/"`, or containing one after an interpolation (`` `${base}/timeline/` ``): the sections are
 *   /articles/, /glossary/, /timeline/, /search/, /about/, /citation-styles/ and /pagefind/;
 * - `href="/…"`, `src="/…"` or `action="/…"` written out, in a template or inside a string.
 * Absolute URLs of other hosts (`https://doi.org/…`, `https://sco.example.org/articles/…` in fixtures)
 * are not site paths and pass.
 *
 * `allowed` lists the exceptions, each with its reason; an entry that no longer matches anything fails
 * the test too, so the list cannot go stale.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

/** Exceptions: a file (path from the repository root) and a substring of the offending line, with why. */
const allowed: { file: string; line: string; reason: string }[] = [];

const sections = 'articles|glossary|timeline|search|about|citation-styles|pagefind';
/** A site path inside a literal: at its start, or after an interpolation or a quote. */
const sitePath = new RegExp(`(?:^|[}'"\`\\s(=])/(?:${sections})(?:/|$|[?#'"\`])`);
/** An attribute pointing at a root-relative path. */
const rootAttribute = /\b(?:href|src|action)=["']\//;

interface Finding {
  line: number;
  text: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    if (!/\.(?:ts|astro|mjs)$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) return [];
    return [path];
  });
}

/**
 * The string and template literals of TypeScript or JavaScript `code` with their 1-based line numbers
 * (`offset` added), comments skipped. Template literals are returned in their literal parts
 * (interpolations are code, scanned in turn; a part that follows one starts with `}`). Regular
 * expression literals are skipped where `/` follows an operator or punctuation.
 */
function literals(code: string, offset = 0): Finding[] {
  const found: Finding[] = [];
  let line = 1 + offset;
  let i = 0;
  /** For each open `${`, the depth of braces inside it. */
  const templates: number[] = [];
  let lastSignificant = '';

  const take = (start: number, end: number, startLine: number) => found.push({ line: startLine, text: code.slice(start, end) });

  function templatePart(): void {
    // i is just after the opening backtick or the closing `}` of an interpolation
    const start = i - 1;
    const startLine = line;
    while (i < code.length) {
      const c = code[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '\n') line++;
      if (c === '`') {
        i++;
        take(start, i, startLine);
        lastSignificant = '`';
        return;
      }
      if (c === '$' && code[i + 1] === '{') {
        take(start, i, startLine);
        i += 2;
        templates.push(0);
        lastSignificant = '{';
        return;
      }
      i++;
    }
  }

  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : end + 2;
      for (let j = i; j < stop; j++) if (code[j] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '/' && (lastSignificant === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant) || /\b(?:return|typeof|case|of|in)$/.test(code.slice(Math.max(0, i - 7), i).trimEnd()))) {
      // a regular expression literal
      i++;
      let inClass = false;
      while (i < code.length && code[i] !== '\n') {
        const r = code[i]!;
        if (r === '\\') i++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i++;
      }
      if (code[i] === '/') i++;
      while (i < code.length && /[a-z]/.test(code[i]!)) i++;
      lastSignificant = 'x';
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      const startLine = line;
      i++;
      while (i < code.length && code[i] !== c && code[i] !== '\n') i += code[i] === '\\' && code[i + 1] !== '\n' ? 2 : 1;
      if (code[i] === c) i++;
      take(start, i, startLine);
      lastSignificant = 'x';
      continue;
    }
    if (c === '`') {
      i++;
      templatePart();
      continue;
    }
    if (templates.length > 0) {
      if (c === '{') templates[templates.length - 1]!++;
      if (c === '}') {
        if (templates[templates.length - 1] === 0) {
          templates.pop();
          i++;
          templatePart();
          continue;
        }
        templates[templates.length - 1]!--;
      }
    }
    lastSignificant = /[\w$]/.test(c) ? 'x' : c;
    // a word ending in `return` etc. is checked above by looking back; keep identifiers as 'x'
    i++;
  }
  return found;
}

/** The lines of an .astro file to scan: its frontmatter and scripts as code, its template as text. */
function astroFindings(text: string): Finding[] {
  const found: Finding[] = [];
  const lines = text.split('\n');
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    found.push(...literals(lines.slice(1, end).join('\n'), 1));
    i = end + 1;
  }
  const template = lines.slice(i).join('\n');
  // Scripts are code; the rest of the template is markup, scanned as it is without its comments.
  const scripts = /(<script\b[^>]*?(?<!\/)>)([\s\S]*?)<\/script>/g;
  let masked = template.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ' '));
  for (const match of template.matchAll(scripts)) {
    const before = template.slice(0, match.index + match[1]!.length);
    const firstLine = i + before.split('\n').length - 1;
    found.push(...literals(match[2]!, firstLine));
  }
  masked = masked.replace(scripts, (m) => m.replace(/[^\n]/g, ' '));
  masked.split('\n').forEach((textLine, n) => found.push({ line: i + n + 1, text: textLine }));
  return found;
}

function offending(text: string): boolean {
  return sitePath.test(text) || rootAttribute.test(text);
}

test('literals: strings and template parts, without comments or regular expressions', () => {
  const code = "const a = '/x'; // '/articles/'\n/* `/glossary/` */ const b = `/timeline/#${id}/`; const r = /'/; const c = \"d\";";
  assert.deepEqual(literals(code), [
    { line: 1, text: "'/x'" },
    { line: 2, text: '`/timeline/#' },
    { line: 2, text: '}/`' },
    { line: 2, text: '"d"' },
  ]);
  assert.equal(offending('`/timeline/#'), true);
  assert.equal(offending('`${base}/articles/`'.replace('`${base}', '}')), true);
  assert.equal(offending("'https://sco.example.org/articles/x/'"), false);
  assert.equal(offending('<a href="/">'), true);
  assert.equal(offending("'source/#L'"), false);
  // an unterminated quote (an apostrophe in markup read as code) does not shift the lines after it
  assert.deepEqual(literals("it's\n'/search/'"), [{ line: 1, text: "'s" }, { line: 2, text: "'/search/'" }]);
});

test('no module outside src/routes.ts builds a site path by hand', () => {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const path of files(src)) {
    const file = relative(root, path);
    if (file === 'src/routes.ts') continue;
    const text = readFileSync(path, 'utf8');
    const findings = path.endsWith('.astro') ? astroFindings(text) : literals(text);
    const lines = text.split('\n');
    for (const { line, text: literal } of findings) {
      if (!offending(literal)) continue;
      const source = lines[line - 1] ?? literal;
      const exception = allowed.findIndex((a) => a.file === file && source.includes(a.line));
      if (exception !== -1) {
        used.add(exception);
        continue;
      }
      problems.push(`${file}:${line}: ${source.trim()}`);
    }
  }
  const stale = allowed.filter((_, n) => !used.has(n)).map((a) => `${a.file}: ${a.line} (allowed, but no longer found)`);
  assert.deepEqual(
    [...new Set(problems)].concat(stale),
    [],
    'site paths built by hand; make them with src/routes.ts (or allow them above with a reason)',
  );
});
