import type { DocumentSummary } from '../api/contract';
import { CollateError } from '../core/collate-error';
import { changeTags } from '../core/document-tags';
import type { CollateDocument } from '../core/model';
import { summarize } from './corpus-index/document-catalog';
import { JsonStore } from './json-store';
import { documentKind } from './store-kinds';
import { documentFile } from './workspace-files';
import type { DocumentContext } from './workspace-documents';

/**
 * Adds and removes tags on documents. Every id and every tag is checked before anything is written,
 * so a bad request changes nothing; a document whose tags do not change is not written again.
 * Returns the summaries of all the documents asked for, in the order asked.
 */
export async function tagDocuments(
  context: DocumentContext,
  ids: readonly string[],
  add: readonly string[],
  remove: readonly string[],
): Promise<DocumentSummary[]> {
  context.assertWritable();
  const planned: Array<{ document: CollateDocument; tags: string[] | null }> = [];
  for (const id of new Set(ids)) {
    const document = context.document(id);
    const changed = changeTags(document.tags ?? [], add, remove);
    if (!changed.ok) throw new CollateError(changed.error.code, `${documentFile(id)}: ${changed.error.message}`);
    const same = JSON.stringify(changed.value) === JSON.stringify(document.tags ?? []);
    planned.push({ document, tags: same ? null : changed.value });
  }
  const summaries: DocumentSummary[] = [];
  for (const { document, tags } of planned) {
    if (tags === null) {
      summaries.push(summarize(document));
      continue;
    }
    const { tags: _old, ...rest } = document;
    const next: CollateDocument = tags.length > 0 ? { ...rest, tags } : rest;
    await JsonStore.create(context.root, documentFile(document.id), documentKind, next);
    context.documents.put(next);
    summaries.push(summarize(next));
  }
  return summaries;
}
