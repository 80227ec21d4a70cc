/**
 * The site's code themes, and every style declaration they can make Shiki write. Markdown (via
 * astro.config.mjs) and `<Code>` (via CodeBlock.astro) share this one definition, so a page's code
 * blocks all use the same themes and the same classes (shiki-classes.ts explains why classes).
 */
import { bundledThemes, normalizeTheme, type ShikiTransformer } from 'shiki';
import { classStylesheet, normalizeDeclaration, shikiStyleToClass } from './shiki-classes';

/** Dual themes written as CSS variables; src/styles/code.css picks one from the site theme. */
export const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/**
 * Declarations that come from Astro rather than a theme: it prefixes each `+`/`-` of a diff with
 * an unselectable span. (`wrap: false` would add `overflow-x: auto`: we use `wrap: null` and
 * code.css scrolls the block instead.)
 */
export const EXTRA_DECLARATIONS = ['user-select: none'];

/** Shiki's font styles, written per theme as `--shiki-<theme>-font-style` and so on. */
const FONT_DECLARATIONS = [
  'font-style:italic',
  'font-weight:bold',
  'text-decoration:underline',
  'text-decoration:line-through',
  'text-decoration:underline line-through',
];

interface ThemeColours {
  fg: string;
  bg: string;
  settings: readonly { settings?: { foreground?: string; background?: string } }[];
  colorReplacements?: Record<string, string>;
}

/** Every declaration one theme can produce under the variable prefix `--shiki-<key>`. */
export function themeDeclarations(key: string, theme: ThemeColours): string[] {
  const prefix = `--shiki-${key}`;
  const fg = new Set([theme.fg]);
  const bg = new Set([theme.bg]);
  for (const { settings } of theme.settings) {
    if (settings?.foreground) fg.add(settings.foreground);
    if (settings?.background) bg.add(settings.background);
  }
  // A replacement can stand in for any colour, in either role.
  for (const colour of Object.values(theme.colorReplacements ?? {})) {
    fg.add(colour);
    bg.add(colour);
  }
  return [
    ...[...fg].map((c) => `${prefix}:${c}`),
    ...[...bg].map((c) => `${prefix}-bg:${c}`),
    ...FONT_DECLARATIONS.map((d) => `${prefix}-${d}`),
  ].map(normalizeDeclaration);
}

export interface ShikiClasses {
  /** Every declaration that has a class. */
  known: ReadonlySet<string>;
  /** The stylesheet with one rule per declaration. */
  css: string;
  transformer: ShikiTransformer;
}

let loading: Promise<ShikiClasses> | undefined;

/** The themes' declarations, their stylesheet and the transformer (loaded once per process). */
export function loadShikiClasses(): Promise<ShikiClasses> {
  loading ??= (async () => {
    const declarations = EXTRA_DECLARATIONS.map(normalizeDeclaration);
    for (const [key, name] of Object.entries(SHIKI_THEMES)) {
      const theme = normalizeTheme((await bundledThemes[name]()).default);
      declarations.push(...themeDeclarations(key, theme));
    }
    const known = new Set(declarations);
    return { known, css: classStylesheet(known), transformer: shikiStyleToClass(known) };
  })();
  return loading;
}
