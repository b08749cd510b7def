/**
 * JSON for the text of a `<script>` element (`type="application/json"` or `application/ld+json`),
 * written with `set:html`: every `<`, `>` and `&` becomes a `\u003c`-style escape. These characters occur
 * only inside JSON strings, where the escapes are legal, so `JSON.parse` gives the value back, and no
 * source text such as `</script>` or `<!--` can end or alter the script.
 *
 * Input: any JSON-serialisable value. Output: the JSON text. Errors: those of `JSON.stringify`.
 * Used by CiteDialog.astro, ProvenanceViewer.astro and ArticleHead.astro (JSON-LD).
 */
const scriptUnsafe = /[<>&]/gu;

export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(scriptUnsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
