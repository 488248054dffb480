import type { Container } from "../../app/container.js"
import type { ModuleName } from "../../app/modules.js"
import { notFound } from "../../framework/errors.js"
import type { ModelDef } from "../../framework/model/index.js"
import type { Row } from "../../framework/service/index.js"

/**
 * Create, update and soft-delete of a module's plain records (return reasons, refund reasons),
 * each in one transaction. Medusa emits no events for these. `missing` words an update's 404.
 */
export function reasonRecordWorkflows(module: ModuleName, model: ModelDef, missing: (id: string) => string) {
  const repo = (tx: Container) => tx.modules[module].repository(model)
  return {
    create: (c: Container, rows: Row[]): Promise<Row[]> => c.transaction((tx) => repo(tx).create(rows)),
    update: (c: Container, id: string, data: Row): Promise<Row> =>
      c.transaction(async (tx) => {
        const [row] = await repo(tx).updateWhere({ id }, data)
        if (!row) throw notFound(missing(id))
        return row
      }),
    /** unknown ids are no error: Medusa answers its delete envelope */
    delete: (c: Container, ids: string[]): Promise<unknown> => c.transaction((tx) => repo(tx).setDeleted(ids, true)),
  }
}
