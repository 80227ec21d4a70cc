import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import { sessionBackend } from '../../../src/lib/terminal/session-backend';
import { ShellController } from '../../../src/lib/terminal/shell-controller';
import { Screen } from './screen';

describe('a shell inside a container, in the terminal', () => {
  it('shows the container prompt, runs lines there, and Ctrl-D on an empty line leaves it', async () => {
    const session = new Session({});
    session.feed('docker pull -q alpine:3.20');
    const screen = new Screen(80);
    const c = new ShellController(
      sessionBackend(session),
      { write: (d) => screen.write(d) },
      {
        cols: 80,
        rows: 24,
      },
    );
    c.start();
    const type = async (...data: string[]) => {
      for (const d of data) c.input(d);
      await c.whenIdle();
    };
    await type('docker run -it --rm alpine:3.20 sh', '\r');
    expect(screen.lines().at(-1)).toBe('/ #');
    await type('echo hi', '\r', '\x04');
    expect(screen.lines().slice(-4)).toEqual([
      '/ # echo hi',
      'hi',
      '/ #',
      'learner@stagecraft:~/app$',
    ]);
    expect(session.containerShell).toBeUndefined();
    await type('\x04');
    expect(screen.lines().at(-1)).toBe('learner@stagecraft:~/app$');
  });
});
