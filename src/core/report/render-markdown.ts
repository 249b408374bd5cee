import { markdownCell as c, markdownInline as t } from './escape';
import { teamSectionMarkdown } from './team-section';
import { discrepanciesByGroup, MAX_MATRIX_COLUMNS, RECORDED_NOTE, STATUS_WORDS } from './sections';
import type { BarRow, ReportClaim, ReportDiscrepancy, ReportModel, SourceMention } from './types';

const BAR_WIDTH = 20;

const fmtDate = (iso: string): string => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
};

const named = (s: { named: boolean; namedBy: string }): string =>
  `${s.named ? 'named' : 'anonymous'}${s.namedBy === 'guess' ? '\\*' : ''}`;
const sourcesText = (sources: readonly SourceMention[]): string =>
  sources.length === 0 ? '*no source linked*' : sources.map((s) => `${c(s.text)} (${named(s)})`).join('<br>');
const orDash = (value: string | undefined): string => (value ? c(value) : '—');

function table(
  header: readonly string[],
  align: readonly ('l' | 'r')[],
  rows: readonly (readonly string[])[],
): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** A chart in plain text: one row per bar, the bar drawn with block characters, and its values. */
function textChart(rows: readonly BarRow[], series: readonly string[], shares = false): string[] {
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const glyphs = ['█', '░'];
  return table(
    ['', 'chart', series.length > 1 ? series.join(' / ') : series[0]!],
    ['l', 'l', 'r'],
    rows.map((r) => {
      const total = r.values.reduce((a, b) => a + b, 0);
      const scale = shares ? (total === 0 ? 0 : BAR_WIDTH / total) : BAR_WIDTH / max;
      const bar = r.values
        .map((v, i) => glyphs[i % glyphs.length]!.repeat(v > 0 ? Math.max(1, Math.round(v * scale)) : 0))
        .join('');
      const value = shares
        ? r.values.map((v) => (total === 0 ? '0 %' : `${Math.round((v / total) * 100)} %`)).join(' / ')
        : r.values.join(' / ');
      return [c(r.label), bar ? `\`${bar}\`` : '', value];
    }),
  );
}

/**
 * The report as Markdown (GitHub-flavoured tables): the same sections as the HTML report, charts
 * as text bars. Every text from the workspace is escaped, so a `|`, a backtick, a line break or
 * HTML in a quote never breaks a table or becomes markup.
 */
