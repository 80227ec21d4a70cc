/* eslint-disable no-control-regex -- matching terminal escape sequences is this module's job */
/**
 * Turns what xterm's `onData` delivers (typed characters, escape sequences, pastes) into
 * editing keys. xterm sends one key per event when typing and the whole text at once for a
 * paste; with bracketed paste on, a paste comes wrapped in ESC[200~ … ESC[201~.
 */
export type KeyName =
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'wordLeft'
  | 'wordRight'
  | 'killToStart'
  | 'killToEnd'
  | 'killWordBack'
  | 'yank'
  | 'interrupt'
  | 'clearScreen'
  | 'eof'
  | 'tab';

export type Key =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'key'; readonly name: KeyName }
  | { readonly type: 'paste'; readonly text: string };

const SEQUENCES: Readonly<Record<string, KeyName>> = {
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1b[C': 'right',
  '\x1b[D': 'left',
  '\x1bOA': 'up',
  '\x1bOB': 'down',
  '\x1bOC': 'right',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1b[F': 'end',
  '\x1bOH': 'home',
  '\x1bOF': 'end',
  '\x1b[1~': 'home',
  '\x1b[4~': 'end',
  '\x1b[7~': 'home',
  '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5D': 'wordLeft',
  '\x1b[1;5C': 'wordRight',
  '\x1b[1;3D': 'wordLeft',
  '\x1b[1;3C': 'wordRight',
  '\x1bb': 'wordLeft',
  '\x1bf': 'wordRight',
  '\x1b\x7f': 'killWordBack',
};

const CONTROLS: Readonly<Record<string, KeyName>> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x01': 'home',
  '\x02': 'left',
  '\x03': 'interrupt',
  '\x04': 'eof',
  '\x05': 'end',
  '\x06': 'right',
  '\x0b': 'killToEnd',
  '\x0c': 'clearScreen',
  '\x0e': 'down',
  '\x10': 'up',
  '\x15': 'killToStart',
  '\x17': 'killWordBack',
  '\x19': 'yank',
};

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
/** CSI sequences: ESC [ params final-byte. Unknown ones are dropped, never inserted. */
const CSI = /^\x1b\[[0-9;?]*[ -/]*[@-~]/;

export function decodeInput(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') keys.push({ type: 'text', text });
    text = '';
  };
  // Without bracketed paste, a multi-character chunk with a line break can only be a paste.
  if (!data.startsWith('\x1b') && data.length > 1 && /[\r\n]/.test(data)) {
    return [{ type: 'paste', text: data }];
  }
  let i = 0;
  while (i < data.length) {
    if (data.startsWith(PASTE_START, i)) {
      flush();
      const end = data.indexOf(PASTE_END, i + PASTE_START.length);
      const stop = end === -1 ? data.length : end;
      keys.push({ type: 'paste', text: data.slice(i + PASTE_START.length, stop) });
      i = end === -1 ? data.length : end + PASTE_END.length;
      continue;
    }
    const ch = data[i]!;
    if (ch === '\x1b') {
      flush();
      const seq = Object.keys(SEQUENCES).find((s) => data.startsWith(s, i));
      if (seq) {
        keys.push({ type: 'key', name: SEQUENCES[seq]! });
        i += seq.length;
        continue;
      }
      const csi = CSI.exec(data.slice(i));
      i += csi ? csi[0].length : data[i + 1] === 'O' ? 3 : 1;
      continue;
    }
    const control = CONTROLS[ch];
    if (control) {
      flush();
      keys.push({ type: 'key', name: control });
    } else if (ch >= ' ') {
      text += ch;
    }
    i++;
  }
  flush();
  return keys;
}
