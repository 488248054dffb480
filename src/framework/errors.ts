/** Error types as Medusa names them (docs/medusa-contract.md §5.1); the HTTP layer maps them to status codes. */
export const ErrorType = {
  INVALID_DATA: "invalid_data",
  NOT_FOUND: "not_found",
  NOT_ALLOWED: "not_allowed",
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  DUPLICATE_ERROR: "duplicate_error",
  CONFLICT: "conflict",
  PAYMENT_AUTHORIZATION_ERROR: "payment_authorization_error",
  UNEXPECTED_STATE: "unexpected_state",
  INVALID_ARGUMENT: "invalid_argument",
  DATABASE_ERROR: "database_error",
} as const

export type ErrorTypeName = (typeof ErrorType)[keyof typeof ErrorType]

export class SalesgraphError extends Error {
  constructor(
    readonly type: ErrorTypeName,
    message: string,
    readonly code?: string,
  ) {
    super(message)
    this.name = "SalesgraphError"
  }
}

export const invalidData = (message: string) => new SalesgraphError(ErrorType.INVALID_DATA, message)
export const notFound = (message: string) => new SalesgraphError(ErrorType.NOT_FOUND, message)
/** Medusa's ORM words for a foreign key naming a record that is not there (or is deleted). */
export const missingRelation = (column: string, id: string) =>
  notFound(`You tried to set relationship ${column}: ${id}, but such entity does not exist`)
export const notAllowed = (message: string, code?: string) => new SalesgraphError(ErrorType.NOT_ALLOWED, message, code)

export function isSalesgraphError(e: unknown): e is SalesgraphError {
  return e instanceof SalesgraphError
}
