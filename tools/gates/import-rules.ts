/**
 * The project's import rules, checked on the import graph dependency-cruiser builds of src/, scripts/,
 * tools/, tests/ and astro.config.mjs (TypeScript through the installed compiler, `import type`
 * included and marked as such). Run by tests/structure/imports.test.ts (`npm run test:structure`).
 *
 * `checkImportRules(root)` → `{ violations: { rule: violations[] }, modules, browserModules }`: one entry per
 *   rule, each violation a line naming the modules (and the chain of imports that leads there); the size of
 *   the graph and the browser modules found. The rules:
 *   - `framework-free`: src/normaliser/ and src/content-model/ import nothing from Astro (`astro`,
 *     `astro/…`, `astro:…`, `@astrojs/…`), directly or through the modules they import (type imports
 *     included: a framework-free module names no Astro type either). Test files are included.
 *   - `browser-no-node`: browser modules import nothing from Node (`node:…` or a Node built-in), directly
 *     or through the modules they import, type imports included (erased from the bundle, but a browser
 *     module that takes its types from a Node module depends on code it must never load). Browser
 *     modules: src/search/client/**, src/components/*.ts, and every module a processed `<script>` of an
 *     .astro file imports, statically or with `import()` (`is:inline` and data scripts are not processed).
 *     Their *.test.ts files run in Node and are not browser modules.
 *   - `tests-only-from-tests`: nothing outside tests/ imports a module under tests/.
 *   - `product-not-from-tools`: the product (src/, scripts/, astro.config.mjs) imports nothing from tools/:
 *     a clean copy of the site builds without its benchmarks and gates.
 *   - `no-module-cycles`: no cycle of imports between modules, type imports included (erased at run time,
 *     but two modules that need each other's types are one unit split in two).
 *   - `no-folder-cycles`: no cycle between the folders of src/, counting every import (type imports too:
 *     a folder that needs another's types depends on it). A folder is every directory of src/ on
 *     its own (src/normaliser/ apart from src/normaliser/blocks/, src/search/index/ apart from
 *     src/search/client/), so a stage may not import back into the pipeline that runs it; a file
 *     directly in src/ (routes.ts, content.config.ts) is a unit of its own.
 * Errors: rejects when dependency-cruiser fails; an import it cannot resolve is reported under
 *   `unresolved` (a broken import would otherwise hide an edge from every rule).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IModule } from 'dependency-cruiser';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import ts from 'typescript';

export type RuleName = 'framework-free' | 'browser-no-node' | 'tests-only-from-tests' | 'product-not-from-tools' | 'no-module-cycles' | 'no-folder-cycles' | 'unresolved';

/** Where the graph starts: everything a build, a tool or a test runs. */
const scanned = ['src', 'scripts', 'tools', 'tests', 'astro.config.mjs'];

const isAstro = (name: string) => name === 'astro' || name.startsWith('astro/') || name.startsWith('astro:') || name.startsWith('@astrojs/');
const isTest = (source: string) => /\.test\.ts$/u.test(source);

/** The graph: each module's imports, resolved (or the specifier when not resolved), with their kinds. */
interface Edge {
  to: string;
  typeOnly: boolean;
  core: boolean;
  local: boolean;
  unresolved: boolean;
}

function edgesOf(module: IModule): Edge[] {
  return module.dependencies.map((d) => ({
    to: d.couldNotResolve ? d.module : d.resolved,
    typeOnly: d.dependencyTypes.includes('type-only'),
    core: d.coreModule || d.dependencyTypes.includes('core'),
    local: d.dependencyTypes.includes('local'),
    unresolved: d.couldNotResolve,
  }));
}

/**
 * The modules the processed `<script>` blocks of .astro files import (project-relative paths), with the
 * component that imports each.
 */
async function astroScriptImports(root: string, astroFiles: string[]): Promise<Map<string, string>> {
  await initLexer;
  const found = new Map<string, string>();
  for (const file of astroFiles) {
    // The template: after the frontmatter fence (whose comments may mention `<script>`).
    const text = readFileSync(join(root, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
    for (const match of text.matchAll(/<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script>)/gu)) {
      const attributes = match[1]!;
      if (match[2] === undefined || /\bis:inline\b/u.test(attributes) || /\btype=["'](?!module)[^"']+["']/u.test(attributes)) continue;
      // The scripts are TypeScript: compiled first (verbatimModuleSyntax drops exactly the `import type`s),
      // then their imports read with es-module-lexer, `import()` included.
      const { outputText } = ts.transpileModule(match[2]!, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ESNext, verbatimModuleSyntax: true } });
      let imports: ReturnType<typeof parseModule>[0];
      try {
        [imports] = parseModule(outputText);
      } catch (error) {
        throw new Error(`${file}: a <script> that es-module-lexer cannot read (${(error as Error).message.split('\n')[0]})`);
      }
      for (const entry of imports) {
        if (entry.n === undefined || !entry.n.startsWith('.')) continue;
        found.set(relative(root, resolve(root, dirname(file), entry.n)).split('\\').join('/'), file);
      }
    }
  }
  return found;
}

