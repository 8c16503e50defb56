export * from './enums';
export * from './claim';
export * from './document';
export * from './project';
export * from './schema-version';
