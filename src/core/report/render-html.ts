// Long file: the report's HTML, one section after another in reading order.
import { escapeHtml as h } from './escape';
import { discrepanciesByGroup, MAX_MATRIX_COLUMNS, RECORDED_NOTE, STATUS_WORDS } from './sections';
import { teamSectionHtml } from './team-section';
import { svgBarChart, type ChartSeries } from './svg-chart';
import type { ReportClaim, ReportDiscrepancy, ReportModel, SourceMention } from './types';

export const NAMED_COLOUR = '#1f5fbf';
export const ANONYMOUS_COLOUR = '#e07b29';
export const CLAIM_COLOUR = '#b7860b';
const NAMED_AND_ANONYMOUS: readonly ChartSeries[] = [
  { name: 'Named', colour: NAMED_COLOUR },
  { name: 'Anonymous', colour: ANONYMOUS_COLOUR },
];

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.45 "Helvetica Neue", Helvetica, Arial, "Noto Sans", "DejaVu Sans", sans-serif; color: #1d1d1f; background: #fff; margin: 0; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.9em; margin: 0 0 4px; }
h2 { font-size: 1.35em; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1d1d1f; }
h3 { font-size: 1.08em; margin: 22px 0 6px; }
p { margin: 6px 0; }
.meta, .small, .hint { color: #555; }
.small { font-size: 0.85em; }
.facts { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 14px 0 0; padding: 0; list-style: none; }
.facts li { font-size: 0.95em; } .facts strong { font-size: 1.25em; }
nav ol { columns: 2; margin: 10px 0 0; padding-left: 20px; }
nav a { color: #1f5fbf; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; }
th, td { border: 1px solid #c9c9cf; padding: 5px 7px; text-align: left; vertical-align: top; }
th, td { overflow-wrap: break-word; word-break: normal; hyphens: manual; }
.guess { color: #8a3b00; font-weight: 600; }
thead th { background: #eef0f4; font-weight: 600; }
th[scope=row] { background: #fafafa; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.matrix { table-layout: fixed; font-size: 0.92em; }
table.matrix.wide { font-size: 0.8em; }
table.matrix th:first-child { width: 20%; }
.quote { white-space: pre-wrap; margin: 0; font-style: normal; }
.quote::before { content: "“"; } .quote::after { content: "”"; }
.cell + .cell { border-top: 1px dashed #c9c9cf; margin-top: 6px; padding-top: 6px; }
.src { margin: 3px 0 0; font-size: 0.88em; color: #333; }
.none { color: #888; }
.tag { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 0.8em; font-weight: 600; white-space: nowrap; }
.named { background: #dbe7fa; color: #133d7a; } .anonymous { background: #fbe3cf; color: #7a3a08; }
.diff { background: #fde2e2; color: #8a1f1f; }
.notice { border: 1px solid #c9c9cf; border-left: 5px solid #1f5fbf; background: #f5f8fd; padding: 12px 16px; margin: 18px 0; }
.notice.warn { border-left-color: #c0392b; background: #fdf3f2; }
figure { margin: 14px 0 22px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; display: block; }
footer { margin-top: 40px; padding-top: 8px; border-top: 1px solid #c9c9cf; font-size: 0.85em; color: #555; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 9.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  section.major { break-before: page; }
  table { border-collapse: separate; border-spacing: 0; border-top: 1px solid #9a9aa2; border-left: 1px solid #9a9aa2; }
  th, td { border-width: 0 1px 1px 0; border-color: #9a9aa2; }
  tr { break-inside: avoid; }
  h2 { margin-top: 22px; }
  section.major > h2 { margin-top: 0; }
  h2, h3, figcaption { break-after: avoid; }
  tr, figure, .notice, .cell { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

const fmtDate = (iso: string): string => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function namedTag(named: boolean, guessed: boolean): string {
  const word = named ? 'named' : 'anonymous';
  return `<span class="tag ${word}"${guessed ? ' title="guessed from the wording"' : ''}>${word}${guessed ? '*' : ''}</span>`;
}

function sourcesLine(sources: readonly SourceMention[]): string {
  if (sources.length === 0) return '<p class="src none">no source linked</p>';
  return `<p class="src">— ${sources.map((s) => `${h(s.text)} ${namedTag(s.named, s.namedBy === 'guess')}`).join('; ')}</p>`;
}

function claimCell(claim: ReportClaim): string {
  return `<div class="cell"><blockquote class="quote">${h(claim.quote)}</blockquote>${sourcesLine(claim.sources)}</div>`;
}

/**
 * The report as one self-contained HTML page: inline CSS (with print rules and page breaks),
 * charts as inline SVG, no script and no external resource (a Content-Security-Policy forbids
 * both). Every text from the workspace is escaped.
 */
export function renderReportHtml(model: ReportModel): string {
  const docs = model.documents;
  const out: string[] = [];
  const title = model.title.trim() || 'Collate workspace';
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${h(model.generator)}">`,
    `<title>${h(`Comparison report — ${title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>${h(title)}</h1>`,
    `<p class="meta">Comparison report · made ${h(fmtDate(model.date))} with ${h(model.generator)}</p>`,
  );

  if (docs.length === 0) {
    out.push(
      '</header>',
      '<section id="nothing" class="notice">',
      '<h2>Nothing to report</h2>',
      '<p>This workspace has no documents yet. Import the articles you want to compare, tag their claims and sources, link each claim to its source, and make the report again.</p>',
      '</section>',
    );
    pushWarnings(out, model);
    out.push(footer(model), '</main>', '</body>', '</html>', '');
    return out.join('\n');
  }

  const named = model.sources.filter((s) => s.named).length;
  out.push(
    '<ul class="facts">',
    `<li><strong>${docs.length}</strong> ${docs.length === 1 ? 'document' : 'documents'}</li>`,
    `<li><strong>${model.claims.length}</strong> ${model.claims.length === 1 ? 'claim' : 'claims'}</li>`,
    `<li><strong>${model.matrix.length}</strong> claim ${model.matrix.length === 1 ? 'group' : 'groups'}</li>`,
    `<li><strong>${model.sources.length}</strong> ${model.sources.length === 1 ? 'source' : 'sources'} (${named} named, ${model.sources.length - named} anonymous)</li>`,
    `<li><strong>${model.discrepancies.length}</strong> ${model.discrepancies.length === 1 ? 'discrepancy' : 'discrepancies'}</li>`,
    '</ul>',
    '</header>',
    '<nav aria-label="Contents"><ol>',
    '<li><a href="#documents">Documents compared</a></li>',
    '<li><a href="#charts">At a glance</a></li>',
    '<li><a href="#matrix">Claims matrix</a></li>',
    '<li><a href="#discrepancies">Discrepancies</a></li>',
    '<li><a href="#claims">Every claim</a></li>',
    '<li><a href="#sources">Sources</a></li>',
    ...(model.leftOut.length > 0 ? ['<li><a href="#left-out">Spans left out</a></li>'] : []),
    '</ol></nav>',
  );

  if (model.leftOut.length > 0) {
    out.push(
      `<p class="notice warn" role="note">${plural(model.leftOut.length, 'tagged span')} no longer ${model.leftOut.length === 1 ? 'matches' : 'match'} ${model.leftOut.length === 1 ? 'its' : 'their'} document and ${model.leftOut.length === 1 ? 'is' : 'are'} left out of this report: see <a href="#left-out">Spans left out</a>.</p>`,
    );
  }
  if (model.claims.length === 0 && model.sources.length === 0) {
    out.push(
      '<p class="notice" role="note">No claims or sources are tagged yet: tag them in Collate and make the report again. The documents are listed below.</p>',
    );
  }

  // Documents.
  out.push(
    '<section id="documents">',
    '<h2>Documents compared</h2>',
    '<table>',
    '<thead><tr><th scope="col">Key</th><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Author</th><th scope="col">Published</th><th scope="col" class="num">Claims</th><th scope="col" class="num">Sources</th></tr></thead>',
    '<tbody>',
  );
  for (const d of docs) {
    out.push(
      `<tr><th scope="row">${h(d.key)}</th><td>${h(d.title)}</td><td>${cell(d.outlet)}</td><td>${cell(d.author)}</td><td>${cell(d.published)}</td><td class="num">${d.claims}</td><td class="num">${d.sources}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</section>');

  // Charts.
  out.push('<section id="charts">', '<h2>At a glance</h2>');
  if (model.sources.length > 0) {
    out.push(
      figure(
        svgBarChart({
          id: 'chart-outlets',
          title: 'Sources per outlet, named and anonymous',
          series: NAMED_AND_ANONYMOUS,
          rows: model.charts.sourcesPerOutlet,
        }),
        'Sources per outlet',
        'Distinct sources each outlet mentions.',
      ),
      figure(
        svgBarChart({
          id: 'chart-share',
          title: 'Named and anonymous share',
          series: NAMED_AND_ANONYMOUS,
          rows: model.charts.namedShare,
          shares: true,
        }),
        'Named vs anonymous',
        'Share of distinct sources, and of claims attributed to them, that are named.',
      ),
    );
  }
  out.push(
    figure(
      svgBarChart({
        id: 'chart-claims',
        title: 'Claims per document',
        series: [{ name: 'Claims', colour: CLAIM_COLOUR }],
        rows: model.charts.claimsPerDocument,
      }),
      'Claims per document',
      'Claims tagged in each document.',
    ),
    '</section>',
  );

  // Matrix.
  out.push('<section id="matrix" class="major">', '<h2>Claims matrix</h2>');
  const badge = (n: number): string =>
    n > 0 ? ` <a href="#discrepancies" class="tag diff">${plural(n, 'difference')}</a>` : '';
  if (model.matrix.length === 0) {
    out.push(
      '<p class="none">No claim groups yet: group the same claim across articles in Collate to compare them here.</p>',
    );
  } else if (docs.length <= MAX_MATRIX_COLUMNS) {
    out.push(
      '<p class="hint">Each row is one claim as reported across the documents: each cell quotes the document and names the sources it gives. — means no claim of that group is tagged in that document.</p>',
      `<table class="matrix${docs.length > 4 ? ' wide' : ''}">`,
      `<thead><tr><th scope="col">Claim group</th>${docs.map((d) => `<th scope="col">${h(d.key)}<br><span class="small">${h(d.outlet ?? d.title)}</span></th>`).join('')}</tr></thead>`,
      '<tbody>',
    );
    for (const row of model.matrix) {
      out.push(
        `<tr><th scope="row">${h(row.statement)}${badge(row.discrepancies)}</th>${row.cells
          .map((claims) =>
            claims.length === 0
              ? '<td class="none" title="no claim of this group tagged here">—</td>'
              : `<td>${claims.map(claimCell).join('')}</td>`,
          )
          .join('')}</tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  } else {
    // Too many documents for columns: one block per claim group, one row per document that reports it.
    out.push(
      '<p class="hint">Each block is one claim as reported across the documents: each row quotes a document and names the sources it gives.</p>',
    );
    for (const row of model.matrix) {
      out.push(
        `<h3>${h(row.statement)}${badge(row.discrepancies)}</h3>`,
        '<table class="matrix">',
        '<thead><tr><th scope="col">Document</th><th scope="col" style="width:75%">As reported</th></tr></thead>',
        '<tbody>',
      );
      const missing: string[] = [];
      row.cells.forEach((claims, i) => {
        const d = docs[i]!;
        if (claims.length === 0) missing.push(d.key);
        else
          out.push(
            `<tr><th scope="row">${h(d.key)}<br><span class="small">${h(d.outlet ?? d.title)}</span></th><td>${claims.map(claimCell).join('')}</td></tr>`,
          );
      });
      out.push('</tbody>', '</table>');
      if (missing.length > 0) out.push(`<p class="small">Not tagged in ${h(missing.join(', '))}.</p>`);
    }
  }
  out.push('</section>');

  // Discrepancies.
  const sideCell = (x: ReportDiscrepancy['a']): string =>
    `<strong>${h(x.documentKey)}</strong> <span class="small">${h(x.outlet)}</span> <span class="quote">${h(x.text)}</span>` +
    (x.source ? `<br><span class="small">Source: ${h(x.source)}</span>` : '');
  const statusNote = (d: ReportDiscrepancy): string =>
    d.status === 'found' ? '' : ` <span class="small">${h(STATUS_WORDS[d.status])}</span>`;
  out.push('<section id="discrepancies">', '<h2>Discrepancies</h2>');
  if (model.discrepancies.length === 0) {
    out.push(
      `<p class="none">${model.matrix.length === 0 ? 'None found: there are no claim groups to compare.' : 'None found: the grouped claims agree on figures, precision, dates and sources as far as Collate can tell.'}</p>`,
    );
  } else {
    out.push(
      '<p class="hint">Found by comparing the claims of each group pairwise: a different figure, the same figure at a different precision, a different date (read against each document’s publication date), a different source or attribution, hedging on one side, or a contradiction.</p>',
      ...(model.discrepancies.some((d) => d.status !== 'found') ? [`<p class="hint">${h(RECORDED_NOTE)}</p>`] : []),
      '<table>',
      '<thead><tr><th scope="col">Claim group</th><th scope="col">Difference</th><th scope="col">One says</th><th scope="col">Another says</th><th scope="col">In short</th></tr></thead>',
      '<tbody>',
    );
    for (const group of discrepanciesByGroup(model)) {
      const rows = group.shown.length + (group.hidden > 0 ? 1 : 0);
      group.shown.forEach((d, i) => {
        out.push(
          `<tr>${i === 0 ? `<td${rows > 1 ? ` rowspan="${rows}"` : ''}>${h(group.statement)}</td>` : ''}<td><span class="tag diff">${h(d.kind)}</span>${statusNote(d)}</td><td>${sideCell(d.a)}</td><td>${sideCell(d.b)}</td><td>${h(d.detail)}</td></tr>`,
        );
      });
      if (group.hidden > 0)
        out.push(
          `<tr><td colspan="4" class="none">…and ${plural(group.hidden, 'more difference')} in this group, not listed.</td></tr>`,
        );
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');

  // Every claim.
  out.push('<section id="claims" class="major">', '<h2>Every claim</h2>');
  if (model.claims.length === 0) out.push('<p class="none">No claims tagged yet.</p>');
  const statementOf = new Map(model.matrix.map((r) => [r.groupId, r.statement]));
  for (const d of docs) {
    const claims = model.claims.filter((c) => c.documentId === d.id);
    if (claims.length === 0) continue;
    const about = [d.outlet, d.published].filter(Boolean).join(', ');
    out.push(
      `<h3>${h(d.key)} · ${h(d.title)}${about ? ` <span class="small">(${h(about)})</span>` : ''}</h3>`,
      '<table>',
      '<thead><tr><th scope="col" class="num">#</th><th scope="col" style="width:42%">Claim</th><th scope="col">Certainty</th><th scope="col">Sources</th><th scope="col">Claim group</th></tr></thead>',
      '<tbody>',
    );
    claims.forEach((c, i) => {
      const sources =
        c.sources.length === 0
          ? '<span class="none">no source linked</span>'
          : c.sources.map((s) => `${h(s.text)} ${namedTag(s.named, s.namedBy === 'guess')}`).join('<br>');
      const groups = c.groups.map((g) => h(statementOf.get(g) ?? g)).join('<br>') || '<span class="none">—</span>';
      out.push(
        `<tr><td class="num">${i + 1}</td><td><span class="quote">${h(c.quote)}</span></td><td>${cell(c.certainty)}</td><td>${sources}</td><td>${groups}</td></tr>`,
      );
    });
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');

  // Sources.
  out.push('<section id="sources" class="major">', '<h2>Sources</h2>');
  if (model.sources.length === 0) {
    out.push('<p class="none">No sources tagged yet.</p>');
  } else {
    out.push(
      '<p class="hint">Mentions with the same words in different documents count as one source. Cited: claims attributed to it. * named or kind guessed from the wording; set the Source’s “named” attribute in Collate to be sure.</p>',
      '<table>',
      '<thead><tr><th scope="col">Source</th><th scope="col">Named?</th><th scope="col">Kind</th><th scope="col" class="num">Cited</th><th scope="col" class="num">Mentions</th><th scope="col">Outlets</th></tr></thead>',
      '<tbody>',
    );
    for (const s of model.sources) {
      out.push(
        `<tr><td>${h(s.text)}</td><td>${namedTag(s.named, s.namedBy === 'guess')}</td><td>${s.kindGuessed && s.kind ? `${h(s.kind)}<span class="guess" title="guessed from the wording">*</span>` : cell(s.kind)}</td><td class="num">${s.citations}</td><td class="num">${s.mentions}</td><td>${s.outlets.map(h).join('<br>')}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');

  if (model.leftOut.length > 0) {
    out.push(
      '<section id="left-out">',
      '<h2>Spans left out</h2>',
      '<p class="hint">These tagged spans no longer match the text of their document (usually after a re-import), so the report does not use them. Re-attach or delete them in Collate.</p>',
      '<table>',
      '<thead><tr><th scope="col">Document</th><th scope="col">Label</th><th scope="col">Tagged text</th><th scope="col">Why</th></tr></thead>',
      '<tbody>',
    );
    for (const s of model.leftOut) {
      out.push(
        `<tr><td>${h(s.documentKey)} · ${h(s.documentTitle)}</td><td>${h(s.label)}</td><td><span class="quote">${h(s.quote)}</span></td><td>${h(s.reason)}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>', '</section>');
  }
  out.push(...teamSectionHtml(model.team));
  pushWarnings(out, model);
  out.push(footer(model), '</main>', '</body>', '</html>', '');
  return out.join('\n');
}

function cell(value: string | undefined): string {
  return value ? h(value) : '<span class="none">—</span>';
}

function figure(svg: string, caption: string, hint: string): string {
  return `<figure>\n<figcaption>${h(caption)} <span class="small">${h(hint)}</span></figcaption>\n${svg}\n</figure>`;
}

function pushWarnings(out: string[], model: ReportModel): void {
  if (model.warnings.length === 0) return;
  out.push(
    '<section id="warnings">',
    '<h2>Notes on the data</h2>',
    '<ul>',
    ...model.warnings.map((w) => `<li>${h(w)}</li>`),
    '</ul>',
    '</section>',
  );
}

function footer(model: ReportModel): string {
  return `<footer>Made with ${h(model.generator)} on ${h(fmtDate(model.date))}. Quotes are exactly as tagged in the documents.</footer>`;
}
