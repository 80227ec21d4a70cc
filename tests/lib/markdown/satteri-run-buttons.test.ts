import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  dockerLines,
  runButtonsForTerminalPages,
  runButtonsPlugin,
} from '../../../src/lib/markdown/satteri-run-buttons';

describe('run buttons', () => {
  it('takes the lines that start with docker', () => {
    expect(dockerLines('docker build -t app .\nls -l\n  docker run app\ndockerd\n')).toEqual([
      'docker build -t app .',
      'docker run app',
    ]);
  });

  it('adds one named button per docker line of a sh block', async () => {
    const md =
      '```sh\ndocker build -t app .\ncat Dockerfile\ndocker run --rm app\n```\n\n```sh\ndocker images\n```\n\n```text\ndocker ps\n```\n';
    const { html } = await markdownToHtml(md, { hastPlugins: [runButtonsPlugin] });
    expect(html).toContain(
      '<div class="run-buttons"><button type="button" class="run-button" data-run-command="docker build -t app ."><span aria-hidden="true">▶ </span>Run <code>docker build -t app .</code></button><button type="button" class="run-button" data-run-command="docker run --rm app"><span aria-hidden="true">▶ </span>Run <code>docker run --rm app</code></button></div>',
    );
    expect(html).toContain(
      '<button type="button" class="run-button" data-run-command="docker images"><span aria-hidden="true">▶ </span>Run in terminal<span class="run-button-command">: docker images</span></button>',
    );
    expect(html.match(/<button/g)).toHaveLength(3);
  });

  it('is only used by documents that place a <Terminal>', () => {
    const factory = runButtonsForTerminalPages as (ctx: { source: string }) => unknown;
    expect(factory({ source: 'text\n\n<Terminal scenario="a/b" />\n' })).toBe(runButtonsPlugin);
    expect(factory({ source: "import Terminal from './T.astro';\n\ntext\n" })).toBeNull();
  });
});
