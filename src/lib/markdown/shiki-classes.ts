/**
 * Shiki colours every token with a `style="--shiki-light:…;--shiki-dark:…"` attribute, and a
 * Content Security Policy without 'unsafe-inline' blocks style attributes. This transformer turns
 * each declaration into a class (one class per declaration, named from a hash of it), and
 * `classStylesheet` writes the matching rules for a real stylesheet served from 'self'.
 *
 * Why not `transformerStyleToClass` from @shikijs/transformers: it names one class per whole
 * style string and only knows its CSS after every code block has been highlighted, in the
 * process that highlighted it. Our blocks are highlighted in several places (MDX compiled by
 * Vite, `<Code>` rendered inside Astro's prerender bundle), so that registry would have to be
 * gathered across module instances and written after the build, outside Vite's hashed assets.
 * One class per declaration instead lets the stylesheet come from the themes alone (every colour
 * and font style they can produce, see shiki-theme.ts), before anything is highlighted: the same
 * CSS on every build, bundled like any other CSS. A declaration the themes cannot explain fails
 * the build here, so no token silently loses its colour.
 */
import type { ShikiTransformer } from 'shiki';

/** Where Shiki's hast keeps an element's attributes; only `style` and `class` matter here. */
interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** `" --shiki-light : #0550AE "` → `"--shiki-light:#0550ae"`; colours are case-insensitive. */
export function normalizeDeclaration(declaration: string): string {
  const colon = declaration.indexOf(':');
  if (colon < 0) return '';
  const property = declaration.slice(0, colon).trim().toLowerCase();
  const value = declaration
    .slice(colon + 1)
    .trim()
    .replace(/\s+/g, ' ');
  return property && value ? `${property}:${value.toLowerCase()}` : '';
}

/** The declarations of a style attribute, normalized, in order, without empty ones. */
export function splitStyle(style: string): string[] {
  return style.split(';').map(normalizeDeclaration).filter(Boolean);
}

/** FNV-1a, 32 bits, base 36: short, stable class names (collisions are checked below). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The class that stands for one normalized declaration. */
export function declarationClass(declaration: string): string {
  return `sk-${hash(declaration)}`;
}

/** One rule per declaration, in a stable order; throws if two declarations share a class. */
export function classStylesheet(declarations: Iterable<string>): string {
  const byClass = new Map<string, string>();
  for (const declaration of [...new Set(declarations)].sort()) {
    const name = declarationClass(declaration);
    const other = byClass.get(name);
    if (other !== undefined) {
      throw new Error(`Shiki class ${name} stands for both "${other}" and "${declaration}".`);
    }
    byClass.set(name, declaration);
  }
  return [...byClass].map(([name, declaration]) => `.${name}{${declaration}}`).join('\n') + '\n';
}

function styleText(style: unknown): string {
  if (typeof style === 'string') return style;
  if (style && typeof style === 'object') {
    return Object.entries(style)
      .map(([k, v]) => `${k}:${String(v)}`)
      .join(';');
  }
  return '';
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Moves `style` into classes on `node` and everything under it. */
export function styleToClasses(node: HastNode, known: ReadonlySet<string>): void {
  const properties = node.properties;
  if (properties && properties['style'] !== undefined) {
    const declarations = splitStyle(styleText(properties['style']));
    for (const declaration of declarations) {
      if (!known.has(declaration)) {
        throw new Error(
          `Shiki produced the style "${declaration}", which has no class in the code stylesheet. ` +
            'Fix: add it to EXTRA_DECLARATIONS in src/lib/markdown/shiki-theme.ts (or stop the ' +
            'option that produces it, such as wrap: false, which adds overflow-x: auto).',
        );
      }
    }
    delete properties['style'];
    const classes = classList(properties['class']);
    for (const declaration of declarations) classes.push(declarationClass(declaration));
    if (classes.length > 0) properties['class'] = classes.join(' ');
  }
  for (const child of node.children ?? []) styleToClasses(child, known);
}

/**
 * A Shiki transformer that leaves no style attribute. It runs on the finished tree (`root`),
 * after Astro's own transformer and any other, so styles they add are converted too.
 */
export function shikiStyleToClass(known: ReadonlySet<string>): ShikiTransformer {
  return {
    name: 'stagecraft:style-to-class',
    root(root) {
      styleToClasses(root as unknown as HastNode, known);
    },
  };
}
