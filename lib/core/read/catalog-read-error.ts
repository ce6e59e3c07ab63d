/**
 * A catalog or schedule file that cannot be read. The message names the file, the line when
 * known, what was wrong and what to do: it is shown to the user as it is.
 */
export class CatalogReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${problem}`);
    this.name = 'CatalogReadError';
  }
}
