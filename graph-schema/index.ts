export * from './model.ts';
export * from './keys.ts';
export * from './statements.ts';
