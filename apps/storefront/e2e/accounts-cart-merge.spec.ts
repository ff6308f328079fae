import { expect, test } from "./fixtures";
import { createCustomer, logInWithPassword } from "./accounts-helpers";
import { addToCart, productWithTwoVariants } from "./checkout-helpers";

const LABELS = { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" };

test.describe("a guest cart survives login", () => {
  test.use({ locale: "fr-FR" });

  test("the customer's cart and the guest's merge at login, and the header counts them", async ({ page }) => {
    const customer = await createCustomer();
    const product = await productWithTwoVariants(2);
    const [first, second] = product.variants as [(typeof product.variants)[0], (typeof product.variants)[0]];
    const productPath = `/fr/produit/${product.fr}`;

    // A cart of their own from an earlier visit: one unit of the first variant.
    await page.goto("/fr/connexion");
    await logInWithPassword(page, LABELS, customer);
    await expect(page).toHaveURL("/fr/compte");
    await addToCart(page, productPath, first.sku);
    await page.getByTestId("account-link").click();
    await page.getByTestId("account-logout").click();
    await expect(page.getByTestId("account-link")).toHaveText("Se connecter");

    // Back as a guest: the second variant, twice.
    await addToCart(page, productPath, second.sku);
    await addToCart(page, productPath, second.sku);
    await page.goto("/fr/panier");
    await expect(page.getByTestId("cart-line")).toHaveCount(1);

    // Logging in from the cart (redirectTo) brings the guest's lines into the customer's cart.
    await page.goto("/fr/connexion?redirectTo=%2Ffr%2Fpanier");
    await logInWithPassword(page, LABELS, customer);
    await expect(page).toHaveURL("/fr/panier");
    await expect(page.getByTestId("cart-line")).toHaveCount(2);
    await expect(page.getByTestId("cart-item-count")).toHaveText("3 articles");
    await expect(page.getByTestId("cart-count")).toHaveText("3");
    // The guest cart's cookie is gone: the cart is the customer's now.
    const cookies = await page.context().cookies();
    expect(cookies.map((cookie) => cookie.name)).not.toContain("comptoir_cart");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the login form works as a plain form, and a refusal is shown in French", async ({ page }) => {
      const customer = await createCustomer();
      const product = await productWithTwoVariants(3);
      await page.goto(`/fr/produit/${product.fr}?variant=${encodeURIComponent(product.variants[0]!.sku)}`);
      await page.getByTestId("add-to-cart").getByRole("button").click();

      await page.goto("/fr/connexion");
      await logInWithPassword(page, LABELS, { email: customer.email, password: "pas-le-bon-mot-de-passe" });
      await expect(page.getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
      await expect(page.getByTestId("login-form").getByLabel("Adresse e-mail")).toHaveValue(customer.email);

      await logInWithPassword(page, LABELS, customer);
      await expect(page).toHaveURL("/fr/compte");
      await page.goto("/fr/panier");
      await expect(page.getByTestId("cart-line")).toHaveCount(1);
    });
  });
});
