export { moduleService, type ServiceBase, type GeneratedMethods, type ModuleServiceClass } from "./module-service.js"
export {
  ModelRepository,
  type Row,
  type StoredRow,
  type ModelRow,
  type FindConfig,
  type CascadedIds,
} from "./model-repository.js"
