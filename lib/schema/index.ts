import './jitless';

export * from './capture';
export * from './db';
export * from './extraction';
export * from './fit-reason';
export * from './manual';
export * from './profile';
export * from './tracker';
