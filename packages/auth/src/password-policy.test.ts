import { describe, expect, it } from "vitest";
import { isGuessablePassword } from "./password-policy";

describe("isGuessablePassword", () => {
  it("refuses the most common passwords and their usual disguises, whatever their length", async () => {
    const weak = [
      "password123",
      "Password123!",
      "P@ssw0rd2024",
      "qwertyuiop",
      "azertyuiop1",
      "1234567890",
      "iloveyou123",
      "motdepasse123",
      "1q2w3e4r5t6y",
      "aaaaaaaaaaaa",
    ];
    for (const password of weak) expect(await isGuessablePassword(password), password).toBe(true);
  });

  it("refuses a password made of the person's own address or name", async () => {
    expect(await isGuessablePassword("camille.dupont", [])).toBe(false);
    expect(await isGuessablePassword("camille.dupont", ["camille.dupont@example.test", null])).toBe(true);
    expect(await isGuessablePassword("GaspardLeroux", ["g@example.test", "Gaspard Leroux"])).toBe(true);
    expect(await isGuessablePassword("camilledupont2024", ["camille.dupont@example.test"])).toBe(true);
  });

  it("accepts long phrases and random passwords", async () => {
    const strong = [
      "correct horse battery staple",
      "un mot de passe solide",
      "Trois chats gris dorment",
      "x7#Kq9!vTm2$",
    ];
    for (const password of strong) expect(await isGuessablePassword(password), password).toBe(false);
  });
});
