import { ipcMain } from 'electron';
import {
  GET_PREFERENCES_CHANNEL,
  NATIVE_EDIT_CHANNEL,
  NativeEdit,
  PreferencesPatch,
  SET_PREFERENCES_CHANNEL,
  WELCOME_CHANNEL,
  type Preferences,
  type WelcomeState,
} from '../../src/api/desktop';
import { failureOf } from '../../src/api/envelope';
import { fail, ok, type Result } from '../../src/core/result';
import { trustedSender, type SenderCheck } from './ipc';
import { answerWelcome, type WelcomeContext } from './welcome';

export interface DesktopIpcContext extends SenderCheck {
  readPreferences: () => Promise<Preferences>;
  /** Stores a checked change and applies it to every window (theme, text size). */
  changePreferences: (patch: PreferencesPatch) => Promise<Preferences>;
}

const FORBIDDEN = 'This call did not come from the Collate window.';

/** The desktop calls beside the contract: preferences, and the text field's own undo. Same sender check. */
export function registerDesktopIpc(context: DesktopIpcContext): () => void {
  ipcMain.handle(GET_PREFERENCES_CHANNEL, async (event, args: unknown): Promise<Result<Preferences>> => {
    if (!trustedSender(event, context)) return fail('forbidden', FORBIDDEN);
    if (args !== undefined && (typeof args !== 'object' || args === null || Object.keys(args).length > 0))
      return fail('bad-arguments', 'Reading the preferences takes no arguments.');
    return ok(await context.readPreferences());
  });
  ipcMain.handle(SET_PREFERENCES_CHANNEL, async (event, args: unknown): Promise<Result<Preferences>> => {
    if (!trustedSender(event, context)) return fail('forbidden', FORBIDDEN);
    const patch = PreferencesPatch.safeParse(args);
    if (!patch.success) {
      const issue = patch.error.issues[0];
      return fail('bad-arguments', `The preference ${issue?.path.join('.') || ''} is not valid: ${issue?.message}`);
    }
    try {
      return ok(await context.changePreferences(patch.data));
    } catch (error) {
      return failureOf(error, { code: 'bad-preferences', context: 'The preferences could not be saved' });
    }
  });
  ipcMain.handle(NATIVE_EDIT_CHANNEL, (event, args: unknown): Result<null> => {
    if (!trustedSender(event, context)) return fail('forbidden', FORBIDDEN);
    const edit = NativeEdit.safeParse(args);
    if (!edit.success) return fail('bad-arguments', 'A text field can only undo or redo.');
    if (edit.data === 'undo') event.sender.undo();
    else event.sender.redo();
    return ok(null);
  });
  return () => {
    for (const channel of [GET_PREFERENCES_CHANNEL, SET_PREFERENCES_CHANNEL, NATIVE_EDIT_CHANNEL])
      ipcMain.removeHandler(channel);
  };
}

/** The welcome window's one channel: served only to the welcome window's own page. */
export function registerWelcomeIpc(context: SenderCheck & WelcomeContext): () => void {
  ipcMain.handle(WELCOME_CHANNEL, async (event, args: unknown): Promise<Result<WelcomeState>> => {
    if (!trustedSender(event, context)) return fail('forbidden', 'This call did not come from the welcome window.');
    return answerWelcome(args, context);
  });
  return () => ipcMain.removeHandler(WELCOME_CHANNEL);
}
