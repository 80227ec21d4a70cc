/**
 * Every scenario folder under content/ is valid, and every step's solution works: a fresh
 * session from the scenario replays the steps in order, and after each step its goal holds
 * (TutorialKit and Learn Git Branching test their solutions the same way).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenarioKeys, loadScenario, scenarioDir } from '../../src/lib/scenarios/load';
import { validateScenarioYaml } from '../../src/lib/scenarios/validate';
import { createScenarioSession, runLines } from '../../src/lib/scenarios/session';
import { checkStep } from '../../src/lib/scenarios/steps';
import { holds } from '../../src/lib/scenarios/conditions';

const keys = findScenarioKeys();

describe('scenario folders', () => {
  it('finds the scenarios of the lessons', () => {
    expect(keys.length).toBeGreaterThan(0);
  });

  it.each(keys)('%s: scenario.yaml is valid', (key) => {
    const file = join(scenarioDir(key), 'scenario.yaml');
    const result = validateScenarioYaml(file, readFileSync(file, 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(keys)('%s: every step solution meets its goal, in order', (key) => {
    const scenario = loadScenario(key);
    const session = createScenarioSession(scenario);
    for (const step of scenario.steps) {
      const last = runLines(session, step.solution);
      const check = checkStep(step, { session, last });
      const failing = step.goal.filter((c) => !holds(c, { session, last }));
      expect(
        { step: step.id, met: check.met, failing, last: last && { ...last, output: last.output.slice(-400) } },
        `${key} → step ${step.id}`,
      ).toMatchObject({ step: step.id, met: true, failing: [] });
    }
  });

  it.each(keys)('%s: no step goal holds before its solution runs', (key) => {
    // A goal that is already true at the start teaches nothing (and hides a broken check).
    const scenario = loadScenario(key);
    const session = createScenarioSession(scenario);
    const first = scenario.steps[0];
    if (!first) return;
    expect(checkStep(first, { session }).met, `${key} → step ${first.id}`).toBe(false);
  });
});