/** A path of modules from `start` to a module for which `bad(edge)` holds, following `follow` edges. */
function reachable(graph: Map<string, Edge[]>, start: string, follow: (edge: Edge) => boolean, bad: (edge: Edge) => boolean): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const edge of graph.get(path.at(-1)!) ?? []) {
      if (bad(edge)) found.push([...path, edge.to]);
      else if (follow(edge) && edge.local && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push([...path, edge.to]);
      }
    }
  }
  return found;
}

/** The strongly connected components with more than one node (Tarjan), each in a stable order. */
function cycles(nodes: Iterable<string>, next: (node: string) => Iterable<string>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const to of next(node)) {
      if (!indices.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, indices.get(to)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!indices.has(node)) visit(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The folder unit of a module of src/ (see the top of the file), or undefined outside src/. */
export function folderOf(source: string): string | undefined {
  const parts = source.split('/');
  if (parts[0] !== 'src') return undefined;
  if (parts.length === 2) return source;
  return `${parts.slice(0, -1).join('/')}/`;
}

export interface ImportRuleReport {
  violations: Record<RuleName, string[]>;
  /** How many modules the graph holds, and the browser modules found (so a test can tell the rules saw something). */
  modules: number;
  browserModules: string[];
}

export async function checkImportRules(root: string): Promise<ImportRuleReport> {
  const cwd = process.cwd();
  process.chdir(root);
  let result: ICruiseResult;
  try {
    const reported = await cruise(scanned.filter((entry) => existsSync(join(root, entry))), { tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' }, exclude: { path: '(^|/)node_modules/|^dist/' } }, { extensions: ['.ts', '.mts', '.mjs', '.js', '.json'] });
    result = reported.output as ICruiseResult;
  } finally {
    process.chdir(cwd);
  }
  const modules = result.modules.filter((m) => !m.coreModule && !m.couldNotResolve && !m.source.includes('node_modules/'));
  const graph = new Map(modules.map((m) => [m.source, edgesOf(m)]));
  const violations: Record<RuleName, string[]> = { 'framework-free': [], 'browser-no-node': [], 'tests-only-from-tests': [], 'product-not-from-tools': [], 'no-module-cycles': [], 'no-folder-cycles': [], unresolved: [] };
  const chain = (path: string[]) => path.join(' → ');

  for (const [from, edges] of graph) {
    for (const edge of edges) {
      if (edge.unresolved && edge.local) violations.unresolved.push(`${from}: cannot resolve ${edge.to}`);
      if (!from.startsWith('tests/') && edge.local && edge.to.startsWith('tests/')) violations['tests-only-from-tests'].push(`${from} → ${edge.to}`);
      if (/^(src|scripts)\/|^astro\.config\./u.test(from) && edge.local && edge.to.startsWith('tools/')) violations['product-not-from-tools'].push(`${from} → ${edge.to}`);
    }
  }

  for (const from of graph.keys()) {
    if (!/^src\/(normaliser|content-model)\//u.test(from)) continue;
    for (const path of reachable(graph, from, () => true, (edge) => isAstro(edge.to))) violations['framework-free'].push(chain(path));
  }

  const astroFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro')).map((f) => `src/${f.split('\\').join('/')}`);
  const scriptImports = await astroScriptImports(root, astroFiles);
  const browserModules = new Map<string, string>();
  for (const source of graph.keys()) {
    if (isTest(source)) continue;
    if (source.startsWith('src/search/client/') || /^src\/components\/[^/]+\.ts$/u.test(source)) browserModules.set(source, source);
  }
  for (const [source, component] of scriptImports) browserModules.set(source, `${component} <script>`);
  for (const [source, origin] of [...browserModules].sort()) {
    if (!graph.has(source)) {
      violations.unresolved.push(`${origin}: imports ${source}, which is not a module of the graph`);
      continue;
    }
    const prefix = origin === source ? [] : [origin];
    for (const path of reachable(graph, source, () => true, (edge) => edge.core)) violations['browser-no-node'].push(chain([...prefix, ...path]));
  }

  const localNext = (node: string) => (graph.get(node) ?? []).filter((e) => e.local && graph.has(e.to)).map((e) => e.to);
  for (const cycle of cycles(graph.keys(), localNext)) violations['no-module-cycles'].push(cycle.join(' ↔ '));

  const folders = new Map<string, Set<string>>();
  const folderEdges = new Map<string, Map<string, string>>();
  for (const [from, edges] of graph) {
    const a = folderOf(from);
    if (a === undefined) continue;
    folders.set(a, folders.get(a) ?? new Set());
    for (const edge of edges) {
      const b = edge.local ? folderOf(edge.to) : undefined;
      if (b === undefined || b === a) continue;
      folders.get(a)!.add(b);
      const examples = folderEdges.get(a) ?? new Map<string, string>();
      if (!examples.has(b)) examples.set(b, `${from} → ${edge.to}`);
      folderEdges.set(a, examples);
    }
  }
  for (const cycle of cycles(folders.keys(), (folder) => folders.get(folder) ?? [])) {
    const inCycle = new Set(cycle);
    const examples = cycle.flatMap((a) => [...(folderEdges.get(a) ?? [])].filter(([b]) => inCycle.has(b)).map(([, example]) => example));
    violations['no-folder-cycles'].push(`${cycle.join(' ↔ ')} (e.g. ${examples.join('; ')})`);
  }
  return { violations, modules: graph.size, browserModules: [...browserModules.keys()].sort() };
}
