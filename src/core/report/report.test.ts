import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../default-schema';
import { doc, emptyInput, harbour, ledger, OPTIONS, reportInput, span } from './__fixtures__/report-input';
import { buildReport } from './build-report';
import { escapeHtml, markdownCell, markdownInline } from './escape';
import { renderReport, reportFileName } from './index';
import { renderReportHtml } from './render-html';
import { renderReportMarkdown } from './render-markdown';
import { discrepanciesByGroup } from './sections';

const html = (): string => renderReportHtml(buildReport(reportInput(), OPTIONS));
const markdown = (): string => renderReportMarkdown(buildReport(reportInput(), OPTIONS));

/** Every element name the HTML report may contain: anything else would be injected markup. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body main header section nav ol ul li a h1 h2 h3 p span strong table thead tbody tr th td br blockquote div figure figcaption svg desc rect text g footer'.split(
    ' ',
  ),
);

describe('buildReport', () => {
  it('lists the documents, the claims with their sources, and the matrix of claim groups × documents', () => {
    const model = buildReport(reportInput(), OPTIONS);
    expect(model.documents.map((d) => [d.key, d.title, d.outlet, d.published, d.claims, d.sources])).toEqual([
      ['D1', 'Troops mass at the border', 'The Northern Ledger', '2024-11-11', 2, 2],
      ['D2', 'Border crossing confirmed', 'Harbour Times | <i>Daily</i>', '2024-11-12', 1, 1],
      ['D3', '<script>alert("t")</script>', "=cmd|' /C calc'!A0", '2024-11-12', 2, 1],
    ]);
    expect(
      model.claims.map(
        (c) =>
          `${c.documentKey} ${c.id} ← ${c.sources.map((s) => `${s.text} (${s.named ? 'named' : 'anonymous'} by ${s.namedBy})`).join(', ')}`,
      ),
    ).toEqual([
      'D1 l-claim ← U.S. officials (anonymous by guess)',
      'D1 l-denial ← Minister Jana Novak (named by attribute)',
      'D2 h-claim ← the defence ministry (anonymous by guess)',
      'D3 x-claim ← U.S. officials (anonymous by attribute)',
      'D3 x-formula ← ',
    ]);
    expect(model.matrix).toHaveLength(1);
    expect(model.matrix[0]!.statement).toBe('Troops crossed the border <b>en masse</b> | daily');
    expect(model.matrix[0]!.cells.map((cell) => cell.map((c) => c.id))).toEqual([
      ['l-claim'],
      ['h-claim'],
      ['x-claim'],
    ]);
  });

  it('merges sources across documents by their words and counts citations, mentions and outlets', () => {
    const { sources, charts } = buildReport(reportInput(), OPTIONS);
    expect(
      sources.map((s) => [s.text, s.named, s.namedBy, s.kind, s.kindGuessed, s.citations, s.mentions, s.outlets]),
    ).toEqual([
      ['U.S. officials', false, 'attribute', 'official', true, 2, 2, ["=cmd|' /C calc'!A0", 'The Northern Ledger']],
      ['Minister Jana Novak', true, 'attribute', 'official', false, 1, 1, ['The Northern Ledger']],
      ['the defence ministry', false, 'guess', 'government body', false, 1, 1, ['Harbour Times | <i>Daily</i>']],
    ]);
    expect(charts.sourcesPerOutlet).toEqual([
      { label: 'The Northern Ledger', values: [1, 1] },
      { label: 'Harbour Times | <i>Daily</i>', values: [0, 1] },
      { label: "=cmd|' /C calc'!A0", values: [0, 1] },
    ]);
    expect(charts.namedShare).toEqual([
      { label: 'Sources', values: [1, 2] },
      { label: 'Attributions', values: [1, 3] },
    ]);
    expect(charts.claimsPerDocument.map((r) => r.values[0])).toEqual([2, 1, 2]);
  });

  it('finds discrepancies inside claim groups, reading dates against each document’s publication date', () => {
    const { discrepancies } = buildReport(reportInput(), OPTIONS);
    expect(discrepancies.map((d) => `${d.a.documentKey}-${d.b.documentKey} ${d.kind}: ${d.detail}`)).toEqual([
      'D1-D2 precision: “About 10,000 troops” vs “11,000 troops”: an approximation vs an exact figure, compatible',
      'D1-D2 source: U.S. officials vs the defence ministry: different sources (an anonymous source vs a named source)',
      'D1-D3 date: “yesterday” (2024-11-10) vs “last month” (2024-10): different dates',
      'D2-D3 date: “Nov. 10” (2024-11-10) vs “last month” (2024-10): different dates',
      'D2-D3 source: the defence ministry vs U.S. officials: different sources (a named source vs an anonymous source)',
    ]);
  });

  it('leaves out orphaned spans and spans whose text no longer matches, lists them, and drops their links', () => {
    const model = buildReport(reportInput(), OPTIONS);
    expect(model.leftOut.map((s) => [s.documentKey, s.spanId, s.quote, s.reason])).toEqual([
      [
        'D1',
        'l-orphan',
        'the frontier',
        'its text was not found when the document was re-imported; re-attach it in Collate',
      ],
      [
        'D2',
        'h-stale',
        'reported by',
        'its text no longer matches the document: tagged “reported by”, the document now reads “according to”',
      ],
    ]);
    expect(model.claims.map((c) => c.id)).not.toContain('h-stale');
    expect(model.sources.find((s) => s.text === 'the defence ministry')!.citations).toBe(1);
    expect(model.warnings).toEqual(['Relation "r-7" (attributed-to) points to missing span "s-gone"; left out.']);
  });

  it('is pure: the same input gives the same report', () => {
    expect(html()).toBe(html());
    expect(markdown()).toBe(markdown());
  });
});

describe('HTML report', () => {
  it('is one self-contained page: no script, no external resource, a CSP that forbids both, print rules', () => {
    const page = html();
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(page).not.toMatch(/<script|<img|<link|<iframe|javascript:|\bsrc="|href="(?!#)|url\(|@import/i);
    expect(page).toContain('@media print {');
    expect(page).toContain('section.major { break-before: page; }');
    expect(page).toContain('thead { display: table-header-group; }');
    // Words stay whole in table cells, and printed tables keep every border.
    expect(page).not.toContain('overflow-wrap: anywhere');
    expect(page).toMatch(/@media print \{[^]*table \{ border-collapse: separate;/);
    const tags = new Set([...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  });

  it('escapes every text from the workspace: titles, outlets, quotes, statements', () => {
    const page = html();
    expect(page).toContain('<title>Comparison report — Border &lt;watch&gt; | &quot;2024&quot;</title>');
    expect(page).toContain('<h1>Border &lt;watch&gt; | &quot;2024&quot;</h1>');
    expect(page).toContain(
      '<tr><th scope="row">D3</th><td>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</td><td>=cmd|&#39; /C calc&#39;!A0</td>',
    );
    expect(page).toContain(
      '<blockquote class="quote">the `count` | was &quot;20,000&quot;\nlast month. &lt;img src=x onerror=alert(1)&gt;</blockquote>',
    );
    expect(page).toContain(
      '<th scope="row">Troops crossed the border &lt;b&gt;en masse&lt;/b&gt; | daily <a href="#discrepancies" class="tag diff">5 differences</a></th>',
    );
  });

  it('shows the matrix cells with their sources, the discrepancies, every claim and the sources table', () => {
    const page = html();
    expect(page).toContain(
      '<td><div class="cell"><blockquote class="quote">About 10,000 troops crossed the border yesterday</blockquote><p class="src">— U.S. officials <span class="tag anonymous" title="guessed from the wording">anonymous*</span></p></div></td>',
    );
    expect(page).toContain(
      '<td><span class="tag diff">precision</span></td><td><strong>D1</strong> <span class="small">The Northern Ledger</span> <span class="quote">About 10,000 troops</span><br><span class="small">Source: U.S. officials</span></td><td><strong>D2</strong> <span class="small">Harbour Times | &lt;i&gt;Daily&lt;/i&gt;</span> <span class="quote">11,000 troops</span><br><span class="small">Source: the defence ministry</span></td><td>“About 10,000 troops” vs “11,000 troops”: an approximation vs an exact figure, compatible</td>',
    );
    expect(page).toContain(
      '<tr><td class="num">2</td><td><span class="quote">denied any crossing</span></td><td>denied</td><td>Minister Jana Novak <span class="tag named">named</span></td><td><span class="none">—</span></td></tr>',
    );
    expect(page).toContain(
      '<tr><td>U.S. officials</td><td><span class="tag anonymous">anonymous</span></td><td>official<span class="guess" title="guessed from the wording">*</span></td><td class="num">2</td><td class="num">2</td><td>=cmd|&#39; /C calc&#39;!A0<br>The Northern Ledger</td></tr>',
    );
    expect(page).toContain('<h2>Spans left out</h2>');
    expect(page).toContain(
      '<td>D2 · Border crossing confirmed</td><td>Claim</td><td><span class="quote">reported by</span></td><td>its text no longer matches the document: tagged “reported by”, the document now reads “according to”</td>',
    );
  });

  it('draws charts as accessible inline SVG with titles, descriptions and text labels', () => {
    const page = html();
    expect(page).toContain('<svg class="chart" role="img" aria-labelledby="chart-outlets-title chart-outlets-desc"');
    expect(page).toContain('<title id="chart-outlets-title">Sources per outlet, named and anonymous</title>');
    expect(page).toContain(
      '<desc id="chart-outlets-desc">The Northern Ledger: 1 named, 1 anonymous; Harbour Times | &lt;i&gt;Daily&lt;/i&gt;: 0 named, 1 anonymous; =cmd|&#39; /C calc&#39;!A0: 0 named, 1 anonymous.</desc>',
    );
    expect(page).toContain('<text x="202" y="45" text-anchor="end">Sources</text>');
    expect(page).toContain('33 % named, 67 % anonymous</text>');
    expect(page).toContain('<title id="chart-claims-title">Claims per document</title>');
    // A long label is clipped on the chart and given in full in the bar's title.
    expect(page).toMatch(
      /<g><title>D2 Harbour Times \| &lt;i&gt;Daily&lt;\/i&gt;: 1<\/title>\n<text x="202" y="\d+" text-anchor="end">D2 Harbour Times \| &lt;i&gt;Daily…<\/text>/,
    );
  });
});

/** The cells of a Markdown table row, split on pipes that are not escaped. */
const cells = (row: string): string[] => row.slice(2, -2).split(/(?<!\\) \| /);

