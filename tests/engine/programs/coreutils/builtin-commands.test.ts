import { describe, expect, it } from 'vitest';
import { box, exec } from '../helpers';

// `docker run alpine true` and exec-form `CMD ["echo", "hi"]` execute the binaries directly,
// without a shell; images with a shell have them even where the catalog lists no file.
describe('builtin-like commands executed directly', () => {
  it.each(['alpine:3.24', 'debian:trixie-slim'])('%s: true, false and echo', (ref) => {
    const b = box(ref);
    expect(exec(b, ['true']).code).toBe(0);
    expect(exec(b, ['false']).code).toBe(1);
    expect(exec(b, ['echo', 'hello', 'world'])).toMatchObject({ code: 0, out: 'hello world\n' });
    expect(exec(b, ['/bin/echo', 'by path'])).toMatchObject({ code: 0, out: 'by path\n' });
  });

  it('printf and test behave as their builtins', () => {
    const b = box('alpine:3.24');
    expect(exec(b, ['printf', '%s-%s\\n', 'a', 'b']).out).toBe('a-b\n');
    expect(exec(b, ['test', '-d', '/tmp']).code).toBe(0);
    expect(exec(b, ['test', '-d', '/nope']).code).toBe(1);
  });
});
