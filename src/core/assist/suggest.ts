/**
 * Offline attribution suggestions: finds cues ("said", "according to"), the source each cites and
 * the claim it attributes, plus the outlet's own checkable statements. Pure rules over a small
 * tokenizer: no model, no I/O, linear in the text's length. Reading is layered, one job a file:
 * TokenDocument (document.ts) → PhraseReader (phrases.ts) → CueReader (cues.ts) → AttributionReader (attribute.ts).
 */
import { AttributionReader } from './attribution-reader';
import type { Attribution } from './attribution';
import { fnv1a52 } from '../text/fnv1a';
import { classifySource, hasProperName } from './source-kind';

export type SuggestionLabel = 'Source' | 'Cue' | 'Claim';

export interface SuggestionFragment {
  start: number;
  end: number;
}

export interface Suggestion {
  /** Stable: a hash of the label and offsets, so re-running never duplicates a suggestion. */
  id: string;
  label: SuggestionLabel;
  /** UTF-16 offsets into the document's text, `end` exclusive (the extent when `fragments` is set). */
  start: number;
  end: number;
  /** Pieces of a discontinuous span (a quote interrupted by "he said"), in order. */
  fragments?: SuggestionFragment[];
  /** Why it was suggested, for the analyst: "cue: according to", "source of: said". */
  reason: string;
  /** 0..1; attributed claims score ≥ 0.5, the outlet's own statements below. */
  score: number;
  /** Sources: `kind` and `named`; claims: `certainty`. Values follow the default schema. */
  attributes?: Record<string, string>;
  links?: { cueId?: string; sourceId?: string };
}

export interface SuggestInput {
  id: string;
  text: string;
  published?: string;
}

export interface SuggestOptions {
  /**
   * Also suggest the outlet's weaker statements (a bare number, who did what), scored low. Default
   * true. Checkable clauses (CHECKABLE_SCORE) are suggested either way.
   */
  statements?: boolean;
}

/** `collate suggest --apply`'s default cut-off. */
const APPLY_SCORE = 0.5;
/** Claims at or below this score are the outlet's own weaker statements, not claims to tag as they are. */
export const STATEMENT_SCORE = 0.3;
/** The outlet's own clauses that carry something to check: a reported-speech frame, a date, a figure with an event. */
export const CHECKABLE_SCORE = 0.5;

export function suggestionId(label: SuggestionLabel, pieces: SuggestionFragment[]): string {
  return `sg-${fnv1a52(`${label}:${pieces.map((p) => `${p.start}-${p.end}`).join(',')}`)}`;
}

const NUMERIC =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|percent|half)\b/i;
const DATEISH =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|january|february|march|april|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.|last (week|month|year)|this (week|month|year))\b/i;
/** "documents show", "he told reporters": speech or evidence framed without an attribution the reader resolves. */
const words = (list: string): string => list.trim().split(/\s+/).join('|');
const SPEECH_FRAME = new RegExp(
  `\\b(?:${words(`said says say told according reported claimed announced stated wrote added argued insisted
    denied confirmed warned accused suggested asked called shows? showed`)})\\b`,
  'i',
);
/** Past-tense events: a figure next to one is an event's count ("killed 12", "raised $4 million"). */
const EVENT_VERB = new RegExp(
  `\\b(?:${words(`won lost met sent held killed fired launched struck attacked signed visited arrived left began
    took made hit seized captured approved voted passed rose fell released published filed found obtained
    discovered raised paid spent reached returned resigned died opened closed cut sued charged arrested`)}|\\p{L}{3,}ed)\\b`,
  'iu',
);

/** A written figure that is not a bare year: "3,000", "12 percent", "$4 million". */
const FIGURE = /(?<![\p{L}\d])(?!(?:19|20)\d\d(?!\d))\$?\d[\d,.]*/u;

/** An auxiliary or a finite verb: the sentence is a clause, not a heading. */
const FINITE_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|does|did|runs|stands|stood|holds|costs|owns|leads|trails|remains|gets|got|goes|went|comes|came)\b|\b\p{Ll}{2,}ed\b/u;

/** Why an unattributed sentence is worth checking, and how strongly; undefined when it is not. */
function statementKind(text: string): { why: string; score: number } | undefined {
  const number = NUMERIC.test(text);
  const date = DATEISH.test(text);
  if (SPEECH_FRAME.test(text)) return { why: 'reported speech', score: CHECKABLE_SCORE };
  // A heading, a caption or a list line ("Speech to the council, 6/4/13") states nothing to check.
  const clause = FINITE_VERB.test(text) || EVENT_VERB.test(text);
  if (date && clause) return { why: 'date', score: CHECKABLE_SCORE };
  if (number && EVENT_VERB.test(text)) return { why: 'number and event', score: CHECKABLE_SCORE };
  if (clause && FIGURE.test(text)) return { why: 'figure', score: CHECKABLE_SCORE };
  if (number) return { why: 'number', score: STATEMENT_SCORE };
  return ACTION.test(text) ? { why: 'who did what', score: 0.2 } : undefined;
}

