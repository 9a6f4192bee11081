export * from './core-input-error';
export * from './oss-error';
export * from './parse-oss-error';
export * from './oss-error-text';
export * from './describe-oss-error';
export * from './cors-rule';
export * from './core-problem';
export * from './core-problem-text';
