export * from './state';
export * from './migrations';
export * from './store';
export * from './transfer';
