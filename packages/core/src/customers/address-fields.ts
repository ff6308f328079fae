/**
 * A saved address as the account forms send it, once validated and normalized by the checkout's
 * rules (addressCreateInput in @comptoir/validators), with the default roles it asks for.
 */
export interface SavedAddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  region?: string | null;
  country: string;
  phone?: string | null;
  defaultShipping?: boolean;
  defaultBilling?: boolean;
}

/** The columns of an address from the form's fields; absent optional fields are stored as null. */
export function addressColumns(input: SavedAddressInput) {
  return {
    name: input.name,
    line1: input.line1,
    line2: input.line2 ?? null,
    postalCode: input.postalCode,
    city: input.city,
    region: input.region ?? null,
    country: input.country,
    phone: input.phone ?? null,
  };
}
