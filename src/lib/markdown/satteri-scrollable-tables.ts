import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { tableRegionLabel } from './table-label';

function headingTexts(table: Element, text: (node: Element) => string): string[] {
  const firstRow = findFirst(table, 'tr');
  if (!firstRow) return [];
  return firstRow.children
    .filter((c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td'))
    .map(text);
}

function findFirst(node: Element, tagName: string): Element | undefined {
  for (const child of node.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findFirst(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/** Wraps every Markdown table in a keyboard-scrollable, uniquely named region. */
export const scrollableTablesPlugin = defineHastPlugin({
  name: 'stagecraft-scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const count = ((ctx.data.stagecraftTables as number | undefined) ?? 0) + 1;
      ctx.data.stagecraftTables = count;
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          role: 'region',
          ariaLabel: tableRegionLabel(
            count,
            headingTexts(node, (n) => ctx.textContent(n)),
          ),
        },
        children: [],
      });
    },
  },
});
