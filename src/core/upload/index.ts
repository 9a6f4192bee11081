export * from './key-template';
export * from './upload-link';
export * from './upload-plan';
export * from './upload-snippets';
