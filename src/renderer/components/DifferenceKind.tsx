import { KIND_LABELS, type DifferenceKind } from '../state/differences';

/** A difference's kind: its colour and, so that colour is never the only cue, its name in words. */
export function DifferenceKindChip({ kind }: { kind: DifferenceKind }) {
  return (
    <span className={`kind-chip kind-${kind}`} data-kind={kind}>
      {KIND_LABELS[kind]}
    </span>
  );
}
