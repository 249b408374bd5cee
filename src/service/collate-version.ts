import { version } from '../../package.json';

/** The version in package.json, for dataset cards and generators (inlined by the bundler). */
export const COLLATE_VERSION: string = version;
