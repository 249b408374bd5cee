import { join } from 'node:path';

/** Where each part of a workspace lives, relative to its folder. */
export const MANIFEST_FILE = 'collate.json';
export const RELATIONS_FILE = 'relations.json';
export const LOCK_FILE = '.collate.lock';
export const DOCUMENTS_DIR = 'documents';
export const ANNOTATIONS_DIR = 'annotations';

export const documentFile = (id: string): string => join(DOCUMENTS_DIR, `${id}.json`);
export const annotationsFile = (documentId: string): string => join(ANNOTATIONS_DIR, `${documentId}.json`);

/** The workspace format this version reads and writes. */
export const FORMAT_VERSION = 2;
