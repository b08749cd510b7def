/**
 * The text stages, in order, that turn a block's raw lines into its published text:
 * join lines → repair URLs (per-source mode) → remove typesetting spaces → Chinese punctuation →
 * remove the spaces the new full-width punctuation now touches.
 * See each module for its artifact.
 *
 * Input: the block's line texts (after the character maps) and the source's text options.
 * Output: one normalised line of text.
 */
import { joinLines } from './join-lines.ts';
import { removeSpuriousSpaces, type SpaceOptions } from './spaces.ts';
import { toChinesePunctuation } from './ascii-punctuation.ts';
import { repairUrls, type UrlMode } from './urls.ts';

export interface TextOptions extends SpaceOptions {
  urlMode?: UrlMode;
}

export function normaliseText(lines: readonly string[], options: TextOptions): string {
  const joined = joinLines(lines);
  const urls = options.urlMode ? repairUrls(joined, options.urlMode) : joined;
  // spaces again after the punctuation stage: `日期, https://…` has its space next to a full-width comma
  // only once the comma is converted (chen-zeng-2019-guoji-zhanwang L31)
  return removeSpuriousSpaces(toChinesePunctuation(removeSpuriousSpaces(urls, options)), options);
}