describe('Markdown report', () => {
  it('escapes pipes, backticks, HTML and line breaks so no table breaks and no markup is injected', () => {
    const md = markdown();
    expect(md.startsWith('# Border \\<watch\\> \\| "2024"\n')).toBe(true);
    expect(md).toContain(
      '| D3 | \\<script\\>alert("t")\\</script\\> | =cmd\\|\' /C calc\'!A0 | — | 2024-11-12 | 2 | 1 |',
    );
    expect(md).toContain(
      '| 1 | “the \\`count\\` \\| was "20,000"<br>last month. \\<img src=x onerror=alert(1)\\>” | — | U.S. officials (anonymous) |',
    );
    expect(md).toContain("| 2 | “=cmd\\|' /C calc'!A0” | — | *no source linked* | — |");
    expect(md).not.toMatch(/(?<!\\)<(?!br>)/);
    // Every row of every table has as many cells as its header.
    const lines = md.split('\n');
    let width = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      expect(line.endsWith(' |') || line.endsWith('|')).toBe(true);
      if (/^\|(-|:|\|)+$/.test(line)) continue;
      const n = cells(line).length;
      if (width === 0) width = n;
      else expect(n, line).toBe(width);
    }
  });

  it('has the same sections as the HTML report, with charts as text bars', () => {
    const md = markdown();
    for (const heading of [
      '## Documents compared',
      '## At a glance',
      '### Sources per outlet',
      '### Named vs anonymous',
      '### Claims per document',
      '## Claims matrix',
      '## Discrepancies',
      '## Every claim',
      '## Sources',
      '## Spans left out',
      '## Notes on the data',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('| Sources | `███████░░░░░░░░░░░░░` | 33 % / 67 % |');
    expect(md).toContain('| D1 The Northern Ledger | `████████████████████` | 2 |');
    expect(md).toContain(
      '| Troops crossed the border \\<b\\>en masse\\</b\\> \\| daily | precision | D1 (The Northern Ledger): “About 10,000 troops” — source: U.S. officials | D2 (Harbour Times \\| \\<i\\>Daily\\</i\\>): “11,000 troops” — source: the defence ministry | “About 10,000 troops” vs “11,000 troops”: an approximation vs an exact figure, compatible |',
    );
    expect(md).toContain(
      "| U.S. officials | anonymous | official\\* | 2 | 2 | =cmd\\|' /C calc'!A0<br>The Northern Ledger |",
    );
    expect(md).toContain(
      '| the defence ministry | anonymous\\* | government body | 1 | 1 | Harbour Times \\| \\<i\\>Daily\\</i\\> |',
    );
  });
});

describe('a report on many documents', () => {
  const many = () => {
    const documents = Array.from({ length: 8 }, (_, i) =>
      doc(`d-${i}`, `Article ${i}`, `${1000 + i * 100} troops crossed, officials said.`, { outlet: `Outlet ${i}` }),
    );
    const claims = documents.slice(0, 7).map((d, i) => span(d, `c-${i}`, 'Claim', `${1000 + i * 100} troops crossed`));
    return {
      documents,
      spans: new Map(documents.map((d, i) => [d.id, i < 7 ? [claims[i]!] : []])),
      relations: [],
      claimGroups: [
        { id: 'g', statement: 'Troops crossed', members: claims.map((c) => c.id), created: '', modified: '' },
      ],
      schema: defaultSchema,
    };
  };

  it('lays the matrix out as one block per claim group, naming the documents without the claim', () => {
    const model = buildReport(many(), OPTIONS);
    const page = renderReportHtml(model);
    expect(page).toContain('<h3>Troops crossed <a href="#discrepancies" class="tag diff">21 differences</a></h3>');
    expect(page).toContain(
      '<tr><th scope="row">D2<br><span class="small">Outlet 1</span></th><td><div class="cell"><blockquote class="quote">1100 troops crossed</blockquote><p class="src none">no source linked</p></div></td></tr>',
    );
    expect(page).toContain('<p class="small">Not tagged in D8.</p>');
    const md = renderReportMarkdown(model);
    expect(md).toContain(
      '### Troops crossed (21 differences)\n\n| Document | As reported |\n|---|---|\n| D1 Outlet 0 | “1000 troops crossed”<br>— *no source linked* |',
    );
    expect(md).toContain('Not tagged in D8.');
  });

  it('lists at most a readable number of discrepancies per group and counts the rest', () => {
    const model = buildReport(many(), OPTIONS);
    expect(model.discrepancies).toHaveLength(21);
    const [group] = discrepanciesByGroup(model, 5);
    expect([group!.shown.length, group!.hidden]).toEqual([5, 16]);
    expect(discrepanciesByGroup(model)[0]!.hidden).toBe(0);
  });
});

describe('an empty workspace', () => {
  it('gives a clear "nothing to report" page in both formats', () => {
    const page = renderReport('html', emptyInput(), OPTIONS).content;
    expect(page).toContain('<h2>Nothing to report</h2>');
    expect(page).toContain('This workspace has no documents yet.');
    expect(page).not.toContain('Claims matrix');
    const md = renderReport('md', emptyInput(), OPTIONS).content;
    expect(md).toContain('\n## Nothing to report\n');
  });

  it('lists documents without annotations and says that nothing is tagged yet', () => {
    const input = {
      documents: [ledger, harbour],
      spans: new Map(),
      relations: [],
      claimGroups: [],
      schema: defaultSchema,
    };
    const page = renderReport('html', input, OPTIONS).content;
    expect(page).toContain('No claims or sources are tagged yet');
    expect(page).toContain('<td>Troops mass at the border</td>');
    expect(page).toContain('No claim groups yet');
    expect(renderReport('md', input, OPTIONS).content).toContain('> No claims or sources are tagged yet');
  });
});

describe('escaping helpers and file names', () => {
  it('escape HTML, Markdown lines and Markdown cells', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u0000`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD');
    expect(markdownInline('1. a\tb\nc | `d` *e* [f](g) <h> #i &amp;')).toBe(
      '1\\. a b c \\| \\`d\\` \\*e\\* \\[f\\](g) \\<h\\> \\#i \\&amp;',
    );
    expect(markdownInline('- item')).toBe('\\- item');
    expect(markdownCell('a|b\r\nc\td')).toBe('a\\|b<br>c d');
  });

  it('makes safe file names from any title', () => {
    expect(reportFileName('Border <watch> | "2024"', 'html')).toBe('Border-watch-2024-report.html');
    expect(reportFileName('../..', 'pdf')).toBe('collate-report.pdf');
    expect(renderReport('md', emptyInput(), { ...OPTIONS, title: '' })).toMatchObject({
      fileName: 'collate-report.md',
      mediaType: 'text/markdown; charset=utf-8',
    });
  });
});
