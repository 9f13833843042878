/**
 * An extra password check: one definition that a checklist item and the form's validation both
 * derive from. `test` answers whether the password passes; it may be asynchronous (a network
 * lookup, a lazily loaded estimator), in which case it receives a `signal` that aborts when the
 * password changes. A `test` that throws or rejects is reported, never treated as a failure: the
 * user pool's own policy stays the authority.
 */
export interface PasswordCheckDefinition {
  /** Stable id: the checklist item's key and the `data-rule` of its element. */
  readonly id: string;
  /** What the checklist shows: a message key of the catalogue (`rules.notBreached`) or plain text. */
  readonly message: string;
  /**
   * `true` when the password passes.
   * @param password the new password, exactly as typed.
   * @param context `username` when known; `signal` aborts a stale asynchronous test.
   */
  test(password: string, context: PasswordCheckContext): boolean | Promise<boolean>;
}

/** What a {@link PasswordCheckDefinition}'s `test` receives beside the password. */
export interface PasswordCheckContext {
  /** The account's username, when the form knows it. @default undefined */
  readonly username?: string;
  /** Aborted when the password changes or the form unmounts. @default undefined */
  readonly signal?: AbortSignal;
}
