/**
 * Build-time loading of a scenario folder (Node only: Terminal.astro's frontmatter and the
 * content tests). `NN-slug/id` → content/lessons/NN-slug/_scenarios/id/, `reference/id` →
 * content/reference/_scenarios/id/. The folder's `files/` become the starting workspace,
 * with version tokens replaced as in lessons. Any problem throws ScenarioError naming it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ScenarioData } from '../../schemas/scenario';
import { replaceVersionTokens } from '../markdown/version-tokens';
import { validateScenarioYaml } from './validate';

export class ScenarioError extends Error {
  constructor(
    readonly key: string,
    readonly problems: readonly string[],
  ) {
    super(`Scenario "${key}" cannot be used:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ScenarioError';
  }
}

const KEY = /^(?:(\d\d-[a-z0-9-]+)|reference)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The folder of a scenario key, relative to the project root. */
export function scenarioDir(key: string): string {
  const m = KEY.exec(key);
  if (!m)
    throw new ScenarioError(key, [
      'the name must be `NN-slug/id` (a lesson scenario) or `reference/id` — fix: e.g. <Terminal scenario="02-multi-stage-builds/compare-sizes" />',
    ]);
  return m[1]
    ? join('content', 'lessons', m[1], '_scenarios', m[2]!)
    : join('content', 'reference', '_scenarios', m[2]!);
}

export function loadScenario(key: string, root = process.cwd()): ScenarioData {
  const dir = join(root, scenarioDir(key));
  const yamlPath = join(dir, 'scenario.yaml');
  const fileName = relative(root, yamlPath);
  if (!existsSync(yamlPath))
    throw new ScenarioError(key, [
      `${fileName} does not exist — fix: create the folder with a scenario.yaml, or correct the scenario name`,
    ]);
  const result = validateScenarioYaml(fileName, readFileSync(yamlPath, 'utf8'));
  if (!result.ok) throw new ScenarioError(key, result.errors);
  let files: Record<string, string>;
  try {
    files = readFiles(join(dir, 'files'));
  } catch (e) {
    throw new ScenarioError(key, [`${relative(root, dir)}/files: ${(e as Error).message}`]);
  }
  return { key, ...result.scenario, files };
}

function readFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files[relative(dir, path).split('\\').join('/')] = replaceVersionTokens(
          readFileSync(path, 'utf8'),
        );
    }
  };
  walk(dir);
  return files;
}

/** Every scenario key under content/ (lessons and reference), sorted. */
export function findScenarioKeys(root = process.cwd()): string[] {
  const keys: string[] = [];
  const ids = (dir: string) =>
    existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()) : [];
  const lessons = join(root, 'content', 'lessons');
  for (const lesson of existsSync(lessons) ? readdirSync(lessons) : [])
    for (const id of ids(join(lessons, lesson, '_scenarios'))) keys.push(`${lesson}/${id}`);
  for (const id of ids(join(root, 'content', 'reference', '_scenarios')))
    keys.push(`reference/${id}`);
  return keys.sort();
}
