import { join } from 'node:path';
import { CollateError } from '../core/collate-error';
import { isGeneratedId } from './new-id';

/** Where each part of a workspace lives, relative to its folder. */
export const MANIFEST_FILE = 'collate.json';
export const RELATIONS_FILE = 'relations.json';
export const LOCK_FILE = '.collate.lock';
export const DOCUMENTS_DIR = 'documents';
export const ANNOTATIONS_DIR = 'annotations';

/** A document id checked against the generated pattern before it becomes part of a path. */
export function pathSafeDocumentId(id: string): string {
  if (!isGeneratedId(id, 'd')) {
    throw new CollateError(
      'bad-id',
      `${JSON.stringify(id.slice(0, 80))} is not a Collate document id (d- and 12 letters or digits).`,
    );
  }
  return id;
}

export const documentFile = (id: string): string => join(DOCUMENTS_DIR, `${pathSafeDocumentId(id)}.json`);
export const annotationsFile = (documentId: string): string =>
  join(ANNOTATIONS_DIR, `${pathSafeDocumentId(documentId)}.json`);

/** The workspace format this version reads and writes. */
export const FORMAT_VERSION = 2;
