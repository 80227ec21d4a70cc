/**
 * xterm.js under a strict Content Security Policy. Its DOM renderer writes CSS at run time into
 * three `<style>` elements it creates while the terminal opens (scrollbar colours, cell
 * dimensions, theme colours) and rewrites their text later (resize, theme change). The site's
 * style-src has no 'unsafe-inline', so those elements would be blocked and the terminal would
 * lose its colours. xterm offers no nonce option or other hook for this (CodeMirror has
 * `EditorView.cspNonce`; xterm has nothing), so we write the bridge ourselves: while `open()`
 * runs, `document.createElement('style')` returns a stand-in whose text goes into a constructed
 * `CSSStyleSheet` adopted by the document. CSP governs inline <style> and style="" markup, not
 * stylesheets built through CSSOM, so the same rules apply with nothing to allow.
 *
 * Most of xterm's other styling is already CSP-safe: it sets `element.style.x = …` (CSSOM). The
 * exception is its row renderer's `span.setAttribute('style', 'color:…')`, used for 24-bit colours
 * and whenever `minimumContrastRatio` corrects a colour (selected text on the selection colour, for
 * one). The row renderer creates spans through the global `document` at every repaint, long after
 * `open()`, so `routeStyleAttributes` makes spans created through `document.createElement` turn
 * `setAttribute('style', v)` into `style.cssText = v`: the same declarations, through CSSOM.
 *
 * CodeMirror (the playground editor) has the same need: style-mod writes its rules into one
 * `<style>` in <head> (it adopts sheets only inside shadow roots), created with the first
 * EditorView, so editor.ts builds its view inside `withAdoptedStyles` too.
 */

/** What the stand-in needs from a document: adopt sheets and make plain elements. */
export interface StyleHost {
  adoptedStyleSheets: CSSStyleSheet[];
  createElement(tagName: string): HTMLElement;
}

/** The part of a constructed stylesheet the stand-in uses. */
export interface ReplaceableSheet {
  replaceSync(text: string): void;
}

/**
 * An inert element that takes the place of a `<style>`: setting its `textContent` replaces the
 * rules of its own adopted sheet, and `remove()` un-adopts that sheet. It is a `<template>`, which
 * never renders and whose text is not CSS, so the policy has nothing to check.
 */
export function adoptedStyleElement(
  host: StyleHost,
  makeSheet: () => CSSStyleSheet = () => new CSSStyleSheet(),
): HTMLElement {
  const element = host.createElement('template');
  element.dataset['adoptedStyle'] = '';
  const sheet = makeSheet();
  let text = '';
  host.adoptedStyleSheets = [...host.adoptedStyleSheets, sheet];
  Object.defineProperty(element, 'textContent', {
    configurable: true,
    get: () => text,
    set: (value: string | null) => {
      text = value ?? '';
      (sheet as ReplaceableSheet).replaceSync(text);
    },
  });
  const remove = element.remove.bind(element);
  Object.defineProperty(element, 'remove', {
    configurable: true,
    value: () => {
      host.adoptedStyleSheets = host.adoptedStyleSheets.filter((s) => s !== sheet);
      remove();
    },
  });
  return element;
}

/**
 * Runs `run` (xterm's `open()`) with `document.createElement('style')` answering stand-ins, and
 * puts `createElement` back afterwards, even if `run` throws. Only `open()` creates the elements;
 * later updates write to the ones it kept.
 */
export function withAdoptedStyles<T>(
  doc: Document,
  run: () => T,
  makeSheet?: () => CSSStyleSheet,
): T {
  const hadOwn = Object.prototype.hasOwnProperty.call(doc, 'createElement');
  const previous = doc.createElement;
  const host: StyleHost = {
    get adoptedStyleSheets() {
      return doc.adoptedStyleSheets;
    },
    set adoptedStyleSheets(sheets) {
      doc.adoptedStyleSheets = sheets;
    },
    createElement: (tag) => previous.call(doc, tag),
  };
  doc.createElement = function createElement(tagName: string, options?: ElementCreationOptions) {
    if (tagName.toLowerCase() === 'style') return adoptedStyleElement(host, makeSheet);
    return previous.call(doc, tagName, options);
  } as Document['createElement'];
  try {
    return run();
  } finally {
    if (hadOwn) doc.createElement = previous;
    else delete (doc as Partial<Pick<Document, 'createElement'>>).createElement;
  }
}

/** Makes `el.setAttribute('style', v)` write `el.style.cssText = v` (CSSOM), which CSP allows. */
export function cssomStyleAttribute<T extends Element & ElementCSSInlineStyle>(el: T): T {
  const setAttribute = el.setAttribute.bind(el);
  Object.defineProperty(el, 'setAttribute', {
    configurable: true,
    value: (name: string, value: string) => {
      if (name.toLowerCase() === 'style') el.style.cssText = value;
      else setAttribute(name, value);
    },
  });
  return el;
}

const routed = new WeakSet<Document>();

/**
 * From now on, every `<span>` made by `doc.createElement` sets its style attribute through CSSOM
 * (see the top of this file: xterm's row renderer). Installed once per document and kept: the
 * renderer paints for as long as the terminal lives. Other spans lose nothing: under this policy
 * a style="" set by setAttribute would be blocked anyway.
 */
export function routeStyleAttributes(doc: Document): void {
  if (routed.has(doc)) return;
  routed.add(doc);
  const previous = doc.createElement;
  doc.createElement = function createElement(tagName: string, options?: ElementCreationOptions) {
    const el = previous.call(doc, tagName, options);
    return tagName.toLowerCase() === 'span' ? cssomStyleAttribute(el) : el;
  } as Document['createElement'];
}