export function renderReportMarkdown(model: ReportModel): string {
  const docs = model.documents;
  const title = model.title.trim() || 'Collate workspace';
  const out: string[] = [
    `# ${t(title)}`,
    '',
    `Comparison report · made ${t(fmtDate(model.date))} with ${t(model.generator)}`,
    '',
  ];
  if (docs.length === 0) {
    out.push(
      '## Nothing to report',
      '',
      'This workspace has no documents yet. Import the articles you want to compare, tag their claims and sources, link each claim to its source, and make the report again.',
      '',
    );
    warnings(out, model);
    return out.join('\n');
  }
  const namedCount = model.sources.filter((s) => s.named).length;
  const count = (n: number, one: string, many = `${one}s`): string => `**${n}** ${n === 1 ? one : many}`;
  out.push(
    `- ${count(docs.length, 'document')} · ${count(model.claims.length, 'claim')} · ${count(model.matrix.length, 'claim group')} · ${count(model.sources.length, 'source')} (${namedCount} named, ${model.sources.length - namedCount} anonymous) · ${count(model.discrepancies.length, 'discrepancy', 'discrepancies')}`,
    '',
  );
  if (model.leftOut.length > 0)
    out.push(
      `> ${model.leftOut.length} tagged span(s) no longer match their document and are left out: see *Spans left out*.`,
      '',
    );
  if (model.claims.length === 0 && model.sources.length === 0)
    out.push('> No claims or sources are tagged yet: tag them in Collate and make the report again.', '');

  out.push('## Documents compared', '');
  out.push(
    ...table(
      ['Key', 'Title', 'Outlet', 'Author', 'Published', 'Claims', 'Sources'],
      ['l', 'l', 'l', 'l', 'l', 'r', 'r'],
      docs.map((d) => [
        d.key,
        c(d.title),
        orDash(d.outlet),
        orDash(d.author),
        orDash(d.published),
        String(d.claims),
        String(d.sources),
      ]),
    ),
    '',
  );

  out.push('## At a glance', '');
  if (model.sources.length > 0) {
    out.push('### Sources per outlet', '', ...textChart(model.charts.sourcesPerOutlet, ['Named', 'Anonymous']), '');
    out.push('### Named vs anonymous', '', ...textChart(model.charts.namedShare, ['Named', 'Anonymous'], true), '');
  }
  out.push('### Claims per document', '', ...textChart(model.charts.claimsPerDocument, ['Claims']), '');

  out.push('## Claims matrix', '');
  const differences = (n: number): string => (n > 0 ? ` (${n} difference${n === 1 ? '' : 's'})` : '');
  const asReported = (claims: readonly ReportClaim[]): string =>
    claims.map((cl) => `“${c(cl.quote)}”<br>— ${sourcesText(cl.sources)}`).join('<br><br>');
  if (model.matrix.length === 0)
    out.push('No claim groups yet: group the same claim across articles in Collate to compare them here.', '');
  else if (docs.length <= MAX_MATRIX_COLUMNS) {
    out.push(
      'Each row is one claim as reported across the documents; — means no claim of that group is tagged in that document.',
      '',
    );
    out.push(
      ...table(
        ['Claim group', ...docs.map((d) => `${d.key} ${c(d.outlet ?? d.title)}`)],
        ['l', ...docs.map(() => 'l' as const)],
        model.matrix.map((row) => [
          `**${c(row.statement)}**${differences(row.discrepancies)}`,
          ...row.cells.map((claims) => (claims.length === 0 ? '—' : asReported(claims))),
        ]),
      ),
      '',
    );
  } else {
    out.push('Each block is one claim as reported across the documents.', '');
    for (const row of model.matrix) {
      out.push(`### ${t(row.statement)}${differences(row.discrepancies)}`, '');
      const reported = row.cells.flatMap((claims, i) =>
        claims.length === 0 ? [] : [[`${docs[i]!.key} ${c(docs[i]!.outlet ?? docs[i]!.title)}`, asReported(claims)]],
      );
      out.push(...table(['Document', 'As reported'], ['l', 'l'], reported), '');
      const missing = row.cells.flatMap((claims, i) => (claims.length === 0 ? [docs[i]!.key] : []));
      if (missing.length > 0) out.push(`Not tagged in ${missing.join(', ')}.`, '');
    }
  }

  const sideCell = (x: ReportDiscrepancy['a']): string =>
    `${x.documentKey} (${c(x.outlet)}): “${c(x.text)}”${x.source ? ` — source: ${c(x.source)}` : ''}`;
  out.push('## Discrepancies', '');
  if (model.discrepancies.length === 0)
    out.push(model.matrix.length === 0 ? 'None found: there are no claim groups to compare.' : 'None found.', '');
  else {
    const rows: string[][] = [];
    for (const group of discrepanciesByGroup(model)) {
      for (const d of group.shown) {
        const kind = d.status === 'found' ? d.kind : `${d.kind} (${STATUS_WORDS[d.status]})`;
        rows.push([c(group.statement), c(kind), sideCell(d.a), sideCell(d.b), c(d.detail)]);
      }
      if (group.hidden > 0) rows.push([c(group.statement), `…and ${group.hidden} more`, '', '', 'not listed']);
    }
    if (model.discrepancies.some((d) => d.status !== 'found')) out.push(t(RECORDED_NOTE), '');
    out.push(
      ...table(['Claim group', 'Difference', 'One says', 'Another says', 'In short'], ['l', 'l', 'l', 'l', 'l'], rows),
      '',
    );
  }

  out.push('## Every claim', '');
  if (model.claims.length === 0) out.push('No claims tagged yet.', '');
  const statementOf = new Map(model.matrix.map((r) => [r.groupId, r.statement]));
  for (const d of docs) {
    const claims = model.claims.filter((cl) => cl.documentId === d.id);
    if (claims.length === 0) continue;
    const about = [d.outlet, d.published].filter((x): x is string => Boolean(x)).join(', ');
    out.push(`### ${d.key} · ${t(d.title)}${about ? ` (${t(about)})` : ''}`, '');
    out.push(
      ...table(
        ['#', 'Claim', 'Certainty', 'Sources', 'Claim group'],
        ['r', 'l', 'l', 'l', 'l'],
        claims.map((cl, i) => [
          String(i + 1),
          `“${c(cl.quote)}”`,
          orDash(cl.certainty),
          sourcesText(cl.sources),
          cl.groups.map((g) => c(statementOf.get(g) ?? g)).join('<br>') || '—',
        ]),
      ),
      '',
    );
  }

  out.push('## Sources', '');
  if (model.sources.length === 0) out.push('No sources tagged yet.', '');
  else
    out.push(
      'Mentions with the same words in different documents count as one source. Cited: claims attributed to it. \\* named or kind guessed from the wording.',
      '',
      ...table(
        ['Source', 'Named?', 'Kind', 'Cited', 'Mentions', 'Outlets'],
        ['l', 'l', 'l', 'r', 'r', 'l'],
        model.sources.map((s) => [
          c(s.text),
          named(s),
          s.kindGuessed && s.kind ? `${c(s.kind)}\\*` : orDash(s.kind),
          String(s.citations),
          String(s.mentions),
          s.outlets.map(c).join('<br>'),
        ]),
      ),
      '',
    );

  if (model.leftOut.length > 0) {
    out.push(
      '## Spans left out',
      '',
      'These tagged spans no longer match the text of their document, so the report does not use them. Re-attach or delete them in Collate.',
      '',
    );
    out.push(
      ...table(
        ['Document', 'Label', 'Tagged text', 'Why'],
        ['l', 'l', 'l', 'l'],
        model.leftOut.map((s) => [
          `${s.documentKey} · ${c(s.documentTitle)}`,
          c(s.label),
          `“${c(s.quote)}”`,
          c(s.reason),
        ]),
      ),
      '',
    );
  }
  out.push(...teamSectionMarkdown(model.team));
  warnings(out, model);
  return out.join('\n');
}

function warnings(out: string[], model: ReportModel): void {
  if (model.warnings.length === 0) return;
  out.push('## Notes on the data', '', ...model.warnings.map((w) => `- ${t(w)}`), '');
}
