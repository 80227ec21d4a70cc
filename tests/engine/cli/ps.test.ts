import { describe, expect, it } from 'vitest';
import { sim } from './helpers-session';

// The container keeps the reference it was started with only while that reference still
// names its image (moby daemon/list.go refreshImage); then ps shows the image ID instead.
const SCRIPT = [
  'docker pull -q alpine:3.20',
  'docker run --name a alpine:3.20 echo hi',
  'docker ps -a --format "{{.Image}}"',
  'docker tag alpine:3.20 other',
  'docker rmi alpine:3.20',
  'docker ps -a --format "{{.Image}}"',
  'docker ps -a --no-trunc --format "{{.Image}}"',
].join('\n');

describe('docker ps IMAGE column', () => {
  it('shows the reference as typed while it still names the image', () => {
    expect(sim(SCRIPT).stdout).toContain('hi\nalpine:3.20\n');
  });

  it('docker28 shows the config ID once the reference is untagged', () => {
    const t = sim(SCRIPT, { profile: 'docker28' });
    expect(t.stdout.split('\n').slice(-4, -1)).toEqual([
      'Untagged: alpine:3.20',
      '6a332ccb91a9',
      'sha256:6a332ccb91a9ccb254f1a0c922c6ef781d214dbc43c6624d0a7afc41538d8966',
    ]);
  });

  it('docker29 shows the ID as docker images does: the index digest', () => {
    const t = sim(SCRIPT);
    expect(t.stdout.split('\n').slice(-4, -1)).toEqual([
      'Untagged: alpine:3.20',
      '48a9ed0b505f',
      'sha256:48a9ed0b505f9dd2346bb129c8fc7554de953e7e91c988a023f723a6a6475d1c',
    ]);
  });
});
