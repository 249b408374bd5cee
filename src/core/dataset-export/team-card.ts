import { markdownText } from './markdown-text';
import type { TeamSummary } from './types';

const figure = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

/** What a layer selector means, in words. */
export function layerDescription(layer: string): string {
  if (layer === 'curated')
    return 'the curated (adjudicated) layer; `author` names the adjudicator, or the annotators who agreed ("ana + ben")';
  if (layer === 'all') return "every annotator's own layer; each span's `author` names its annotator";
  return `the layer of annotator ${markdownText(layer)}`;
}

/**
 * The dataset card's section on layers: what was exported, who annotated what, and their agreement. A
 * format whose files do not say who annotated gets only the layer when one was chosen, so that its
 * export, imported and exported again, has the same card.
 */
export function teamCardLines(team: TeamSummary, carriesAuthors = true): string[] {
  if (!carriesAuthors) {
    const lines = ['', '## Layers and agreement', ''];
    if (team.layer !== 'all') lines.push(`- Layer exported: ${layerDescription(team.layer)}`);
    lines.push(
      "- Who annotated what, and their agreement: not recorded, as this format's files do not say who annotated " +
        '(export `collate-jsonl`, or run `collate agreement`).',
    );
    return lines;
  }
  const lines = ['', '## Layers and agreement', '', `- Layer exported: ${layerDescription(team.layer)}`];
  lines.push('', '| layer | spans |', '|---|---:|');
  for (const { layer, spans } of team.counts) lines.push(`| ${markdownText(layer)} | ${spans} |`);
  const agreement = team.agreement;
  if (!agreement) {
    lines.push('', 'Agreement: not measured (fewer than two annotators).');
    return lines;
  }
  lines.push(
    '',
    `Krippendorff's alpha between ${agreement.annotators.map(markdownText).join(', ')} over ${agreement.documents} document${agreement.documents === 1 ? '' : 's'} (items: non-whitespace code points; see \`collate agreement\`):`,
    '',
    '| label | alpha |',
    '|---|---:|',
  );
  for (const [label, alpha] of Object.entries(agreement.labels))
    lines.push(`| ${markdownText(label)} | ${figure(alpha)} |`);
  lines.push(`| (all labels) | ${figure(agreement.overall)} |`);
  return lines;
}
