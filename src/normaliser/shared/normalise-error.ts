/**
 * The normaliser's error for bad input: it names where (`file:line`), which field, and what is wrong;
 * the CLI prints it and exits non-zero without writing anything.
 */
export class NormaliseError extends Error {
  override name = 'NormaliseError';
  readonly where: string;
  readonly field: string;
  constructor(where: string, field: string, problem: string) {
    super(`${where}: ${field}: ${problem}`);
    this.where = where;
    this.field = field;
  }
}
