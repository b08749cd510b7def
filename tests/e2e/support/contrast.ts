/**
 * WCAG 2 contrast ratio of two colours as browsers report computed colours.
 *
 * Input: two CSS colour strings `rgb(r, g, b)` or `rgba(r, g, b, a)` (alpha ignored: pass opaque colours).
 * Output: the ratio (L1 + 0.05) / (L2 + 0.05) of their relative luminances, from 1 to 21.
 * Errors: throws on a string without three numbers.
 */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

function relativeLuminance(colour: string): number {
  const channels = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  if (channels.length < 3) throw new Error(`not an rgb() colour: ${colour}`);
  const [r, g, b] = channels.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
