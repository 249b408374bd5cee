import { useId, useState } from 'react';
import { Info } from 'lucide-react';
import { useAppState } from './app-context';

/** A sample drawn with the very classes the article text uses, so the legend cannot drift from it. */
function Sample({ className, label, text }: { className: string; label?: string; text: string }) {
  return (
    <span className={className} {...(label ? { 'data-label': label } : {})}>
      {text}
    </span>
  );
}

/**
 * What each mark in the articles means: one sample per label, then selection, links, claim groups,
 * contradictions, search hits and suggestions. Shown while its button is hovered or focused.
 */
export function Legend() {
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const [open, setOpen] = useState(false);
  const id = useId();
  const claim = labels?.find((l) => l.name === 'Claim')?.name ?? labels?.[0]?.name ?? '';
  const rows: ReadonlyArray<[string, string, string?]> = [
    ['collate-span is-selected', 'The selected span', claim],
    ['collate-span is-linked', 'Linked to the selected span (attributed to, supports…)', claim],
    ['collate-span is-peer', 'The same claim in another article (its claim group), while a member is selected', claim],
    ['collate-span is-contradicted', 'Marked as contradicting another claim', claim],
    ['search-hit', 'A search hit (ringed, never filled)'],
    ['search-hit is-current', 'The current search hit'],
    ['collate-suggestion', 'A suggestion of the assistant, not yet accepted (dashed outline)', claim],
    ['boilerplate', 'Boilerplate (sign-up text, adverts)'],
  ];
  return (
    <div
      className="legend-anchor"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="button icon-only"
        aria-label="Legend"
        aria-describedby={open ? id : undefined}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        <Info aria-hidden="true" size={16} strokeWidth={1.75} />
      </button>
      {open && (
        <div id={id} role="tooltip" className="legend">
          <p className="legend-title">What the marks in the articles mean</p>
          <ul aria-label="Legend">
            {(labels ?? []).map((l) => (
              <li key={l.name}>
                <Sample className="collate-span" label={l.name} text={l.name} />
                <span>
                  {l.name}
                  {l.hotkey ? ` (key ${l.hotkey})` : ''}
                </span>
              </li>
            ))}
            {rows.map(([className, meaning, label]) => (
              <li key={className}>
                <Sample className={className} text="text" {...(label ? { label } : {})} />
                <span>{meaning}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
