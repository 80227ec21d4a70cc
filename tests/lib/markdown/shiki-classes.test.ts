import { describe, expect, it } from 'vitest';
import {
  classStylesheet,
  declarationClass,
  normalizeDeclaration,
  styleToClasses,
} from '../../../src/lib/markdown/shiki-classes';
import { loadShikiClasses } from '../../../src/lib/markdown/shiki-theme';

describe('Shiki styles as classes', () => {
  it('normalizes declarations so both spellings of a colour share a class', () => {
    expect(normalizeDeclaration(' --shiki-light : #0550AE ')).toBe('--shiki-light:#0550ae');
    expect(declarationClass('--shiki-light:#0550ae')).toMatch(/^sk-[0-9a-z]+$/);
  });

  it('moves every style attribute of a tree into classes', () => {
    const known = new Set(['--shiki-light:#cf222e', '--shiki-dark:#ff7b72']);
    const span = {
      type: 'element',
      properties: { class: 'x', style: '--shiki-light:#CF222E;--shiki-dark:#FF7B72' },
    };
    styleToClasses({ type: 'root', children: [span] }, known);
    expect(span.properties).toEqual({
      class: `x ${declarationClass('--shiki-light:#cf222e')} ${declarationClass('--shiki-dark:#ff7b72')}`,
    });
  });

  it('fails the build on a declaration the stylesheet lacks', () => {
    const node = { type: 'element', properties: { style: 'overflow-x: auto;' } };
    expect(() => styleToClasses(node, new Set())).toThrow(
      new Error(
        'Shiki produced the style "overflow-x:auto", which has no class in the code stylesheet. ' +
          'Fix: add it to EXTRA_DECLARATIONS in src/lib/markdown/shiki-theme.ts (or stop the ' +
          'option that produces it, such as wrap: false, which adds overflow-x: auto).',
      ),
    );
  });

  it('writes one rule per declaration', () => {
    const name = declarationClass('--shiki-dark:#ff7b72');
    expect(classStylesheet(['--shiki-dark:#ff7b72', '--shiki-dark:#ff7b72'])).toBe(
      `.${name}{--shiki-dark:#ff7b72}\n`,
    );
  });

  it('covers the site themes: token colours, backgrounds and font styles', async () => {
    const { known, css } = await loadShikiClasses();
    for (const d of [
      '--shiki-light:#cf222e',
      '--shiki-dark:#ff7b72',
      '--shiki-light-bg:#ffffff',
      '--shiki-dark-bg:#0d1117',
      '--shiki-dark-font-style:italic',
      'user-select:none',
    ]) {
      expect(known.has(d), d).toBe(true);
      expect(css).toContain(`.${declarationClass(d)}{${d}}`);
    }
  });
});
