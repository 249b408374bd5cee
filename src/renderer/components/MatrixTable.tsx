import { useState } from 'react';
import type { GroupDifference } from '../state/differences';
import type { Matrix, MatrixEntry } from '../state/matrix';
import { useColumnWindow } from '../hooks/use-column-window';
import { DifferenceKindChip } from './DifferenceKind';

/** Past this many documents a page's columns are windowed: only those in view (and two either side) are drawn. */
export const WINDOWED_FROM_COLUMNS = 8;
/** Widths in pixels of the statement column and of each document's column once windowed. */
const STATEMENT_WIDTH = 320;
const COLUMN_WIDTH = 280;

const STATUS_WORDS = { proposed: 'proposed', accepted: 'accepted', marked: 'marked by you' } as const;

interface Props {
  matrix: Matrix;
  titleOf(documentId: string): string;
  differencesOf(groupId: string): GroupDifference[];
  onJump(spanId: string): void;
}

/**
 * The claims matrix's table: rows are claim groups, columns documents. A page can hold a hundred and
 * more documents (50 groups over three articles each), so wide pages draw only the columns in view,
 * with one spacer cell either side standing for the rest, in a box of their own that scrolls both
 * ways (the page's controls stay put); the statements stay in view on the left.
 */
export function MatrixTable({ matrix, titleOf, differencesOf, onJump }: Props) {
  const count = matrix.documentIds.length;
  const windowed = count > WINDOWED_FROM_COLUMNS;
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const { window } = useColumnWindow(windowed ? count : 0, COLUMN_WIDTH, STATEMENT_WIDTH, scroller);
  const first = windowed ? window.first : 0;
  const end = windowed ? window.end : count;
  const shown = matrix.documentIds.slice(first, end);
  const colIndex = (k: number) => (windowed ? { 'aria-colindex': first + k + 2 } : {});
  const spacer = (width: number, key: string, header = false) =>
    windowed && width > 0 ? (
      header ? (
        <th key={key} className="matrix-spacer" aria-hidden="true" />
      ) : (
        <td key={key} className="matrix-spacer" aria-hidden="true" />
      )
    ) : null;
  const table = (
    <table
      className={windowed ? 'matrix matrix-windowed' : 'matrix'}
      aria-label="Claims matrix"
      {...(windowed ? { 'aria-colcount': count + 1, style: { width: STATEMENT_WIDTH + count * COLUMN_WIDTH } } : {})}
    >
      {windowed && (
        <colgroup>
          <col style={{ width: STATEMENT_WIDTH }} />
          {window.before > 0 && <col style={{ width: window.before }} />}
          {shown.map((d) => (
            <col key={d} style={{ width: COLUMN_WIDTH }} />
          ))}
          {window.after > 0 && <col style={{ width: window.after }} />}
        </colgroup>
      )}
      <thead>
        <tr>
          <th scope="col" {...(windowed ? { 'aria-colindex': 1 } : {})}>
            Claim group
          </th>
          {spacer(window.before, 'before', true)}
          {shown.map((d, k) => (
            <th scope="col" key={d} {...colIndex(k)}>
              {titleOf(d)}
            </th>
          ))}
          {spacer(window.after, 'after', true)}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => {
          const differences = differencesOf(row.group.id);
          return (
            <tr key={row.group.id}>
              <th scope="row" {...(windowed ? { 'aria-colindex': 1 } : {})}>
                {row.group.statement || '(no statement)'}
                {differences.length > 0 && (
                  <ul className="discrepancies" aria-label={`Discrepancies in ${row.group.statement || 'the group'}`}>
                    {differences.map((d) => (
                      <li key={d.key} data-kind={d.kind} data-status={d.status}>
                        <DifferenceKindChip kind={d.kind} />: {d.detail}{' '}
                        <span className="difference-status">({STATUS_WORDS[d.status]})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </th>
              {spacer(window.before, 'before')}
              {row.cells.slice(first, end).map((entries, k) => (
                <td key={shown[k]} className={entries.length === 0 ? 'empty' : undefined} {...colIndex(k)}>
                  {entries.length === 0 && <span className="hint">—</span>}
                  {entries.map((entry) => (
                    <MatrixCell key={entry.span.id} entry={entry} differences={differences} onJump={onJump} />
                  ))}
                </td>
              ))}
              {spacer(window.after, 'after')}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return windowed ? (
    <div className="matrix-scroll" ref={setScroller}>
      {table}
    </div>
  ) : (
    table
  );
}

function MatrixCell({
  entry,
  differences,
  onJump,
}: {
  entry: MatrixEntry;
  differences: readonly GroupDifference[];
  onJump(spanId: string): void;
}) {
  const id = entry.span.id;
  return (
    <button type="button" className="matrix-cell" onClick={() => onJump(id)}>
      <span className="matrix-wording">
        {entry.pieces.map((p, k) =>
          p.differs ? (
            <mark key={k} className="differs">
              {p.text}
            </mark>
          ) : (
            <span key={k}>{p.text}</span>
          ),
        )}
      </span>
      {differences
        .filter((d) => d.a === id || d.b === id)
        .map((d) => (
          <span key={d.key} className="matrix-difference">
            <DifferenceKindChip kind={d.kind} /> “{d.a === id ? d.aText : d.bText}”
          </span>
        ))}
      <span className="matrix-sources">Source: {entry.sources.length > 0 ? entry.sources.join('; ') : 'none'}</span>
      {Object.keys(entry.span.attributes).length > 0 && (
        <span className="matrix-attributes">
          {Object.entries(entry.span.attributes)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ')}
        </span>
      )}
    </button>
  );
}
