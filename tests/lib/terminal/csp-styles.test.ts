import { describe, expect, it } from 'vitest';
import {
  adoptedStyleElement,
  cssomStyleAttribute,
  routeStyleAttributes,
  withAdoptedStyles,
  type StyleHost,
} from '../../../src/lib/terminal/csp-styles';

/** Node has no DOM: just enough of an element, a sheet and a document for the shim. */
class FakeElement {
  dataset: Record<string, string> = {};
  attributes: Record<string, string> = {};
  style = { cssText: '' };
  removed = false;
  constructor(readonly tagName: string) {}
  remove() {
    this.removed = true;
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
}

class FakeSheet {
  rules = '';
  replaceSync(text: string) {
    this.rules = text;
  }
}

class FakeDocument {
  adoptedStyleSheets: CSSStyleSheet[] = [];
  createElement(tagName: string) {
    return new FakeElement(tagName) as unknown as HTMLElement;
  }
}

const newSheet = () => new FakeSheet() as unknown as CSSStyleSheet;

describe('adoptedStyleElement', () => {
  it('sends its text to an adopted sheet instead of an inline <style>', () => {
    const host = new FakeDocument() as unknown as StyleHost;
    const el = adoptedStyleElement(host, newSheet);
    expect((el as unknown as FakeElement).tagName).toBe('template');
    expect(host.adoptedStyleSheets).toHaveLength(1);
    el.textContent = '.xterm { color: red; }';
    expect((host.adoptedStyleSheets[0] as unknown as FakeSheet).rules).toBe(
      '.xterm { color: red; }',
    );
    expect(el.textContent).toBe('.xterm { color: red; }');
    el.textContent = null;
    expect((host.adoptedStyleSheets[0] as unknown as FakeSheet).rules).toBe('');
  });

  it('un-adopts its sheet when removed, and leaves other sheets alone', () => {
    const host = new FakeDocument() as unknown as StyleHost;
    const mine = adoptedStyleElement(host, newSheet);
    const other = adoptedStyleElement(host, newSheet);
    const otherSheet = host.adoptedStyleSheets[1];
    mine.remove();
    expect(host.adoptedStyleSheets).toEqual([otherSheet]);
    expect((mine as unknown as FakeElement).removed).toBe(true);
    other.remove();
    expect(host.adoptedStyleSheets).toEqual([]);
  });
});

describe('withAdoptedStyles', () => {
  it('answers style elements with stand-ins only while the callback runs', () => {
    const doc = new FakeDocument();
    const created = withAdoptedStyles(
      doc as unknown as Document,
      () => [doc.createElement('style'), doc.createElement('STYLE'), doc.createElement('div')],
      newSheet,
    ) as unknown as FakeElement[];
    expect(created.map((e) => e.tagName)).toEqual(['template', 'template', 'div']);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    expect(Object.prototype.hasOwnProperty.call(doc, 'createElement')).toBe(false);
    expect((doc.createElement('style') as unknown as FakeElement).tagName).toBe('style');
  });

  it('puts createElement back when the callback throws', () => {
    const doc = new FakeDocument();
    const own = doc.createElement.bind(doc);
    doc.createElement = own;
    expect(() =>
      withAdoptedStyles(
        doc as unknown as Document,
        () => {
          throw new Error('open failed');
        },
        newSheet,
      ),
    ).toThrow(new Error('open failed'));
    expect(doc.createElement).toBe(own);
  });
});

describe('style attributes through CSSOM', () => {
  it('writes style="" as style.cssText and passes other attributes on', () => {
    const el = cssomStyleAttribute(new FakeElement('span') as unknown as HTMLSpanElement);
    el.setAttribute('style', 'letter-spacing: 1px;color:#0550ae;');
    el.setAttribute('Style', 'color: red');
    el.setAttribute('class', 'xterm-fg-2');
    const fake = el as unknown as FakeElement;
    expect(fake.style.cssText).toBe('color: red');
    expect(fake.attributes).toEqual({ class: 'xterm-fg-2' });
  });

  it('applies to spans a document creates from then on, once however often installed', () => {
    const doc = new FakeDocument();
    routeStyleAttributes(doc as unknown as Document);
    const wrapped = doc.createElement;
    routeStyleAttributes(doc as unknown as Document);
    expect(doc.createElement).toBe(wrapped);
    const span = doc.createElement('span');
    const div = doc.createElement('div');
    span.setAttribute('style', 'color: #fff');
    div.setAttribute('style', 'color: #fff');
    expect((span as unknown as FakeElement).style.cssText).toBe('color: #fff');
    expect((div as unknown as FakeElement).attributes).toEqual({ style: 'color: #fff' });
  });
});
