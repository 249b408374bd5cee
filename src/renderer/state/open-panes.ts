export const MAX_PANES = 4;

export interface Panes {
  /** Display order. */
  readonly openIds: readonly string[];
  /** Least recently used first. */
  readonly recency: readonly string[];
}

const touch = (recency: readonly string[], id: string): string[] => [...recency.filter((x) => x !== id), id];

/** Opens a document: an open one is only marked as used; a fifth takes the least recently used slot. */
export function openPane(panes: Panes, id: string, max = MAX_PANES): Panes {
  if (panes.openIds.includes(id)) return { openIds: panes.openIds, recency: touch(panes.recency, id) };
  if (panes.openIds.length < max) return { openIds: [...panes.openIds, id], recency: touch(panes.recency, id) };
  const victim = panes.recency.find((x) => panes.openIds.includes(x)) ?? panes.openIds[0]!;
  return {
    openIds: panes.openIds.map((x) => (x === victim ? id : x)),
    recency: touch(
      panes.recency.filter((x) => x !== victim),
      id,
    ),
  };
}

export function closePane(panes: Panes, id: string): Panes {
  return { openIds: panes.openIds.filter((x) => x !== id), recency: panes.recency.filter((x) => x !== id) };
}

export function markPaneUsed(panes: Panes, id: string): Panes {
  if (!panes.openIds.includes(id) || panes.recency[panes.recency.length - 1] === id) return panes;
  return { openIds: panes.openIds, recency: touch(panes.recency, id) };
}

/** Reads stored panes defensively: whatever is malformed is dropped. */
export function parseStoredPanes(raw: string | null, max = MAX_PANES): Panes {
  try {
    const data = JSON.parse(raw ?? 'null') as { openIds?: unknown; recency?: unknown } | null;
    const strings = (v: unknown): string[] =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    const openIds = [...new Set(strings(data?.openIds))].slice(0, max);
    const recency = [...strings(data?.recency).filter((x) => openIds.includes(x))];
    for (const id of openIds) if (!recency.includes(id)) recency.unshift(id);
    return { openIds, recency };
  } catch {
    return { openIds: [], recency: [] };
  }
}
