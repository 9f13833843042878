/** Flags that let Chromium run headless as root in a container (no sandbox, no GPU, small /dev/shm). */
export declare const CHROMIUM_FLAGS: readonly string[];
/** The Chromium to use (CHROMIUM_PATH, the system's, or Playwright's), or `undefined` when there is none. */
export declare function findChromium(): string | undefined;
/** Finds Chromium, installing Debian's package with apt-get when running as root on Debian. */
export declare function ensureChromium(): string;
