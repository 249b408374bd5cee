import { Lock } from 'lucide-react';
import { Fragment } from 'react';
import type { SpanAnnotation } from '../../core/model';
import { truncateQuote } from '../state/annotation-list';
import { annotatorOf, spanReadOnlyReason } from '../state/article-layer';
import { useAppState } from './app-context';

/** A note's words without its markup (the note is never put into the page as HTML). */
const noteText = (html: string | undefined): string =>
  html ? (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '') : '';

/**
 * The inspector for a span of another layer (another annotator's, or the curated layer): what it says,
 * without a control that could change it.
 */
export function ReadOnlySpan({ span }: { span: SpanAnnotation }) {
  const me = useAppState(annotatorOf);
  const colour = useAppState((s) => s.workspace?.schema.labels.find((l) => l.name === span.label)?.colour);
  const title = useAppState((s) => s.documents.find((d) => d.id === span.documentId)?.title ?? span.documentId);
  const note = noteText(span.note);
  return (
    <div className="inspector-body">
      <p className="inspector-quote">
        <span className="chip" style={{ backgroundColor: colour ?? '#888888' }} aria-hidden="true" />“
        {truncateQuote(span.quote, 200)}”
      </p>
      <p className="read-only-note" role="note" aria-label="Read-only">
        <Lock aria-hidden="true" size={14} strokeWidth={1.75} /> {spanReadOnlyReason(span, me)}
      </p>
      <dl className="meta" aria-label="Span details">
        <dt>Label</dt>
        <dd>{span.label}</dd>
        {Object.entries(span.attributes).map(([name, value]) => (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
        <dt>Layer</dt>
        <dd>{span.layer === 'curated' ? 'curated' : span.author}</dd>
        <dt>Document</dt>
        <dd>{title}</dd>
        {note && (
          <>
            <dt>Note</dt>
            <dd>{note}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
