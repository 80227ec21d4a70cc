import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import type { RunIO, TerminalBackend } from '../../../src/lib/terminal/backend';
import type { RunOutcome } from '../../../src/lib/terminal/command-runner';
import { sessionBackend } from '../../../src/lib/terminal/session-backend';
import { ShellController } from '../../../src/lib/terminal/shell-controller';
import { Screen } from './screen';

function setup(backend: TerminalBackend, cols = 80) {
  const screen = new Screen(cols);
  const finished: { command: string; outcome: RunOutcome }[] = [];
  let bells = 0;
  const c = new ShellController(
    backend,
    {
      write: (d) => screen.write(d),
      bell: () => bells++,
      finished: (command, outcome) => finished.push({ command, outcome }),
    },
    { cols, rows: 24 },
  );
  c.start();
  const type = async (...data: string[]) => {
    for (const d of data) c.input(d);
    await c.whenIdle();
  };
  return { c, screen, finished, type, bells: () => bells };
}

const session = () =>
  sessionBackend(new Session({ files: { Dockerfile: 'FROM alpine:3.20\n', 'src/app.js': '' } }));

describe('ShellController over the engine session', () => {
  it('shows the prompt, runs a line and shows the next prompt', async () => {
    const t = setup(session());
    expect(t.screen.lines()).toEqual(['learner@stagecraft:~/app$']);
    await t.type('pwd', '\r');
    expect(t.screen.lines()).toEqual([
      'learner@stagecraft:~/app$ pwd',
      '/home/learner/app',
      'learner@stagecraft:~/app$',
    ]);
    expect(t.finished[0]).toMatchObject({
      command: 'pwd',
      outcome: { exitCode: 0, transcript: '/home/learner/app\n' },
    });
  });

  it('edits with arrows, Home/End and Ctrl keys before running', async () => {
    const t = setup(session());
    await t.type('echo wrld', '\x1b[D', '\x1b[D', '\x1b[D', 'o', '\x01', '\x05', ' !', '\r');
    expect(t.screen.lines()[1]).toBe('world !');
    await t.type('echo abc def', '\x17', '\x17', 'x', '\r');
    expect(t.screen.lines()[3]).toBe('x');
    await t.type('junk', '\x15', 'echo kept', '\x1b[H', '\x0b', 'echo k', '\r');
    expect(t.screen.lines()[5]).toBe('k');
  });

  it('recalls history with Up/Down and keeps the draft', async () => {
    const t = setup(session());
    await t.type('echo one', '\r', 'echo two', '\r', 'echo dra', '\x1b[A');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ echo two');
    await t.type('\x1b[A', '\x1b[B', '\x1b[B');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ echo dra');
    await t.type('\x1b[B');
    expect(t.bells()).toBe(1);
  });

  it('Ctrl-C prints ^C and a fresh prompt; Ctrl-L clears and keeps the line', async () => {
    const t = setup(session());
    await t.type('docker ps', '\x1b[D', '\x03');
    expect(t.screen.lines()).toEqual([
      'learner@stagecraft:~/app$ docker ps^C',
      'learner@stagecraft:~/app$',
    ]);
    await t.type('echo hi', '\x0c');
    expect(t.screen.lines()).toEqual(['learner@stagecraft:~/app$ echo hi']);
  });

  it('completes with Tab, and lists on the second Tab', async () => {
    const t = setup(session());
    await t.type('docker ima', '\t');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ docker image');
    await t.type('\t');
    expect(t.bells()).toBe(1);
    await t.type('\t');
    expect(t.screen.lines()).toEqual([
      'learner@stagecraft:~/app$ docker image',
      'image   images',
      'learner@stagecraft:~/app$ docker image',
    ]);
    await t.type('\x15cat s', '\t');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ cat src/');
    await t.type('\t');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ cat src/app.js');
    expect(t.screen.x).toBe('learner@stagecraft:~/app$ cat src/app.js '.length);
  });

  it('runs a multi-line paste in order, a heredoc as one command', async () => {
    const t = setup(session());
    await t.type("\x1b[200~cat > notes <<'EOF'\nfirst\nsecond\nEOF\ncat notes\necho par\x1b[201~");
    expect(t.screen.lines()).toEqual([
      "learner@stagecraft:~/app$ cat > notes <<'EOF'",
      '> first',
      '> second',
      '> EOF',
      'learner@stagecraft:~/app$ cat notes',
      'first',
      'second',
      'learner@stagecraft:~/app$ echo par',
    ]);
    expect(t.finished.map((f) => f.command)).toEqual([
      "cat > notes <<'EOF'\nfirst\nsecond\nEOF",
      'cat notes',
    ]);
  });

  it('Ctrl-C inside a heredoc drops it', async () => {
    const t = setup(session());
    await t.type('cat > f <<EOF', '\r', 'x', '\x03', 'ls', '\r');
    expect(t.screen.lines().slice(1, 4)).toEqual([
      '> x^C',
      'learner@stagecraft:~/app$ ls',
      'Dockerfile  src',
    ]);
  });

  it('refuses a paste over 5 MB with a message', async () => {
    const t = setup(session());
    await t.type(`\x1b[200~${'x'.repeat(5 * 1024 * 1024 + 1)}\x1b[201~`);
    expect(t.screen.lines()).toEqual([
      'learner@stagecraft:~/app$',
      'Paste refused: 5.0 MB is over the 5 MB limit. Paste smaller parts.',
      'learner@stagecraft:~/app$',
    ]);
  });
});

