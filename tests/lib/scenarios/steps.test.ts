import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/lib/scenarios/load';
import {
  CommandRecorder,
  createScenarioSession,
  runLines,
} from '../../../src/lib/scenarios/session';
import {
  checkStep,
  currentStep,
  progressKey,
  savedSteps,
  stepStatuses,
} from '../../../src/lib/scenarios/steps';

const demo = loadScenario('01-demo/demo', 'tests/fixtures/scenarios');
const [build, write] = demo.steps as [(typeof demo.steps)[0], (typeof demo.steps)[0]];

describe('scenario sessions', () => {
  it('start with the files and the pulled images, and an empty history', () => {
    const session = createScenarioSession(demo);
    expect(session.daemon.images.get('alpine:3.24')).toBeDefined();
    expect(session.state.history).toEqual([]);
    expect(session.state.fs.readFile('/home/learner/app/Dockerfile')).toContain('FROM alpine');
  });

  it('record a heredoc as one command with its lines joined', () => {
    const session = createScenarioSession(demo);
    const recorder = new CommandRecorder(session);
    expect(recorder.feed("cat > note.txt <<'EOF'")).toBeUndefined();
    expect(recorder.feed('hello')).toBeUndefined();
    expect(recorder.feed('EOF')).toEqual({
      command: "cat > note.txt <<'EOF'\nhello\nEOF",
      exitCode: 0,
      output: '',
    });
  });
});

describe('checkStep', () => {
  it('gives the first matching hint while the goal is not met', () => {
    const session = createScenarioSession(demo);
    const last = runLines(session, ['docker build .']);
    expect(checkStep(build, { session, last })).toEqual({
      met: false,
      hint: 'Name the image with `-t demo:alpine`.',
    });
    expect(checkStep(build, { session })).toEqual({ met: false });
  });

  it('is met once the solution ran, with no hint', () => {
    const session = createScenarioSession(demo);
    const last = runLines(session, build.solution);
    expect(checkStep(build, { session, last })).toEqual({ met: true });
    expect(checkStep(write, { session, last: runLines(session, write.solution) })).toEqual({
      met: true,
    });
  });
});

describe('step state', () => {
  it('marks done steps, the first open one as current, the rest to do', () => {
    expect(stepStatuses(demo.steps, new Set())).toEqual(['current', 'todo']);
    expect(stepStatuses(demo.steps, new Set(['build-alpine']))).toEqual(['done', 'current']);
    expect(stepStatuses(demo.steps, new Set(['build-alpine', 'write-file']))).toEqual([
      'done',
      'done',
    ]);
    expect(currentStep(demo.steps, new Set(['build-alpine', 'write-file']))).toBeUndefined();
  });

  it('saves steps under their lesson as scenario/step', () => {
    expect(progressKey('01-demo/demo', 'build-alpine')).toEqual({
      lesson: '01-demo',
      step: 'demo/build-alpine',
    });
    expect(progressKey('reference/sandbox', 'a')).toEqual({
      lesson: 'reference',
      step: 'sandbox/a',
    });
    expect(
      savedSteps('01-demo/demo', ['demo/build-alpine', 'other/build-alpine', 'demo/write-file']),
    ).toEqual(new Set(['build-alpine', 'write-file']));
  });
});
