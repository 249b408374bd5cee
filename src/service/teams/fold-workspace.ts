import { WorkspaceService } from '../workspace-service';

/**
 * Folds every journal into its file, so a commit holds complete files. Opening a workspace folds the
 * journals of the files it reads; every document's spans are read, then the workspace is closed.
 */
export async function foldWorkspace(dir: string): Promise<{ documents: number; problems: string[] }> {
  const service = await WorkspaceService.open(dir);
  try {
    const documents = service.listDocuments();
    for (const document of documents) await service.spansOf(document.id);
    return { documents: documents.length, problems: service.info().problems };
  } finally {
    service.close();
  }
}
