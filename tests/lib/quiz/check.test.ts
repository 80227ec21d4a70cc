import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/lib/quiz/check';
import { questionSchema, type QuestionOf, type QuizQuestion } from '../../../src/schemas/quiz';

const common = {
  prompt: 'A question for the tests',
  explanation: 'Because the test says so, clearly.',
  lesson: '/lessons/02-multi-stage-builds/#how-stages-work',
  topics: ['multi-stage'],
  difficulty: 1,
  source: 'gt5:1',
};
function q<T extends QuizQuestion['type']>(data: Record<string, unknown>): QuestionOf<T> {
  return questionSchema.parse({ ...common, ...data }) as QuestionOf<T>;
}

const single = q<'single'>({
  id: 'ms-s',
  type: 'single',
  options: { a: 'A', b: 'B' },
  answer: 'b',
});
const multiple = q<'multiple'>({
  id: 'ms-m',
  type: 'multiple',
  options: { a: 'A', b: 'B', c: 'C', d: 'D' },
  answer: ['a', 'c'],
});
const order = q<'order'>({ id: 'ms-o', type: 'order', steps: ['one', 'two', 'three'] });
const bug = q<'spot-the-bug'>({
  id: 'ms-b',
  type: 'spot-the-bug',
  dockerfile: 'FROM scratch\nCOPY a /a\nCMD /a\n',
  answer: [3],
});
const recall = q<'recall'>({
  id: 'ms-r',
  type: 'recall',
  modelAnswer: 'Several FROM lines; copy artifacts between stages.',
  keyPoints: ['several FROM', 'COPY --from'],
});
const build = q<'command'>({ id: 'ms-c', type: 'command', answers: ['docker build -t app .'] });
const run = q<'command'>({
  id: 'ms-r2',
  type: 'command',
  answers: ['docker run --rm -it --entrypoint=sh app:debug'],
});
const images = q<'command'>({ id: 'ms-i', type: 'command', answers: ['docker images'] });

describe('single choice', () => {
  it('accepts the right key and explains', () => {
    expect(checkAnswer(single, { type: 'single', choice: 'b' })).toEqual({
      correct: true,
      score: 1,
      feedback: 'Correct. Because the test says so, clearly.',
    });
  });
  it('rejects another key with a hint', () => {
    const r = checkAnswer(single, { type: 'single', choice: 'a' });
    expect(r).toMatchObject({ correct: false, score: 0 });
    expect(r.hint).toBe('Re-read the question: exactly one option is right.');
  });
  it('refuses an answer of another type', () => {
    expect(() => checkAnswer(single, { type: 'order', order: [] })).toThrow(
      new Error('Question ms-s is a single question, got a order answer'),
    );
  });
});

describe('multiple choice', () => {
  it('needs exactly the right set, in any order', () => {
    expect(checkAnswer(multiple, { type: 'multiple', choices: ['c', 'a'] }).correct).toBe(true);
  });
  it('reports missing and wrong picks with partial credit', () => {
    const r = checkAnswer(multiple, { type: 'multiple', choices: ['a', 'b'] });
    expect(r.correct).toBe(false);
    expect(r.score).toBe(0);
    expect(r.feedback).toBe(
      'Not quite: 1 correct option not selected, 1 selected option is wrong. Because the test says so, clearly.',
    );
    expect(r.hint).toBe('Select all that apply: 2 options are right.');
    expect(checkAnswer(multiple, { type: 'multiple', choices: ['a'] }).score).toBe(0.5);
  });
});

describe('order', () => {
  it('accepts the stored order', () => {
    expect(checkAnswer(order, { type: 'order', order: [0, 1, 2] }).correct).toBe(true);
  });
  it('counts steps in place and points at the first wrong one', () => {
    const r = checkAnswer(order, { type: 'order', order: [0, 2, 1] });
    expect(r).toMatchObject({
      correct: false,
      score: 1 / 3,
      hint: 'Step 2 is not the right one yet.',
    });
    expect(r.feedback).toBe(
      '1 of 3 steps are in the right place. Because the test says so, clearly.',
    );
  });
  it('refuses a list that is not a permutation', () => {
    expect(checkAnswer(order, { type: 'order', order: [0, 0, 1] }).feedback).toBe(
      'Place all 3 steps, each once.',
    );
  });
});

