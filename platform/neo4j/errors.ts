/** A setup problem the user can fix: the message says what is wrong, `fix` says what to do. */
export class Neo4jSetupError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(`${message}\n  fix: ${fix}`);
    this.name = 'Neo4jSetupError';
  }
}
