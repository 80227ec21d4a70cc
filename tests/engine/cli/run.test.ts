import { describe, expect, it } from 'vitest';
import { sim } from './helpers-session';

const RUNC =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';
const HELP = "\n\nRun 'docker run --help' for more information\n";

describe('docker run', () => {
  it('no shell in distroless: exit 127, container left Created', () => {
    const t = sim(
      'docker pull -q gcr.io/distroless/static-debian12\ndocker run --name x gcr.io/distroless/static-debian12 sh\ndocker ps -a --format "{{.Names}} {{.Status}}"',
    );
    expect(t.stderr).toBe(`${RUNC}exec: "sh": executable file not found in $PATH: unknown${HELP}`);
    expect(t.stdout).toContain('x Created\n');
  });

  it('exit status 127 for the missing shell, and the :debug variant has /busybox/sh', () => {
    const t = sim('docker run --rm gcr.io/distroless/static-debian12 sh');
    expect(t.status).toBe(127);
    const ok = sim(
      'docker run --rm --entrypoint=sh gcr.io/distroless/static-debian12:debug -c "echo hi"',
    );
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain(
      "Unable to find image 'gcr.io/distroless/static-debian12:debug' locally\n",
    );
  });

  it('absolute paths use the stat form', () => {
    const t = sim('docker run --rm gcr.io/distroless/static-debian12 /bin/sh');
    expect(t.stderr).toContain(
      `${RUNC}exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown${HELP}`,
    );
    expect(t.status).toBe(127);
  });

  it('no command specified: exit 125', () => {
    const t = sim('docker run gcr.io/distroless/static-debian12');
    expect(t.stderr).toContain(`docker: Error response from daemon: no command specified${HELP}`);
    expect(t.status).toBe(125);
  });

  it('pull failure is wrapped (classic)', () => {
    const t = sim('docker run myapp', { profile: 'docker28' });
    expect(t.stderr).toBe(
      "Unable to find image 'myapp:latest' locally\ndocker: Error response from daemon: pull access denied for myapp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied" +
        HELP,
    );
    expect(t.status).toBe(125);
  });

  it('a non-numeric USER missing from passwd', () => {
    const t = sim('docker run --rm -u app gcr.io/distroless/static-debian12:debug /busybox/sh');
    expect(t.stderr).toContain(
      `${RUNC}unable to find user app: no matching entries in passwd file: unknown${HELP}`,
    );
    expect(t.status).toBe(125);
  });

  it('-d prints the container id and ps shows it', () => {
    const t = sim('docker run -d --name web alpine sleep 1\ndocker ps -a -q');
    expect(t.stdout).toMatch(/^[0-9a-f]{64}\n[0-9a-f]{12}\n$/);
  });

  it('unknown flags stop before the image', () => {
    const t = sim('docker run --foo alpine');
    expect(t.stderr).toBe(
      "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
    );
    expect(t.status).toBe(125);
  });
});

describe('containers', () => {
  it('ps -a table, rm, and rm of a missing container', () => {
    const t = sim('docker run --name c1 alpine true\ndocker ps -a\ndocker rm c1\ndocker rm c1');
    expect(t.stdout).toMatch(
      /CONTAINER ID {3}IMAGE {5}COMMAND {3}CREATED {8}STATUS {20}PORTS {5}NAMES\n[0-9a-f]{12} {3}alpine {4}"true" {4}1 second ago {3}Exited \(0\) 1 second ago {13}c1\nc1\n/,
    );
    expect(t.stderr).toContain('Error response from daemon: No such container: c1\n');
  });

  it('generated names are adjective_surname', () => {
    const t = sim('docker run alpine true\ndocker ps -a --format "{{.Names}}"');
    expect(t.stdout.trim()).toMatch(/^[a-z]+_[a-z]+$/);
  });
});

describe('push and login', () => {
  it('push is denied, then allowed after login and tag', () => {
    const t = sim('docker pull -q alpine\ndocker tag alpine myapp\ndocker push myapp', {
      profile: 'docker28',
    });
    expect(t.stdout).toMatch(
      /Using default tag: latest\nThe push refers to repository \[docker.io\/library\/myapp\]\n[0-9a-f]{12}: Preparing\n$/,
    );
    expect(t.stderr).toBe('denied: requested access to the resource is denied\n');
    expect(t.status).toBe(1);
    const u = sim(
      'docker login -u learner -p secret\ndocker tag myapp learner/myapp:1.0\ndocker push learner/myapp:1.0',
      {},
      t.session,
    );
    expect(u.stdout).toMatch(
      /Login Succeeded\nThe push refers to repository \[docker.io\/learner\/myapp\]\n[0-9a-f]{12}: Preparing\n[0-9a-f]{12}: Mounted from library\/alpine\n1.0: digest: sha256:[0-9a-f]{64} size: \d+\n$/,
    );
    expect(u.status).toBe(0);
    const back = sim('docker rmi learner/myapp:1.0\ndocker pull learner/myapp:1.0', {}, t.session);
    expect(back.stdout).toMatch(
      /1.0: Pulling from learner\/myapp\n[0-9a-f]{12}: Already exists\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for learner\/myapp:1.0\n/,
    );
  });
});

describe('docker run --pull and --platform', () => {
  it('--pull=never refuses an image that is not local; always pulls first', () => {
    const never = sim('docker run --rm --pull never alpine:3.20 echo hi');
    expect(never.stderr).toBe(
      "docker: Error response from daemon: No such image: alpine:3.20\n\nRun 'docker run --help' for more information\n",
    );
    expect(never.status).toBe(125);
    const always = sim(
      'docker pull -q alpine:3.20\ndocker run --rm --pull=always alpine:3.20 echo hi',
    );
    expect(always.stderr).toContain('Status: Image is up to date for alpine:3.20\n');
    expect(always.stdout.trim().split('\n').at(-1)).toBe('hi');
  });

  it('says plainly that another --platform still runs the amd64 image', () => {
    const t = sim(
      'docker pull -q alpine:3.20\ndocker run --rm --platform linux/arm64 alpine:3.20 echo hi',
    );
    expect(t.stderr).toBe(
      '[stagecraft] --platform linux/arm64: the catalog holds linux/amd64 images only, so this runs the amd64 image.\n',
    );
  });
});
