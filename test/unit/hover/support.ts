// Reading hover markdown in tests: the text without markdown's backslash escapes, and the images decoded.

/** The markdown with backslash escapes removed: what the hover's text says (images and links stay). */
export const plain = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The SVGs of the markdown's data: images. */
export function decodedImages(md: string): string[] {
  return [...md.matchAll(/!\[(?:[^\]\\]|\\.)*\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'));
}
