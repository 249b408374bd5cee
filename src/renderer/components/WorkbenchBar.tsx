import { useRef, useState, type ReactNode } from 'react';
import {
  BookOpen,
  FileDown,
  FileText,
  Gavel,
  Layers,
  Link2,
  Menu,
  PanelRight,
  Plus,
  Redo2,
  Sparkles,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { useToolbarOverflow } from '../hooks/use-toolbar-overflow';
import type { Layout, MainView } from '../state/app-state';
import { useActions, useAppState } from './app-context';
import { LabelToolbar } from './LabelToolbar';
import { Legend } from './Legend';
import { SaveStatus } from './SaveStatus';
import { SearchBar } from './SearchBar';
import { ToolbarMenu, type MenuEntry, type MenuSection } from './ToolbarMenu';

/** One command of a toolbar group: a button on the row, or an entry of the More menu when its group does not fit. */
interface BarCommand extends MenuEntry {
  /** Shown on the button beside its icon; the button has only its icon (and `name` as its name) without it. */
  readonly text?: string;
  readonly icon?: LucideIcon;
  readonly title?: string;
}

interface BarGroup {
  readonly id: string;
  /** The toolbar's accessible name, and its section's in the More menu. */
  readonly label: string;
  readonly commands: readonly BarCommand[];
}

/** Groups that leave the row for the More menu when it is too narrow, the most important first. */
const PRIORITY = ['views', 'panels', 'link', 'export'] as const;

/** The curation view has no key of its own: its letters are the curator's decisions. */
const VIEW_KEYS: Partial<Record<MainView, string>> = { panes: 'p', matrix: 'm', sources: 'o' };

const VIEWS: ReadonlyArray<[MainView, string, string, LucideIcon]> = [
  ['panes', 'Articles', 'Articles', BookOpen],
  ['matrix', 'Claims matrix', 'Matrix', Layers],
  ['sources', 'Sources', 'Sources', Link2],
  ['curation', 'Curation', 'Curation', Gavel],
];

const LAYOUTS: ReadonlyArray<[Layout, string]> = [
  ['columns', 'Side by side'],
  ['rows', 'Stacked'],
  ['grid', 'Grid'],
];

function BarButton({ command }: { command: BarCommand }) {
  const Icon = command.icon;
  const toggle = command.kind === 'check' || command.kind === 'radio';
  return (
    <button
      type="button"
      className={`button${command.checked ? ' is-on' : ''}${command.text ? '' : ' icon-only'}`}
      aria-label={command.text === command.name ? undefined : command.name}
      aria-pressed={toggle ? command.checked === true : undefined}
      title={command.title ?? command.name}
      disabled={command.disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={command.run}
    >
      {Icon && <Icon aria-hidden="true" size={16} strokeWidth={1.75} />}
      {command.text}
    </button>
  );
}

/**
 * The workbench's one-row toolbar, grouped by task: labels, link and group, views, search, history,
 * panels, export and report, and a More menu holding the display options, help, and whichever groups
 * do not fit on the row (use-toolbar-overflow.ts).
 */
export function WorkbenchBar() {
  const actions = useActions();
  const undo = useAppState((s) => s.undo);
  const view = useAppState((s) => s.view);
  const snap = useAppState((s) => s.snapToWords);
  const hideBoilerplate = useAppState((s) => s.hideBoilerplate);
  const layout = useAppState((s) => s.layout);
  const syncScroll = useAppState((s) => s.syncScroll);
  const inspectorHidden = useAppState((s) => s.inspectorHidden);
  const suggestionsOn = useAppState((s) => s.suggestionsOn);
  const [exporting, setExporting] = useState(false);
  const bar = useRef<HTMLElement>(null);
  const overflowed = useToolbarOverflow(bar, PRIORITY);

  const groups: Record<(typeof PRIORITY)[number], BarGroup> = {
    link: {
      id: 'link',
      label: 'Link and group',
      commands: [
        {
          name: 'Add fragment',
          icon: Plus,
          keys: '+',
          title: 'Keep the selection as one piece of a discontinuous span (+)',
          run: () => actions.addFragment(),
        },
        {
          name: 'Attribute to source',
          icon: Link2,
          keys: 'a',
          title: 'Attribute the selected claim to a source (a)',
          run: () => actions.openAttribution(),
        },
        {
          name: 'New claim group',
          icon: Layers,
          keys: 'g',
          title: 'Put the selected claim in a new claim group, to group it with the same claim in other articles (g)',
          run: () => actions.newClaimGroupForSelected(),
        },
      ],
    },
    views: {
      id: 'views',
      label: 'Views',
      commands: VIEWS.map(([v, name, text, icon]) => ({
        name,
        text,
        icon,
        kind: 'radio' as const,
        checked: view === v,
        keys: VIEW_KEYS[v],
        run: () => actions.setView(v),
      })),
    },
    panels: {
      id: 'panels',
      label: 'Panels',
      commands: [
        {
          name: 'Suggestions',
          icon: Sparkles,
          kind: 'check',
          checked: suggestionsOn,
          title: "Show the offline assistant's suggestions as dashed outlines; nothing is applied until you accept it",
          run: () => actions.setSuggestionsOn(!suggestionsOn),
        },
        {
          name: 'Inspector',
          icon: PanelRight,
          kind: 'check',
          checked: !inspectorHidden,
          keys: 'i',
          title: 'Show or hide the inspector (i)',
          run: () => actions.toggleInspector(),
        },
      ],
    },
    export: {
      id: 'export',
      label: 'Export and report',
      commands: [
        {
          name: 'Export JSONL',
          text: 'JSONL',
          icon: FileDown,
          disabled: exporting,
          title: 'Download every document and its spans as JSON Lines',
          run: () => {
            setExporting(true);
            void actions.exportJsonl().finally(() => setExporting(false));
          },
        },
        { name: 'Export dataset…', text: 'Dataset…', icon: FileDown, run: () => actions.openDialog('export') },
        { name: 'Report…', text: 'Report…', icon: FileText, run: () => actions.openDialog('report') },
      ],
    },
  };

  const more: MenuSection[] = [
    ...PRIORITY.filter((id) => overflowed.has(id)).map((id) => ({
      label: groups[id].label,
      entries: groups[id].commands,
    })),
    {
      label: 'Display',
      entries: [
        ...LAYOUTS.map(([l, name]): MenuEntry => ({
          name,
          kind: 'radio',
          checked: layout === l,
          run: () => actions.setLayout(l),
        })),
        { name: 'Sync scroll', kind: 'check', checked: syncScroll, run: () => actions.setSyncScroll(!syncScroll) },
        {
          name: 'Hide boilerplate',
          kind: 'check',
          checked: hideBoilerplate,
          run: () => actions.setHideBoilerplate(!hideBoilerplate),
        },
        { name: 'Snap to words', kind: 'check', checked: snap, run: () => actions.setSnapToWords(!snap) },
      ],
    },
    {
      label: 'Workspace and help',
      entries: [
        { name: 'Schema…', run: () => actions.openDialog('schema') },
        { name: 'Keyboard shortcuts', keys: '?', run: () => actions.openDialog('shortcuts') },
        { name: 'Show the tour', run: () => actions.showTour() },
      ],
    },
  ];

  const group = (id: (typeof PRIORITY)[number]): ReactNode => (
    <div
      key={id}
      className="toolbar"
      role="toolbar"
      aria-label={groups[id].label}
      data-overflow-group={id}
      hidden={overflowed.has(id)}
    >
      {groups[id].commands.map((c) => (
        <BarButton key={c.name} command={c} />
      ))}
    </div>
  );

  return (
    <header className="workbench-bar" aria-label="Workbench toolbar" ref={bar}>
      <LabelToolbar />
      <Legend />
      {group('link')}
      {group('views')}
      <div className="bar-search" data-bar-flex="">
        <SearchBar />
      </div>
      <div className="toolbar" role="toolbar" aria-label="History">
        <BarButton
          command={{
            name: 'Undo',
            icon: Undo2,
            title: undo.undoName ? `Undo ${undo.undoName} (Ctrl+Z)` : 'Nothing to undo',
            disabled: !undo.canUndo,
            run: () => void actions.undo(),
          }}
        />
        <BarButton
          command={{
            name: 'Redo',
            icon: Redo2,
            title: undo.redoName ? `Redo ${undo.redoName} (Ctrl+Shift+Z)` : 'Nothing to redo',
            disabled: !undo.canRedo,
            run: () => void actions.redo(),
          }}
        />
        <SaveStatus />
      </div>
      {group('panels')}
      {group('export')}
      <ToolbarMenu label="More" sections={more}>
        <Menu aria-hidden="true" size={16} strokeWidth={1.75} /> More
      </ToolbarMenu>
    </header>
  );
}
