export * from './flashcards';
export * from './mock-interview';
export * from './random';
