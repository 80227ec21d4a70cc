import { describe, expect, it } from 'vitest';
import { sim } from './helpers-session';

const PULL2 = 'docker pull -q node:22\ndocker pull -q gcr.io/distroless/static-debian12\n';

describe('docker images', () => {
  it('docker28 prints the classic table, newest first', () => {
    const t = sim(`${PULL2}docker images`, { profile: 'docker28' });
    expect(t.stdout).toBe(
      'docker.io/library/node:22\ngcr.io/distroless/static-debian12:latest\n' +
        'REPOSITORY                          TAG       IMAGE ID       CREATED        SIZE\n' +
        'node                                22        945456f5c6e0   2 months ago   1.13GB\n' +
        'gcr.io/distroless/static-debian12   latest    aa2aefd3832d   N/A            2MB\n',
    );
    expect(t.status).toBe(0);
  });

  it('docker29 prints the tree view with the redirect warning on stderr', () => {
    const t = sim(`${PULL2}docker images`);
    expect(t.stdout.split('\n').slice(2).join('\n')).toBe(
      'IMAGE                                      ID             DISK USAGE   CONTENT SIZE   EXTRA\n' +
        'gcr.io/distroless/static-debian12:latest   eea11318ee06       2.98MB          980kB        \n' +
        'node:22                                    c44407f55d51       1.54GB          408MB        \n',
    );
    expect(t.stderr).toBe(
      'WARNING: This output is designed for human readability. For machine-readable output, please use --format.\n',
    );
  });

  it('marks images used by a container with U', () => {
    const t = sim('docker pull -q node:22\ndocker run node:22 node -v\ndocker images');
    expect(t.stdout).toContain('node:22   c44407f55d51       1.54GB          408MB   U    \n');
  });

  it('-q prints ids and --format renders templates', () => {
    const t = sim(`${PULL2}docker images -q\ndocker images --format '{{.Repository}}:{{.Tag}}'`, {
      profile: 'docker28',
    });
    expect(t.stdout).toContain(
      '945456f5c6e0\naa2aefd3832d\nnode:22\ngcr.io/distroless/static-debian12:latest\n',
    );
  });

  it('--digests adds a DIGEST column', () => {
    const t = sim('docker pull -q node:22\ndocker images --digests', { profile: 'docker28' });
    expect(t.stdout).toContain(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE\n',
    );
  });

  it('a bad --format field is Go template error', () => {
    const t = sim("docker pull -q node:22\ndocker images --format '{{.Nope}}'", {
      profile: 'docker28',
    });
    expect(t.stderr).toBe(
      'template: :1:3: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext\n',
    );
    expect(t.status).toBe(1);
  });
});

describe('docker tag and rmi', () => {
  it('untags a shared image, then refuses the last tag while a stopped container uses it', () => {
    const t = sim(
      'docker pull -q node:22\ndocker tag node:22 myapp\ndocker run myapp node -v\ndocker rmi myapp\ndocker rmi node:22',
      { profile: 'docker28' },
    );
    expect(t.stdout).toContain('Untagged: myapp:latest\n');
    expect(t.stderr).toMatch(
      /^Error response from daemon: conflict: unable to remove repository reference "node:22" \(must force\) - container [0-9a-f]{12} is using its referenced image 945456f5c6e0\n$/,
    );
    expect(t.status).toBe(1);
  });

  it('containerd store wording for the same conflict', () => {
    const t = sim('docker pull -q node:22\ndocker run node:22 node -v\ndocker rmi node:22');
    expect(t.stderr).toMatch(
      /^Error response from daemon: conflict: unable to delete node:22 \(must be forced\) - container [0-9a-f]{12} is using its referenced image c44407f55d51\n$/,
    );
  });

  it('rmi of a missing image and the classic delete lines', () => {
    const t = sim('docker rmi foo\ndocker pull -q alpine\ndocker rmi alpine', {
      profile: 'docker28',
    });
    expect(t.stderr).toBe('Error response from daemon: No such image: foo:latest\n');
    expect(t.stdout).toMatch(
      /Untagged: alpine:latest\nUntagged: alpine@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n/,
    );
  });

  it("rmi without arguments is docker's usage error and changes nothing", () => {
    const t = sim('docker rmi');
    expect(t.stderr).toBe(
      "docker: 'docker rmi' requires at least 1 argument\n\nUsage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker rmi --help' for more information\n",
    );
    expect(t.status).toBe(1);
  });
});

describe('docker pull', () => {
  it('prints layers, digest, status and the reference (classic, piped)', () => {
    const t = sim('docker pull gcr.io/distroless/static-debian12', { profile: 'docker28' });
    expect(t.stdout).toBe(
      'Using default tag: latest\nlatest: Pulling from distroless/static-debian12\n063c2afc61a9: Pulling fs layer\n063c2afc61a9: Verifying Checksum\n063c2afc61a9: Download complete\n063c2afc61a9: Pull complete\nDigest: sha256:eea11318ee06c6afb850b55c64eff0f74422f553139e36017ffc325ccf49b8ab\nStatus: Downloaded newer image for gcr.io/distroless/static-debian12:latest\ngcr.io/distroless/static-debian12:latest\n',
    );
  });

  it('a second pull is up to date', () => {
    const t = sim('docker pull -q alpine\ndocker pull alpine:latest');
    expect(t.stdout).toMatch(
      /latest: Pulling from library\/alpine\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for alpine:latest\ndocker.io\/library\/alpine:latest\n$/,
    );
  });

  it('unknown repositories are denied, per store', () => {
    expect(sim('docker pull nosuchthing', { profile: 'docker28' }).stderr).toBe(
      "Error response from daemon: pull access denied for nosuchthing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
    );
    expect(sim('docker pull nosuchthing').stderr).toBe(
      "Error response from daemon: pull access denied for nosuchthing, repository does not exist or may require 'docker login'\n",
    );
  });

  it('an unknown tag is manifest unknown (classic)', () => {
    expect(sim('docker pull alpine:nope', { profile: 'docker28' }).stderr).toBe(
      'Error response from daemon: manifest for alpine:nope not found: manifest unknown: manifest unknown\n',
    );
  });
});

describe('dispatcher', () => {
  it('unknown commands', () => {
    const t = sim('docker foo');
    expect(t.stderr).toBe(
      "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n",
    );
    expect(t.status).toBe(1);
  });

  it('unknown flags', () => {
    const t = sim('docker images --foo');
    expect(t.stderr).toBe(
      "unknown flag: --foo\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information\n",
    );
    expect(t.status).toBe(125);
  });

  it('--help renders from the spec', () => {
    const t = sim('docker rmi --help');
    expect(t.stdout).toBe(
      '\nUsage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nRemove one or more images\n\nAliases:\n  docker image rm, docker image remove, docker rmi\n\nOptions:\n  -f, --force      Force removal of the image\n      --no-prune   Do not delete untagged parents\n',
    );
  });
});
