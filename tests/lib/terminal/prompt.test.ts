import { describe, expect, it } from 'vitest';
import { colourPrompt } from '../../../src/lib/terminal/prompt';

describe('colourPrompt', () => {
  it("colours the learner's host prompt as Debian's ~/.bashrc does", () => {
    expect(colourPrompt('learner@stagecraft:~/app$ ')).toBe(
      '\x1b[01;32mlearner@stagecraft\x1b[00m:\x1b[01;34m~/app\x1b[00m$ ',
    );
  });

  it('leaves container prompts and PS2 plain', () => {
    for (const plain of ['root@0123456789ab:/# ', '/ # ', '# ', 'bash-5.2# ', '> ']) {
      expect(colourPrompt(plain)).toBe(plain);
    }
  });
});
