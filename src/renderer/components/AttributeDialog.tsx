import { useEffect, useMemo, useRef, useState } from 'react';
import { truncateQuote } from '../state/annotation-list';
import { findSpan } from '../state/app-state';
import { ATTRIBUTED_TO, indexSpans, rankSources } from '../state/links';
import { useActions, useAppState } from './app-context';

/**
 * Attribution without the mouse: the sources of the claim's document (nearest first) and those
 * already used elsewhere; arrows move, Enter links, Escape closes.
 */
export function AttributeDialog() {
  const actions = useActions();
  const selectedId = useAppState((s) => s.selectedAnnotationId);
  const annotations = useAppState((s) => s.annotations);
  const relations = useAppState((s) => s.relations);
  const documents = useAppState((s) => s.documents);
  const schema = useAppState((s) => s.workspace?.schema);
  const claim = useMemo(() => findSpan({ annotations } as never, selectedId), [annotations, selectedId]);
  const sourceLabels = useMemo(
    () => new Set(schema?.relationTypes.find((t) => t.name === ATTRIBUTED_TO)?.to ?? ['Source']),
    [schema],
  );
  const choices = useMemo(
    () => (claim ? rankSources(claim, indexSpans(annotations), relations, (l) => sourceLabels.has(l)) : []),
    [claim, annotations, relations, sourceLabels],
  );
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const previousFocus = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    void actions.loadAttributedSources();
  }, [actions]);
  useEffect(() => {
    list.current?.focus();
    const before = previousFocus.current;
    return () => {
      if (before instanceof HTMLElement) before.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = (): void => actions.openDialog(null);
  const choose = (i: number): void => {
    const choice = choices[i];
    if (!claim || !choice) return;
    close();
    void actions.link(ATTRIBUTED_TO, claim.id, choice.span.id);
  };
  const titleOf = (id: string): string => documents.find((d) => d.id === id)?.title ?? id;
  const firstElsewhere = choices.findIndex((c) => c.where === 'elsewhere');

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="modal attribute-dialog" role="dialog" aria-modal="true" aria-labelledby="attribute-title">
        <h2 id="attribute-title" className="modal-title">
          Attribute to source
        </h2>
        {claim && <p className="hint">Claim: “{truncateQuote(claim.quote, 120)}”</p>}
        {choices.length === 0 ? (
          <p className="hint" role="status">
            No sources to attribute to: tag a Source in this document first.
          </p>
        ) : (
          <ul
            ref={list}
            className="choice-list"
            role="listbox"
            aria-label="Attribute to source"
            tabIndex={0}
            aria-activedescendant={`source-choice-${active}`}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive((a) => Math.min(choices.length - 1, a + 1));
              else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
              else if (e.key === 'Home') setActive(0);
              else if (e.key === 'End') setActive(choices.length - 1);
              else if (e.key === 'Enter') choose(active);
              else if (e.key === 'Escape') close();
              else return;
              e.preventDefault();
              e.stopPropagation();
            }}
          >
            {choices.map((c, i) => (
              <li
                key={c.span.id}
                id={`source-choice-${i}`}
                role="option"
                aria-selected={i === active}
                className={`${i === active ? 'choice is-active' : 'choice'}${i === firstElsewhere ? ' first-elsewhere' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                <span className="choice-quote">{truncateQuote(c.span.quote, 80)}</span>
                <span
                  className="choice-where"
                  title={c.where === 'here' ? undefined : `used in ${titleOf(c.span.documentId)}`}
                >
                  {c.where === 'here' ? 'in this document' : `used in ${titleOf(c.span.documentId)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
