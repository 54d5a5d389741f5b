/** Hands a file to the browser's downloads, as if the user had followed a link to it. */
export function saveFile(contents: Blob, fileName: string): void {
  const url = URL.createObjectURL(contents);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started by now; the object URL can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(csv: string, fileName: string): void {
  saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Saves what a chart's canvas shows as a PNG image. */
export function savePng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((image) => {
      if (!image) {
        reject(new Error('The chart could not be turned into an image.'));
        return;
      }
      saveFile(image, fileName);
      resolve();
    }, 'image/png');
  });
}

/** A file name made of words: "ehcp-issued-within-20-weeks-2023-24-wandsworth". */
export function fileNameFrom(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('-');
}
