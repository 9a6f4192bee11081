export * from './key-template';
export * from './upload-link';
export * from './upload-plan';
