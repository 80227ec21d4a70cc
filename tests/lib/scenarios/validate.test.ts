import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { versions } from '../../../src/engine';
import {
  loadScenario,
  ScenarioError,
  scenarioDir,
  findScenarioKeys,
} from '../../../src/lib/scenarios/load';
import { validateScenarioYaml } from '../../../src/lib/scenarios/validate';

const ROOT = 'tests/fixtures/scenarios';
const BROKEN = `${ROOT}/content/reference/_scenarios/broken/scenario.yaml`;
const where = BROKEN;

describe('validateScenarioYaml', () => {
  it('names the file, the step, the field and the fix for every problem', () => {
    const result = validateScenarioYaml(BROKEN, readFileSync(BROKEN, 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([
      `${where} → field \`profile\`: expected one of docker29, docker28 — fix: did you mean \`docker29\`?`,
      `${where} → step \`Bad_Id\` → field \`id\`: not kebab-case — fix: lower-case letters, digits and dashes, e.g. build-single`,
      `${where} → step \`Bad_Id\` → field \`goal[0]\`: unknown field \`maxSize\` — fix: remove it or check its spelling`,
      `${where} → step \`Bad_Id\` → field \`hints[0].when[0].lastCommand.matches\`: not a valid JavaScript regular expression — fix: escape special characters like ( [ . with a backslash`,
      `${where} → step \`twice\` → field \`goal[0]\`: mixes the kinds image and file — fix: use one kind per condition and list several conditions instead`,
      `${where} → step \`twice\` → field \`goal\`: must have at least 1 item — fix: One condition, or a list of conditions that must all hold`,
      `${where} → step \`twice\` → field \`solution\`: must have at least 1 item — fix: The command lines "Show me" types, in order; CI replays them`,
    ]);
  });

  it('reports a condition without a kind', () => {
    const yaml =
      'title: T\nsteps:\n  - id: a\n    title: A\n    instructions: I\n    goal: { size: 3 }\n    solution: [ls]\n';
    const result = validateScenarioYaml('s.yaml', yaml);
    expect(result.ok ? [] : result.errors).toEqual([
      's.yaml → step `a` → field `goal[0]`: no condition kind — fix: start the condition with one of image, noImage, container, file, lastCommand',
    ]);
  });

  it('reports duplicate step ids once the steps are otherwise valid', () => {
    const step =
      '  - id: a\n    title: A\n    instructions: I\n    goal: { noImage: x }\n    solution: [ls]\n';
    const result = validateScenarioYaml('s.yaml', `title: T\nsteps:\n${step}${step}`);
    expect(result.ok ? [] : result.errors).toEqual([
      's.yaml → step `a` → field `id`: duplicate step id `a` — fix: give every step its own id',
    ]);
  });

  it('refuses pull images the simulated registry does not have', () => {
    const result = validateScenarioYaml('s.yaml', 'title: T\npull: [nosuchimage:1]\n');
    expect(result.ok ? [] : result.errors).toEqual([
      's.yaml → field `pull`: `nosuchimage:1` is not in the simulated registry — fix: use an image from src/engine/images/ (docker pull lists what exists)',
    ]);
  });

  it('names an unknown version token', () => {
    const result = validateScenarioYaml('s.yaml', 'title: Node %%node.nope%%\n');
    expect(result.ok ? [] : result.errors).toEqual([
      's.yaml: Unknown version token %%node.nope%%. Use a key path from src/engine/images/versions.ts, for example %%node.lts%% or %%go.current%%.',
    ]);
  });

  it('replaces version tokens anywhere, defaults profile, pull and hints', () => {
    const result = validateScenarioYaml('s.yaml', 'title: Node %%node.lts%%\n');
    expect(result).toEqual({
      ok: true,
      scenario: { title: `Node ${versions.node.lts}`, profile: 'docker29', pull: [], steps: [] },
    });
  });
});

describe('loadScenario', () => {
  it('reads the yaml and the files/ folder, with tokens replaced in both', () => {
    const data = loadScenario('01-demo/demo', ROOT);
    expect(data.key).toBe('01-demo/demo');
    expect(data.pull).toEqual(['alpine:3.24']);
    expect(Object.keys(data.files)).toEqual(['Dockerfile', 'src/message.txt']);
    expect(data.files['src/message.txt']).toBe(`node ${versions.node.lts}\n`);
    expect(data.steps[1]!.solution[1]).toBe(`hello ${versions.node.lts}`);
  });

  it('fails naming the scenario when its folder is missing', () => {
    expect(() => loadScenario('01-demo/nope', ROOT)).toThrow(ScenarioError);
    expect(() => loadScenario('01-demo/nope', ROOT)).toThrow(
      'Scenario "01-demo/nope" cannot be used:\n  - content/lessons/01-demo/_scenarios/nope/scenario.yaml does not exist — fix: create the folder with a scenario.yaml, or correct the scenario name',
    );
  });

  it('fails naming the scenario when it is invalid', () => {
    expect(() => loadScenario('reference/broken', ROOT)).toThrow(
      /^Scenario "reference\/broken" cannot be used:\n {2}- content\/reference\/_scenarios\/broken\/scenario.yaml → field `profile`/,
    );
  });

  it('refuses a name that is not NN-slug/id or reference/id', () => {
    expect(() => scenarioDir('demo')).toThrow(
      'Scenario "demo" cannot be used:\n  - the name must be `NN-slug/id` (a lesson scenario) or `reference/id` — fix: e.g. <Terminal scenario="02-multi-stage-builds/compare-sizes" />',
    );
  });

  it('finds lesson and reference scenarios', () => {
    expect(findScenarioKeys(ROOT)).toEqual(['01-demo/demo', 'reference/broken']);
  });
});
