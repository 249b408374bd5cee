import type { SpanAnnotation } from '../../core/model';
import type { AssistContext, SuggestedLink } from '../workspace-assist';

/** A document whose spans are saved, waiting for its links. */
interface Tagged {
  documentId: string;
  spans: SpanAnnotation[];
  links: SuggestedLink[];
}

/**
 * The links of several documents saved as one relations edit (one journal append, one fsync), so
 * that a batch copies, diffs and indexes the workspace's relations once per group rather than once
 * per document. Each document's spans are saved before it joins; if the group's links cannot be
 * saved, every document of the group has its new spans taken back out: each stays all or nothing.
 */
export class LinkGroup {
  private waiting: Tagged[] = [];
  /** The groups being saved, one after another, in the order they filled. */
  private saving: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly context: Pick<AssistContext, 'createRelations' | 'withdrawSpans' | 'letGo'>,
    private readonly size: number,
    /** Told each document once its links are saved: its spans and the links made. */
    private readonly onLinked: (documentId: string, spans: number, relations: number) => void,
  ) {}

  /** Adds a document; a full group is handed on to be saved (the returned promise ends with it). */
  add(tagged: Tagged): Promise<void> {
    this.waiting.push(tagged);
    return this.waiting.length >= this.size ? this.flush() : Promise.resolve();
  }

  /**
   * Saves the documents waiting, after the groups before them; ends when every group handed on so
   * far is saved, failing with the first failure (each group is tried on its own).
   */
  flush(): Promise<void> {
    const group = this.waiting;
    this.waiting = [];
    if (group.length > 0) {
      this.saving = this.saving.then(() =>
        this.save(group).catch((error: unknown) => {
          this.failure ??= error;
        }),
      );
    }
    return this.saving.then(() => {
      if (this.failure !== undefined) throw this.failure;
    });
  }

  private async save(group: Tagged[]): Promise<void> {
    const links = group.flatMap((t) => t.links);
    try {
      if (links.length > 0) await this.context.createRelations(links);
    } catch (error) {
      for (const { documentId, spans } of group) {
        if (spans.length === 0) continue;
        await this.context.withdrawSpans(documentId, new Set(spans.map((s) => s.id)));
        await this.context.letGo(documentId);
      }
      throw error;
    }
    for (const { documentId, spans, links: own } of group) this.onLinked(documentId, spans.length, own.length);
  }
}
