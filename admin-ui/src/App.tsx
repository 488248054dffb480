import { ChannelList } from "./components/ChannelList"
import { ChannelPage } from "./components/ChannelPage"
import { Layout } from "./components/Layout"
import { NotFound } from "./components/NotFound"
import { SignIn } from "./components/SignIn"
import { parseRoute, usePathname } from "./router"
import { useToken } from "./session"

export function App() {
  const token = useToken()
  const route = parseRoute(usePathname())
  if (!token) return <SignIn />
  return (
    <Layout>
      {route.name === "channels" && <ChannelList />}
      {route.name === "channel" && <ChannelPage key={route.id} id={route.id} />}
      {route.name === "not-found" && <NotFound />}
    </Layout>
  )
}
