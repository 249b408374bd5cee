import type { TeamSummary } from '../dataset-export/types';
import { escapeHtml as h, markdownCell as c } from './escape';

const figure = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

function layerWords(layer: string): string {
  if (layer === 'curated') return 'the curated (adjudicated) layer';
  if (layer === 'all') return "every annotator's own layer together";
  return `the layer of annotator ${layer}`;
}

function agreementWords(agreement: NonNullable<TeamSummary['agreement']>): string {
  const n = agreement.documents;
  return `Krippendorff's alpha between ${agreement.annotators.join(', ')} over ${n} document${n === 1 ? '' : 's'} annotated by at least two of them (items: non-whitespace code points).`;
}

/** The report's "Annotators and agreement" section in HTML: the layer reported, spans per layer, alpha per label. */
export function teamSectionHtml(team: TeamSummary | undefined): string[] {
  if (!team) return [];
  const out = [
    '<section id="annotators">',
    '<h2>Annotators and agreement</h2>',
    `<p>This report reads ${h(layerWords(team.layer))}.</p>`,
    '<table>',
    '<thead><tr><th scope="col">Layer</th><th scope="col" class="num">Spans</th></tr></thead>',
    '<tbody>',
    ...team.counts.map((x) => `<tr><td>${h(x.layer)}</td><td class="num">${x.spans}</td></tr>`),
    '</tbody>',
    '</table>',
  ];
  const agreement = team.agreement;
  if (!agreement) out.push('<p class="hint">Agreement is not measured: fewer than two annotators.</p>');
  else {
    out.push(
      `<p class="hint">${h(agreementWords(agreement))}</p>`,
      '<table>',
      '<thead><tr><th scope="col">Label</th><th scope="col" class="num">Alpha</th></tr></thead>',
      '<tbody>',
      ...Object.entries(agreement.labels).map(
        ([label, alpha]) => `<tr><td>${h(label)}</td><td class="num">${figure(alpha)}</td></tr>`,
      ),
      `<tr><td>All labels</td><td class="num">${figure(agreement.overall)}</td></tr>`,
      '</tbody>',
      '</table>',
    );
  }
  out.push('</section>');
  return out;
}

/** The same section in Markdown. */
export function teamSectionMarkdown(team: TeamSummary | undefined): string[] {
  if (!team) return [];
  const out = ['## Annotators and agreement', '', `This report reads ${c(layerWords(team.layer))}.`, ''];
  out.push('| Layer | Spans |', '|---|---:|', ...team.counts.map((x) => `| ${c(x.layer)} | ${x.spans} |`), '');
  const agreement = team.agreement;
  if (!agreement) return [...out, 'Agreement is not measured: fewer than two annotators.', ''];
  out.push(agreementWords(agreement).replace(/\*/g, '\\*'), '', '| Label | Alpha |', '|---|---:|');
  for (const [label, alpha] of Object.entries(agreement.labels)) out.push(`| ${c(label)} | ${figure(alpha)} |`);
  out.push(`| All labels | ${figure(agreement.overall)} |`, '');
  return out;
}
