/** The only schemes a link may have to leave the app for the user's browser or mail program. */
const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:']);

/** The link as it will be opened when its scheme is allowed, else null (file:, http:, javascript:, app:…). */
export function externalTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    return EXTERNAL_SCHEMES.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface ExternalOpener {
  /** Asks the user, naming the address; true to open it. */
  confirm(target: string): Promise<boolean>;
  open(target: string): Promise<void>;
}

/** Opens an allowed link outside the app once the user says yes; anything else is dropped. */
export async function openExternally(url: string, opener: ExternalOpener): Promise<boolean> {
  const target = externalTarget(url);
  if (!target || !(await opener.confirm(target))) return false;
  await opener.open(target);
  return true;
}
