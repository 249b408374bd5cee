import { createRequire } from 'node:module';

/** The version in package.json, for dataset cards and generators. */
export const COLLATE_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
