/**
 * Step state for a guided scenario: which step is current, whether a step's goal is met, and
 * which hint applies. Pure over a Session, so the terminal island is only wiring.
 */
import type { ScenarioStep } from '../../schemas/scenario';
import { allHold, type EvalContext } from './conditions';

export type StepStatus = 'done' | 'current' | 'todo';

export interface StepCheck {
  readonly met: boolean;
  /** The first hint whose `when` holds, only when the goal is not met. */
  readonly hint?: string;
}

export function checkStep(step: ScenarioStep, ctx: EvalContext): StepCheck {
  if (allHold(step.goal, ctx)) return { met: true };
  const hint = step.hints.find((h) => allHold(h.when, ctx));
  return hint ? { met: false, hint: hint.text } : { met: false };
}

/** The first step not done; undefined when every step is done. */
export function currentStep(
  steps: readonly ScenarioStep[],
  done: ReadonlySet<string>,
): ScenarioStep | undefined {
  return steps.find((s) => !done.has(s.id));
}

export function stepStatuses(
  steps: readonly ScenarioStep[],
  done: ReadonlySet<string>,
): StepStatus[] {
  const current = currentStep(steps, done);
  return steps.map((s) => (done.has(s.id) ? 'done' : s === current ? 'current' : 'todo'));
}

/**
 * Where a finished step is saved: under its lesson (so the progress page counts it with the
 * lesson's steps) as `scenarioId/stepId`. Reference scenarios are kept under `reference`.
 */
export function progressKey(scenarioKey: string, stepId: string): { lesson: string; step: string } {
  const slash = scenarioKey.indexOf('/');
  return { lesson: scenarioKey.slice(0, slash), step: `${scenarioKey.slice(slash + 1)}/${stepId}` };
}

/** Step ids of this scenario already saved in a lesson's progress steps. */
export function savedSteps(scenarioKey: string, lessonSteps: readonly string[]): Set<string> {
  const prefix = `${scenarioKey.slice(scenarioKey.indexOf('/') + 1)}/`;
  return new Set(
    lessonSteps.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length)),
  );
}
