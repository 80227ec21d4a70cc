/**
 * The playground's CodeMirror 6 editor: one EditorState per file (each keeps its own undo
 * history), Dockerfile highlighting from the legacy stream mode, and build problems as lint
 * diagnostics. Tab is left to the browser (no indentWithTab), so the editor is no keyboard trap.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Problem } from '../../lib/playground/diagnostics';
import { withAdoptedStyles } from '../../lib/terminal/csp-styles';

// Colours from CSS variables, so both themes keep readable contrast.
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--cm-keyword)', fontWeight: '600' },
  { tag: tags.string, color: 'var(--cm-string)' },
  { tag: tags.comment, color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: tags.number, color: 'var(--cm-number)' },
  { tag: tags.invalid, color: 'var(--bad)' },
]);

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--surface)', color: 'var(--text)', height: '100%' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--cm-active-line)' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--accent-soft) !important',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--bg)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
});

export interface EditorHooks {
  /** The learner changed the open file. */
  changed(path: string, text: string): void;
  /** Problems for a Dockerfile (debounced by the linter); undefined for other files. */
  problems?(path: string, text: string): readonly Problem[];
}

function renderProblem(p: Problem): () => Node {
  return () => {
    const box = document.createElement('span');
    const rule = document.createElement('strong');
    rule.textContent = p.rule === 'parse' ? 'Parse error' : p.rule;
    box.append(rule, `: ${p.message}`);
    if (p.url) {
      const link = document.createElement('a');
      link.href = p.url;
      link.textContent = 'More info';
      box.append(' ', link);
    }
    return box;
  };
}

export class PlaygroundEditor {
  readonly view: EditorView;
  private states = new Map<string, EditorState>();
  private current = '';

  constructor(
    parent: HTMLElement,
    private readonly hooks: EditorHooks,
  ) {
    // CodeMirror writes its CSS into a <style> the strict CSP blocks: adopt it instead.
    this.view = withAdoptedStyles(document, () => new EditorView({ parent }));
  }

  get path(): string {
    return this.current;
  }

  private extensions(path: string, dockerfile: boolean): Extension[] {
    const ext: Extension[] = [
      lineNumbers(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      theme,
      syntaxHighlighting(highlight),
      EditorView.lineWrapping,
      // tabindex: axe (scrollable-region-focusable) does not count contenteditable as focusable.
      EditorView.contentAttributes.of({ 'aria-label': `Editor: ${path}`, tabindex: '0' }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) this.hooks.changed(path, u.state.doc.toString());
      }),
    ];
    if (dockerfile) {
      ext.push(StreamLanguage.define(dockerFile), lintGutter());
      const problems = this.hooks.problems;
      if (problems) {
        ext.push(
          linter(
            (view): Diagnostic[] =>
              problems(path, view.state.doc.toString()).map((p) => ({
                from: p.from,
                to: p.to,
                severity: p.severity,
                source: p.rule,
                message: `${p.rule === 'parse' ? 'Parse error' : p.rule}: ${p.message}`,
                renderMessage: renderProblem(p),
              })),
            { delay: 350 },
          ),
        );
      }
    }
    return ext;
  }

  /** Shows `path`, creating its state from `text` the first time. */
  open(path: string, text: string, dockerfile: boolean): void {
    if (this.current) this.states.set(this.current, this.view.state);
    let state = this.states.get(path);
    if (!state || state.doc.toString() !== text) {
      state = EditorState.create({ doc: text, extensions: this.extensions(path, dockerfile) });
    }
    this.current = path;
    this.view.setState(state);
  }

  /** The file changed outside the editor (the terminal wrote it): replace the text. */
  replace(path: string, text: string): void {
    if (path === this.current) {
      if (this.view.state.doc.toString() === text) return;
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
    } else this.states.delete(path);
  }

  forget(path: string): void {
    this.states.delete(path);
  }

  /** Checks again now: something the checks read besides the text changed (.dockerignore). */
  relint(): void {
    forceLinting(this.view);
  }
}
