export * from './validity';
export * from './effective-expiry';
export * from './parse-validity';
export * from './validity-until';