describe('spot the bug', () => {
  it('accepts the faulty line', () => {
    expect(checkAnswer(bug, { type: 'spot-the-bug', lines: [3] }).correct).toBe(true);
  });
  it('names the faulty line after a wrong pick', () => {
    const r = checkAnswer(bug, { type: 'spot-the-bug', lines: [2] });
    expect(r.correct).toBe(false);
    expect(r.feedback).toBe('The faulty line is 3. Because the test says so, clearly.');
    expect(r.hint).toBe('1 selected line is fine as written.');
  });
  it('rejects line numbers beyond the Dockerfile when validating', () => {
    const r = questionSchema.safeParse({
      ...common,
      id: 'ms-x',
      type: 'spot-the-bug',
      dockerfile: 'FROM scratch\n',
      answer: [4],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(
      'line 4 does not exist (the Dockerfile has 1 lines) — fix: count lines from 1',
    );
  });
});

describe('recall (self-graded)', () => {
  it('counts "knew it" as correct and shows the model answer', () => {
    expect(checkAnswer(recall, { type: 'recall', grade: 'knew-it' })).toEqual({
      correct: true,
      score: 1,
      feedback: 'Model answer: Several FROM lines; copy artifacts between stages.',
    });
  });
  it('gives half credit for "partly" and lists the points not ticked', () => {
    const r = checkAnswer(recall, { type: 'recall', grade: 'partly', keyPointsHit: [0] });
    expect(r.score).toBe(0.5);
    expect(r.feedback).toBe(
      'Model answer: Several FROM lines; copy artifacts between stages. Points to add next time: COPY --from.',
    );
    expect(r.hint).toBe('A good answer mentions: several FROM; COPY --from.');
  });
});

describe('command', () => {
  it.each([
    'docker build -t app .',
    'docker build . -t app',
    'docker build --tag app .',
    'docker build --tag=app .',
    'docker build -tapp .',
    'docker build -t app:latest .',
    'docker buildx build -t app .',
    '  docker   build  -t "app" .  ',
  ])('accepts the equivalent form %s', (text) => {
    expect(checkAnswer(build, { type: 'command', text }).correct).toBe(true);
  });

  it.each([
    'docker run -it --rm --entrypoint sh app:debug',
    'docker run -ti --rm --entrypoint=sh app:debug',
    'docker run -i -t --rm --entrypoint=sh app:debug',
    'docker container run --interactive --tty --rm --entrypoint=sh app:debug',
  ])('accepts combined and long boolean flags: %s', (text) => {
    expect(checkAnswer(run, { type: 'command', text }).correct).toBe(true);
  });

  it('treats docker image ls as docker images', () => {
    expect(checkAnswer(images, { type: 'command', text: 'docker image ls' }).correct).toBe(true);
  });

  it('hints at the flag meant when a flag is misspelt', () => {
    const r = checkAnswer(build, { type: 'command', text: 'docker build --tags app .' });
    expect(r.correct).toBe(false);
    expect(r.hint).toBe('`--tags` is not a flag of docker build; did you mean `--tag`?');
    expect(r.feedback).toBe(
      "Docker would refuse this command:\nunknown flag: --tags\nSee 'docker build --help'.",
    );
  });

  it('explains an unknown shorthand flag', () => {
    const r = checkAnswer(build, { type: 'command', text: 'docker build -x app .' });
    expect(r.hint).toBe('`-x` is not a flag of docker build.');
  });

  it('hints at a misspelt command', () => {
    const r = checkAnswer(build, { type: 'command', text: 'docker biuld -t app .' });
    expect(r.hint).toBe('`docker biuld` is not a docker command; did you mean `docker build`?');
  });

  it('says what differs from the closest accepted answer', () => {
    const hint = (text: string) => checkAnswer(build, { type: 'command', text }).hint;
    expect(hint('docker build .')).toBe('Missing: a `--tag` flag.');
    expect(hint('docker build -t app')).toBe(
      'Missing argument: `docker build` needs 1 here (you gave 0).',
    );
    expect(hint('docker build -t web .')).toBe(
      'Check the value of `--tag` (you gave `web:latest`).',
    );
    expect(hint('docker build --no-cache -t app .')).toBe('`--no-cache` is not needed here.');
    expect(hint('docker run app')).toBe(
      '`docker run` is a real command, but not the one this task needs.',
    );
    expect(hint('build -t app .')).toBe('Start the command with `docker`.');
  });

  it('keeps flags after the image in docker run for the container', () => {
    const r = checkAnswer(run, {
      type: 'command',
      text: 'docker run app:debug --rm -it --entrypoint=sh',
    });
    expect(r.correct).toBe(false);
  });
});
