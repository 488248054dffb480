import { useState, type FormEvent } from "react"
import { api } from "../api"
import { useMutation } from "../hooks"
import { setToken } from "../session"
import { Notice } from "./Notice"

/** POST /auth/user/emailpass → a bearer token for the admin API. */
export function SignIn() {
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const signIn = useMutation()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await signIn.run(async () => {
      const { token } = await api.post<{ token: string }>("/auth/user/emailpass", { email, password })
      setToken(token)
    })
  }

  return (
    <main id="main" className="sign-in">
      <form className="card" onSubmit={submit} aria-labelledby="sign-in-title">
        <p className="brand">salesgraph</p>
        <h1 id="sign-in-title">Sign in</h1>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Notice error={signIn.error} />
        <button type="submit" className="primary" disabled={signIn.pending}>
          {signIn.pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  )
}
