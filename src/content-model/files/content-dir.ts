/**
 * The content folder the site is built from: `content/` in the project, or the folder named by the
 * environment variable `SCO_CONTENT_DIR` (used by tests that build a revised copy of the corpus).
 * Output: an absolute path. Never throws.
 */
import { resolve } from 'node:path';

export const contentDir = resolve(process.env['SCO_CONTENT_DIR'] ?? 'content');
