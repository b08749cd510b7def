/**
 * Replace generated folders atomically, or compare them with what would be generated.
 *
 * `writeGenerated(contentDir, files)`: for each top-level folder named in `files` (`articles/`,
 * `reports/`), write the complete new folder beside the old one, then swap them with renames, so readers
 * see the old folder or the new one, never a half-written mix; files no longer generated disappear.
 * `staleGenerated(contentDir, files)`: the relative paths that differ, are missing, or are extra.
 * Input paths are relative to `contentDir`. Throws the file-system error if a write fails (the old
 * folder is then left in place).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function topFolders(files: ReadonlyMap<string, string>): string[] {
  return [...new Set([...files.keys()].map((p) => p.split('/')[0]!))].sort();
}

export function writeGenerated(contentDir: string, files: ReadonlyMap<string, string>): void {
  for (const folder of topFolders(files)) {
    const target = join(contentDir, folder);
    const staging = join(contentDir, `.${folder}.new`);
    const old = join(contentDir, `.${folder}.old`);
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
    for (const [path, text] of files) {
      if (!path.startsWith(`${folder}/`)) continue;
      const file = join(staging, path.slice(folder.length + 1));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
  }
}

export function staleGenerated(contentDir: string, files: ReadonlyMap<string, string>): string[] {
  const stale: string[] = [];
  for (const [path, text] of files) {
    const file = join(contentDir, path);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(path);
  }
  for (const folder of topFolders(files)) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (!files.has(`${folder}/${name}`)) stale.push(`${folder}/${name} (no longer generated)`);
  }
  return stale.sort();
}
