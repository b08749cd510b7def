/**
 * Parse and validate a manifest's YAML text.
 *
 * Input: the YAML text and its path. Output: the validated `Manifest`.
 * Throws `NormaliseError` naming `path:line`, the field path and the problem — for YAML syntax errors
 * and for every schema failure (the line is that of the offending field's value).
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { manifestSchema, type Manifest } from '../schemas/manifest.ts';
import { NormaliseError } from './errors.ts';

export function loadManifest(yamlText: string, path: string): Manifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new NormaliseError(`${path}:${lineAt(e.pos[0])}`, 'yaml', e.message);
  }
  const result = manifestSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    let node: unknown = doc.getIn(issue.path as (string | number)[], true);
    for (let k = issue.path.length; !isNode(node) && k > 0; k--) node = doc.getIn(issue.path.slice(0, k - 1) as (string | number)[], true);
    const line = isNode(node) ? lineAt(node.range?.[0]) : 1;
    return `${path}:${line}: ${issue.path.join('.') || '(root)'}: ${issue.message}`;
  });
  const first = result.error.issues[0]!;
  throw new NormaliseError(messages[0]!.split(': ')[0]!, first.path.join('.') || '(root)', `${first.message}${messages.length > 1 ? `\n${messages.slice(1).join('\n')}` : ''}`);
}