describe('ShellController with a scripted backend', () => {
  const scripted = (run: TerminalBackend['run']): TerminalBackend => ({
    prompt: () => '$ ',
    run,
    complete: () => ({ start: 0, end: 0, candidates: [] }),
  });

  it('shows anything thrown by the shell as one red line and keeps going', async () => {
    const t = setup(
      scripted((line) => {
        if (line === 'boom') throw new Error('state corrupted\nstack…');
        return 0;
      }),
    );
    await t.type('boom', '\r', 'ok', '\r');
    expect(t.screen.lines()).toEqual([
      '$ boom',
      'stagecraft: the simulated shell failed: state corrupted',
      '$ ok',
      '$',
    ]);
  });

  it('redraws BuildKit frames in place and keeps only the last', async () => {
    const t = setup(
      scripted((_l, io: RunIO) => {
        io.frame('[+] Building 0.1s (0/2)\n => [1/2] FROM\n');
        io.frame('[+] Building 0.5s (2/2) FINISHED\n');
        io.write('done\n');
        return 0;
      }),
    );
    await t.type('docker build .', '\r');
    expect(t.screen.lines()).toEqual([
      '$ docker build .',
      '[+] Building 0.5s (2/2) FINISHED',
      'done',
      '$',
    ]);
    expect(t.finished[0]!.outcome.transcript).toBe('[+] Building 0.5s (2/2) FINISHED\ndone\n');
  });

  it('Ctrl-C interrupts a running command at once; typeahead waits otherwise', async () => {
    let stop!: (code: number) => void;
    const t = setup(
      scripted((line, io) => {
        if (line !== 'serve') return 0;
        io.write('listening\n');
        return { done: new Promise<number>((r) => (stop = r)), interrupt: () => stop(130) };
      }),
    );
    t.c.input('serve');
    t.c.input('\r');
    t.c.input('ls');
    expect(t.screen.lines()).toEqual(['$ serve', 'listening']);
    t.c.input('\x03');
    await t.c.whenIdle();
    expect(t.screen.lines()).toEqual(['$ serve', 'listening', '^C', '$']);
  });

  it('starts the prompt on a fresh row after output without a newline', async () => {
    const t = setup(scripted((_l, io) => (io.write('no newline'), 0)));
    await t.type('x', '\r');
    expect(t.screen.lines()).toEqual(['$ x', 'no newline', '$']);
  });
});
