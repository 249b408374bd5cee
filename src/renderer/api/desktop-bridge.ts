import {
  ImportedFiles,
  NativeEdit,
  Preferences,
  PreferencesPatch,
  RendererCommand,
  WELCOME_QUERY,
  WelcomeRequest,
  WelcomeState,
  type PreferencesPatch as Patch,
} from '../../api/desktop';
import { readEnvelope } from '../../api/envelope';
import { fail, type Result } from '../../core/result';

/** What the Electron preload exposes beside the contract (electron/preload/index.ts); absent in the browser shell. */
interface RawDesktop {
  saveReportPdf?: (title?: string) => Promise<unknown>;
  getPreferences?: () => Promise<unknown>;
  setPreferences?: (patch: unknown) => Promise<unknown>;
  nativeEdit?: (edit: unknown) => Promise<unknown>;
  onMenuCommand?: (listener: (payload: unknown) => void) => () => void;
  onImportFiles?: (listener: (payload: unknown) => void) => () => void;
  onPreferencesChanged?: (listener: (payload: unknown) => void) => () => void;
  welcome?: (request: unknown) => Promise<unknown>;
}

declare global {
  interface Window {
    /** Set by the Electron preload only: what the desktop shell adds to the contract. */
    collateDesktop?: RawDesktop;
  }
}

/** The desktop shell's preferences, menu and native editing, every answer and message checked before use. */
export interface DesktopBridge {
  getPreferences(): Promise<Result<Preferences>>;
  setPreferences(patch: Patch): Promise<Result<Preferences>>;
  /** Runs the focused text field's own undo or redo. */
  nativeEdit(edit: NativeEdit): Promise<void>;
  onMenuCommand(listener: (command: RendererCommand) => void): () => void;
  onImportFiles(listener: (files: File[]) => void): () => void;
  onPreferencesChanged(listener: (preferences: Preferences) => void): () => void;
}

const parsePreferences = (value: unknown): Preferences | null => {
  const parsed = Preferences.safeParse(value);
  return parsed.success ? parsed.data : null;
};

async function askFor<T>(call: () => Promise<unknown>, parse: (value: unknown) => T | null): Promise<Result<T>> {
  let answer: unknown;
  try {
    answer = await call();
  } catch (error) {
    return fail(
      'transport',
      `The desktop shell could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return readEnvelope(answer, parse, "The desktop shell's answer");
}

const ask = (call: () => Promise<unknown>): Promise<Result<Preferences>> => askFor(call, parsePreferences);

/** A listener that only ever sees messages its schema accepts; anything else is dropped. */
function checked<T>(
  subscribe: ((listener: (payload: unknown) => void) => () => void) | undefined,
  parse: (payload: unknown) => T | null,
): (listener: (value: T) => void) => () => void {
  return (listener) => {
    if (!subscribe) return () => undefined;
    return subscribe((payload) => {
      const value = parse(payload);
      if (value !== null) listener(value);
    });
  };
}

/** The bridge in the desktop window, or null in the browser shell. */
export function desktopBridge(raw: RawDesktop | undefined = window.collateDesktop): DesktopBridge | null {
  const { getPreferences, setPreferences, nativeEdit } = raw ?? {};
  if (!raw || !getPreferences || !setPreferences || !nativeEdit) return null;
  return {
    getPreferences: () => ask(() => getPreferences()),
    setPreferences: (patch) => {
      const parsed = PreferencesPatch.safeParse(patch);
      if (!parsed.success)
        return Promise.resolve(fail('bad-arguments', parsed.error.issues[0]?.message ?? 'Not valid.'));
      return ask(() => setPreferences(parsed.data));
    },
    nativeEdit: async (edit) => void (await nativeEdit(NativeEdit.parse(edit))),
    onMenuCommand: checked(raw.onMenuCommand, (payload) => {
      const parsed = RendererCommand.safeParse(payload);
      return parsed.success ? parsed.data : null;
    }),
    onImportFiles: checked(raw.onImportFiles, (payload) => {
      const parsed = ImportedFiles.safeParse(payload);
      return parsed.success ? parsed.data.map((file) => new File([file.bytes], file.name)) : null;
    }),
    onPreferencesChanged: checked(raw.onPreferencesChanged, parsePreferences),
  };
}

/** The welcome window's requests (src/api/desktop.ts: WelcomeRequest), each answer checked before use. */
export interface WelcomeBridge {
  request(request: WelcomeRequest): Promise<Result<WelcomeState>>;
}

/** Is this page the welcome window's (the main process loads it with `?window=welcome`)? */
export function isWelcomePage(search: string): boolean {
  return new URLSearchParams(search).get(WELCOME_QUERY.name) === WELCOME_QUERY.value;
}

/** The welcome window's bridge, or null where there is none (a workspace window, the browser shell). */
export function welcomeBridge(
  raw: RawDesktop | undefined = window.collateDesktop,
  search: string = window.location.search,
): WelcomeBridge | null {
  const call = raw?.welcome;
  if (!call || !isWelcomePage(search)) return null;
  return {
    request: (request) => {
      const parsed = WelcomeRequest.safeParse(request);
      if (!parsed.success) return Promise.resolve(fail('bad-arguments', 'Not a welcome window request.'));
      return askFor(
        () => call(parsed.data),
        (value) => {
          const state = WelcomeState.safeParse(value);
          return state.success ? state.data : null;
        },
      );
    },
  };
}
