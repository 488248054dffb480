import { useId, useState, type FormEvent, type ReactNode } from "react"
import { useMutation } from "../hooks"
import { Notice } from "./Notice"

export interface LinkedItem {
  id: string
  name: string
  detail?: ReactNode
}

interface Props {
  title: string
  /** "publishable key", "stock location" */
  noun: string
  channelName: string
  linked: LinkedItem[]
  /** everything that may be linked (linked ones are left out of the choice) */
  candidates: LinkedItem[] | undefined
  loadError?: string
  empty: string
  link: (id: string) => Promise<unknown>
  unlink: (id: string) => Promise<unknown>
}

/** A list of things linked to the channel, each with an unlink button, and a picker to link one more. */
export function LinkedSection({ title, noun, channelName, linked, candidates, loadError, empty, link, unlink }: Props) {
  const titleId = useId()
  const selectId = useId()
  const [choice, setChoice] = useState("")
  const change = useMutation()
  const linkedIds = new Set(linked.map((item) => item.id))
  const options = (candidates ?? []).filter((item) => !linkedIds.has(item.id))
  const selected = options.some((o) => o.id === choice) ? choice : (options[0]?.id ?? "")

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const item = options.find((o) => o.id === selected)
    if (item) await change.run(() => link(item.id), `${item.name} linked to ${channelName}.`)
  }

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul className="linked" aria-labelledby={titleId}>
        {linked.map((item) => (
          <li key={item.id}>
            <div className="linked-text">
              <span className="linked-name">{item.name}</span>
              {item.detail}
            </div>
            <button
              type="button"
              disabled={change.pending}
              aria-label={`Unlink ${item.name} from ${channelName}`}
              onClick={() => change.run(() => unlink(item.id), `${item.name} unlinked from ${channelName}.`)}
            >
              Unlink
            </button>
          </li>
        ))}
        {linked.length === 0 && <li className="muted">{empty}</li>}
      </ul>
      <form className="link-form" onSubmit={submit}>
        <label htmlFor={selectId}>Link a {noun}</label>
        <div className="row">
          <select
            id={selectId}
            value={selected}
            onChange={(e) => setChoice(e.target.value)}
            disabled={options.length === 0}
          >
            {options.length === 0 && <option value="">{candidates ? `No other ${noun}` : "Loading…"}</option>}
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!selected || change.pending}>
            Link
          </button>
        </div>
      </form>
      <Notice error={change.error ?? loadError} message={change.message} />
    </section>
  )
}
