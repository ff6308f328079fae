import { expect, test } from "./fixtures";
import { addToCart, emailsTo, ordersOf, productWithTwoVariants, stockOf } from "./checkout-helpers";

test.describe("buying, end to end, with the payment emulator", () => {
  test("two variants, a quantity, a discount code, a guest checkout, a payment, the email in French", async ({
    page,
  }) => {
    const product = await productWithTwoVariants();
    const [first, second] = product.variants as [(typeof product.variants)[0], (typeof product.variants)[0]];
    const email = `lea.${Date.now()}@example.com`;

    await addToCart(page, `/fr/produit/${product.fr}`, first.sku);
    await addToCart(page, `/fr/produit/${product.fr}`, second.sku);

    await page.goto("/fr/panier");
    const lines = page.getByTestId("cart-line");
    await expect(lines).toHaveCount(2);
    await lines.first().getByRole("spinbutton").fill("2");
    await lines.first().getByRole("button", { name: "Mettre à jour" }).click();
    await expect(page.getByTestId("cart-item-count")).toHaveText("3 articles");

    const discount = page.getByTestId("cart-discount");
    await discount.getByLabel("Code promo").fill("bienvenue10");
    await discount.getByRole("button", { name: "Appliquer" }).click();
    await expect(page.getByTestId("cart-discount")).toContainText("BIENVENUE10");

    await page.getByTestId("checkout-link").click();
    await expect(page).toHaveURL(/\/fr\/commande$/);
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Nom complet").fill("Léa Dubois");
    await page.getByLabel("Adresse", { exact: true }).fill("8 rue Mercière");
    await page.getByLabel("Code postal").fill("69002");
    await page.getByLabel("Ville").fill("Lyon");
    await page.getByTestId("checkout-pay").click();

    // The payment page (the emulator stands in for Stripe's).
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Payer");
    await page.getByRole("button", { name: /carte de test 4242/ }).click();

    await expect(page).toHaveURL(/\/fr\/commande\/confirmation\?session_id=cs_/);
    const [order] = await ordersOf(email);
    expect(order).toBeDefined();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Merci ! Commande n° ${order!.number}`);
    await expect(page.getByTestId("confirmation")).toHaveAttribute("data-state", "paid", { timeout: 15_000 });
    expect((await ordersOf(email))[0]!.status).toBe("PAID");
    expect(await stockOf(first.id)).toBe(first.stock - 2);
    expect(await stockOf(second.id)).toBe(second.stock - 1);

    const emails = await emailsTo(email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain(String(order!.number));
    expect(emails[0]!.html).toContain('lang="fr"');
    // The cart became the order.
    await page.goto("/fr/panier");
    await expect(page.getByTestId("cart-empty")).toBeVisible();
  });

  test("a declined card leaves the order unpaid, and leaving the payment page gives the stock back", async ({
    page,
  }) => {
    const product = await productWithTwoVariants(1);
    const variant = product.variants[0]!;
    const stock = await stockOf(variant.id);
    const email = `sam.${Date.now()}@example.com`;

    await addToCart(page, `/en/product/${product.en}`, variant.sku);
    await page.goto("/en/cart");
    await page.getByTestId("checkout-link").click();
    await expect(page).toHaveURL(/\/en\/checkout$/);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Full name").fill("Sam Taylor");
    await page.getByLabel("Address", { exact: true }).fill("221 Baker Street");
    await page.getByLabel("Postal code").fill("75011");
    await page.getByLabel("City").fill("Paris");
    await page.getByTestId("checkout-pay").click();

    await page.getByRole("button", { name: /test card 4000/ }).click();
    await expect(page.getByText("Your card was declined")).toBeVisible();
    expect(await stockOf(variant.id)).toBe(stock - 1);
    expect((await ordersOf(email))[0]!.status).toBe("PENDING");

    await page.getByRole("link", { name: "Cancel and return to the shop" }).click();
    await expect(page).toHaveURL(/\/en\/cart/);
    await expect(page.getByTestId("cart-line")).toHaveCount(1);
    expect((await ordersOf(email))[0]!.status).toBe("CANCELLED");
    expect(await stockOf(variant.id)).toBe(stock);
    expect(await emailsTo(email, 1_000)).toHaveLength(0);
  });
});
