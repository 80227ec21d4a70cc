import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import { DEFAULT_FILES } from '../../../src/lib/playground/default-files';
import { buildTags, layersAfterCommand } from '../../../src/lib/playground/after-build';

describe('buildTags', () => {
  it('finds the tags of every spelling of docker build', () => {
    expect(buildTags('docker build -t app .')).toEqual(['app']);
    expect(buildTags('docker buildx build --tag=a:1 -t "b:2" .')).toEqual(['a:1', 'b:2']);
    expect(buildTags('docker image build -tapp:3 .')).toEqual(['app:3']);
    expect(buildTags('docker build .')).toEqual([]);
  });

  it('is undefined for other commands', () => {
    expect(buildTags('docker images')).toBeUndefined();
    expect(buildTags('echo docker build')).toBeUndefined();
    expect(buildTags('docker run build')).toBeUndefined();
  });
});

describe('layersAfterCommand', () => {
  const run = (s: Session, command: string) => {
    const before = s.daemon.images.list();
    const result = s.feed(command);
    const code = result.status === 'done' ? result.exitCode : -1;
    return (shown?: string) => layersAfterCommand(command, code, before, s.daemon.images, shown);
  };

  it('shows the tagged image, even when a rebuild comes all from cache', () => {
    const s = new Session({ files: DEFAULT_FILES });
    const first = run(s, 'docker build -t app .')();
    expect(first.kind).toBe('show');
    const appId = first.kind === 'show' ? first.image.id : '';
    run(s, 'docker build -t other .')();
    const again = run(s, 'docker build -t app .')('other');
    expect(again).toMatchObject({ kind: 'show', image: { id: appId } });
  });

  it('reports a failed build instead of keeping the old picture', () => {
    const s = new Session({
      files: { ...DEFAULT_FILES, Dockerfile: 'FROM alpine:3\nRUN false\n' },
    });
    expect(run(s, 'docker build -t app .')()).toEqual({ kind: 'failed', exitCode: 1 });
  });

  it('notices when the shown image is removed, and keeps it otherwise', () => {
    const s = new Session({ files: DEFAULT_FILES });
    const built = run(s, 'docker build -t app .')();
    const id = built.kind === 'show' ? built.image.id : undefined;
    expect(run(s, 'docker images')(id)).toEqual({ kind: 'keep' });
    expect(run(s, 'docker rmi app')(id)).toEqual({ kind: 'removed' });
  });
});
