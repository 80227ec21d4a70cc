import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  inlineHtml,
  inlinePlain,
  inlineTokens,
} from '../../src/lib/quiz-view/inline-markdown';
import { initialOrder, lessonOf, moveItem, selectQuestions } from '../../src/lib/quiz-view/select';
import { answerView, dockerfileLines } from '../../src/lib/quiz-view/answer-view';
import type { QuizQuestion } from '../../src/schemas/quiz';

const base = {
  explanation: 'Because the last stage is the image by default.',
  topics: ['multi-stage'],
  difficulty: 1,
  source: ['gt5:2'],
} as const;
const single = (id: string, lesson: string): QuizQuestion => ({
  ...base,
  topics: [...base.topics],
  source: [...base.source],
  id,
  type: 'single',
  prompt: 'Which stage becomes the image?',
  options: { a: 'The first', b: 'The last' },
  answer: 'b',
  lesson: `/lessons/${lesson}/#which-stage`,
});
const recall = (id: string, lesson: string): QuizQuestion => ({
  ...base,
  topics: [...base.topics],
  source: [...base.source],
  id,
  type: 'recall',
  prompt: 'What is a multi-stage build?',
  modelAnswer: 'A Dockerfile with several FROM instructions.',
  keyPoints: ['several FROM'],
  lesson: `/lessons/${lesson}/#what`,
});
const order = (id: string, lesson: string): QuizQuestion => ({
  ...base,
  topics: [...base.topics],
  source: [...base.source],
  id,
  type: 'order',
  prompt: 'Order these lines of a Dockerfile.',
  steps: ['`FROM node AS build`', '`RUN npm ci`', '`FROM gcr.io/distroless/nodejs`'],
  lesson: `/lessons/${lesson}/#order`,
});

describe('inline Markdown', () => {
  it('tokenises code, strong and emphasis, keeping marks inside code literal', () => {
    expect(inlineTokens('Use `COPY --from=*build*` and **not** *this*.')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'code', text: 'COPY --from=*build*' },
      { kind: 'text', text: ' and ' },
      { kind: 'strong', text: 'not' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'this' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves a lone asterisk and glob patterns alone', () => {
    expect(inlineTokens('go test ./... matches *.go files')).toEqual([
      { kind: 'text', text: 'go test ./... matches *.go files' },
    ]);
  });

  it('escapes markup, so learner text echoed in feedback never becomes HTML', () => {
    expect(inlineHtml('`docker <img src=x onerror=alert(1)>` & "x"')).toBe(
      '<code>docker &lt;img src=x onerror=alert(1)&gt;</code> &amp; &quot;x&quot;',
    );
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });

  it('gives plain text for labels', () => {
    expect(inlinePlain('Run `docker build` **now**')).toBe('Run docker build now');
  });
});

describe('selectQuestions', () => {
  const bank = [
    single('ms-a', '02-multi-stage-builds'),
    recall('ms-b', '02-multi-stage-builds'),
    single('ms-c', '02-multi-stage-builds'),
    order('ms-d', '02-multi-stage-builds'),
    single('ms-e', '03-multi-stage-in-depth'),
  ];

  it('picks a lesson’s questions by their lesson link, interleaving types and putting recall last', () => {
    expect(selectQuestions(bank, { lesson: '02-multi-stage-builds' }).map((q) => q.id)).toEqual([
      'ms-a',
      'ms-d',
      'ms-c',
      'ms-b',
    ]);
  });

  it('puts explicit ids first, without repeats, and honours max', () => {
    expect(
      selectQuestions(bank, { ids: ['ms-e', 'ms-c'], lesson: '02-multi-stage-builds', max: 3 }).map(
        (q) => q.id,
      ),
    ).toEqual(['ms-e', 'ms-c', 'ms-a']);
  });

  it('fails the build with the fix when an id is unknown or nothing matches', () => {
    expect(() => selectQuestions(bank, { ids: ['ms-zz'] })).toThrow(
      '<Quiz ids>: unknown question id `ms-zz`',
    );
    expect(() => selectQuestions(bank, { lesson: '08-interview-tips' })).toThrow(
      '<Quiz>: no questions for lesson `08-interview-tips` — fix: pass a lesson slug with questions in content/quizzes or explicit ids',
    );
  });

  it('reads the lesson slug from a question link', () => {
    expect(lessonOf({ lesson: '/lessons/05-debugging-distroless/#debug-tags' })).toBe(
      '05-debugging-distroless',
    );
  });
});

describe('order questions', () => {
  it('start shuffled the same way every time, and never already solved', () => {
    for (const id of ['ms-a', 'go-order', 'node-x', 'cache-y']) {
      for (const n of [2, 3, 6, 8]) {
        const o = initialOrder(id, n);
        expect(o).toEqual(initialOrder(id, n));
        expect([...o].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(o.some((v, i) => v !== i)).toBe(true);
      }
    }
  });

  it('move an item up or down, ignoring moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('answerView', () => {
  it('states the right answer of each type in words', () => {
    expect(answerView(single('ms-a', '02-multi-stage-builds'))).toEqual({
      label: 'Answer',
      items: ['b) The last'],
      ordered: false,
    });
    expect(answerView(order('ms-d', '02-multi-stage-builds')).ordered).toBe(true);
    expect(answerView(recall('ms-b', '02-multi-stage-builds')).items).toEqual(['several FROM']);
    expect(
      answerView({
        ...single('ms-f', '02-multi-stage-builds'),
        type: 'spot-the-bug',
        dockerfile: 'FROM golang\n\nCOPY --from=1 /out /app\n',
        answer: [3],
      } as QuizQuestion),
    ).toEqual({
      label: 'Faulty line',
      items: ['Line 3: `COPY --from=1 /out /app`'],
      ordered: false,
    });
  });

  it('splits a Dockerfile into shown lines without the trailing newline', () => {
    expect(dockerfileLines('FROM a\nRUN b\n')).toEqual(['FROM a', 'RUN b']);
  });
});
