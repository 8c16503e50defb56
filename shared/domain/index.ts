export * from './enums';
export * from './draft-files';
export * from './claim';
export * from './document';
export * from './project';
export * from './schema-version';
export * from './claim-standing';
export * from './checklists';
