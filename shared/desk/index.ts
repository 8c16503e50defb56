export * from './clock';
export * from './entry';
export * from './fold-document';
export * from './claim-ops';
export * from './replica';
export * from './citation-label';
export * from './fold-project';
export * from './fold-revisions';
