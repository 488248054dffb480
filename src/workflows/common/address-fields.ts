/** The fields of an address as Medusa's cart, order and customer addresses share them (all optional). */
export interface AddressFields {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  country_code?: string | null
  province?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}
