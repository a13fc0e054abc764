/** The two TrueType faces the builder embeds, as raw bytes. */
export interface FontFiles {
  regular: ArrayBuffer | Uint8Array;
  bold: ArrayBuffer | Uint8Array;
}

/** Fetches the font files; the browser default fetches the Vite-emitted assets, tests read the disk. */
export type FontLoader = () => Promise<FontFiles>;
