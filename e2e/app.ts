/**
 * The user's view of Collate, in steps a user takes. The App helper is the only code that knows how the
 * UI is found (docs/ui-contract.md); specs and the benchmark speak only through it. Its steps live by
 * feature in e2e/app/, each module extending the one before:
 * core → panes → library → annotations → views → exporting → layout.
 */
import { LayoutSteps } from './app/layout';

export type { AppOptions, ExportedRecord, ExportedSpan, LabelName } from './app/types';

export class App extends LayoutSteps {}
