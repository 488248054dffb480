export { moduleService, type ServiceBase, type GeneratedMethods } from "./module-service.js"
export {
  ModelRepository,
  type Row,
  type StoredRow,
  type ModelRow,
  type FindConfig,
  type CascadedIds,
} from "./model-repository.js"
