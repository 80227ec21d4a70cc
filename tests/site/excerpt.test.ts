import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/lib/site/excerpt';

describe('search excerpts', () => {
  it('splits marked matches from plain text', () => {
    expect(excerptSegments('a <mark>distroless</mark> image')).toEqual([
      { text: 'a ', marked: false },
      { text: 'distroless', marked: true },
      { text: ' image', marked: false },
    ]);
  });

  it('drops other tags and decodes entities instead of producing HTML', () => {
    expect(excerptSegments('&lt;script&gt;x<img src=y onerror=z>')).toEqual([
      { text: '<script>x', marked: false },
    ]);
  });
});
