export * from './concepts';
export * from './model-document';
