/**
 * A scenario in the page: after each command it checks the current step (met → done, saved
 * to progress and announced; otherwise the first matching hint), and answers Show me.
 * Saved steps show as done after a reload, and their solutions are replayed silently on the
 * fresh session so the machine matches what the learner already did.
 */
import type { Session } from '../../engine';
import type { LastCommand } from '../../lib/scenarios/conditions';
import { runLines } from '../../lib/scenarios/session';
import {
  checkStep,
  currentStep,
  progressKey,
  savedSteps,
  stepStatuses,
} from '../../lib/scenarios/steps';
import { completeStep } from '../../lib/progress/state';
import type { ScenarioData } from '../../schemas/scenario';
import { getProgress, renderStorageNotices, updateProgress } from '../progress/progress-client';
import { ScenarioPanel } from './scenario-panel';

export class ScenarioRun {
  private done = new Set<string>();
  private last: LastCommand | undefined;
  readonly panel: ScenarioPanel;

  constructor(
    readonly data: ScenarioData,
    root: HTMLElement,
  ) {
    this.panel = new ScenarioPanel(root);
  }

  /** Marks saved steps done and replays their solutions on `session` (no output shown). */
  restore(session: Session): void {
    const lesson = progressKey(this.data.key, '').lesson;
    const saved = savedSteps(this.data.key, getProgress().lessons[lesson]?.steps ?? []);
    this.done = new Set();
    for (const step of this.data.steps) {
      if (!saved.has(step.id)) break;
      runLines(session, step.solution);
      this.done.add(step.id);
    }
    session.state.history.splice(0);
    this.last = undefined;
    this.panel.render(stepStatuses(this.data.steps, this.done));
  }

  /** A fresh start after Reset: every step to do again (saved progress is kept). */
  restart(): void {
    this.done = new Set();
    this.last = undefined;
    this.panel.render(stepStatuses(this.data.steps, this.done));
  }

  current() {
    return currentStep(this.data.steps, this.done);
  }

  afterCommand(session: Session, last: LastCommand): void {
    this.last = last;
    const step = this.current();
    if (!step) return;
    const check = checkStep(step, { session, last: this.last });
    if (!check.met) {
      this.panel.showHint(step.id, check.hint);
      if (check.hint) this.panel.announce(`Hint: ${check.hint.replace(/`/g, '')}`);
      return;
    }
    this.done.add(step.id);
    const { lesson, step: key } = progressKey(this.data.key, step.id);
    updateProgress((p) => completeStep(p, lesson, key));
    renderStorageNotices();
    this.panel.render(stepStatuses(this.data.steps, this.done));
    const next = this.current();
    this.panel.announce(
      next
        ? `Step done: ${step.title}. Next: ${next.title}.`
        : `Step done: ${step.title}. You finished every step of this terminal.`,
    );
  }
}
