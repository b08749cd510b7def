/**
 * The remark plugin list shared by the site (astro.config.mjs) and the tests that render MDX outside
 * Astro, so both parse the generated MDX exactly alike.
 *
 * - remark-cjk-friendly: lets `**“上海精神”**是…` become `<strong>“上海精神”</strong>是…`; plain
 *   CommonMark refuses to close emphasis next to CJK punctuation followed by a Han character.
 *
 * Output: a unified PluggableList (array of plugins), no options.
 */
import remarkCjkFriendly from 'remark-cjk-friendly';

export const remarkPlugins = [remarkCjkFriendly];
