import { useEffect, useRef } from "react"

/** The page's h1; takes focus when the page opens (so screen readers announce the new page)
 * and names the document. */
export function PageTitle({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} · salesgraph admin`
  }, [title])
  useEffect(() => {
    heading.current?.focus()
  }, [])
  return (
    <h1 ref={heading} tabIndex={-1}>
      {title}
    </h1>
  )
}
