/** Typed instructions and instruction-level errors, with BuildKit's exact texts (§1.5). */
import { describe, expect, it } from 'vitest';
import { DockerfileParseError, parseDockerfileFull, type Instruction } from '../../../src/engine';

function instructions(text: string): readonly Instruction[] {
  const result = parseDockerfileFull(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.instructions;
}

function one<K extends Instruction['kind']>(
  text: string,
  kind: K,
): Extract<Instruction, { kind: K }> {
  const found = instructions(text).find((i) => i.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found as Extract<Instruction, { kind: K }>;
}

function failure(text: string): DockerfileParseError {
  const result = parseDockerfileFull(text);
  if (result.ok) throw new Error('expected an error');
  expect(result.error).toBeInstanceOf(DockerfileParseError);
  return result.error;
}

describe('typed instructions keep raw values and lines', () => {
  it('FROM: image, lower-cased stage name, platform', () => {
    const from = one('FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS Build\n', 'FROM');
    expect(from).toMatchObject({
      image: 'golang:${GO_VERSION}',
      stageName: 'build',
      stageNameAsWritten: 'Build',
      asKeyword: 'AS',
      platform: '$BUILDPLATFORM',
      startLine: 1,
      endLine: 1,
    });
  });

  it('RUN: shell and exec forms, mounts, network, security, heredocs', () => {
    const shell = one(
      'FROM a\nRUN --mount=type=cache,target=/c --mount=type=secret,id=x --network=none \\\n  npm ci\n',
      'RUN',
    );
    expect(shell).toMatchObject({
      json: false,
      args: ['npm ci'],
      command: 'npm ci',
      mounts: ['type=cache,target=/c', 'type=secret,id=x'],
      network: 'none',
      startLine: 2,
      endLine: 3,
    });
    expect(one('FROM a\nRUN ["go", "build"]\n', 'RUN')).toMatchObject({
      json: true,
      args: ['go', 'build'],
    });
    const doc = one('FROM a\nRUN <<EOF\necho $HOME\nEOF\n', 'RUN');
    expect(doc.heredocs).toEqual([
      { name: 'EOF', content: 'echo $HOME\n', expand: true, chomp: false, fileDescriptor: 0 },
    ]);
  });

  it('COPY: sources, dest, from, chown, chmod, link, parents, exclude and heredoc sources', () => {
    const copy = one(
      'FROM a\nCOPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md --exclude=x /src/a /src/b /dst/\n',
      'COPY',
    );
    expect(copy).toMatchObject({
      sources: ['/src/a', '/src/b'],
      dest: '/dst/',
      from: 'build',
      chown: 'app:app',
      chmod: '0755',
      link: true,
      parents: true,
      exclude: ['*.md', 'x'],
    });
    const inline = one("FROM a\nCOPY <<-'EOF' /app/run.sh\n\techo $X\nEOF\n", 'COPY');
    expect(inline.sourceContents).toEqual([{ path: 'EOF', data: 'echo $X\n', expand: false }]);
    expect(inline.sources).toEqual([]);
  });

  it('ADD: checksum, keep-git-dir, unpack', () => {
    const add = one(
      'FROM a\nADD --checksum=sha256:abc --keep-git-dir=true --unpack=false https://x/y.tgz /y\n',
      'ADD',
    );
    expect(add).toMatchObject({
      checksum: 'sha256:abc',
      keepGitDir: true,
      unpack: false,
      link: false,
    });
  });

  it('CMD, ENTRYPOINT, SHELL', () => {
    expect(one('FROM a\nCMD ["node", "server.js"]\n', 'CMD')).toMatchObject({
      json: true,
      args: ['node', 'server.js'],
    });
    expect(one('FROM a\nENTRYPOINT exec app\n', 'ENTRYPOINT')).toMatchObject({
      json: false,
      args: ['exec app'],
      command: 'exec app',
    });
    expect(one('FROM a\nCMD []\n', 'CMD')).toMatchObject({ json: true, args: [] });
    expect(one('FROM a\nSHELL ["/bin/bash", "-c"]\n', 'SHELL').args).toEqual(['/bin/bash', '-c']);
  });

  it('ENV and LABEL pairs keep quotes; legacy form is marked', () => {
    expect(one('FROM a\nENV A=1 B="two words"\n', 'ENV').pairs).toEqual([
      { key: 'A', value: '1', legacy: false },
      { key: 'B', value: '"two words"', legacy: false },
    ]);
    expect(one('FROM a\nLABEL maintainer Jane Doe\n', 'LABEL').pairs).toEqual([
      { key: 'maintainer', value: 'Jane Doe', legacy: true },
    ]);
  });

  it('ARG: several names, optional raw defaults', () => {
    expect(one('ARG A B=1 C= D="x y"\nFROM a\n', 'ARG').args).toEqual([
      { name: 'A' },
      { name: 'B', default: '1' },
      { name: 'C', default: '' },
      { name: 'D', default: '"x y"' },
    ]);
  });

  it('USER, WORKDIR, EXPOSE (sorted), VOLUME, STOPSIGNAL, MAINTAINER', () => {
    const list = instructions(
      'FROM a\nUSER app:app\nWORKDIR /srv/app\nEXPOSE 8080 443/tcp 80\nVOLUME ["/data", "/logs"]\nSTOPSIGNAL SIGTERM\nMAINTAINER Jane\n',
    );
    expect(list.map((i) => i.kind)).toEqual([
      'FROM',
      'USER',
      'WORKDIR',
      'EXPOSE',
      'VOLUME',
      'STOPSIGNAL',
      'MAINTAINER',
    ]);
    expect(list[1]).toMatchObject({ user: 'app:app' });
    expect(list[2]).toMatchObject({ path: '/srv/app' });
    expect(list[3]).toMatchObject({ ports: ['443/tcp', '80', '8080'] });
    expect(list[4]).toMatchObject({ volumes: ['/data', '/logs'], json: true });
    expect(list[5]).toMatchObject({ signal: 'SIGTERM' });
    expect(list[6]).toMatchObject({ maintainer: 'Jane' });
  });

  it('HEALTHCHECK: NONE, CMD-SHELL, exec CMD with durations in ms', () => {
    expect(one('FROM a\nHEALTHCHECK NONE\n', 'HEALTHCHECK')).toMatchObject({
      type: 'NONE',
      test: ['NONE'],
    });
    expect(
      one(
        'FROM a\nHEALTHCHECK --interval=30s --timeout=1m30s --start-period=1.5s --start-interval=500ms --retries=3 CMD curl -f http://localhost/\n',
        'HEALTHCHECK',
      ),
    ).toMatchObject({
      type: 'CMD',
      test: ['CMD-SHELL', 'curl -f http://localhost/'],
      interval: 30_000,
      timeout: 90_000,
      startPeriod: 1500,
      startInterval: 500,
      retries: 3,
    });
    expect(one('FROM a\nHEALTHCHECK CMD ["/bin/check"]\n', 'HEALTHCHECK').test).toEqual([
      'CMD',
      '/bin/check',
    ]);
  });

  it('ONBUILD: expression without the keyword, trigger node kept', () => {
    const onbuild = one('FROM a\nONBUILD RUN echo hi\n', 'ONBUILD');
    expect(onbuild.expression).toBe('RUN echo hi');
    expect(onbuild.trigger).toMatchObject({ keyword: 'run', args: ['echo hi'] });
  });
});

describe('instruction errors (wrapped with the line)', () => {
  it.each([
    [
      'FROM a\nRUNN echo\n',
      'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
    ],
    [
      'FROM a\nrunn echo\n',
      'dockerfile parse error on line 2: unknown instruction: runn (did you mean run?)',
    ],
    [
      'FROM a\nCOPPY a b\n',
      'dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)',
    ],
    ['FROM a\nBANANA x\n', 'dockerfile parse error on line 2: unknown instruction: BANANA'],
    ['FROM a\n__proto__ x\n', 'dockerfile parse error on line 2: unknown instruction: __proto__'],
    ['FROM\n', 'dockerfile parse error on line 1: FROM requires either one or three arguments'],
    [
      'FROM a AS\n',
      'dockerfile parse error on line 1: FROM requires either one or three arguments',
    ],
    [
      'FROM a b c d\n',
      'dockerfile parse error on line 1: FROM requires either one or three arguments',
    ],
    [
      'FROM a AS 1st\n',
      'dockerfile parse error on line 1: invalid name for build stage: "1st", name can\'t start with a number or contain symbols',
    ],
    [
      'FROM a AS my/stage\n',
      'dockerfile parse error on line 1: invalid name for build stage: "my/stage", name can\'t start with a number or contain symbols',
    ],
    [
      'FROM a\nCOPY onlyone\n',
      'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    ],
    [
      'FROM a\nADD onlyone\n',
      'dockerfile parse error on line 2: ADD requires at least two arguments, but only one was provided. Destination could not be determined',
    ],
    [
      'FROM a\nWORKDIR\n',
      'dockerfile parse error on line 2: WORKDIR requires exactly one argument',
    ],
    ['FROM a\nUSER\n', 'dockerfile parse error on line 2: USER requires exactly one argument'],
    ['FROM a\nEXPOSE\n', 'dockerfile parse error on line 2: EXPOSE requires at least one argument'],
    ['FROM a\nENV\n', 'dockerfile parse error on line 2: ENV requires at least one argument'],
    ['FROM a\nARG\n', 'dockerfile parse error on line 2: ARG requires at least one argument'],
    ['FROM a\nVOLUME\n', 'dockerfile parse error on line 2: VOLUME requires at least one argument'],
    [
      'FROM a\nHEALTHCHECK\n',
      'dockerfile parse error on line 2: HEALTHCHECK requires at least one argument',
    ],
    [
      'FROM a\nONBUILD\n',
      'dockerfile parse error on line 2: ONBUILD requires at least one argument',
    ],
    [
      'FROM a\nONBUILD ONBUILD RUN x\n',
      "dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    ],
    [
      'FROM a\nONBUILD from b\n',
      "dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger",
    ],
    [
      'FROM a\nONBUILD MAINTAINER me\n',
      "dockerfile parse error on line 2: MAINTAINER isn't allowed as an ONBUILD trigger",
    ],
  ])('%j', (text, message) => {
    expect(failure(text).message).toBe(message);
  });

  it('keeps the inner text and the span on the error', () => {
    const error = failure('FROM a\nRUN echo \\\n  hi\nCOPY x\n');
    expect(error.inner).toBe(
      'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    );
    expect([error.startLine, error.endLine]).toEqual([4, 4]);
  });

  it('reports the first error in file order', () => {
    expect(failure('FROM a\nWORKDIR\nRUNN\n').message).toBe(
      'dockerfile parse error on line 2: WORKDIR requires exactly one argument',
    );
  });

  // uncertain texts (BuildKit ≥ 0.17 names the flag with --; not in the ground truth file)
  it.each([
    [
      'FROM a\nCOPY --nosuchflag . .\n',
      'dockerfile parse error on line 2: unknown flag: --nosuchflag',
    ],
    [
      'FROM a\nCOPY --from . .\n',
      'dockerfile parse error on line 2: missing a value on flag: --from',
    ],
    [
      'FROM a\nCOPY --from=x --from=y . .\n',
      'dockerfile parse error on line 2: duplicate flag specified: --from',
    ],
    ['FROM --plaform=linux/amd64 a\n', 'dockerfile parse error on line 1: unknown flag: --plaform'],
    ['FROM a\nWORKDIR --x /app\n', 'dockerfile parse error on line 2: unknown flag: --x'],
  ])('flag error %j', (text, message) => {
    expect(failure(text).message).toBe(message);
  });

  it('leaves parser-level errors unwrapped', () => {
    expect(failure('FROM a\nENV PATH\n').message).toBe('ENV must have two arguments');
  });
});
