import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listCatalog, resolveImage } from '../../../src/engine/images/lookup';
import { REMOVED_DISTROLESS } from '../../../src/engine/images/catalog/distroless';
import { scaleToTotal } from '../../../src/engine/images/define';

const digest = z.string().regex(/^sha256:[a-f0-9]{64}$/);
const entry = z.object({
  path: z.string().startsWith('/'),
  type: z.enum(['file', 'dir', 'symlink']),
  mode: z.number().int().min(0).max(0o7777),
  uid: z.number().int().min(0),
  gid: z.number().int().min(0),
  size: z.number().int().min(0).optional(),
  target: z.string().optional(),
  content: z.string().optional(),
  program: z.string().optional(),
});
const user = z.object({
  name: z.string(),
  uid: z.number(),
  gid: z.number(),
  home: z.string(),
  shell: z.string(),
});
const image = z.object({
  repository: z.string().regex(/^[a-z0-9.-]+\.[a-z]+(\/[a-z0-9._-]+)+$/),
  tags: z.array(z.string().regex(/^[\w][\w.-]{0,127}$/)).min(1),
  aliases: z.array(z.object({ repository: z.string(), tags: z.array(z.string()) })),
  platform: z.literal('linux/amd64'),
  id: digest,
  digest,
  size: z.number().int().min(0),
  compressedSize: z.number().int().min(0),
  sizeSource: z.enum(['measured', 'estimate']),
  sizeNote: z.string().min(3),
  created: z.iso.datetime(),
  history: z.array(
    z.object({
      created: z.iso.datetime(),
      createdBy: z.string().min(1),
      comment: z.string().optional(),
      emptyLayer: z.boolean(),
      size: z.number().int().min(0),
      compressedSize: z.number().int().min(0),
      digest: digest.optional(),
    }),
  ),
  config: z.object({
    Env: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*=/)),
    User: z.string(),
    WorkingDir: z.string(),
    Entrypoint: z.array(z.string()).nullable(),
    Cmd: z.array(z.string()).nullable(),
    Shell: z.array(z.string()).optional(),
    ExposedPorts: z.record(z.string(), z.object({})),
    Labels: z.record(z.string(), z.string()),
    StopSignal: z.string().optional(),
  }),
  facts: z.object({
    os: z.object({
      id: z.enum(['debian', 'alpine', 'ubuntu', 'wolfi', 'busybox', 'none']),
      version: z.string(),
      prettyName: z.string(),
    }),
    hasShell: z.boolean(),
    shellPath: z.string().nullable(),
    shellKind: z.enum(['bash', 'dash', 'ash', 'busybox']).nullable(),
    libc: z.enum(['glibc', 'musl', 'none']),
    glibcVersion: z.string().optional(),
    muslVersion: z.string().optional(),
    packageManager: z.enum(['apt', 'apk', 'none']),
    runtimes: z.object({}).loose(),
    cgoDefault: z.boolean().optional(),
    tools: z.array(z.string()),
    caCertificates: z.boolean(),
    users: z.array(user),
    defaultUser: z.string().min(1),
    eol: z.object({ date: z.iso.date(), note: z.string() }).optional(),
  }),
  rootfs: z.array(entry),
  pullable: z.boolean(),
  requiresLogin: z.boolean().optional(),
});

const all = listCatalog();
const ref = (i: (typeof all)[number]) => `${i.repository}:${i.tags[0]}`;

describe('every catalog entry', () => {
  it.each(all.map((i) => [ref(i), i] as const))('%s matches the schema', (_, img) => {
    expect(() => image.parse(img)).not.toThrow();
    // Layers add up to the image size exactly: defineImage distributes rounding remainders.
    expect(img.history.reduce((a, h) => a + h.size, 0)).toBe(img.size);
    expect(img.history.reduce((a, h) => a + h.compressedSize, 0)).toBe(img.compressedSize);
    if (img.size > 0) expect(img.compressedSize).toBeLessThan(img.size);
    expect(img.facts.hasShell).toBe(img.facts.shellPath !== null);
    if (img.facts.shellPath) {
      const paths = new Set(img.rootfs.map((e) => e.path));
      // the shell is reachable directly or through a merged-/usr link (/bin → usr/bin)
      expect(
        paths.has(img.facts.shellPath) ||
          paths.has(img.facts.shellPath.replace(/^\/bin/, '/usr/bin')),
      ).toBe(true);
    }
    expect(img.rootfs.find((e) => e.path === '/tmp')?.mode ?? 0o1777).toBe(0o1777);
  });

  it('has unique ids, digests and references, stable across runs', () => {
    expect(new Set(all.map((i) => i.digest)).size).toBe(all.length);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    const refs = all.flatMap((i) =>
      [i, ...i.aliases].flatMap((r) => r.tags.map((t) => `${r.repository}:${t}`)),
    );
    expect(new Set(refs).size).toBe(refs.length);
    // Pinned: a change here means every simulated image id changed; do it on purpose only.
    expect(resolveImage('alpine:3.24')!.digest).toBe(resolveImage('alpine:latest')!.digest);
    expect(resolveImage('busybox')!.id).toMatchInlineSnapshot(
      `"sha256:943642fb3b7ee3e0208fac337d7b20db447dbf467c54958061976a1e0987a6fd"`,
    );
  });
});

