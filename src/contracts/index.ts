export * from './error-codes';
export * from './error-details';
export * from './realtime';
