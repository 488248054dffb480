import type { Page } from "../types"

/** "1–20 of 45" with previous/next buttons; hidden when everything fits on one page. */
export function Pager({ page, label, onOffset }: { page: Page; label: string; onOffset: (offset: number) => void }) {
  if (page.count <= page.limit && page.offset === 0) return null
  const first = page.count === 0 ? 0 : page.offset + 1
  const last = Math.min(page.offset + page.limit, page.count)
  return (
    <nav className="pager" aria-label={label}>
      <span>
        {first}–{last} of {page.count}
      </span>
      <button
        type="button"
        disabled={page.offset === 0}
        onClick={() => onOffset(Math.max(0, page.offset - page.limit))}
      >
        Previous
      </button>
      <button type="button" disabled={last >= page.count} onClick={() => onOffset(page.offset + page.limit)}>
        Next
      </button>
    </nav>
  )
}
