import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import { sessionBackend } from '../../../src/lib/terminal/session-backend';
import { ShellController } from '../../../src/lib/terminal/shell-controller';
import { Screen } from './screen';

/** A playground opened from a share link: the session already holds the shared history. */
function restored(history: readonly string[]) {
  const session = new Session({ files: { Dockerfile: 'FROM alpine:3.20\n' } });
  session.state.history.push(...history);
  const screen = new Screen(80);
  let bells = 0;
  const c = new ShellController(
    sessionBackend(session),
    { write: (d) => screen.write(d), bell: () => bells++ },
    { cols: 80, rows: 24 },
  );
  c.start();
  const type = async (...data: string[]) => {
    for (const d of data) c.input(d);
    await c.whenIdle();
  };
  return { screen, type, bells: () => bells, session };
}

describe('ShellController over a restored session', () => {
  it('recalls the restored history with Up, newest first', async () => {
    const t = restored(['ls', 'docker build -t app .']);
    await t.type('\x1b[A');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ docker build -t app .');
    await t.type('\x1b[A');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ ls');
    await t.type('\x1b[A');
    expect(t.bells()).toBe(1);
  });

  it('puts new commands after the restored ones, in both histories', async () => {
    const t = restored(['ls']);
    await t.type('pwd', '\r', '\x1b[A', '\x1b[A');
    expect(t.screen.lines().at(-1)).toBe('learner@stagecraft:~/app$ ls');
    expect(t.session.state.history).toEqual(['ls', 'pwd']);
  });

  it('starts empty for a fresh session', async () => {
    const t = restored([]);
    await t.type('\x1b[A');
    expect(t.bells()).toBe(1);
    expect(t.screen.lines()).toEqual(['learner@stagecraft:~/app$']);
  });
});
