export * from './concepts';
export * from './model-document';
export * from './labels';
export * from './relationship-rules';
export * from './jhs179';
export * from './views';
