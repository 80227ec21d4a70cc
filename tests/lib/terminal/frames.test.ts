import { describe, expect, it } from 'vitest';
import { FrameRegion } from '../../../src/lib/terminal/frames';
import { Screen } from './screen';

describe('FrameRegion', () => {
  it('draws the first frame below the cursor, then redraws it in place', () => {
    const region = new FrameRegion();
    expect(region.replace('[+] Building 0.1s (1/2)\n => [1/2] FROM\n', 80)).toBe(
      '\x1b[2K[+] Building 0.1s (1/2)\r\n\x1b[2K => [1/2] FROM\r\n\x1b[J',
    );
    expect(region.replace('[+] Building 0.2s (2/2) FINISHED', 80)).toBe(
      '\r\x1b[2A\x1b[2K[+] Building 0.2s (2/2) FINISHED\r\n\x1b[J',
    );
    expect(region.commit()).toBe('[+] Building 0.2s (2/2) FINISHED\n');
    expect(region.replace('next', 80)).toBe('\x1b[2Knext\r\n\x1b[J');
  });

  it('leaves only the last frame on screen, counting wrapped rows', () => {
    const screen = new Screen(10).write('$ docker build\r\n');
    const region = new FrameRegion();
    screen.write(region.replace('a very long line that wraps\nshort\n', 10));
    screen.write(region.replace('done\n', 10));
    expect(screen.lines()).toEqual(['$ docker b', 'uild', 'done', '']);
  });
});
