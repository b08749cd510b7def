/**
 * The text stages, in order, that turn a block's raw lines into its published text:
 * join lines → remove typesetting spaces → Chinese punctuation. See each module for its artifact.
 *
 * Input: the block's line texts (after the character maps) and the source's spacing options.
 * Output: one normalised line of text.
 */
import { joinLines } from './join-lines.ts';
import { removeSpuriousSpaces, type SpaceOptions } from './spaces.ts';
import { toChinesePunctuation } from './ascii-punctuation.ts';

export function normaliseText(lines: readonly string[], spaces: SpaceOptions): string {
  return toChinesePunctuation(removeSpuriousSpaces(joinLines(lines), spaces));
}
