/** Saves text as a file through the browser's download, which both shells support. */
export function downloadText(fileName: string, content: string, mediaType: string): void {
  downloadBlob(fileName, new Blob([content], { type: mediaType || 'application/octet-stream' }));
}

/** Saves bytes (a zip archive, say) as a file. */
export function downloadBytes(fileName: string, bytes: Uint8Array, mediaType: string): void {
  downloadBlob(
    fileName,
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType || 'application/octet-stream' }),
  );
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
