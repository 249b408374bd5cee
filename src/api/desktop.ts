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
