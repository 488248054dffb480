import { useState, type FormEvent } from "react"
import { api } from "../api"
import { useMutation } from "../hooks"
import type { SalesChannel } from "../types"
import { Notice } from "./Notice"

/** POST /admin/sales-channels {name, description}. */
export function CreateChannel({ onCreated }: { onCreated: (channel: SalesChannel) => void }) {
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const create = useMutation()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const body = { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) }
    await create.run(async () => {
      const { sales_channel } = await api.post<{ sales_channel: SalesChannel }>("/admin/sales-channels", body)
      setName("")
      setDescription("")
      onCreated(sales_channel)
    }, `Sales channel “${body.name}” created.`)
  }

  return (
    <form className="panel create-channel" onSubmit={submit} aria-labelledby="create-channel-title">
      <h2 id="create-channel-title">New sales channel</h2>
      <div className="fields">
        <div className="field">
          <label htmlFor="channel-name">Name</label>
          <input id="channel-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor="channel-description">Description</label>
          <input id="channel-description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={create.pending || !name.trim()}>
          Create channel
        </button>
      </div>
      <Notice error={create.error} message={create.message} />
    </form>
  )
}
