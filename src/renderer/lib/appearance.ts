import type { Preferences } from '../../api/desktop';

/** The article text's size and line width from the desktop Preferences, as the CSS variables article-text.css reads. */
export function applyAppearance(
  preferences: Pick<Preferences, 'textSize' | 'lineWidth'>,
  style: Pick<CSSStyleDeclaration, 'setProperty'> = document.documentElement.style,
): void {
  style.setProperty('--article-text-size', `${preferences.textSize}px`);
  style.setProperty('--article-line-width', `${preferences.lineWidth}ch`);
}
