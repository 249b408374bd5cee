import { z } from 'zod';
import { checkAnnotatorName } from '../core/layers/layer-name';
import { ReportTitle } from './contract';

/**
 * What only the desktop shell offers, beside the contract: saving the report as a PDF printed by
 * Electron. Its own IPC channel; the arguments are parsed in the main process, the answer in the renderer.
 */
export const SAVE_REPORT_PDF_CHANNEL = 'collate:save-report-pdf';

/** The report's title as the user typed it in the report dialog; the workspace's name when absent. */
export const SaveReportPdfArgs = z.object({ title: ReportTitle.optional() }).strict();

export const SaveReportPdfResult = z.object({
  /** False when the user closed the save dialog: nothing was written. */
  saved: z.boolean(),
  path: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
});
export type SaveReportPdfResult = z.infer<typeof SaveReportPdfResult>;

/** How the desktop window looks: the theme follows the system unless the user picks one. */
export const THEMES = ['system', 'light', 'dark'] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/** Article text size in CSS pixels and line width in characters: the bounds the Preferences dialog offers. */
export const TEXT_SIZE = { min: 12, max: 28, default: 16 } as const;
export const LINE_WIDTH = { min: 40, max: 120, default: 70 } as const;

const between = (bounds: { min: number; max: number }) => z.number().int().min(bounds.min).max(bounds.max);

/** The preferences the renderer may read and change (the window's own state and recents stay in main). */
export const Preferences = z
  .object({
    annotator: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[^\u0000-\u001f\u007f]*$/)
      .refine((name) => checkAnnotatorName(name).ok, 'names a layer (curated, all); choose another annotator name'),
    theme: Theme,
    textSize: between(TEXT_SIZE),
    lineWidth: between(LINE_WIDTH),
    /** Where export and report dialogs open first; absolute, or empty for the Documents folder. */
    exportFolder: z.string().max(4096),
  })
  .strict();
export type Preferences = z.infer<typeof Preferences>;

/** A change from the Preferences dialog: any subset, each field checked as above. */
export const PreferencesPatch = Preferences.partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

/** The desktop calls beside the contract, each on its own channel, each parsed in the main process. */
export const GET_PREFERENCES_CHANNEL = 'collate:get-preferences';
export const SET_PREFERENCES_CHANNEL = 'collate:set-preferences';
/** Main → renderer: the preferences changed (the menu's theme or text size, another window's dialog). */
export const PREFERENCES_CHANGED_CHANNEL = 'collate:preferences-changed';

/**
 * Main → renderer: a menu item the workbench carries out (its own undo, a view, a dialog). Each is
 * the same action as the key in the shortcut sheet, so a menu item and its key never differ.
 */
export const MENU_COMMAND_CHANNEL = 'collate:menu-command';
export const RENDERER_COMMANDS = [
  'undo',
  'redo',
  'find',
  'find-next',
  'find-previous',
  'show-shortcuts',
  'export',
  'report',
  'label-schema',
  'preferences',
  'view-panes',
  'view-matrix',
  'view-sources',
  'toggle-inspector',
] as const;
export const RendererCommand = z.enum(RENDERER_COMMANDS);
export type RendererCommand = z.infer<typeof RendererCommand>;

/** File › Import…: the files the user picked in the main process's dialog, read there. */
export const ImportedFiles = z
  .array(z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict())
  .min(1);
export const IMPORT_FILES_CHANNEL = 'collate:import-files';

/**
 * Renderer → main: run the text field's own undo or redo (Edit › Undo reached a focused text field,
 * which keeps its own history, rather than the workbench).
 */
export const NATIVE_EDIT_CHANNEL = 'collate:native-edit';
export const NativeEdit = z.enum(['undo', 'redo']);
export type NativeEdit = z.infer<typeof NativeEdit>;

/**
 * The welcome window (a launch that names no workspace, or File › New Window): the recent
 * workspaces, and New / Open Workspace…. One channel; each request names its action, parsed in main.
 */
export const WELCOME_CHANNEL = 'collate:welcome';
/** The welcome window loads the app's page with this query; the renderer shows the welcome screen for it. */
export const WELCOME_QUERY = { name: 'window', value: 'welcome' } as const;
const workspacePath = z.string().min(1).max(4096);
export const WelcomeRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('list') }).strict(),
  /** Opens a workspace of the recent list (no other path: the page cannot name any folder it likes). */
  z.object({ action: z.literal('open'), path: workspacePath }).strict(),
  /** Takes a workspace off the recent list; its folder is not touched. */
  z.object({ action: z.literal('forget'), path: workspacePath }).strict(),
  /** New Workspace… and Open Workspace…: the main process asks for the folder. */
  z.object({ action: z.literal('new') }).strict(),
  z.object({ action: z.literal('choose') }).strict(),
]);
export type WelcomeRequest = z.infer<typeof WelcomeRequest>;

export const RecentWorkspace = z
  .object({
    path: workspacePath,
    /** The name in its collate.json, else the folder's name. */
    name: z.string().min(1).max(4096),
    /** When Collate last opened it (ISO 8601), if it was recorded. */
    openedAt: z.string().max(64).nullable(),
    /** Its folder or collate.json is gone (moved or deleted): it can only be removed from the list. */
    missing: z.boolean(),
  })
  .strict();
export type RecentWorkspace = z.infer<typeof RecentWorkspace>;

export const WelcomeState = z
  .object({
    recents: z.array(RecentWorkspace),
    /** The workspace a request opened (its window replaces the welcome window), or null. */
    opened: workspacePath.nullable(),
  })
  .strict();
export type WelcomeState = z.infer<typeof WelcomeState>;
