import { describe, expect, it } from 'vitest';
import { flagUsages, renderHelp } from '../../../src/engine/cli/help';
import { build, ps, run } from './args-fixtures';

// No help text is captured in the ground truth; these pin docker/cli's cobra templates and
// pflag's FlagUsagesWrapped(width - 1) as read from source (see src/engine/cli/help.ts).
describe('renderHelp', () => {
  it('renders docker build --help at 80 columns', () => {
    expect(renderHelp(build)).toBe(
      [
        '',
        'Usage:  docker build [OPTIONS] PATH | URL | -',
        '',
        'Start a build',
        '',
        'Aliases:',
        '  docker build, docker builder build, docker image build, docker buildx b',
        '',
        'Options:',
        '      --build-arg stringArray   Set build-time variables',
        '      --check                   Shorthand for "--call=check"',
        '  -f, --file string             Name of the Dockerfile (default:',
        '                                "PATH/Dockerfile")',
        '      --no-cache                Do not use cache when building the image',
        '      --progress string         Set type of progress output ("auto",',
        '                                "quiet", "plain", "tty", "rawjson"). Use',
        '                                plain to show container output (default',
        '                                "auto")',
        '  -q, --quiet                   Suppress the build output and print image',
        '                                ID on success',
        '  -t, --tag stringArray         Name and optionally a tag (format: "name:tag")',
        '      --target string           Set the target build stage to build',
        '',
      ].join('\n'),
    );
  });

  it('does not wrap on a wide terminal and shows int defaults', () => {
    const text = renderHelp(ps, { width: 200 });
    expect(text).toContain(
      '\n  -n, --last int        Show n last created containers (includes all states) (default -1)\n',
    );
    expect(text).toContain(
      '\n  -a, --all             Show all containers (default shows just running)\n',
    );
  });

  it('shows list/map/duration types and leaves zero defaults out', () => {
    const text = flagUsages(run.flags, 200);
    expect(text).toContain('  -e, --env list                   Set environment variables\n');
    expect(text).toContain('      --sysctl map                 Sysctl options\n');
    expect(text).toContain(
      '      --health-interval duration   Time between running the check (ms|s|m|h) (default 0s)\n',
    );
    expect(text).toContain('  -h, --hostname string            Container host name\n');
  });

  it('formats non-zero defaults as pflag does', () => {
    const text = flagUsages(
      [
        { long: 'timeout', type: 'duration', default: 90_000, usage: 'Wait' },
        { long: 'tags', type: 'stringArray', default: ['a', 'b,c'], usage: 'Tags' },
        { long: 'format', type: 'string', usage: 'Pretty-print using a Go `template`' },
        { long: 'secret', type: 'string', hidden: true, usage: 'Hidden' },
        { long: 'sig', type: 'bool', default: true, usage: 'Sign', valueName: '' },
      ],
      200,
    );
    expect(text).toBe(
      [
        '      --format template    Pretty-print using a Go template',
        '      --sig                Sign (default true)',
        '      --tags stringArray   Tags (default [a,"b,c"])',
        '      --timeout duration   Wait (default 1m30s)',
        '',
      ].join('\n'),
    );
  });
});
