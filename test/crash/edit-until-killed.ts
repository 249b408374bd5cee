// Child process of the crash test: edits a workspace through the service as fast as it can and
// prints one line per edit the service has acknowledged, until it is killed.
import { WorkspaceService } from '../../src/service/workspace-service';

const [root] = process.argv.slice(2);
const service = await WorkspaceService.open(root!);
const documents = service.listDocuments();
let round = 0;
for (;;) {
  const document = documents[round % documents.length]!;
  const spans = await service.spansOf(document.id);
  if (round % 5 === 4 && spans.length > 0) {
    const victim = spans[round % spans.length]!;
    process.stdout.write(`deleting ${document.id} ${victim.id}\n`);
    await service.deleteAnnotation(document.id, victim.id);
    process.stdout.write(`deleted ${document.id} ${victim.id}\n`);
  } else {
    const start = (round * 7) % (document.length - 10);
    const span = await service.createAnnotation({
      documentId: document.id,
      label: round % 2 ? 'Claim' : 'Source',
      start,
      end: start + 5,
    });
    process.stdout.write(`created ${document.id} ${span.id}\n`);
  }
  round++;
}
