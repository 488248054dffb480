/**
 * A tiny SQL fragment builder: text and parameters travel together, so no value is ever pasted
 * into SQL. Identifiers come only from model declarations (validated before they get here) and
 * are quoted anyway.
 */
export class Sql {
  /** Alternating text chunks and parameters: chunks.length === params.length + 1. */
  constructor(
    readonly chunks: readonly string[],
    readonly params: readonly unknown[],
  ) {}

  private compiled?: { text: string; values: unknown[] }

  /** Compiles to `$n` placeholders (once: fragments are immutable). */
  compile(): { text: string; values: unknown[] } {
    if (this.compiled) return this.compiled
    let text = this.chunks[0]
    const values: unknown[] = []
    for (let i = 0; i < this.params.length; i++) {
      values.push(this.params[i])
      text += `$${values.length}` + this.chunks[i + 1]
    }
    this.compiled = { text, values }
    return this.compiled
  }
}

type Piece = Sql | unknown

function flatten(strings: readonly string[], pieces: readonly Piece[]): Sql {
  const chunks: string[] = [strings[0]]
  const params: unknown[] = []
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]
    if (piece instanceof Sql) {
      chunks[chunks.length - 1] += piece.chunks[0]
      for (let j = 0; j < piece.params.length; j++) {
        params.push(piece.params[j])
        chunks.push(piece.chunks[j + 1])
      }
    } else {
      params.push(piece)
      chunks.push("")
    }
    chunks[chunks.length - 1] += strings[i + 1]
  }
  return new Sql(chunks, params)
}

/** Tagged template: `sql\`select * from ${ident(t)} where id = ${id}\`` */
export function sql(strings: TemplateStringsArray, ...pieces: Piece[]): Sql {
  return flatten(strings, pieces)
}

/** Trusted SQL text (never user input). */
export function raw(text: string): Sql {
  return new Sql([text], [])
}

/** A quoted identifier, optionally qualified: ident("p", "id") → "p"."id". */
export function ident(...parts: string[]): Sql {
  return raw(parts.map((p) => '"' + p.replace(/"/g, '""') + '"').join("."))
}

export function join(parts: readonly Sql[], separator = ", "): Sql {
  if (parts.length === 0) return raw("")
  const strings = [""]
  for (let i = 1; i < parts.length; i++) strings.push(separator)
  strings.push("")
  return flatten(strings, parts)
}

export const empty = raw("")
