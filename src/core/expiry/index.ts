export * from './validity';
export * from './effective-expiry';
