import { describe, expect, it } from 'vitest';
import { ExecNotFoundError } from '../../../src/engine/programs/errors';
import { notModelledNote } from '../../../src/engine/programs/notes';
import { box, exec, sh, type Box } from './helpers';

const HTTP =
  'package main\n\nimport (\n\t"log"\n\t"net/http"\n)\n\nfunc main() {\n\tlog.Println("listening on :8080")\n\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}\n';

/** Builds /src/myapp in a golang image, as a builder stage would. */
function buildGo(env: string): Box {
  const b = box('golang:1.27');
  b.vfs.mkdir('/src');
  b.vfs.writeFile('/src/go.mod', 'module example.com/myapp\n');
  b.vfs.writeFile('/src/main.go', HTTP);
  expect(sh(b, `cd /src && ${env} go build -o myapp .`).code).toBe(0);
  return b;
}

/** COPY --from=build /src/myapp /app/myapp */
function copyBinary(from: Box, toRef: string): Box {
  const to = box(toRef);
  to.vfs.mkdir('/app', { recursive: true });
  to.vfs.putNode('/app/myapp', from.vfs.stat('/src/myapp'));
  return to;
}

describe('starting a container process', () => {
  it('a dynamically linked Go binary on distroless/static: runc cannot find the ELF loader', () => {
    const r = exec(copyBinary(buildGo(''), 'gcr.io/distroless/static-debian13'), ['/app/myapp']);
    expect(r).toEqual({ code: 255, out: '', err: 'exec /app/myapp: no such file or directory\n' });
  });

  it('the same binary on an image with older glibc: ld.so names each missing version', () => {
    const r = exec(copyBinary(buildGo(''), 'node:14-slim'), ['/app/myapp']);
    expect(r).toEqual({
      code: 127,
      out: '',
      err:
        "/app/myapp: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.32' not found (required by /app/myapp)\n" +
        "/app/myapp: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /app/myapp)\n" +
        "/app/myapp: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /app/myapp)\n",
    });
  });

  it('on distroless/base with the same glibc it runs and keeps serving', () => {
    const r = exec(copyBinary(buildGo(''), 'gcr.io/distroless/base-debian13'), ['/app/myapp']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('2024/01/01 00:00:00 listening on :8080\n');
    expect(r.running).toEqual({
      kind: 'server',
      description: '/app/myapp serving HTTP on :8080',
      port: 8080,
    });
  });

  it('a CGO_ENABLED=0 binary runs on distroless/static', () => {
    const r = exec(copyBinary(buildGo('CGO_ENABLED=0'), 'gcr.io/distroless/static-debian13'), [
      '/app/myapp',
    ]);
    expect(r.code).toBe(0);
    expect(r.running).toBeDefined();
  });

  it('no shell in distroless: runc reports exec: "sh": executable file not found', () => {
    const b = box('gcr.io/distroless/static-debian13');
    expect(() => exec(b, ['sh'])).toThrow(ExecNotFoundError);
    try {
      exec(b, ['/bin/sh', '-c', 'echo hi']);
    } catch (e) {
      expect(e).toBeInstanceOf(ExecNotFoundError);
      expect((e as ExecNotFoundError).message).toBe(
        'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown',
      );
      expect((e as ExecNotFoundError).exitCode).toBe(127);
    }
  });

  it('the :debug image has busybox sh under /busybox', () => {
    const b = box('gcr.io/distroless/static-debian13:debug');
    expect(exec(b, ['/busybox/sh', '-c', 'echo hi; nope']).err).toBe(
      '/busybox/sh: nope: not found\n',
    );
  });
});

describe('scripts and unmodelled programs', () => {
  it('a program in the image that is not simulated says so and succeeds', () => {
    const r = sh(box('golang:1.27'), 'git --version');
    expect(r).toEqual({ code: 0, out: '', err: notModelledNote('git') + '\n' });
    expect(notModelledNote('git')).toBe(
      "[stagecraft] 'git' is not simulated here; its effect on files is skipped.",
    );
  });

  it('a #! script runs through its interpreter; one without #! runs through sh', () => {
    const b = box('debian:bookworm-slim');
    b.vfs.writeFile('/a.sh', '#!/bin/sh\necho "a $1"\n', { mode: 0o755 });
    b.vfs.writeFile('/b.sh', 'echo b\n', { mode: 0o755 });
    expect(sh(b, '/a.sh x && /b.sh').out).toBe('a x\nb\n');
  });

  it('a script without the x bit: Permission denied (126)', () => {
    const b = box('debian:bookworm-slim');
    b.vfs.writeFile('/c.sh', 'echo c\n', { mode: 0o644 });
    expect(sh(b, '/c.sh')).toEqual({
      code: 126,
      out: '',
      err: '/bin/sh: 1: /c.sh: Permission denied\n',
    });
  });

  it('a missing #! interpreter reads as not found', () => {
    const b = box('debian:bookworm-slim');
    b.vfs.writeFile('/d.sh', '#!/bin/bash5\necho d\n', { mode: 0o755 });
    expect(sh(b, '/d.sh')).toEqual({ code: 127, out: '', err: '/bin/sh: 1: /d.sh: not found\n' });
  });

  it('python: ModuleNotFoundError traceback, then pip install fixes it', () => {
    const b = box('python:3.13-slim');
    b.vfs.mkdir('/app');
    b.vfs.writeFile('/app/app.py', 'import flask\nprint("ready")\n');
    expect(exec(b, ['python', '/app/app.py'])).toEqual({
      code: 1,
      out: '',
      err: 'Traceback (most recent call last):\n  File "/app/app.py", line 1, in <module>\n    import flask\nModuleNotFoundError: No module named \'flask\'\n',
    });
    expect(sh(b, 'pip install --no-cache-dir flask').code).toBe(0);
    expect(exec(b, ['python', '/app/app.py']).out).toBe('ready\n');
  });
});
