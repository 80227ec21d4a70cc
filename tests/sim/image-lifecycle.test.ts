/**
 * Distroless shells, rmi conflicts and push/pull as a learner meets them, under both
 * profiles where Docker's text differs (docker29 = containerd store, docker28 = classic).
 */
import { describe, expect, it } from 'vitest';
import { maskIds, simIn } from './helpers';
import { sim } from '../engine/cli/helpers-session';

const HELP = "\nRun 'docker run --help' for more information\n";

describe('a distroless image has no shell', () => {
  it('docker run <static> sh: the runc chain, exit 127', () => {
    const r = sim('docker run --rm gcr.io/distroless/static-debian13 sh\n');
    expect(r.stderr.split('\n').slice(0, 1)).toEqual([
      "Unable to find image 'gcr.io/distroless/static-debian13:latest' locally",
    ]);
    expect(
      r.stderr.endsWith(
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "sh": executable file not found in $PATH: unknown\n' +
          HELP,
      ),
    ).toBe(true);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(127);
  });

  it(':debug has busybox at /busybox/sh', () => {
    const r = sim(
      'docker pull -q gcr.io/distroless/static-debian13:debug\ndocker run --rm --entrypoint=sh gcr.io/distroless/static-debian13:debug -c "echo hi"\n',
    );
    expect(r.stdout).toBe('gcr.io/distroless/static-debian13:debug\nhi\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const which = sim(
      'docker run --rm --entrypoint=sh gcr.io/distroless/static-debian13:debug -c "command -v sh"\n',
    );
    expect(which.stdout).toBe('/busybox/sh\n');
  });
});

const RMI = 'docker build -q -t myapp .\ndocker run --name c myapp\ndocker rmi myapp\n';

describe('docker rmi while a stopped container uses the image', () => {
  it('docker29 (containerd): "unable to delete myapp:latest (must be forced)", exit 1', () => {
    const r = simIn('single', RMI);
    expect(maskIds(r.stderr)).toBe(
      'Error response from daemon: conflict: unable to delete myapp:latest (must be forced) - container <id> is using its referenced image <id>\n',
    );
    expect(r.status).toBe(1);
    const image = /^sha256:([0-9a-f]{12})/.exec(r.stdout)![1]!;
    expect(r.stderr.endsWith(`image ${image}\n`)).toBe(true);
  });

  it('docker28 (classic): the reference quoted as typed, "(must force)"', () => {
    const r = simIn('single', RMI, { profile: 'docker28' });
    expect(maskIds(r.stderr)).toBe(
      'Error response from daemon: conflict: unable to remove repository reference "myapp" (must force) - container <id> is using its referenced image <id>\n',
    );
    expect(r.status).toBe(1);
  });

  it('docker rm, then docker rmi succeeds (containerd: one Deleted line)', () => {
    const r = simIn('single', `${RMI}docker rm c\ndocker rmi myapp\n`);
    expect(maskIds(r.stdout)).toBe(
      'sha256:<digest>\nhello\nc\nUntagged: myapp:latest\nDeleted: sha256:<digest>\n',
    );
    expect(r.status).toBe(0);
  });

  it('docker rm, then docker rmi succeeds (classic: the image and its layers)', () => {
    const r = simIn('single', `${RMI}docker rm c\ndocker rmi myapp\n`, { profile: 'docker28' });
    expect(maskIds(r.stdout)).toBe(
      'sha256:<digest>\nhello\nc\nUntagged: myapp:latest\n' +
        'Deleted: sha256:<digest>\n'.repeat(3),
    );
  });

  it('-f removes it anyway: a stopped container is only a soft conflict', () => {
    for (const profile of ['docker29', 'docker28'] as const) {
      const r = simIn(
        'single',
        'docker build -q -t myapp .\ndocker run --name c myapp\ndocker rmi -f myapp\ndocker images -q\n',
        { profile },
      );
      expect(r.stderr).toBe('');
      expect(maskIds(r.stdout)).toMatch(
        /^sha256:<digest>\nhello\nUntagged: myapp:latest\n(Deleted: sha256:<digest>\n)+$/,
      );
      expect(r.status).toBe(0);
    }
  });

  it('a running container: -f by name only untags; -f by ID is refused (cannot be forced)', () => {
    const r = simIn(
      'go-cgo',
      'docker build -q -t myapp -f Dockerfile.static .\ndocker run -d --name c myapp\ndocker rmi -f myapp\n',
      { profile: 'docker28' },
    );
    // moby untags the reference, then swallows the hard conflict because a reference was removed.
    expect(r.stdout.split('\n').slice(2).join('\n')).toBe('Untagged: myapp:latest\n');
    expect(r.status).toBe(0);
    const id = r.stdout.slice(7, 19);
    const byId = sim(`docker rmi -f ${id}\n`, {}, r.session);
    expect(maskIds(byId.stderr)).toBe(
      'Error response from daemon: conflict: unable to delete <id> (cannot be forced) - image is being used by running container <id>\n',
    );
    expect(byId.status).toBe(1);
  });
});

const PUSH =
  'docker build -q -t myapp .\ndocker push myapp\ndocker login -u learner -p secret\ndocker tag myapp learner/myapp:1.0\ndocker push learner/myapp:1.0\ndocker rmi learner/myapp:1.0\ndocker pull learner/myapp:1.0\ndocker images --format "{{.Repository}}:{{.Tag}}"\n';

describe('docker push', () => {
  it('docker28: denied as library/myapp, then pushed under the user, removed and pulled back', () => {
    const r = simIn('single', PUSH, { profile: 'docker28' });
    const out = maskIds(r.stdout);
    expect(out).toContain(
      'Using default tag: latest\nThe push refers to repository [docker.io/library/myapp]\n<id>: Preparing\n<id>: Preparing\n',
    );
    expect(r.stderr).toBe(
      'denied: requested access to the resource is denied\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\n',
    );
    expect(out).toContain(
      'Login Succeeded\nThe push refers to repository [docker.io/learner/myapp]\n<id>: Preparing\n<id>: Preparing\n<id>: Pushed\n<id>: Mounted from library/alpine\n',
    );
    expect(out).toMatch(/1\.0: digest: sha256:<digest> size: \d+\nUntagged: learner\/myapp:1\.0\n/);
    expect(out).toMatch(
      /1\.0: Pulling from learner\/myapp\n(<id>: Already exists\n)+Digest: sha256:<digest>\nStatus: Downloaded newer image for learner\/myapp:1\.0\ndocker\.io\/learner\/myapp:1\.0\n/,
    );
    expect(out.endsWith('myapp:latest\nlearner/myapp:1.0\n')).toBe(true);
    expect(r.status).toBe(0);
  });

  it('docker29: the containerd store words the denial differently', () => {
    const r = simIn('single', PUSH);
    expect(r.stderr.split('\n')[0]).toBe(
      'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(r.stdout.endsWith('myapp:latest\nlearner/myapp:1.0\n')).toBe(true);
    expect(r.status).toBe(0);
  });

  it('an image that is not local', () => {
    expect(sim('docker push myapp\n', { profile: 'docker28' }).stderr).toBe(
      'An image does not exist locally with the tag: myapp\n',
    );
    expect(sim('docker push myapp\n').stderr).toBe('tag does not exist: myapp:latest\n');
  });
});
