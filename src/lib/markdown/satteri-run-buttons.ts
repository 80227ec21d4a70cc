import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, ElementContent } from 'hast';

/**
 * "Run in terminal" buttons under ```sh blocks: one real <button> per line that starts with
 * `docker`, named with its command. They are added only to documents that use <Terminal>
 * (decided from the source before parsing), so a page without a terminal ships none; the
 * terminal component's small script makes them type into the nearest terminal.
 */
export function dockerLines(code: string): string[] {
  return code
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^docker(\s|$)/.test(l));
}

function isShell(pre: Element): boolean {
  const lang = pre.properties?.dataLanguage ?? pre.properties?.['data-language'];
  if (lang !== undefined) return lang === 'sh';
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const cls = code?.properties?.className;
  return Array.isArray(cls) && cls.includes('language-sh');
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, className: string[], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: className.length ? { className } : {},
  children,
});

/**
 * The visible text is the accessible name (no aria-label to drift from it): one command reads
 * "Run in terminal" with the command for screen readers only; several show each command.
 */
export function runButtons(commands: readonly string[]): Element {
  const arrow = { ...el('span', [], [text('▶ ')]), properties: { ariaHidden: 'true' } };
  const buttons = commands.map((command): Element => ({
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['run-button'], dataRunCommand: command },
    children:
      commands.length === 1
        ? [
            arrow,
            text('Run in terminal'),
            el('span', ['run-button-command'], [text(`: ${command}`)]),
          ]
        : [arrow, text('Run '), el('code', [], [text(command)])],
  }));
  return el('div', ['run-buttons'], buttons);
}

export const runButtonsPlugin = defineHastPlugin({
  name: 'stagecraft-run-buttons',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      if (!isShell(node)) return;
      const commands = dockerLines(ctx.textContent(node));
      if (commands.length) ctx.insertAfter(node, runButtons(commands));
    },
  },
});

/** The plugin for documents that place a <Terminal>; nothing for the others. */
export const runButtonsForTerminalPages: HastPluginEntry = (ctx) =>
  /<Terminal[\s/>]/.test(ctx.source) ? runButtonsPlugin : null;
