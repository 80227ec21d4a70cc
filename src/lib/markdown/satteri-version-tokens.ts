import { defineMdastPlugin } from 'satteri';
import { hasVersionTokens, replaceVersionTokens } from './version-tokens';

/**
 * Sätteri (Astro 7's native Markdown pipeline) plugin: replaces `%%key%%` version tokens in
 * prose, inline code and code blocks before Shiki highlights them.
 */
export const versionTokensPlugin = defineMdastPlugin({
  name: 'stagecraft-version-tokens',
  text(node, ctx) {
    if (hasVersionTokens(node.value))
      ctx.setProperty(node, 'value', replaceVersionTokens(node.value));
  },
  inlineCode(node, ctx) {
    if (hasVersionTokens(node.value))
      ctx.setProperty(node, 'value', replaceVersionTokens(node.value));
  },
  code(node, ctx) {
    if (hasVersionTokens(node.value))
      ctx.setProperty(node, 'value', replaceVersionTokens(node.value));
  },
});
