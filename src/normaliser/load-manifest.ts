/**
 * Parse and validate a manifest's YAML text, and say where its fields are.
 *
 * `loadManifest(yamlText, path)`: input the YAML text and its path; output the validated `Manifest`.
 * Throws `NormaliseError` naming `path:line`, the field path and the problem — for YAML syntax errors,
 * for every value still reading `TODO…` (what `npm run source:add` drafted for a person to confirm:
 * `todo`, `unresolved TODO`, every one listed with its line), and for every schema failure (the line is
 * that of the offending field's value).
 *
 * `manifestWhere(manifest, path, field)`: `path:line` of a field of a manifest that `loadManifest`
 * returned (`field` as in messages: `articles.0.segments.1`; the line of its value, or of the nearest
 * enclosing field present), so later checks (sha256, hints against the raw file) can name the line too.
 * For a manifest made in code (not loaded) it is `path` alone. Never throws.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { manifestSchema, type Manifest } from '../content-model/schemas/manifest.ts';
import { NormaliseError } from './shared/normalise-error.ts';

type FieldPath = readonly (string | number)[];

/** Line of the value at `field` in `doc`, or of its nearest ancestor present in the YAML; 1 if none. */
function lineOfField(doc: Document, lineCounter: LineCounter, field: FieldPath): number {
  let node: unknown = doc.getIn(field, true);
  for (let k = field.length; !isNode(node) && k > 0; k--) node = doc.getIn(field.slice(0, k - 1), true);
  const offset = isNode(node) ? node.range?.[0] : undefined;
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}

/** For each manifest `loadManifest` returned: the line of a field, by its dotted path. */
const fieldLines = new WeakMap<Manifest, (field: FieldPath) => number>();

export function manifestWhere(manifest: Manifest, path: string, field: string): string {
  const lineOf = fieldLines.get(manifest);
  if (!lineOf) return path;
  return `${path}:${lineOf(field.split('.').map((part) => (/^\d+$/u.test(part) ? Number(part) : part)))}`;
}

/** Every string value beginning `TODO`, with its field path. */
function unresolvedTodos(value: unknown, field: (string | number)[] = []): { field: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return /^TODO\b/u.test(value) ? [{ field, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unresolvedTodos(v, [...field, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unresolvedTodos(v, [...field, k]));
  return [];
}

export function loadManifest(yamlText: string, path: string): Manifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new NormaliseError(`${path}:${lineAt(e.pos[0])}`, 'yaml', e.message);
  }
  const data: unknown = doc.toJS();
  const todos = unresolvedTodos(data);
  if (todos.length > 0) {
    const messages = todos.map(({ field, text }) => `${path}:${lineOfField(doc, lineCounter, field)}: ${field.join('.')}: ${text}`);
    throw new NormaliseError(
      messages[0]!.split(': ')[0]!,
      todos[0]!.field.join('.') || '(root)',
      `unresolved TODO (a drafted manifest: confirm or correct each, then delete the TODO): ${todos[0]!.text}${messages.length > 1 ? `\n${messages.slice(1).join('\n')}` : ''}`,
    );
  }
  const result = manifestSchema.safeParse(data);
  if (result.success) {
    fieldLines.set(result.data, (field) => lineOfField(doc, lineCounter, field));
    return result.data;
  }
  const messages = result.error.issues.map((issue) => {
    const line = lineOfField(doc, lineCounter, issue.path as FieldPath);
    return `${path}:${line}: ${issue.path.join('.') || '(root)'}: ${issue.message}`;
  });
  const first = result.error.issues[0]!;
  throw new NormaliseError(messages[0]!.split(': ')[0]!, first.path.join('.') || '(root)', `${first.message}${messages.length > 1 ? `\n${messages.slice(1).join('\n')}` : ''}`);
}
