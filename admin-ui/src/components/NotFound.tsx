import { paths } from "../router"
import { Link } from "./Link"
import { PageTitle } from "./PageTitle"

export function NotFound({ what = "This page" }: { what?: string }) {
  return (
    <section className="panel">
      <PageTitle title="Not found" />
      <p>{what} does not exist.</p>
      <p>
        <Link to={paths.channels()}>Back to the sales channels</Link>
      </p>
    </section>
  )
}
