import { describe, expect, it } from 'vitest';
import { sim } from '../cli/helpers-session';

// docker run goes through the simulated programs: what a container prints comes from the
// program itself, and a failure says so; nothing is faked.
describe('containers run the simulated programs', () => {
  it('a shell command prints its output and exits with its status', () => {
    const t = sim('docker run --rm alpine:3.24 sh -c "echo hello from alpine; exit 3"');
    expect(t.stdout).toContain('hello from alpine\n');
    expect(t.status).toBe(3);
  });

  it('a program missing from the image fails as the shell reports it', () => {
    const t = sim('docker run --rm alpine:3.24 sh -c "definitely-not-a-program"');
    expect(t.stderr).toContain('sh: definitely-not-a-program: not found\n');
    expect(t.status).toBe(127);
  });
});
