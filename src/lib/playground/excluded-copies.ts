/**
 * COPY of something .dockerignore leaves out. BuildKit's own CopyIgnoredFile rule is still
 * experimental in the Docker the simulator presents (off unless `# check=experimental=…`
 * turns it on), but the build itself fails at that COPY with `"/<path>": not found`. The
 * playground says so on the line, before the learner runs the build.
 */
import { parseDockerfileFull, posixPath } from '../../engine/index';
import type { ContextView } from './build-context';
import { lineRange, type Problem } from './diagnostics';

const URL = 'https://docs.docker.com/build/concepts/context/#dockerignore-files';

/** A plain context path, or undefined for what this check leaves alone (URLs, globs, $VARs). */
function plainSource(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith('<<') || /[*?[\]$\\]/.test(src)) {
    return undefined;
  }
  const clean = posixPath.normalize(`/${src}`).slice(1);
  return clean === '' ? undefined : clean;
}

export function excludedCopyProblems(text: string, view: ContextView): Problem[] {
  const isExcluded = view.isExcluded;
  if (!isExcluded) return [];
  const parsed = parseDockerfileFull(text);
  if (!parsed.ok) return [];
  const problems: Problem[] = [];
  for (const ins of parsed.instructions) {
    if (ins.kind !== 'COPY' && ins.kind !== 'ADD') continue;
    if (ins.kind === 'COPY' && ins.from !== undefined) continue;
    for (const src of ins.sources) {
      const path = plainSource(src);
      if (path === undefined || !isExcluded(path)) continue;
      problems.push({
        ...lineRange(text, ins.startLine, ins.endLine),
        line: ins.startLine,
        severity: 'error',
        rule: 'stagecraft/copy-excluded',
        message: `${view.ignoreFile ?? '.dockerignore'} leaves ${path} out of the build context, so docker build fails here: "/${path}": not found.`,
        url: URL,
        source: 'stagecraft',
      });
    }
  }
  return problems;
}
