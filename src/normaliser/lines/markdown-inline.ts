/**
 * Undo the Markdown and HTML of a source converted to Markdown (chen-zeng-2019-guoji-zhanwang), line by line,
 * so that what is left is the printed text and the normaliser's own MDX escaping is the only markup.
 *
 * Artifact (I, chen-zeng-2019-guoji-zhanwang): `**【内容摘要】**` bold labels; `<sup>①</sup> 在安全领域` footnote
 * markers, often followed by a space; `\*` (title-note marker, L3/L23) and `\_` / `\\_` escapes; links
 * `[https://www.fmprc.gov.cn/web/gjhdq\\_676201/…](https://…gjhdq_676201/…)` and autolinks `<http://…>`;
 * `*China Daily*` emphasis; `#`–`####` heading marks (levels are decided by numbering, not by `#`).
 *
 * Output: `{ text, heading }` — the plain line, and whether it carried `#` marks. Emphasis is dropped
 * (issue: render emphasis later), a link keeps its target when its text is the URL, else its text.
 */
export function stripMarkdownInline(line: string): { text: string; heading: boolean } {
  const heading = /^\s*#{1,6}\s/u.test(line);
  let text = line.replace(/^\s*#{1,6}\s+/u, '');
  // a heading's `\*` refers to its note (chen-zeng-2019-guoji-zhanwang L3 → L23)
  if (heading) text = text.replace(/\\\*\s*$/u, '');
  text = text.replace(/<sup>([^<]*)<\/sup> ?/gu, '$1');
  text = text.replace(/\[([^\]]*)\]\(([^)\s]*)\)/gu, (_, label: string, target: string) =>
    /^https?:/u.test(label.replace(/\\/g, '')) ? target : label,
  );
  text = text.replace(/<(https?:[^>\s]*)>/gu, '$1');
  text = text.replace(/\*\*([^*]+)\*\*/gu, '$1').replace(/(?<![\\*])\*([^*\s][^*]*)\*(?!\*)/gu, '$1');
  text = text.replace(/\\\\_/gu, '_').replace(/\\([_*#[\]()<>])/gu, '$1');
  return { text, heading };
}
