/**
 * The line being typed, edited the way bash's readline (emacs mode) edits it. Pure: each
 * action takes a state and returns the next one, so every key is a one-line unit test.
 * `cursor` counts UTF-16 code units; moves step over surrogate pairs whole.
 */
export interface EditorState {
  readonly text: string;
  readonly cursor: number;
  /** The last killed text (Ctrl-U/K/W), pasted back by Ctrl-Y. */
  readonly killed: string;
}

export type EditAction =
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'wordLeft'
  | 'wordRight'
  | 'killToStart'
  | 'killToEnd'
  | 'killWordBack'
  | 'yank';

export const EMPTY: EditorState = { text: '', cursor: 0, killed: '' };

export function withText(text: string, cursor = text.length): EditorState {
  return { text, cursor, killed: '' };
}

export function insert(state: EditorState, input: string): EditorState {
  const { text, cursor } = state;
  return {
    ...state,
    text: text.slice(0, cursor) + input + text.slice(cursor),
    cursor: cursor + input.length,
  };
}

function isLowSurrogate(code: number | undefined): boolean {
  return code !== undefined && code >= 0xdc00 && code <= 0xdfff;
}

function prevIndex(text: string, i: number): number {
  if (i <= 0) return 0;
  return isLowSurrogate(text.charCodeAt(i - 1)) && i >= 2 ? i - 2 : i - 1;
}

function nextIndex(text: string, i: number): number {
  if (i >= text.length) return text.length;
  return isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** readline's backward-word: skip non-word characters, then the word (letters and digits). */
function wordStart(text: string, i: number): number {
  while (i > 0 && !isWordChar(text[i - 1])) i--;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && !isWordChar(text[i])) i++;
  while (i < text.length && isWordChar(text[i])) i++;
  return i;
}

/** unix-word-rubout (Ctrl-W): back to the previous whitespace, unlike Alt-Backspace. */
function spaceWordStart(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

export function edit(state: EditorState, action: EditAction): EditorState {
  const { text, cursor } = state;
  switch (action) {
    case 'backspace': {
      const at = prevIndex(text, cursor);
      return { ...state, text: text.slice(0, at) + text.slice(cursor), cursor: at };
    }
    case 'delete':
      return { ...state, text: text.slice(0, cursor) + text.slice(nextIndex(text, cursor)) };
    case 'left':
      return { ...state, cursor: prevIndex(text, cursor) };
    case 'right':
      return { ...state, cursor: nextIndex(text, cursor) };
    case 'home':
      return { ...state, cursor: 0 };
    case 'end':
      return { ...state, cursor: text.length };
    case 'wordLeft':
      return { ...state, cursor: wordStart(text, cursor) };
    case 'wordRight':
      return { ...state, cursor: wordEnd(text, cursor) };
    case 'killToStart':
      return cursor === 0
        ? state
        : { text: text.slice(cursor), cursor: 0, killed: text.slice(0, cursor) };
    case 'killToEnd':
      return cursor === text.length
        ? state
        : { text: text.slice(0, cursor), cursor, killed: text.slice(cursor) };
    case 'killWordBack': {
      const at = spaceWordStart(text, cursor);
      if (at === cursor) return state;
      return {
        text: text.slice(0, at) + text.slice(cursor),
        cursor: at,
        killed: text.slice(at, cursor),
      };
    }
    case 'yank':
      return insert(state, state.killed);
  }
}
