import { isGoSpaceChar } from './chars';

/**
 * Word splitting for `ProcessWords` (BuildKit `wordsStruct`): unquoted, unescaped
 * whitespace (including whitespace that came out of a `$VAR`) ends a word; quoted text
 * and escaped characters never do. Empty words are dropped, so `""` alone yields none.
 */
export class WordCollector {
  private word = '';
  private inWord = false;
  private readonly words: string[] = [];

  addChar(ch: string): void {
    if (isGoSpaceChar(ch)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else {
      this.addRawChar(ch);
    }
  }

  addRawChar(ch: string): void {
    this.word += ch;
    this.inWord = true;
  }

  addString(text: string): void {
    for (const ch of text) this.addChar(ch);
  }

  addRawString(text: string): void {
    this.word += text;
    this.inWord = true;
  }

  finish(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}
