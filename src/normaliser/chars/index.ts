/**
 * The character-map stages in the order they run on every raw line. Each is a pure `string → string`
 * map with no knowledge of context beyond the line (see the modules for the artifacts they repair).
 */
import { mapYiPunctuation } from './yi-punctuation.ts';
import { mapPrivateUseDot } from './private-use-dot.ts';
import { mapFullWidthAlphanumerics } from './full-width.ts';
import { mapGuillemets } from './guillemets.ts';
import { collapseTripleEmDash } from './em-dash.ts';

const CHARACTER_MAPS = [mapYiPunctuation, mapPrivateUseDot, mapFullWidthAlphanumerics, mapGuillemets, collapseTripleEmDash];

/** Apply every character map to `text`, in order. Throws what the maps throw (RealYiTextError). */
export function mapCharacters(text: string): string {
  return CHARACTER_MAPS.reduce((acc, map) => map(acc), text);
}
