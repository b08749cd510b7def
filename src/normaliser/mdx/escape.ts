/**
 * Escape plain text so MDX renders it literally and can never run it as code.
 *
 * Untrusted source text may contain `{alert(1)}`, `<script>`, `import x from 'y'`, `**`, `[x](y)`,
 * `&amp;`, `~~x~~`, `| a |`… Every character that MDX or Markdown could read as inline syntax (the only
 * context the normaliser writes text in: the one-line children of `<Para>` and `<Heading>`)
 * is backslash-escaped (CommonMark lets any ASCII punctuation be escaped; MDX honours `\{` and `\<`).
 *
 * Input: one block's text, a single line (no CR/LF, no other control characters — the normaliser never
 * produces them). Output: the MDX source text. Throws `Error` on a line break or control character,
 * because such text cannot be a single inline MDX run.
 */
const SYNTAX = /[\\`*_{}[\]<>#|~&!]/g;

export function escapeMdxText(text: string): string {
  if (/[\u0000-\u001F\u007F\u2028\u2029]/u.test(text)) {
    throw new Error(`text contains a line break or control character: ${JSON.stringify(text.slice(0, 40))}`);
  }
  return text.replace(SYNTAX, (ch) => `\\${ch}`);
}
