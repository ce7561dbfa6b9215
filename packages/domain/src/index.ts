export * from './errors';
export * from './roles';
export * from './terms';
export * from './parity';
export * from './live-protocol';
export * from './speakers';
export * from './quorum';
export * from './privacy';
