import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/api/contract';
import { initWorkspace } from '../../src/service/init-workspace';
import { tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { buildReportWorkspace, type ReportWorkspace } from './report-workspace';
import { workspaceHandlers } from '../../src/api/workspace-handlers';

let ws: ReportWorkspace;
let service: WorkspaceService;

beforeAll(async () => {
  ws = await buildReportWorkspace();
  service = await WorkspaceService.open(ws.root, { readOnly: true });
});
afterAll(() => ws.folder.cleanup());

describe('renderReport (contract and service)', () => {
  it('is in the contract and returns an HTML file the shells can offer as it is', async () => {
    const args = contract.renderReport.args.parse({ format: 'html' });
    const file = contract.renderReport.result.parse(await workspaceHandlers(service).renderReport(args));
    expect(file.fileName).toBe('ws-report.html');
    expect(file.mediaType).toBe('text/html; charset=utf-8');
    expect(file.content).toContain('<h1>ws</h1>');
    expect(file.content).toContain(
      '<tr><th scope="row">D3</th><td>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</td><td>=cmd|&#39; /C calc&#39;!A0</td>',
    );
    expect(file.content).toContain(
      '<blockquote class="quote">About 10,000 troops crossed the border yesterday</blockquote><p class="src">— U.S. officials <span class="tag anonymous" title="guessed from the wording">anonymous*</span></p>',
    );
    expect(file.content).toContain(
      '<td><span class="tag diff">precision</span></td><td><strong>D1</strong> <span class="small">The Northern Ledger</span> <span class="quote">About 10,000 troops</span><br><span class="small">Source: U.S. officials</span></td><td><strong>D2</strong> <span class="small">Harbour Times | &lt;i&gt;Daily&lt;/i&gt;</span> <span class="quote">11,000 troops</span><br><span class="small">Source: the defence ministry</span></td>',
    );
    // The span the re-import orphaned is listed, not silently dropped.
    expect(file.content).toContain(
      '<td>D2 · Border crossing confirmed</td><td>Claim</td><td><span class="quote">Farmers in Vell reported convoys</span></td><td>its text was not found when the document was re-imported; re-attach it in Collate</td>',
    );
    expect(file.content).not.toMatch(/<script|<img/i);
  });

  it('returns Markdown, and refuses a format it does not make', async () => {
    const file = await workspaceHandlers(service).renderReport({ format: 'md' });
    expect(file).toMatchObject({ fileName: 'ws-report.md', mediaType: 'text/markdown; charset=utf-8' });
    expect(file.content).toContain(
      '| D2 | Border crossing confirmed | Harbour Times \\| \\<i\\>Daily\\</i\\> | — | 2024-11-12 | 1 | 1 |',
    );
    expect(file.content).toContain(
      '| 1 | “the \\`count\\` \\| was "20,000"<br>last month. \\<img src=x onerror=alert(1)\\>” | — | U.S. officials (anonymous) |',
    );
    expect(contract.renderReport.args.safeParse({ format: 'pdf' }).success).toBe(false);
  });

  it("is titled as the user asks, the workspace's name by default; the contract refuses a title it cannot use", async () => {
    const args = contract.renderReport.args.parse({ format: 'html', title: '  Ferry <coverage>, day 1 ' });
    expect(args.title).toBe('Ferry <coverage>, day 1');
    const file = await workspaceHandlers(service).renderReport(args);
    expect(file.fileName).toBe('Ferry-coverage-day-1-report.html');
    expect(file.content).toContain('<h1>Ferry &lt;coverage&gt;, day 1</h1>');
    expect(file.content).toContain('<title>Comparison report — Ferry &lt;coverage&gt;, day 1</title>');
    const job = contract.startJob.args.parse({ kind: 'report', format: 'md', title: 'Ferry' });
    expect(job).toEqual({ kind: 'report', format: 'md', title: 'Ferry' });
    for (const title of ['', '   ', 'two\nlines', 'x'.repeat(201), 42])
      expect(contract.renderReport.args.safeParse({ format: 'md', title }).success, JSON.stringify(title)).toBe(false);
    expect(contract.startJob.args.safeParse({ kind: 'report', format: 'md', title: '' }).success).toBe(false);
  });

  it('gives a "nothing to report" page for an empty workspace', async () => {
    const folder = tempFolder();
    try {
      const empty = await WorkspaceService.open(await initWorkspace(`${folder.path}/empty`), { readOnly: true });
      const file = await workspaceHandlers(empty).renderReport({ format: 'html' });
      expect(file.content).toContain('<h2>Nothing to report</h2>');
    } finally {
      folder.cleanup();
    }
  });
});
