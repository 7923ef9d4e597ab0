export * from './capture';
export * from './extraction';
export * from './tracker';
