/**
 * Halve text that a PDF extractor emitted twice because it was set in bold (fill and stroke).
 *
 * Artifact (jingji-ribao-2021-sco-20 L593–L601, photo captions): `图图①① 上海合作组织第二届媒体论坛于上海合作组织第二届媒体论坛于
 * 20192019 年年 55 月月 2424 日…` — every *style run* is doubled, not every character.
 *
 * Rule: split the line into runs of one character class (Han, digits, Latin, punctuation, space).
 * Two style runs of one class can touch (`陈学慧陈学慧摄摄`), so a run counts as doubled when it splits
 * into consecutive pieces that are each some X twice (`陈学慧陈学慧` + `摄摄`). Only if every non-space
 * run of the line is doubled is each run halved; otherwise the line is returned unchanged, so real
 * reduplications such as 年年, 常常, 看看 inside normal text are never touched.
 *
 * Input: one line. Output: `{ text, halved }`.
 */
function classOf(ch: string): string {
  if (/\s/u.test(ch)) return 'space';
  if (/\p{Script=Han}/u.test(ch)) return 'han';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  if (/\p{L}/u.test(ch)) return 'letter';
  return `punct:${ch}`; // each punctuation mark is its own class, so “” pairs split as runs
}

function runsOf(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  let currentClass = '';
  for (const ch of text) {
    const cls = classOf(ch);
    if (current && cls !== currentClass && !(cls.startsWith('punct') && currentClass.startsWith('punct') && cls === currentClass)) {
      runs.push(current);
      current = '';
    }
    current += ch;
    currentClass = cls;
  }
  if (current) runs.push(current);
  return runs;
}

/** Halve `run` if it is a sequence of XX pieces (longest pieces preferred), else `null`. */
function halfIfDoubled(run: string): string | null {
  const chars = [...run];
  const memo = new Map<number, string | null>();
  const halveFrom = (i: number): string | null => {
    if (i === chars.length) return '';
    if (memo.has(i)) return memo.get(i)!;
    let result: string | null = null;
    for (let len = Math.floor((chars.length - i) / 2); len >= 1 && result === null; len--) {
      const a = chars.slice(i, i + len).join('');
      const b = chars.slice(i + len, i + 2 * len).join('');
      if (a !== b) continue;
      const rest = halveFrom(i + 2 * len);
      if (rest !== null) result = a + rest;
    }
    memo.set(i, result);
    return result;
  };
  return halveFrom(0);
}

export function halveBoldDoubling(text: string): { text: string; halved: boolean } {
  const runs = runsOf(text);
  const content = runs.filter((r) => !/^\s+$/u.test(r));
  if (content.length < 2) return { text, halved: false }; // one run (`①①`, `年年`) is no evidence
  const halves = runs.map((r) => (/^\s+$/u.test(r) ? r : halfIfDoubled(r)));
  if (halves.some((h) => h === null)) return { text, halved: false };
  return { text: halves.join(''), halved: true };
}