const ACTION =
  /\b\p{Lu}[\p{L}.'’-]+\b.*\b(\w+ed|won|lost|met|sent|held|killed|fired|launched|struck|attacked|signed|visited|arrived|left|began|took|made|said|hit|seized|captured|approved|voted|passed|rose|fell)\b/u;

/** Suggests Source, Cue and Claim spans for one document. */
export function suggest(document: SuggestInput, options: SuggestOptions = {}): Suggestion[] {
  const engine = new AttributionReader(document.text);
  const T = engine.tokens;
  const out: Suggestion[] = [];
  const byId = new Map<string, Suggestion>();
  const covered: SuggestionFragment[] = [];
  let lastPerson: { text: string; attributes: Record<string, string> } | undefined;

  const emit = (s: Omit<Suggestion, 'id'>): Suggestion => {
    const pieces = s.fragments ?? [{ start: s.start, end: s.end }];
    const id = suggestionId(s.label, pieces);
    const existing = byId.get(id);
    if (existing) {
      existing.score = Math.max(existing.score, s.score);
      return existing;
    }
    const full: Suggestion = { id, ...s };
    byId.set(id, full);
    out.push(full);
    return full;
  };

  const sourceSuggestions = new Map<Attribution, Suggestion>();
  const dashes = engine.dashAttributions();
  const claimed = dashes.map((d) => ({ first: d.content[0]?.first ?? d.cue.first, last: d.source!.last }));
  const batches: Attribution[][] = [dashes];
  for (let si = 0; si < engine.sentences.length; si++) {
    const s = engine.sentences[si]!;
    const atts = engine.findCues(s);
    engine.attribute(s, atts, engine.sentences[si + 1]?.first ?? T.length);
    batches.push(atts.filter((a) => !claimed.some((c) => a.cue.first >= c.first && a.cue.first < c.last)));
  }
  for (const atts of batches) {
    for (const att of atts) {
      let source: Suggestion | undefined;
      if (att.source) {
        const r = engine.offsets(att.source);
        // "he's promoted": the pronoun without its auxiliary.
        const contraction = /^(he|she|they|we|i|who)['’](s|ve|ll|d|re|m)$/i.exec(document.text.slice(r.start, r.end));
        if (contraction) r.end = r.start + contraction[1]!.length;
        const phrase = document.text.slice(r.start, r.end);
        let attributes: Record<string, string> = { ...classifySource(phrase) };
        let reason = `source of: ${att.cueText}`;
        const lower = phrase.toLowerCase();
        if ((lower === 'he' || lower === 'she' || lower === 'i') && lastPerson) {
          attributes = { ...lastPerson.attributes };
          reason += ` (${phrase} → ${lastPerson.text})`;
        } else if (attributes.kind === 'named person' && hasProperName(phrase)) {
          lastPerson = { text: phrase, attributes };
        } else if (attributes.kind === 'official' && attributes.named === 'yes') {
          lastPerson = { text: phrase, attributes };
        }
        const pronoun = /^(he|she|they|i|we|you|it|who|which|that)$/i.test(phrase);
        // A pronoun is less sure than a name, but never drops below the apply cut-off while its cue stays above it.
        const score = pronoun ? Math.max(Math.min(att.score, APPLY_SCORE), att.score * 0.9) : att.score;
        source = emit({ label: 'Source', ...r, reason, score: round(score), attributes });
        sourceSuggestions.set(att, source);
      } else if (att.sharedSource) {
        source = sourceSuggestions.get(att.sharedSource);
      }
      if (!source) continue;
      const cueR = engine.offsets(att.cue);
      const cue = emit({
        label: 'Cue',
        ...cueR,
        reason: `cue: ${att.cueText.toLowerCase()}`,
        score: att.score,
        links: { sourceId: source.id },
      });
      if (att.content.length === 0) continue;
      const pieces = att.content.map((p) => engine.offsets(p));
      // "does not defend it", "blasted him": a bare object names what the stance is about, it states nothing.
      if (pieces.every((p) => isBareObject(document.text.slice(p.start, p.end)))) continue;
      const certainty = att.entry?.certainty ?? (/\b(not|never|no)\b/i.test(att.cueText) ? 'denied' : 'asserted');
      const claim: Omit<Suggestion, 'id'> = {
        label: 'Claim',
        start: pieces[0]!.start,
        end: pieces[pieces.length - 1]!.end,
        reason: `claim of: ${att.cueText.toLowerCase()}`,
        // As likely as its cue: a source and cue applied without their claim would leave a link dangling.
        score: att.score,
        attributes: { certainty },
        links: { cueId: cue.id, sourceId: source.id },
      };
      if (pieces.length > 1) claim.fragments = pieces;
      emit(claim);
      covered.push(...pieces, cueR);
    }
  }

  // The outlet's own statements, not attributed: checkable clauses always, weaker ones when asked for.
  for (const s of engine.sentences) {
    if (covered.some((c) => c.start < s.end && c.end > s.start)) continue;
    const text = document.text.slice(s.start, s.end);
    if (text.length < 25 || !/\s/.test(text)) continue;
    const kind = statementKind(text);
    if (!kind || (kind.score < CHECKABLE_SCORE && options.statements === false)) continue;
    const r = engine.trim({ first: s.first, last: s.last });
    if (!r) continue;
    const reason = `statement: ${kind.why}`;
    emit({ label: 'Claim', ...engine.offsets(r), reason, score: kind.score, attributes: { certainty: 'asserted' } });
  }

  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

/** A pronoun or a name alone, maybe with "for ..." after it: "him", "it", "Lee", "him for it". */
function isBareObject(text: string): boolean {
  return /^(?:him|her|them|it|this|that|me|us|you|himself|herself|themselves)(?:\s+for\s+\S+)?$/i.test(text.trim());
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
