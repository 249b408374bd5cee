import { join } from 'node:path';
import type { CollateDocument } from '../core/model';
import { JsonStore } from './json-store';
import { isGeneratedId } from './new-id';
import { documentKind } from './store-kinds';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR, documentFile } from './workspace-files';
import { listWorkspaceFolder, removeWorkspaceFile } from './workspace-fs';

/** A save cut short by a crash leaves its temporary file behind; the real file is intact. */
export async function removeInterruptedWrites(root: string): Promise<void> {
  for (const dir of ['.', DOCUMENTS_DIR, ANNOTATIONS_DIR]) {
    const names = await listWorkspaceFolder(root, dir).catch(() => null);
    for (const name of (names ?? []).filter((n) => n.startsWith('.') && n.endsWith('.json.tmp'))) {
      await removeWorkspaceFile(root, join(dir, name));
    }
  }
}

/**
 * Every document of `documents/`. A file whose id is not a generated id, or not its own name, is
 * reported as damaged and left alone, so two files claiming one id never collapse into one.
 */
export async function loadDocuments(
  root: string,
  problems: string[],
  recovery: { onRecovered: (message: string) => void } | undefined,
): Promise<Map<string, CollateDocument>> {
  const documents = new Map<string, CollateDocument>();
  let names: string[];
  try {
    names = ((await listWorkspaceFolder(root, DOCUMENTS_DIR)) ?? []).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return documents;
  }
  for (const name of names) {
    const file = join(DOCUMENTS_DIR, name);
    try {
      const document = (await JsonStore.open(root, file, documentKind, null, recovery)).data;
      const id = document.id;
      if (!isGeneratedId(id, 'd')) {
        problems.push(
          `${file} is damaged: its id ${JSON.stringify(id.slice(0, 80))} is not a Collate document id; it was left untouched.`,
        );
      } else if (`${id}.json` !== name) {
        problems.push(
          `${file} is damaged: it holds document ${id}, which belongs in ${documentFile(id)}; it was left untouched.`,
        );
      } else documents.set(id, document);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return documents;
}
