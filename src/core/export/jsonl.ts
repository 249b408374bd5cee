import { exportJsonl } from '../export-jsonl';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from './types';

/** The file the jsonl format writes (one per split part, in the part's folder). */
export const JSONL_FILE = 'documents.jsonl';

function writeJsonl(data: PreparedDataset, context: WriterContext): WriterResult {
  const content = exportJsonl(
    { documents: data.documents, spans: data.spans, relations: data.relations },
    context.offsetUnit,
  );
  return { files: [{ path: JSONL_FILE, content }], warnings: [] };
}

export const jsonlFormat: DatasetFormat = {
  name: 'jsonl',
  description: 'JSON Lines: one line per document with its text, spans and the relations from its spans.',
  offsets: 'option',
  limitations: [
    'No schema, claim groups or notes; relations are listed with the document of their first span.',
    'Use collate-jsonl to carry everything and re-import it into Collate.',
  ],
  write: writeJsonl,
};
