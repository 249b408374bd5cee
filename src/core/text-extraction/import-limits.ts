/** Largest file Collate imports; bigger files are refused with this figure in the message. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const tooLargeMessage = (size: number): string =>
  `The file is ${(size / 1024 / 1024).toFixed(1)} MB; Collate imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
