/** The bytes of a base64 string (a report sent by main). */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Offers a file as a download: a Blob URL on a hidden `<a download>`, clicked once. The strict
 * Content-Security-Policy allows this (a download, not a fetch); the URL is revoked a minute later.
 */
export function downloadFile(fileName: string, mimeType: string, base64: string): void {
  downloadBlob(fileName, new Blob([bytesFromBase64(base64)], { type: mimeType }));
}

/** Offers a Blob as a download, the same way. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
