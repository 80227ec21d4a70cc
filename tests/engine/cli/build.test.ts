import { describe, expect, it } from 'vitest';
import { sim } from './helpers-session';

const FILES = {
  Dockerfile:
    'FROM alpine:3.24 AS build\nRUN echo hi > /hi.txt\n\nFROM alpine:3.24\nCOPY --from=build /hi.txt /hi.txt\nCMD ["cat", "/hi.txt"]\n',
};

describe('docker build (command)', () => {
  it('-q prints only the image id, and the image is listed', () => {
    const t = sim('docker build -q -t hello .', { files: FILES });
    expect(t.status).toBe(0);
    expect(t.stderr).toBe('');
    expect(t.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(t.session.daemon.images.get('hello')).toBeDefined();
  });

  it('plain progress on a non-TTY: header, numbered vertices, classic export on docker28', () => {
    const t = sim('docker build -t hello .', { files: FILES, profile: 'docker28' });
    expect(t.status).toBe(0);
    expect(t.stderr).toMatch(
      /^#0 building with "default" instance using docker driver\n\n#1 \[internal\] load build definition from Dockerfile\n#1 transferring dockerfile: 123B done\n#1 DONE 0\.0s\n/,
    );
    expect(t.stderr).toContain('[stage-1 2/2] COPY --from=build /hi.txt /hi.txt');
    expect(t.stderr).toMatch(
      /#\d+ writing image sha256:[0-9a-f]{64} done\n#\d+ naming to docker.io\/library\/hello done\n#\d+ DONE \d\.\ds\n$/,
    );
  });

  it("an unknown --target prints BuildKit's error and exits 1", () => {
    const t = sim('docker build --progress=quiet --target prod .', { files: FILES });
    expect(t.status).toBe(1);
    expect(t.stderr).toBe(
      'ERROR: failed to build: failed to solve: target stage "prod" could not be found\n',
    );
  });

  it('--platform other than linux/amd64 is refused plainly', () => {
    const t = sim('docker build --platform linux/arm64 .', { files: FILES });
    expect(t.status).toBe(1);
    expect(t.stderr).toBe(
      '[stagecraft] --platform linux/arm64 is not simulated: Stagecraft builds only linux/amd64 images.\n',
    );
  });

  it('DOCKER_BUILDKIT=0 uses the legacy builder with its banner', () => {
    const t = sim('DOCKER_BUILDKIT=0 docker build -t hello .', { files: FILES });
    expect(t.status).toBe(0);
    expect(
      t.stderr.startsWith(
        'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n',
      ),
    ).toBe(true);
    expect(t.stdout).toMatch(/Step 1\/5 : FROM alpine:3\.24 AS build\n/);
    expect(t.stdout).toMatch(/Successfully tagged hello:latest\n$/);
  });
});
