export { moduleService, type ServiceBase, type GeneratedMethods, type StoredRow } from "./module-service.js"
export { ModelRepository, type Row, type FindConfig, type CascadedIds } from "./model-repository.js"
