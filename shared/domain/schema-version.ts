/** The schema version this build writes. Older files are migrated on open; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 6;