describe('distroless (ground truth §1.2–1.4)', () => {
  const debian13 = [
    'static',
    'base',
    'base-nossl',
    'cc',
    'java-base',
    'java17',
    'java21',
    'java25',
    'nodejs22',
    'nodejs24',
    'nodejs26',
    'python3',
  ];
  const tags = ['latest', 'nonroot', 'debug', 'debug-nonroot'];
  it.each(debian13)(
    '%s-debian13 has the four tags, and the unsuffixed name is the same image',
    (name) => {
      for (const tag of tags) {
        const img = resolveImage(`gcr.io/distroless/${name}-debian13:${tag}`);
        expect(img, `${name}:${tag}`).toBeDefined();
        expect(resolveImage(`gcr.io/distroless/${name}:${tag}`)).toBe(img);
      }
    },
  );
  it.each(['static', 'base', 'base-nossl', 'cc'])('%s-debian12 exists (OS images only)', (name) => {
    for (const tag of tags)
      expect(resolveImage(`gcr.io/distroless/${name}-debian12:${tag}`)).toBeDefined();
  });
  it.each([...REMOVED_DISTROLESS])('%s does not resolve (removed upstream)', (name) => {
    expect(resolveImage(name)).toBeUndefined();
  });
  const distroless = all.filter((i) => i.repository.startsWith('gcr.io/distroless/'));
  it('nonroot tags run as 65532 in /home/nonroot; others as 0 in /', () => {
    for (const img of distroless) {
      const nonroot = img.tags[0]!.endsWith('nonroot');
      expect(img.config.User).toBe(nonroot ? '65532' : '0');
      expect(img.config.WorkingDir).toBe(nonroot ? '/home/nonroot' : '/');
    }
  });
  it('only debug tags have a shell, at /busybox/sh', () => {
    for (const img of distroless) {
      const debug = img.tags[0]!.startsWith('debug');
      expect(img.facts.shellPath).toBe(debug ? '/busybox/sh' : null);
      expect(img.rootfs.some((e) => e.path === '/busybox/sh')).toBe(debug);
      expect(img.rootfs.some((e) => e.path === '/bin/sh')).toBe(false);
    }
  });
  it('nodejs images have node but no npm', () => {
    const nodejs = distroless.filter((i) => i.repository.includes('/nodejs'));
    expect(nodejs.length).toBe(12);
    for (const img of nodejs) {
      expect(img.facts.runtimes.npm).toBeNull();
      expect(img.config.Entrypoint).toEqual(['/nodejs/bin/node']);
      expect(img.rootfs.some((e) => e.program === 'npm')).toBe(false);
    }
    expect(resolveImage('gcr.io/distroless/nodejs22-debian13')!.facts.runtimes.node).toBe(
      '22.23.2',
    );
  });
  it('static has no libc; /home/nonroot is 700 and owned by 65532; passwd has three users', () => {
    const img = resolveImage('gcr.io/distroless/static-debian13:nonroot')!;
    expect(img.facts.libc).toBe('none');
    expect(img.rootfs.find((e) => e.path === '/home/nonroot')).toMatchObject({
      mode: 0o700,
      uid: 65532,
      gid: 65532,
    });
    expect(img.rootfs.find((e) => e.path === '/etc/passwd')!.content).toBe(
      'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
    );
    expect(img.created).toBe('1970-01-01T00:00:00Z');
  });
});

describe('sizes the lessons rely on (ground truth §2.2)', () => {
  const size = (r: string) => resolveImage(r)!.size;
  it('node:22 ≈ 1.12–1.13 GB > node:22-slim ≈ 220–227 MB > node:22-alpine', () => {
    expect(size('node:22')).toBeGreaterThanOrEqual(1.12e9);
    expect(size('node:22')).toBeLessThanOrEqual(1.135e9);
    expect(size('node:22-slim')).toBeGreaterThanOrEqual(220e6);
    expect(size('node:22-slim')).toBeLessThanOrEqual(227.5e6);
    expect(size('node:22-slim')).toBeGreaterThan(size('node:22-alpine'));
    expect(resolveImage('node:22')!.compressedSize).toBe(408_499_334);
  });
  it('static is about 2 MiB, alpine about 5–10 MB', () => {
    expect(size('gcr.io/distroless/static-debian13')).toBeGreaterThan(1.8e6);
    expect(size('gcr.io/distroless/static-debian13')).toBeLessThan(2.5e6);
    expect(size('alpine')).toBeGreaterThan(2 * size('gcr.io/distroless/static-debian13'));
  });
  it('distroless nodejs22 is not dramatically smaller than node:22-alpine (point #9)', () => {
    // Ground truth: nodejs22-debian12 141 MB vs node:22-alpine 155–168 MB [IXIMIUZ], so the
    // distroless image is *comparable*, not much smaller; see the report for this deviation.
    expect(size('gcr.io/distroless/nodejs22-debian13')).toBeGreaterThan(
      0.8 * size('node:22-alpine'),
    );
  });
});

describe('scaleToTotal', () => {
  it('keeps proportions and hits the total exactly', () => {
    expect(scaleToTotal([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(scaleToTotal([0, 0], 5)).toEqual([0, 0]);
  });
});
