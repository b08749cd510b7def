/**
 * Reads a content folder once per process: `perFolder(read)` returns a function that calls `read(dir)`
 * the first time it is asked for a folder and returns the same value for that folder afterwards (folders
 * compared by absolute path, so `content` and `/…/content` are one folder). What the readers of the
 * content model use so that a build or a script parses each file once.
 * Input: the reader. Output: the memoised reader. Errors: whatever `read` throws (nothing is cached then).
 */
import { resolve } from 'node:path';

export function perFolder<T>(read: (dir: string) => T): (dir: string) => T {
  const cache = new Map<string, T>();
  return (dir) => {
    const key = resolve(dir);
    if (cache.has(key)) return cache.get(key)!;
    const value = read(dir);
    cache.set(key, value);
    return value;
  };
}
