/** An amount of money: an integer number of minor units (cents) and an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}
