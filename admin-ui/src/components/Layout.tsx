import type { ReactNode } from "react"
import { api } from "../api"
import { useResource } from "../hooks"
import { paths } from "../router"
import { signOut } from "../session"
import { Link } from "./Link"

export function Layout({ children }: { children: ReactNode }) {
  const me = useResource(() => api.get<{ user: { email: string } }>("/admin/users/me?fields=id,email"), [])
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to={paths.channels()} className="brand">
          salesgraph <span>admin</span>
        </Link>
        <nav aria-label="Main">
          <Link to={paths.channels()}>Sales channels</Link>
        </nav>
        <div className="account">
          {me.data && <span className="muted">{me.data.user.email}</span>}
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  )
}
