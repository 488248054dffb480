import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { fetchError, fetchErrors, ids, sdkFor } from "./test-support/harness.js"
import { adminSdkSuite } from "./test-support/admin-suite.js"

describe("JS SDK: sdk.admin.store and sdk.admin.region; sdk.store.region", () => {
  const env = adminSdkSuite()

  test("stores: list, retrieve, update currencies and the default channel", async () => {
    const { stores, count } = await env.sdk.admin.store.list()
    assert.equal(count, 1)
    const store = stores[0]
    assert.equal(store.default_sales_channel_id, env.s.defaults.default_sales_channel_id)
    assert.deepEqual((await env.sdk.admin.store.retrieve(store.id)).store, store)
    assert.deepEqual(ids((await env.sdk.admin.store.list({ q: store.name.slice(0, 3), id: [store.id] })).stores), [
      store.id,
    ])

    const { sales_channel: other } = await env.sdk.admin.salesChannel.create({ name: "New default" })
    const { store: updated } = await env.sdk.admin.store.update(
      store.id,
      {
        name: "Renamed",
        supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }],
        default_sales_channel_id: other.id,
        metadata: { tier: "gold" },
      },
      {
        fields:
          "id,name,default_sales_channel_id,metadata,supported_currencies.currency_code,supported_currencies.is_default",
      },
    )
    assert.deepEqual(
      {
        ...updated,
        supported_currencies: updated.supported_currencies
          .map(({ currency_code, is_default }: { currency_code: string; is_default: boolean }) => ({
            currency_code,
            is_default,
          }))
          .sort((a: { currency_code: string }, b: { currency_code: string }) =>
            a.currency_code.localeCompare(b.currency_code),
          ),
      },
      {
        id: store.id,
        name: "Renamed",
        default_sales_channel_id: other.id,
        metadata: { tier: "gold" },
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd", is_default: false },
        ],
      },
    )
    // the store's default channel is now the one that cannot be deleted
    await fetchError(
      env.sdk.admin.salesChannel.delete(other.id),
      400,
      `Cannot delete default sales channels: ${other.id}`,
    )

    await fetchErrors([
      [
        () => env.sdk.admin.store.update(store.id, { supported_currencies: [{ currency_code: "usd" }] }),
        400,
        "There should be a default currency set for the store",
      ],
      [
        () => env.sdk.admin.store.update("store_missing", { name: "x" }),
        404,
        'Store with id "store_missing" not found',
      ],
    ])
    assert.equal(
      (await env.sdk.admin.store.retrieve(store.id)).store.supported_currencies.length,
      2,
      "the refused update wrote nothing",
    )
  })

  test("regions: create with countries and a payment provider, list, retrieve, update, delete; the storefront lists them", async () => {
    const { region } = await env.sdk.admin.region.create({
      name: "North America",
      currency_code: "USD",
      countries: ["us", "CA"],
      payment_providers: ["pp_system_default"],
    })
    assert.match(region.id, /^reg_/)
    assert.equal(region.currency_code, "usd")
    assert.deepEqual(region.countries.map((c: { iso_2: string }) => c.iso_2).sort(), ["ca", "us"])

    const { region: eu } = await env.sdk.admin.region.create({
      name: "Europe",
      currency_code: "eur",
      countries: ["fr"],
    })
    assert.deepEqual(ids((await env.sdk.admin.region.list({ currency_code: ["eur"] })).regions), [eu.id])
    assert.deepEqual(ids((await env.sdk.admin.region.list({ q: "north" })).regions), [region.id])
    const { region: withProviders } = await env.sdk.admin.region.retrieve(region.id, {
      fields: "id,*payment_providers",
    })
    assert.deepEqual(ids(withProviders.payment_providers), ["pp_system_default"])

    const { region: renamed } = await env.sdk.admin.region.update(region.id, { name: "US & Canada", countries: ["us"] })
    assert.equal(renamed.name, "US & Canada")
    assert.deepEqual(
      renamed.countries.map((c: { iso_2: string }) => c.iso_2),
      ["us"],
    )

    const shop = sdkFor(env.s)
    const listed = await shop.store.region.list({ fields: "id,name,currency_code", order: "name" })
    assert.deepEqual(listed.regions, [
      { id: eu.id, name: "Europe", currency_code: "eur" },
      { id: region.id, name: "US & Canada", currency_code: "usd" },
    ])
    assert.equal((await shop.store.region.retrieve(region.id)).region.id, region.id)

    const regions = env.sdk.admin.region
    await fetchErrors([
      [
        () => regions.create({ name: "Taken", currency_code: "usd", countries: ["us"] }),
        400,
        'Countries with codes: "us" are already assigned to a region',
      ],
      [
        () => regions.create({ name: "No currency" } as { name: string; currency_code: string }),
        400,
        "Invalid request: Field 'currency_code' is required",
      ],
      [() => regions.retrieve("reg_missing"), 404, "Region with id: reg_missing not found"],
    ])

    const deleted = await env.sdk.admin.region.delete(eu.id)
    assert.deepEqual([deleted.id, deleted.object, deleted.deleted], [eu.id, "region", true])
    assert.deepEqual(ids((await shop.store.region.list()).regions), [region.id])
    await fetchError(shop.store.region.retrieve(eu.id), 404, `Region with id: ${eu.id} was not found`)
  })
})
