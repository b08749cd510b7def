/**
 * An Astro integration that lets the browser fetch a page's whole module graph at once: after the build,
 * every page's `<script type="module" src>` is followed through its static imports (read from the built
 * files with es-module-lexer), and a `<link rel="modulepreload" href>` for each imported chunk is
 * inserted before `</head>`. Without it the chunks arrive one import level after another — on the
 * results page the last (`rolldown-runtime`) ~260 ms after the request, after the search data itself.
 *
 * Input: the build's output folder (`astro:build:done`'s `dir`), HTML files found recursively.
 *   `<script type="module" src="/_astro/search.js">`, search.js importing `./match.js` which imports
 *   `./fold.js` → `<link rel="modulepreload" href="/_astro/match.js"><link rel="modulepreload"
 *   href="/_astro/fold.js"></head>` (sorted, so the output is deterministic).
 * Output: `modulePreload()`, the integration; `preloadLinks(html, readModule)`, the pure step: the HTML
 *   with the links added (unchanged when it has no module script or every import is preloaded already).
 * Errors: throws naming the page when a module script's file or an imported chunk is missing, or a
 *   chunk cannot be lexed.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';
import { Parser } from 'htmlparser2';

/**
 * Site paths of the module scripts (`src`) and of what is already module-preloaded. The page is read
 * with htmlparser2's tokenizer, which builds no tree: at 1,000 articles the largest concordance page is
 * 39 MB, and a hast tree of every page (the first version) ran the build out of its 1.5 GB heap.
 */
function moduleScripts(html: string): { entries: string[]; preloaded: Set<string> } {
  const entries: string[] = [];
  const preloaded = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      const { src, type, rel, href } = attributes;
      if (name === 'script' && type === 'module' && src?.startsWith('/')) entries.push(src);
      if (name === 'link' && rel?.split(/\s+/).includes('modulepreload') && href) preloaded.add(href);
    },
  });
  parser.end(html);
  return { entries, preloaded };
}

/** The site paths a module imports statically, resolved against its own path (`./x.js`, `/_astro/x.js`). */
function staticImports(sitePath: string, source: string): string[] {
  const [imports] = parse(source, sitePath);
  return imports
    .filter((entry) => entry.d === -1 && entry.n !== undefined && (entry.n.startsWith('./') || entry.n.startsWith('../') || entry.n.startsWith('/')))
    .map((entry) => new URL(entry.n!, `http://site${sitePath}`).pathname);
}

/**
 * `html` with a `<link rel="modulepreload" href>` before `</head>` for every chunk its module scripts
 * import statically, directly or not, that is neither a module script of the page nor preloaded already
 * (site paths, sorted); `html` itself when there is none or the page has no `</head>`. `readModule`
 * returns a chunk's source by site path and may throw (the error propagates).
 */
export async function preloadLinks(html: string, readModule: (sitePath: string) => string): Promise<string> {
  await init;
  const { entries, preloaded } = moduleScripts(html);
  const found = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.pop()!;
    for (const imported of staticImports(path, readModule(path))) {
      if (!found.has(imported)) {
        found.add(imported);
        queue.push(imported);
      }
    }
  }
  const links = [...found].filter((path) => !entries.includes(path) && !preloaded.has(path)).sort();
  if (links.length === 0) return html;
  const at = html.indexOf('</head>');
  if (at === -1) return html;
  return html.slice(0, at) + links.map((path) => `<link rel="modulepreload" href="${path}">`).join('') + html.slice(at);
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function modulePreload(): AstroIntegration {
  return {
    name: 'sco-module-preload',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const read = (sitePath: string, page: string) => {
          try {
            return readFileSync(join(root, sitePath), 'utf8');
          } catch (error) {
            throw new Error(`${page}: module ${sitePath} cannot be read: ${(error as Error).message}`);
          }
        };
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const out = await preloadLinks(html, (path) => read(path, file));
          if (out !== html) writeFileSync(file, out);
        }
      },
    },
  };
}
