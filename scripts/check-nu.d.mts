/** Runs the W3C Nu HTML checker on a folder: "page:line: message", CSS messages left out. */
export function nuCheck(dir: string): string[];
export function ensureJava(): void;
