import * as jsSdk from "@medusajs/js-sdk"

/**
 * `@medusajs/js-sdk`'s client class and error, typed. Its ESM build sits in a package without
 * `"type": "module"`, so TypeScript (NodeNext) reads it as CommonJS — the class at
 * `default.default` — while tsx loads the ESM build with the class at `default`. Take whichever
 * this runtime gives.
 */
type MedusaClass = typeof jsSdk.default.default
const loaded = jsSdk.default as unknown as MedusaClass | { default: MedusaClass }

export const Medusa: MedusaClass = typeof loaded === "function" ? loaded : loaded.default
export type Medusa = InstanceType<MedusaClass>
export const FetchError = jsSdk.FetchError
export type FetchError = InstanceType<typeof jsSdk.FetchError>
