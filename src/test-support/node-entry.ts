/**
 * How a test runs a TypeScript file of the checkout in a child node process. `npm test` runs the
 * tests compiled (scripts/test-build.ts puts a .js beside every .ts), and then children run the
 * compiled .js too; `npx tsx --test <file>` runs the sources, and children go through tsx.
 */

/** Whether this process runs the compiled tests (this file is then a .js). */
export const runsCompiled = import.meta.url.endsWith(".js")

/** A module path or URL as this mode loads it: the compiled .js, or the .ts through tsx. */
export const moduleFile = (ts: string) => (runsCompiled ? ts.replace(/\.ts$/, ".js") : ts)

/** node's arguments that preload the loader this mode needs (tsx's, or none when compiled). */
export const loaderArgs = (): string[] => (runsCompiled ? [] : ["--import", import.meta.resolve("tsx")])

/** node's arguments that run `ts` (a path of the checkout): the loader, then the file. */
export const nodeEntry = (ts: string): string[] => [...loaderArgs(), moduleFile(ts)]
