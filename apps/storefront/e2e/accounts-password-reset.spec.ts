import { expect, test } from "./fixtures";
import { createCustomer, emailTo, linkIn, logInWithPassword } from "./accounts-helpers";

const LABELS = { email: "Email address", password: "Password", submit: "Log in" };

test.describe("password reset, end to end", () => {
  test.use({ locale: "en-US" });

  test("request, email, link, new password: logged in; the old password no longer works, the new one does", async ({
    page,
  }) => {
    const customer = await createCustomer();
    const newPassword = "harbour-quilted-saffron-306";

    await page.goto("/en/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL("/en/forgot-password");
    await page.getByTestId("forgot-password-form").getByLabel("Email address").fill(customer.email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    await expect(page.getByTestId("auth-sent")).toContainText(`If an account exists for ${customer.email}`);

    const link = linkIn(
      await emailTo(customer.email, /Reset your Comptoir password/),
      "/en/forgot-password/new",
    );
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    // A common password is refused beside the field, and the link still works afterwards.
    await page.getByLabel("New password", { exact: true }).fill("password1234");
    await page.getByRole("button", { name: "Save and log in" }).click();
    await expect(page.getByText("This password is too common")).toBeVisible();
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Save and log in" }).click();

    await expect(page).toHaveURL("/en/account");
    await expect(page.getByTestId("account-link")).toHaveText("My account");

    // Log out, then try both passwords.
    await page.getByTestId("account-logout").click();
    await expect(page).toHaveURL("/en");
    await expect(page.getByTestId("account-link")).toHaveText("Log in");

    await page.goto("/en/login");
    await logInWithPassword(page, LABELS, customer);
    await expect(page.getByRole("alert")).toHaveText("Wrong email address or password.");
    await expect(page).toHaveURL("/en/login");

    await logInWithPassword(page, LABELS, { email: customer.email, password: newPassword });
    await expect(page).toHaveURL("/en/account");

    // The reset link was spent by the reset.
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("another-harbour-lantern-77");
    await page.getByRole("button", { name: "Save and log in" }).click();
    await expect(page.getByTestId("link-invalid")).toContainText("This link no longer works");
    await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute(
      "href",
      "/en/forgot-password",
    );
  });
});
