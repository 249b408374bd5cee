/**
 * The assistant's suggestions for a document, kept in the workspace's cache folder once a batch has
 * made them, so that opening that document shows them at once. A cached list is derived data: it is
 * used only for the same text, the same `statements` choice and the same assistant (a fingerprint of
 * its answers), and it is written whole (temporary file, rename) or not at all.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { Suggestion } from '../api/compare-schemas';
import { suggest } from '../core/assist/index';
import type { CollateDocument } from '../core/model';
import { fnv1a52 } from '../core/text/fnv1a';
import { makeWorkspaceFolder, readWorkspaceText, writeWorkspaceFile } from './workspace-fs';
import { pathSafeDocumentId } from './workspace-files';

export const SUGGESTIONS_CACHE_DIR = join('.collate', 'cache', 'suggestions');

const CachedSuggestions = z
  .object({
    format: z.literal('collate-suggestions'),
    version: z.literal(1),
    assistant: z.string(),
    textSha256: z.string(),
    statements: z.boolean(),
    suggestions: z.array(Suggestion),
  })
  .strict();

const cacheFile = (documentId: string): string => join(SUGGESTIONS_CACHE_DIR, `${pathSafeDocumentId(documentId)}.json`);

/** A text that exercises every kind of suggestion; what the assistant makes of it changes when the assistant does. */
const PROBE = [
  'Officials said on Monday that 1,500 people were evacuated, according to the ministry.',
  '"The bridge will stay closed," the mayor told reporters, adding that repairs could take weeks.',
  'The company denied the report.',
].join('\n\n');

let fingerprint: string | undefined;

/** Which assistant made a list: the same code gives the same answers on the probe text. */
export function assistantFingerprint(): string {
  fingerprint ??= fnv1a52(JSON.stringify(suggest({ id: 'probe', text: PROBE }, { statements: true })));
  return fingerprint;
}

/** The cached suggestions of a document, or null when there are none for its text and this assistant (or the file is damaged). */
export async function readCachedSuggestions(
  root: string,
  document: Pick<CollateDocument, 'id' | 'textSha256'>,
  statements: boolean,
): Promise<Suggestion[] | null> {
  let text: string | null;
  try {
    text = await readWorkspaceText(root, cacheFile(document.id));
  } catch {
    return null;
  }
  if (text === null) return null;
  let parsed: ReturnType<typeof CachedSuggestions.safeParse>;
  try {
    parsed = CachedSuggestions.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const cached = parsed.data;
  const fresh =
    cached.textSha256 === document.textSha256 &&
    cached.statements === statements &&
    cached.assistant === assistantFingerprint();
  return fresh ? cached.suggestions : null;
}

/** Keeps a document's suggestions (every one the assistant made, decided or not), replacing any list before. */
export async function writeCachedSuggestions(
  root: string,
  document: Pick<CollateDocument, 'id' | 'textSha256'>,
  statements: boolean,
  suggestions: readonly Suggestion[],
): Promise<void> {
  const file = cacheFile(document.id);
  await makeWorkspaceFolder(root, SUGGESTIONS_CACHE_DIR);
  const cached: z.input<typeof CachedSuggestions> = {
    format: 'collate-suggestions',
    version: 1,
    assistant: assistantFingerprint(),
    textSha256: document.textSha256,
    statements,
    suggestions: [...suggestions],
  };
  await writeWorkspaceFile(root, file, JSON.stringify(cached));
}
