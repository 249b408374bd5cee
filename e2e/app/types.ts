/** What the App helper's steps take and give back: label names, exported records, options. */
import type { Page } from '@playwright/test';

export type LabelName = 'Claim' | 'Source' | 'Cue';

export interface ExportedSpan {
  id: string;
  start: number;
  end: number;
  label: string;
  text: string;
  attributes: Record<string, string>;
  author: string;
  created: string;
  modified: string;
}

export interface ExportedRecord {
  id: string;
  title: string;
  source: string;
  sha256: string;
  text: string;
  offset_unit: string;
  spans: ExportedSpan[];
  relations: Array<{ id: string; type: string; from: string; to: string }>;
}

export interface AppOptions {
  /** How this shell reloads its window; a page reload by default. */
  reload?: (page: Page) => Promise<unknown>;
  /** How long each wait for the UI may take (the benchmark's big files need longer); Playwright's default otherwise. */
  timeout?: number;
}
