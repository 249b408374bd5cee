import { join } from 'node:path';
import { initWorkspace } from '../../src/service/init-workspace';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { workspaceHandlers } from '../../src/api/workspace-handlers';

/** Three invented articles about the same (invented) event; the third one is written to break things. */
export const ARTICLES = {
  ledger:
    'Troops mass at the border\nAbout 10,000 troops crossed the border yesterday, U.S. officials said. Minister Jana Novak denied any crossing.\n',
  harbour:
    'Border crossing confirmed\n11,000 troops crossed the border on Nov. 10, according to the defence ministry. Farmers in Vell reported convoys.\n',
  hostile:
    'Headline\nU.S. officials said\tthe `count` | was "20,000"\nlast month. <img src=x onerror=alert(1)>\n=cmd|\' /C calc\'!A0\n',
};

export interface ReportWorkspace {
  folder: ReturnType<typeof tempFolder>;
  root: string;
  ids: { ledger: string; harbour: string; hostile: string };
}

/**
 * A workspace built through the service as an analyst would: imports, metadata, tagged claims and
 * sources, attributed-to links, a claim group, and one span orphaned by a re-import.
 */
export async function buildReportWorkspace(): Promise<ReportWorkspace> {
  const folder = tempFolder();
  const root = await initWorkspace(join(folder.path, 'ws'));
  const service = await WorkspaceService.open(root, { author: 'ana', now: () => new Date('2024-11-13T08:00:00.000Z') });
  try {
    const outcomes = await service.importFiles([
      { name: 'ledger.txt', bytes: bytesOf(ARTICLES.ledger) },
      { name: 'harbour.txt', bytes: bytesOf(ARTICLES.harbour) },
      { name: 'hostile.txt', bytes: bytesOf(ARTICLES.hostile) },
    ]);
    const [ledger, harbour, hostile] = outcomes.map((o) => {
      if (o.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(o)}`);
      return o.document.id;
    }) as [string, string, string];
    await service.updateDocument({
      id: ledger,
      title: 'Troops mass at the border',
      outlet: 'The Northern Ledger',
      published: '2024-11-11',
      author: 'R. Ames',
    });
    await service.updateDocument({
      id: harbour,
      title: 'Border crossing confirmed',
      outlet: 'Harbour Times | <i>Daily</i>',
      published: '2024-11-12',
    });
    await service.updateDocument({
      id: hostile,
      title: '<script>alert("t")</script>',
      outlet: "=cmd|' /C calc'!A0",
      published: '2024-11-13',
    });

    const tag = async (documentId: string, label: string, quote: string, attributes?: Record<string, string>) => {
      const text = service.document(documentId).text;
      const start = text.indexOf(quote);
      if (start < 0) throw new Error(`"${quote}" not found`);
      return (
        await service.createAnnotation({
          documentId,
          label,
          start,
          end: start + quote.length,
          ...(attributes ? { attributes } : {}),
        })
      ).id;
    };
    const link = (from: string, to: string) =>
      workspaceHandlers(service).createRelation({ type: 'attributed-to', from, to });

    const lClaim = await tag(ledger, 'Claim', 'About 10,000 troops crossed the border yesterday', {
      certainty: 'asserted',
    });
    const lOfficials = await tag(ledger, 'Source', 'U.S. officials');
    const lDenial = await tag(ledger, 'Claim', 'denied any crossing', { certainty: 'denied' });
    const lNovak = await tag(ledger, 'Source', 'Minister Jana Novak', { kind: 'official', named: 'yes' });
    await link(lClaim, lOfficials);
    await link(lDenial, lNovak);

    const hClaim = await tag(harbour, 'Claim', '11,000 troops crossed the border on Nov. 10');
    const hMinistry = await tag(harbour, 'Source', 'the defence ministry', { kind: 'government body' });
    await tag(harbour, 'Claim', 'Farmers in Vell reported convoys');
    await link(hClaim, hMinistry);

    const xClaim = await tag(hostile, 'Claim', 'the `count` | was "20,000"\nlast month. <img src=x onerror=alert(1)>');
    const xOfficials = await tag(hostile, 'Source', 'U.S. officials', { named: 'no' });
    await tag(hostile, 'Claim', "=cmd|' /C calc'!A0");
    await link(xClaim, xOfficials);

    await workspaceHandlers(service).saveClaimGroup({
      statement: 'Troops crossed the border <b>en masse</b> | daily',
      members: [lClaim, hClaim, xClaim],
    });

    // A correction removes the farmers' sentence: its span is orphaned by the re-import.
    const corrected = ARTICLES.harbour.replace(
      ' Farmers in Vell reported convoys.',
      ' Officials gave no further detail.',
    );
    const reimport = await service.reimportDocument(harbour, { name: 'harbour-v2.txt', bytes: bytesOf(corrected) });
    if (reimport.orphaned.length !== 1) throw new Error(`expected one orphaned span, got ${JSON.stringify(reimport)}`);
    return { folder, root, ids: { ledger, harbour, hostile } };
  } finally {
    service.close();
  }
}
