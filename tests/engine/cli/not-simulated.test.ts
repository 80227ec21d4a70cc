import { describe, expect, it } from 'vitest';
import { sim } from './helpers-session';

// Docker has these commands and flags; saying "unknown" would teach something false.
describe('real Docker commands and flags the simulator does not model', () => {
  it.each(['cp web:/app ./app', 'debug web', 'scout quickview myapp', 'builder prune'])(
    'docker %s says plainly it is not simulated',
    (rest) => {
      const t = sim(`docker ${rest}`);
      const typed = rest.startsWith('builder') ? 'builder prune' : rest.split(' ')[0];
      expect(t.stderr).toBe(
        `stagecraft: \`docker ${typed}\` is a real Docker command, but it is not simulated here.\n`,
      );
      expect(t.status).toBe(1);
    },
  );

  it('a made-up subcommand is still unknown, as Docker says', () => {
    expect(sim('docker container frobnicate').stderr).toContain(
      'docker: unknown command: docker container frobnicate',
    );
  });

  it('real flags without a modelled effect parse and print a note', () => {
    const t = sim('docker run --rm --pid=host --network=none alpine:3.24 true');
    expect(t.stderr).toContain('[stagecraft] --network is not simulated here; it has no effect.\n');
    expect(t.stderr).toContain('[stagecraft] --pid is not simulated here; it has no effect.\n');
    expect(t.status).toBe(0);
  });
});

describe('interactive shells inside containers', () => {
  it('docker run -it … sh attaches a shell in the container (no note any more)', () => {
    const t = sim(
      'docker run -it --rm --entrypoint=sh gcr.io/distroless/static-debian13:debug\nid -u\nexit 5',
    );
    expect(t.stderr).not.toContain('[stagecraft]');
    expect(t.stdout).toBe('0\n');
    expect(t.status).toBe(5);
  });

  it('a one-off command with -c runs as usual, with no note', () => {
    const t = sim(
      'docker run --rm --entrypoint=sh gcr.io/distroless/static-debian13:debug -c "echo hi"',
    );
    expect(t.stdout).toContain('hi\n');
    expect(t.stderr).not.toContain('[stagecraft] Interactive');
  });
});
